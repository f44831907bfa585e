//! The member pages: the lists (alphabetical, by region, former), growth, and one
//! page per member record.
use super::page::Title;
use super::page::{Cx, Planned};
use crate::model::{Member, Region};
use crate::urls;
use crate::views::{Link, MemberRow, RegionGroup, View, member_page, member_row};

pub(super) fn plan(cx: &Cx, out: &mut Planned) {
    let current = current_members(cx);
    let list = rows(cx, &current);
    let count = list.len();
    let list = View::MemberList {
        members: list,
        count,
    };
    out.page(
        urls::MEMBERS,
        SITE_YAML,
        Title::words("title-members"),
        list,
        Vec::new(),
    );
    let regions = Region::ALL
        .iter()
        .map(|r| RegionGroup {
            region: (*r).into(),
            members: rows(cx, &in_region(cx, &current, *r)),
        })
        .collect();
    let anchors = Region::ALL.iter().map(|r| r.id().to_string()).collect();
    let by_region = View::ByRegion { regions, count };
    out.page(
        urls::MEMBERS_BY_REGION,
        SITE_YAML,
        Title::words("title-members-by-region"),
        by_region,
        anchors,
    );
    let former = View::Former {
        members: rows(cx, &former_members(cx)),
    };
    out.page(
        urls::MEMBERS_FORMER,
        SITE_YAML,
        Title::words("title-members-former"),
        former,
        Vec::new(),
    );
    let growth = View::Growth(crate::views::growth::growth(
        &cx.site.members,
        cx.site.settings.as_ref().map_or(&[][..], |s| &s.counts[..]),
        cx.as_of(),
    ));
    out.page(
        urls::MEMBERS_GROWTH,
        SITE_YAML,
        Title::words("title-members-growth"),
        growth,
        Vec::new(),
    );
    member_pages(cx, out);
}

/// The file the site-wide pages come from (for messages about them).
pub(crate) const SITE_YAML: &str = "content/site.yaml";

/// The current members, alphabetically by country.
pub(super) fn current_members<'a>(cx: &Cx<'a>) -> Vec<&'a Member> {
    let mut members: Vec<&Member> = cx
        .site
        .members
        .iter()
        .filter(|m| m.is_current(cx.as_of()))
        .collect();
    members.sort_by_cached_key(|m| (m.country.to_lowercase(), m.id.clone()));
    members
}

/// Those of `members` whose ccNSO region is `r`.
pub(super) fn in_region<'a>(cx: &Cx, members: &[&'a Member], r: Region) -> Vec<&'a Member> {
    members
        .iter()
        .copied()
        .filter(|m| m.ccnso_region(cx.as_of()) == r)
        .collect()
}

pub(super) fn rows(cx: &Cx, members: &[&Member]) -> Vec<MemberRow> {
    members.iter().map(|m| member_row(m, cx.as_of())).collect()
}

/// Members that left on or before `as_of`, alphabetically by country.
fn former_members<'a>(cx: &Cx<'a>) -> Vec<&'a Member> {
    let mut former: Vec<&Member> = cx
        .site
        .members
        .iter()
        .filter(|m| m.left.as_ref().is_some_and(|l| **l <= cx.as_of()))
        .collect();
    former.sort_by_cached_key(|m| (m.country.to_lowercase(), m.id.clone()));
    former
}

/// `/members/<label>/` for every member record.
fn member_pages(cx: &Cx, out: &mut Planned) {
    for m in &cx.site.members {
        let councillors = cx
            .site
            .councillors
            .iter()
            .filter(|c| c.cctld.as_ref().is_some_and(|l| l.value == m.id))
            .map(|c| Link {
                url: String::new(),
                label: c.name.clone(),
            })
            .collect();
        let view = member_page(cx.site, m, cx.as_of(), councillors);
        let title = Title::Member {
            label: view.member.label.clone(),
            code: view.member.code.clone(),
            country: m.country.clone(),
        };
        let page = View::Member(Box::new(view));
        out.page(&urls::member(&m.id), &m.path, title, page, Vec::new());
    }
}
