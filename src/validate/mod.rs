//! Records -> findings: every rule of SPEC §2 that needs more than one field
//! (Y1, F1, M2 and G1's form are found while loading).
mod council;
mod decisions;
mod elections;
pub(crate) mod guidelines;
mod members;
mod translations;
mod urls;

use crate::date::Date;
use crate::diag::{Diagnostics, Pos, Rule};
use crate::load::Index;
use crate::model::{At, RecordKind, Site};
use std::collections::HashSet;

/// The date "current" means, and where it was set.
#[derive(Clone, Copy, Debug)]
pub struct AsOf {
    pub date: Date,
    /// The position of `as_of` in `content/site.yaml` when that value is in force.
    pub site_pos: Option<Pos>,
    /// False when site.yaml's `as_of` could not be read (a finding of its own): the
    /// rules that compare with the date (M5, C5, G4) are then not checked, rather than
    /// checked against a date the user did not mean.
    pub known: bool,
}

/// Checks every rule on the loaded records.
/// (H1 and H2 in Markdown bodies are checked while loading, in parallel.)
pub fn validate(
    site: &Site,
    tallies: &crate::tally::Tallies,
    index: &Index,
    as_of: AsOf,
    diags: &mut Diagnostics,
) {
    for &kind in RecordKind::ALL {
        check_kind(kind, site, (tallies, index), as_of, diags);
    }
    // The rules across kinds.
    check_references(site, index, diags);
    urls::check(site, diags);
    translations::check(site, diags);
    check_sources(site, diags);
}

/// The rules of the records of one kind.
fn check_kind(
    kind: RecordKind,
    site: &Site,
    (tallies, index): (&crate::tally::Tallies, &Index),
    as_of: AsOf,
    diags: &mut Diagnostics,
) {
    let date = as_of.known.then_some(as_of.date);
    match kind {
        // Read and checked field by field while loading (as_of, languages, base path).
        RecordKind::Settings => {}
        RecordKind::Members => members::check(site, date, diags),
        RecordKind::Council => council::check(site, as_of, diags),
        RecordKind::WorkingGroups => check_groups(site, diags),
        RecordKind::Guidelines => guidelines::check(site, date, diags),
        // Their fields are checked while loading; their sources and URLs with the
        // other kinds' (check_sources, urls::check), their links once pages are planned.
        RecordKind::Pages | RecordKind::News => {}
        RecordKind::Meetings => decisions::check_meetings(site, index, date, diags),
        RecordKind::Applications => decisions::check_applications(site, date, diags),
        RecordKind::Elections => elections::check_elections(site, tallies, diags),
        RecordKind::Votes => elections::check_votes(site, tallies, diags),
        // Copied as they are; their paths are checked against pages' URLs (urls::check).
        RecordKind::Statics => {}
    }
}

/// W1: a group's `closed` date agrees with its status and follows `created`.
fn check_groups(site: &Site, diags: &mut Diagnostics) {
    use crate::model::GroupStatus;
    for g in &site.groups {
        let path = g.path.as_str();
        match (&g.closed, *g.status) {
            (None, GroupStatus::Closed) => diags.error(
                Rule::W1,
                path,
                g.status.pos,
                "a closed group needs `closed` (the date it closed)",
            ),
            (Some(c), GroupStatus::Active) => diags.error(
                Rule::W1,
                path,
                c.pos,
                "`closed` is given but `status` is active",
            ),
            (Some(c), GroupStatus::Closed) if **c <= *g.created => diags.error(
                Rule::W1,
                path,
                c.pos,
                format!(
                    "`closed` ({}) is not after `created` ({})",
                    c.value, g.created.value
                ),
            ),
            _ => {}
        }
    }
}

/// W2: a group's members and chair, and a councillor's `cctld`, name record files.
fn check_references(site: &Site, index: &Index, diags: &mut Diagnostics) {
    let members: HashSet<&str> = index.member_ids.iter().map(String::as_str).collect();
    let councillors: HashSet<&str> = index.councillor_ids.iter().map(String::as_str).collect();
    let mut no_member = |path: &str, label: &At<String>| {
        if !members.contains(label.value.as_str()) {
            let message = format!(
                "no member record \"{}\" (content/members/{}.yaml)",
                label.value, label.value
            );
            diags.error(Rule::W2, path, label.pos, message);
        }
    };
    for g in &site.groups {
        g.members.iter().for_each(|m| no_member(&g.path, m));
    }
    for c in &site.councillors {
        if let Some(cctld) = &c.cctld {
            no_member(&c.path, cctld);
        }
    }
    for g in &site.groups {
        if let Some(chair) = &g.chair
            && crate::load::is_id(chair)
            && !councillors.contains(chair.value.as_str())
        {
            let message = format!(
                "no councillor record \"{}\" (content/council/{}.yaml); write a free name with capitals or spaces",
                chair.value, chair.value
            );
            diags.error(Rule::W2, &g.path, chair.pos, message);
        }
    }
}

/// H2 for `source` of every record and members' `website`.
fn check_sources(site: &Site, diags: &mut Diagnostics) {
    let sources = site
        .members
        .iter()
        .map(|m| (&m.path, &m.source))
        .chain(site.councillors.iter().map(|c| (&c.path, &c.source)))
        .chain(site.groups.iter().map(|g| (&g.path, &g.source)))
        .chain(
            site.guidelines
                .iter()
                .flat_map(|g| &g.versions)
                .map(|v| (&v.path, &v.source)),
        )
        .chain(site.pages.iter().map(|p| (&p.path, &p.source)))
        .chain(site.news.iter().map(|n| (&n.path, &n.source)));
    for (path, source) in sources {
        if let Some(s) = source
            && crate::model::source_is_url(s)
        {
            check_http(path, "source", s, diags);
        }
    }
    for m in &site.members {
        if let Some(w) = &m.website {
            check_http(&m.path, "website", w, diags);
        }
    }
}

fn check_http(path: &str, field: &str, value: &At<String>, diags: &mut Diagnostics) {
    let v = value.value.as_str();
    let rest = v
        .strip_prefix("https://")
        .or_else(|| v.strip_prefix("http://"));
    let ok = rest.is_some_and(|r| !r.is_empty() && !r.starts_with('/'))
        && !v.contains(char::is_whitespace);
    if !ok {
        diags.error(
            Rule::H2,
            path,
            value.pos,
            format!("`{field}` must be an http or https URL, found \"{v}\""),
        );
    }
}
