//! The guidelines: the list, each guideline's page, every version's page and the
//! redline of each version against the one before it.
use super::members::SITE_YAML;
use super::page::Title;
use super::page::{Cx, Planned};
use crate::model::{Body, Guideline, Site, Version, VersionStatus};
use crate::urls;
use crate::views::{
    ChangesPage, GuidelinePage, GuidelineSummary, VersionPage, VersionRow, View, provenance,
    version_row,
};
use std::collections::BTreeSet;

pub(super) fn plan(cx: &Cx, out: &mut Planned) {
    let mut summaries: Vec<GuidelineSummary> = cx
        .site
        .guidelines
        .iter()
        .map(|g| guideline(cx, g, out))
        .collect();
    summaries.sort_by(|a, b| a.title.cmp(&b.title));
    let view = View::Guidelines {
        guidelines: summaries,
    };
    out.page(
        urls::GUIDELINES,
        SITE_YAML,
        Title::words("title-guidelines"),
        view,
        Vec::new(),
    );
}

/// The versions of a guideline in this build, with their history rows.
struct Shown<'a> {
    versions: Vec<&'a Version>,
    rows: Vec<VersionRow>,
    current: Option<VersionRow>,
}

/// A guideline's page, its versions and their changes; returns its index entry.
fn guideline(cx: &Cx, g: &Guideline, out: &mut Planned) -> GuidelineSummary {
    let drafts = cx.opts.drafts;
    let cur = g.current();
    let versions = shown(g, drafts);
    let rows = version_rows(cx, g, &versions, cur);
    let current = cur
        .and_then(|c| {
            rows.iter()
                .find(|r| r.version == c.version.value.to_string())
        })
        .cloned();
    let shown = Shown {
        versions,
        rows,
        current,
    };
    let title = cur
        .or(g.versions.last())
        .map_or_else(|| g.slug.clone(), |v| v.title.clone());
    guideline_page(cx, g, &shown, &title, out);
    for v in &g.versions {
        let row = shown
            .versions
            .iter()
            .position(|s| s.version.value == v.version.value)
            .map(|i| shown.rows[i].clone());
        version(cx, g, v, row, shown.current.clone(), out);
    }
    changes_pages(cx, g, &shown, out);
    let latest_draft = g
        .versions
        .iter()
        .rev()
        .find(|v| *v.status == VersionStatus::Draft && drafts)
        .map(|v| version_row(v, cur, None, resolution(cx, v)));
    GuidelineSummary {
        url: urls::guideline(&g.slug),
        title,
        current: shown.current,
        latest_draft,
    }
}

/// The versions of a guideline a build shows: the adopted ones, and drafts with `--drafts`.
fn shown(g: &Guideline, drafts: bool) -> Vec<&Version> {
    g.versions
        .iter()
        .filter(|v| drafts || *v.status == VersionStatus::Adopted)
        .collect()
}

/// The texts whose redlines the guidelines' pages show: each shown version against the
/// one before it.
pub(super) fn compared(site: &Site, drafts: bool) -> Vec<(&Body, &Body)> {
    let pairs = site.guidelines.iter().flat_map(|g| {
        let versions = shown(g, drafts);
        let pairs: Vec<_> = versions
            .windows(2)
            .map(|p| (&p[0].body, &p[1].body))
            .collect();
        pairs
    });
    pairs.collect()
}

/// `/guidelines/<slug>/`: the current text and the version history.
fn guideline_page(cx: &Cx, g: &Guideline, shown: &Shown, title: &str, out: &mut Planned) {
    let cur = g.current();
    let rendered = cur.map(|c| cx.body(&c.path));
    let source = cur.map_or_else(
        || format!("content/guidelines/{}", g.slug),
        |c| c.path.clone(),
    );
    let anchors = rendered
        .as_ref()
        .map(|r| r.anchors.clone())
        .unwrap_or_default();
    let page = GuidelinePage {
        slug: g.slug.clone(),
        current: shown.current.clone(),
        body: rendered.map(|r| r.html),
        history: shown.rows.iter().rev().cloned().collect(),
    };
    let view = View::Guideline(Box::new(page));
    let page = out.page(&urls::guideline(&g.slug), &source, title, view, anchors);
    // The page shows the current version's text: its translation, in a language
    // that has one.
    page.text = cur.map(|c| c.path.clone());
}

/// `/guidelines/<slug>/<version>/changes/` for each shown version after the first.
fn changes_pages(cx: &Cx, g: &Guideline, shown: &Shown, out: &mut Planned) {
    for (i, pair) in shown.versions.windows(2).enumerate() {
        let (from, to) = (pair[0], pair[1]);
        let (redline_key, comparison) = cx.redline(&from.body, &to.body);
        let page = ChangesPage {
            guideline_url: urls::guideline(&g.slug),
            title: to.title.clone(),
            from: shown.rows[i].clone(),
            to: shown.rows[i + 1].clone(),
            current: shown.current.clone(),
            comparison,
        };
        // The view's key: the redline by the key of its two texts, not hashed whole.
        let ChangesPage {
            guideline_url,
            title,
            from,
            to: to_row,
            current,
            comparison: _,
        } = &page;
        let mut h = crate::key::Hasher::new();
        crate::key::feed(&(guideline_url, title, from, to_row, current), &mut h);
        std::hash::Hasher::write_u128(&mut h, redline_key);
        let made_of = h.digest128();
        let version = vec![("version", to.version.value.to_string())];
        let title = Title::Of("title-changes", to.title.clone(), version);
        let url = shown.rows[i + 1].changes_url.clone().unwrap_or_default();
        let view = View::Changes(Box::new(page));
        out.page(&url, &to.path, title, view, Vec::new())
            .made_of(made_of);
    }
}

/// One version's page (`row` is `None` for a draft left out of this build).
fn version(
    cx: &Cx,
    g: &Guideline,
    v: &Version,
    row: Option<VersionRow>,
    current: Option<VersionRow>,
    out: &mut Planned,
) {
    let url = urls::version(&g.slug, &v.version.value);
    let rendered = cx.body(&v.path);
    if *v.status == VersionStatus::Draft {
        out.draft_bodies.insert(v.path.clone());
    }
    let Some(version) = row else {
        let changes = urls::changes(&g.slug, &v.version.value);
        out.draft_targets.insert(changes, BTreeSet::new());
        out.draft_targets
            .insert(url, rendered.anchors.into_iter().collect());
        return;
    };
    let page = VersionPage {
        version,
        guideline_url: urls::guideline(&g.slug),
        current,
        body: rendered.html,
        source: provenance(v.source.as_ref(), v.note.as_ref()),
    };
    let version = vec![("version", v.version.value.to_string())];
    let title = Title::Of("title-version", v.title.clone(), version);
    let view = View::Version(Box::new(page));
    let page = out.page(&url, &v.path, title, view, rendered.anchors);
    page.text = Some(v.path.clone());
}

/// The rows of the versions in this build, in version order; each but the first
/// links the changes from the one before it.
fn version_rows(
    cx: &Cx,
    g: &Guideline,
    shown: &[&Version],
    cur: Option<&Version>,
) -> Vec<VersionRow> {
    shown
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let changes = (i > 0).then(|| urls::changes(&g.slug, &v.version.value));
            version_row(v, cur, changes, resolution(cx, v))
        })
        .collect()
}

/// The resolution that adopted a version, linked where it names one (SPEC §6).
fn resolution(cx: &Cx, v: &Version) -> Option<crate::views::decisions::ResolutionRef> {
    v.resolution
        .as_ref()
        .map(|r| crate::views::decisions::resolution_ref(cx.site, r))
}
