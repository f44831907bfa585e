//! Council rules C1–C6: seats, terms, roles, affiliations, vacancies, staggering.
use super::AsOf;
use crate::date::Date;
use crate::diag::{Diagnostics, Pos};
use crate::model::{At, Councillor, RoleKind, Seat, Site, Term};

/// Seats per region, and for the Nominating Committee.
pub const SEATS_PER_KIND: usize = 3;

pub fn check(site: &Site, as_of: AsOf, diags: &mut Diagnostics) {
    check_seat_counts(site, diags);
    for c in &site.councillors {
        check_own_terms(c, diags);
        check_roles(c, diags);
        check_affiliation(site, c, diags);
    }
    check_single_chair(site, diags);
    check_vacancies(site, as_of, diags);
    check_staggering(site, diags);
}

/// Every term with its councillor, in a total order (start, path, position).
fn all_terms(site: &Site) -> Vec<(&Councillor, &Term)> {
    let mut terms: Vec<_> = site
        .councillors
        .iter()
        .flat_map(|c| c.terms.iter().map(move |t| (c, t)))
        .collect();
    terms.sort_by(|a, b| (*a.1.from, &a.0.path, a.1.pos).cmp(&(*b.1.from, &b.0.path, b.1.pos)));
    terms
}

/// C1: at most three holders of each seat at any date.
fn check_seat_counts(site: &Site, diags: &mut Diagnostics) {
    for seat in Seat::ALL {
        let mut active: Vec<Option<Date>> = Vec::new();
        for (c, t) in all_terms(site).into_iter().filter(|(_, t)| t.seat == seat) {
            active.retain(|end| end.is_none_or(|e| e > *t.from));
            active.push(t.to.as_ref().map(|d| d.value));
            if active.len() > SEATS_PER_KIND {
                let message = format!(
                    "{} councillors would hold {} seats on {} (at most {SEATS_PER_KIND})",
                    active.len(),
                    seat.id(),
                    t.from.value
                );
                diags.error("C1", &c.path, t.pos, message);
            }
        }
    }
}

/// C2: a person's terms end after they start and do not overlap.
fn check_own_terms(c: &Councillor, diags: &mut Diagnostics) {
    let mut terms: Vec<&Term> = c.terms.iter().collect();
    terms.sort_by_key(|t| (*t.from, t.pos));
    let mut latest_end: Option<(Option<Date>, Date)> = None;
    for t in terms {
        if ends_before_start(&c.path, "C2", "term", &t.from, t.to.as_ref(), diags) {
            continue;
        }
        if let Some((end, start)) = latest_end
            && end.is_none_or(|e| e > *t.from)
        {
            diags.error(
                "C2",
                &c.path,
                t.pos,
                format!("this term overlaps the term from {start} of the same person"),
            );
        }
        let end = t.to.as_ref().map(|d| d.value);
        let later = match latest_end {
            Some((Some(prev), _)) => end.is_none_or(|e| e > prev),
            Some((None, _)) => false,
            None => true,
        };
        if later {
            latest_end = Some((end, *t.from));
        }
    }
}

/// The person's terms merged into spans (contiguous terms count as one).
fn spans(c: &Councillor) -> Vec<(Date, Option<Date>)> {
    let mut terms: Vec<(Date, Option<Date>)> = c
        .terms
        .iter()
        .map(|t| (*t.from, t.to.as_ref().map(|d| d.value)))
        .collect();
    terms.sort();
    let mut out: Vec<(Date, Option<Date>)> = Vec::new();
    for (from, to) in terms {
        match out.last_mut() {
            Some((_, end)) if end.is_none_or(|e| e >= from) => {
                *end = match (*end, to) {
                    (Some(a), Some(b)) => Some(a.max(b)),
                    _ => None,
                }
            }
            _ => out.push((from, to)),
        }
    }
    out
}

/// Reports a term or role whose `to` is not after its `from` (at `to`); true if so.
fn ends_before_start(
    path: &str,
    rule: &'static str,
    what: &str,
    from: &At<Date>,
    to: Option<&At<Date>>,
    diags: &mut Diagnostics,
) -> bool {
    let Some(to) = to.filter(|to| to.value <= from.value) else {
        return false;
    };
    diags.error(
        rule,
        path,
        to.pos,
        format!(
            "the {what} ends ({}) on or before it starts ({})",
            to.value, from.value
        ),
    );
    true
}

/// C3: each role lies within the person's terms.
fn check_roles(c: &Councillor, diags: &mut Diagnostics) {
    let spans = spans(c);
    for r in &c.roles {
        if ends_before_start(&c.path, "C3", "role", &r.from, r.to.as_ref(), diags) {
            continue;
        }
        let to = r.to.as_ref().map(|d| d.value);
        let inside = spans.iter().any(|(s, e)| {
            *s <= *r.from
                && match (e, to) {
                    (None, _) => true,
                    (Some(e), Some(t)) => t <= *e,
                    (Some(_), None) => false,
                }
        });
        if !inside {
            let end = to.map_or_else(|| "open-ended".to_string(), |t| format!("to {t}"));
            let message = format!(
                "the {} role from {} {end} lies outside {}'s terms",
                role_name(r.role),
                r.from.value,
                c.name
            );
            diags.error("C3", &c.path, r.pos, message);
        }
    }
}

/// C3: at most one chair at any date.
fn check_single_chair(site: &Site, diags: &mut Diagnostics) {
    let mut chairs: Vec<(Date, Option<Date>, &str, Pos, &str)> = Vec::new();
    for c in &site.councillors {
        for r in c.roles.iter().filter(|r| r.role == RoleKind::Chair) {
            chairs.push((
                *r.from,
                r.to.as_ref().map(|d| d.value),
                &c.path,
                r.pos,
                &c.name,
            ));
        }
    }
    chairs.sort_by(|a, b| (a.0, a.2, a.3).cmp(&(b.0, b.2, b.3)));
    let mut sitting: Option<(Option<Date>, &str)> = None;
    for (from, to, path, pos, name) in chairs {
        if let Some((end, other)) = sitting
            && end.is_none_or(|e| e > from)
        {
            let until = end.map_or_else(|| "with no end".to_string(), |e| format!("until {e}"));
            diags.error(
                "C3",
                path,
                pos,
                format!("a second chair from {from}: {other} is chair {until}"),
            );
        }
        let longer = sitting.is_none_or(|(end, _)| end.is_some_and(|e| to.is_none_or(|t| t > e)));
        if longer {
            sitting = Some((to, name));
        }
    }
}

fn role_name(r: RoleKind) -> &'static str {
    r.id()
}

/// C4: a regional councillor's ccTLD is a current member of the seat's region.
fn check_affiliation(site: &Site, c: &Councillor, diags: &mut Diagnostics) {
    let Some(cctld) = &c.cctld else { return };
    let Some(member) = site.members.iter().find(|m| m.id == cctld.value) else {
        return;
    };
    for t in &c.terms {
        let Seat::Region(region) = t.seat else {
            continue;
        };
        let ok = member.is_current(*t.from) && member.ccnso_region(*t.from) == region;
        if !ok {
            let message = format!(
                "{} is not a current member of {} on {}, when this term starts",
                cctld.value,
                region.id(),
                t.from.value
            );
            diags.warning("C4", &c.path, t.pos, message);
        }
    }
}

/// C5: fewer than 18 seats held at `as_of`.
fn check_vacancies(site: &Site, as_of: AsOf, diags: &mut Diagnostics) {
    let mut held = 0;
    let mut vacant = Vec::new();
    for seat in Seat::ALL {
        let holders = site
            .councillors
            .iter()
            .flat_map(|c| &c.terms)
            .filter(|t| t.seat == seat && t.covers(as_of.date))
            .count();
        let n = holders.min(SEATS_PER_KIND);
        held += n;
        if n < SEATS_PER_KIND {
            vacant.push(format!("{} ({})", seat.id(), SEATS_PER_KIND - n));
        }
    }
    let total = SEATS_PER_KIND * Seat::ALL.len();
    if held < total {
        let message = format!(
            "{held} of {total} seats held on {}; vacant: {}",
            as_of.date,
            vacant.join(", ")
        );
        diags.warning(
            "C5",
            "content/site.yaml",
            as_of.site_pos.unwrap_or(Pos::START),
            message,
        );
    }
}

/// C6: terms of one region held at the same time should not end in the same year.
fn check_staggering(site: &Site, diags: &mut Diagnostics) {
    let terms = all_terms(site);
    let ending: Vec<&(&Councillor, &Term)> = terms
        .iter()
        .filter(|(_, t)| t.to.is_some() && t.seat != Seat::Nomcom)
        .collect();
    let mut groups: std::collections::BTreeMap<(Seat, i32), Vec<&(&Councillor, &Term)>> =
        Default::default();
    for ct in ending {
        groups
            .entry((ct.1.seat, ct.1.to.as_ref().map_or(0, |d| d.year)))
            .or_default()
            .push(ct);
    }
    for ((seat, year), group) in groups {
        for (i, a) in group.iter().enumerate() {
            for b in &group[i + 1..] {
                let (ta, tb) = (a.1, b.1);
                let (ea, eb) = (ta.to.as_ref().unwrap(), tb.to.as_ref().unwrap());
                if !(*ta.from < **eb && *tb.from < **ea) || std::ptr::eq(a.0, b.0) {
                    continue;
                }
                let (later, other) = if (**ea, &a.0.path) > (**eb, &b.0.path) {
                    (a, b)
                } else {
                    (b, a)
                };
                let message = format!(
                    "this {} term and {}'s both end in {year}: terms should be staggered",
                    seat.id(),
                    other.0.name
                );
                diags.warning(
                    "C6",
                    &later.0.path,
                    later.1.to.as_ref().unwrap().pos,
                    message,
                );
            }
        }
    }
}
