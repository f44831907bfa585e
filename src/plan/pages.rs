//! The home page, the free pages and the not-found page.
use super::members::{SITE_YAML, current_members};
use super::page::{Cx, Planned, Title};
use crate::model::{GroupState, Region, Seat};
use crate::urls;
use crate::views::{HomeView, View, provenance};

/// How many announcements the home page shows.
const HOME_NEWS: usize = 5;

pub(super) fn home(cx: &Cx, out: &mut Planned) {
    let (site, as_of) = (cx.site, cx.as_of());
    let current = current_members(cx);
    let by_region = Region::ALL
        .iter()
        .map(|r| {
            let n = current
                .iter()
                .filter(|m| m.ccnso_region(as_of) == *r)
                .count();
            ((*r).into(), n)
        })
        .collect();
    let home = HomeView {
        notice: site.settings.as_ref().and_then(|s| s.notice.clone()),
        members: current.len(),
        by_region,
        seats_held: Seat::ALL
            .iter()
            .map(|s| site.seat_holders(*s, as_of).len())
            .sum(),
        active_groups: site
            .groups
            .iter()
            .filter(|g| g.state(as_of) == GroupState::Active)
            .count(),
        guidelines: site
            .guidelines
            .iter()
            .filter(|g| g.current().is_some() || cx.opts.drafts)
            .count(),
        news: super::news::newest_first(cx, HOME_NEWS),
    };
    let title = site
        .settings
        .as_ref()
        .map_or_else(String::new, |s| s.title.clone());
    out.page(urls::HOME, SITE_YAML, &title, View::Home(home), Vec::new());
}

/// `/<slug>/` for every free page.
pub(super) fn free_pages(cx: &Cx, out: &mut Planned) {
    for p in &cx.site.pages {
        let body = cx.body(&p.path);
        let view = View::Page {
            summary: p.summary.clone(),
            body: body.html,
            source: provenance(p.source.as_ref(), p.note.as_ref()),
        };
        out.page(&urls::page(&p.slug), &p.path, &p.title, view, body.anchors)
            .text = Some(p.path.clone());
    }
}

/// `/translations/`, for a site in more than one language.
pub(super) fn translations(cx: &Cx, out: &mut Planned) {
    let multilingual = cx
        .site
        .settings
        .as_ref()
        .is_some_and(|s| !s.languages.others().is_empty());
    if !multilingual {
        return;
    }
    let urls: std::collections::HashMap<&str, &str> = out
        .pages
        .iter()
        .filter_map(|p| Some((p.text.as_deref()?, p.url.as_str())))
        .collect();
    let view = crate::views::translations::translations_page(cx.site, &urls);
    let view = View::Translations(Box::new(view));
    out.page(
        urls::TRANSLATIONS,
        super::members::SITE_YAML,
        Title::words("translations-title"),
        view,
        Vec::new(),
    );
}

pub(super) fn not_found(out: &mut Planned) {
    let view = View::NotFound {};
    out.page(
        urls::NOT_FOUND,
        SITE_YAML,
        Title::words("title-not-found"),
        view,
        Vec::new(),
    );
}
