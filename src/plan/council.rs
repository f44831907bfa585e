//! The council page and the region pages (a region's members and its seats).
use super::members::{SITE_YAML, current_members, in_region, rows};
use super::page::Title;
use super::page::{Cx, Planned};
use crate::model::{Region, SEATS, SEATS_PER_KIND, Seat};
use crate::urls;
use crate::views::{HolderView, Link, SeatView, View, seat_name};

pub(super) fn plan(cx: &Cx, out: &mut Planned) {
    let current = current_members(cx);
    for r in Region::ALL {
        let view = View::Region {
            region: r.into(),
            members: rows(cx, &in_region(cx, &current, r)),
            seat: seat_view(cx, Seat::Region(r)),
        };
        let title = Title::words(&format!("region-{}", r.id()));
        out.page(&urls::region(r), SITE_YAML, title, view, Vec::new());
    }
    let seats: Vec<SeatView> = Seat::ALL.iter().map(|s| seat_view(cx, *s)).collect();
    let held = seats.iter().map(|s| s.holders.len()).sum();
    let anchors = Seat::ALL.iter().map(|s| s.id().to_string()).collect();
    let view = View::Council {
        seats,
        held,
        total: SEATS,
    };
    out.page(
        urls::COUNCIL,
        SITE_YAML,
        Title::words("title-council"),
        view,
        anchors,
    );
    for c in &cx.site.councillors {
        let page = crate::views::councillor::councillor_page(cx.site, cx.tallies, c);
        let view = View::Councillor(Box::new(page));
        out.page(&urls::councillor(&c.id), &c.path, &c.name, view, Vec::new());
    }
}

/// A seat at `as_of`: its holders and vacancies.
fn seat_view(cx: &Cx, seat: Seat) -> SeatView {
    let holders: Vec<HolderView> = cx
        .site
        .seat_holders(seat, cx.as_of())
        .into_iter()
        .map(|h| HolderView {
            url: urls::councillor(&h.id),
            name: h.name,
            cctld: h.cctld.map(|l| Link {
                url: urls::member(&l),
                label: format!(".{l}"),
            }),
            term_end: h
                .term_end
                .map(|d| crate::views::date_known(d, h.term_end_accuracy)),
            roles: h.roles,
            source: crate::views::provenance(h.source.as_ref(), h.note.as_ref()),
            elected_in: elected_in(cx, seat, &h.id, h.term_from),
        })
        .collect();
    SeatView {
        id: seat.id(),
        name: seat_name(seat),
        vacancies: SEATS_PER_KIND - holders.len(),
        holders,
    }
}

/// The council election of this seat whose `term_from` starts this term and that
/// elected this person.
fn elected_in(cx: &Cx, seat: Seat, id: &str, from: crate::date::Date) -> Option<Link> {
    use crate::model::{Electorate, Office};
    cx.site
        .elections
        .iter()
        .filter(|e| e.office.value == Office::Council)
        .filter(|e| matches!(e.electorate.value, Electorate::Region(r) if Seat::Region(r) == seat))
        .filter(|e| e.term_from.as_ref().is_some_and(|t| t.value == from))
        .find(|e| {
            cx.tallies
                .election(cx.site, e)
                .elected
                .iter()
                .any(|c| c == id)
        })
        .map(|e| Link {
            url: urls::election(&e.slug),
            label: e.title.clone(),
        })
}
