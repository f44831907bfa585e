//! A councillor's page (`/council/<person>/`, an extension of SPEC §3 that §6 and §7
//! imply): terms, roles, the meetings attended, the elections that seated them.
use super::{DateView, Link, SourceView, date_known, provenance, seat_name};
use crate::model::{Closed as _, Councillor, Seat, Site};
use crate::urls;
use serde::Serialize;

#[derive(Clone, Debug, Serialize)]
pub struct CouncillorPage {
    pub name: String,
    pub cctld: Option<Link>,
    pub terms: Vec<TermRow>,
    pub roles: Vec<TermRow>,
    pub meetings: Vec<Attended>,
    /// Each election stood in, and how it went: `elected`, `not-elected` or
    /// `undocumented`.
    pub elections: Vec<(Link, &'static str)>,
    pub source: Option<SourceView>,
}

/// A meeting this person attended (`present`) or sent `apologies` to.
#[derive(Clone, Debug, Serialize)]
pub struct Attended {
    pub url: String,
    pub number: u32,
    pub date: DateView,
    pub how: &'static str,
}

/// A term (its seat) or a role, with its dates as exactly as they are known.
#[derive(Clone, Debug, Serialize)]
pub struct TermRow {
    pub what: Link,
    /// The seat's id (`africa` … `nomcom`) or the role's (`chair`, `vice-chair`).
    pub id: &'static str,
    pub from: DateView,
    pub to: Option<DateView>,
}

pub fn councillor_page(
    site: &Site,
    tallies: &crate::tally::Tallies,
    c: &Councillor,
) -> CouncillorPage {
    let seat_link = |s: Seat| Link {
        url: match s {
            Seat::Region(r) => urls::region(r),
            Seat::Nomcom => format!("{}#nomcom", urls::COUNCIL),
        },
        label: seat_name(s).to_string(),
    };
    let terms = c
        .terms
        .iter()
        .map(|t| TermRow {
            what: seat_link(t.seat),
            id: t.seat.id(),
            from: date_known(*t.from, t.accuracy.from),
            to: t.to.as_ref().map(|d| date_known(d.value, t.accuracy.to)),
        })
        .collect();
    let roles = c
        .roles
        .iter()
        .map(|r| TermRow {
            what: Link {
                url: String::new(),
                label: r.role.id().to_string(),
            },
            id: r.role.id(),
            from: date_known(*r.from, r.accuracy.from),
            to: r.to.as_ref().map(|d| date_known(d.value, r.accuracy.to)),
        })
        .collect();
    CouncillorPage {
        name: c.name.clone(),
        cctld: c.cctld.as_ref().map(|l| Link {
            url: urls::member(&l.value),
            label: format!(".{}", l.value),
        }),
        terms,
        roles,
        meetings: meetings(site, &c.id),
        elections: elections(site, tallies, &c.id),
        source: provenance(c.source.as_ref(), c.note.as_ref()),
    }
}

/// The meetings this person attended or sent apologies to, newest first.
fn meetings(site: &Site, id: &str) -> Vec<Attended> {
    let mut list: Vec<_> = site
        .meetings
        .iter()
        .filter_map(|m| {
            let present = m.present.iter().any(|p| p.value == id);
            let apologies = m.apologies.iter().any(|p| p.value == id);
            let how = if present {
                "present"
            } else if apologies {
                "apologies"
            } else {
                return None;
            };
            Some((*m.date, m.number.value, how))
        })
        .collect();
    list.sort_by_key(|(d, n, _)| std::cmp::Reverse((*d, *n)));
    list.into_iter()
        .map(|(d, number, how)| Attended {
            url: urls::meeting(number),
            number,
            date: super::date(d),
            how,
        })
        .collect()
}

/// The elections in which this person was a candidate, and how they went.
fn elections(site: &Site, tallies: &crate::tally::Tallies, id: &str) -> Vec<(Link, &'static str)> {
    site.elections
        .iter()
        .filter(|e| e.nominations.iter().any(|n| n.candidate.value == id))
        .map(|e| {
            let o = tallies.election(site, e);
            let how = match o.result {
                crate::tally::Result::Undocumented => "undocumented",
                _ if o.elected.iter().any(|x| x == id) => "elected",
                _ => "not-elected",
            };
            (
                Link {
                    url: urls::election(&e.slug),
                    label: e.title.clone(),
                },
                how,
            )
        })
        .collect()
}
