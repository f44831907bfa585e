//! The Council's decisions (SPEC §6): the meetings, one page per meeting, the
//! resolutions by year, and the membership applications.
use super::members::SITE_YAML;
use super::page::{Cx, Planned, Title};
use crate::model::{Application, ApplicationOutcome, Closed as _, Meeting};
use crate::urls;
use crate::views::View;
use crate::views::decisions::{application_row, meeting_page, meeting_row, resolution_years};

pub(super) fn plan(cx: &Cx, out: &mut Planned) {
    let mut meetings: Vec<&Meeting> = cx.site.meetings.iter().collect();
    meetings.sort_by_key(|m| std::cmp::Reverse((*m.date, m.number.value)));
    let list = View::Meetings {
        meetings: meetings.iter().map(|m| meeting_row(m)).collect(),
    };
    out.page(
        urls::MEETINGS,
        SITE_YAML,
        Title::words("title-meetings"),
        list,
        Vec::new(),
    );
    for m in &meetings {
        meeting(cx, m, out);
    }
    let years = resolution_years(cx.site);
    let count = years.iter().map(|y| y.rows.len()).sum();
    let view = View::Resolutions { years, count };
    let title = Title::words("title-resolutions");
    out.page(urls::RESOLUTIONS, SITE_YAML, title, view, Vec::new());
    applications(cx, out);
}

fn meeting(cx: &Cx, m: &Meeting, out: &mut Planned) {
    let body = cx.body(&m.path);
    let page = meeting_page(cx.site, m, body.html.clone());
    let mut anchors: Vec<String> = page.resolutions.iter().map(|r| r.anchor.clone()).collect();
    anchors.extend(page.actions.iter().map(|a| a.anchor.clone()));
    anchors.extend(body.anchors);
    let url = urls::meeting(m.number.value);
    let view = View::Meeting(Box::new(page));
    let title = Title::Words(
        "meeting-title".to_string(),
        vec![
            ("kind", m.kind.value.id().to_string()),
            ("number", m.number.value.to_string()),
        ],
    );
    out.page(&url, &m.path, title, view, anchors);
}

/// Pending applications first, oldest first (the longest waiting on top), then the
/// others, newest first.
fn applications(cx: &Cx, out: &mut Planned) {
    let as_of = cx.as_of();
    let (mut pending, mut decided): (Vec<&Application>, Vec<&Application>) = cx
        .site
        .applications
        .iter()
        .filter(|a| *a.received <= as_of)
        .partition(|a| a.outcome.value == ApplicationOutcome::Pending);
    pending.sort_by_key(|a| (*a.received, a.id.clone()));
    decided.sort_by_key(|a| std::cmp::Reverse((*a.received, a.id.clone())));
    let row = |a: &&Application| application_row(cx.site, a, as_of);
    let anchors = pending
        .iter()
        .chain(&decided)
        .map(|a| a.id.clone())
        .collect();
    let view = View::Applications {
        pending: pending.iter().map(row).collect(),
        decided: decided.iter().map(row).collect(),
    };
    let title = Title::words("title-applications");
    out.page(urls::APPLICATIONS, SITE_YAML, title, view, anchors);
}
