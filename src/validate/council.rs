//! Council rules C1–C6: seats, terms, roles, affiliations, vacancies, staggering.
use super::AsOf;
use crate::date::Date;
use crate::diag::{Diagnostics, Pos, Rule};
use crate::model::Closed as _;
use crate::model::{At, Councillor, RoleKind, SEATS, SEATS_PER_KIND, Seat, Site, Term};

pub fn check(site: &Site, as_of: AsOf, diags: &mut Diagnostics) {
    check_seat_counts(site, diags);
    for c in &site.councillors {
        check_own_terms(c, diags);
        check_roles(c, diags);
        check_affiliation(site, c, diags);
    }
    check_single_chair(site, diags);
    if as_of.known {
        check_vacancies(site, as_of, diags);
    }
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
    use std::cmp::Reverse;
    let terms = all_terms(site);
    for seat in Seat::ALL {
        // The ends of the terms held, soonest first (an open-ended term never ends).
        let mut active: std::collections::BinaryHeap<Reverse<End>> = Default::default();
        for (c, t) in terms.iter().filter(|(_, t)| t.seat == seat) {
            while active.peek().is_some_and(|Reverse(end)| end.is_by(*t.from)) {
                active.pop();
            }
            active.push(Reverse(End(t.to.as_ref().map(|d| d.value))));
            if active.len() > SEATS_PER_KIND {
                let message = format!(
                    "{} councillors would hold {} seats on {} (at most {SEATS_PER_KIND})",
                    active.len(),
                    seat.id(),
                    t.from.value
                );
                diags.error(Rule::C1, &c.path, t.pos, message);
            }
        }
    }
}

/// The end of a term, ordered with open-ended terms last.
#[derive(Clone, Copy, PartialEq, Eq)]
struct End(Option<Date>);

impl End {
    /// Whether the term has ended by `date`.
    fn is_by(self, date: Date) -> bool {
        self.0.is_some_and(|e| e <= date)
    }
}

impl PartialOrd for End {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for End {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        match (self.0, other.0) {
            (Some(a), Some(b)) => a.cmp(&b),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }
    }
}

/// C2: a person's terms end after they start and do not overlap.
fn check_own_terms(c: &Councillor, diags: &mut Diagnostics) {
    let mut terms: Vec<&Term> = c.terms.iter().collect();
    terms.sort_by_key(|t| (*t.from, t.pos));
    let mut latest_end: Option<(Option<Date>, Date)> = None;
    for t in terms {
        if ends_before_start(&c.path, Rule::C2, "term", &t.from, t.to.as_ref(), diags) {
            continue;
        }
        if let Some((end, start)) = latest_end
            && end.is_none_or(|e| e > *t.from)
        {
            diags.error(
                Rule::C2,
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
    rule: Rule,
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
        if ends_before_start(&c.path, Rule::C3, "role", &r.from, r.to.as_ref(), diags) {
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
            diags.error(Rule::C3, &c.path, r.pos, message);
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
                Rule::C3,
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
        // A `joined` known only as an upper bound ("a member by 8 September 2008")
        // says nothing about the day the term started.
        let bound_later = member.joined_accuracy == crate::model::Accuracy::By
            && *t.from < *member.joined
            && member.left.as_ref().is_none_or(|l| *t.from < **l);
        let ok =
            bound_later || member.is_current(*t.from) && member.ccnso_region(*t.from) == region;
        if !ok {
            let message = format!(
                "{} is not a current member of {} on {}, when this term starts",
                cctld.value,
                region.id(),
                t.from.value
            );
            diags.warning(Rule::C4, &c.path, t.pos, message);
        }
    }
}

/// C5: fewer than 18 seats held at `as_of` — unless the site states that its records
/// are what sources document (`coverage: partial`): a seat without a record is then
/// not documented (as the Council page says), not known to be vacant.
fn check_vacancies(site: &Site, as_of: AsOf, diags: &mut Diagnostics) {
    if site.settings.as_ref().is_some_and(|s| s.partial) {
        return;
    }
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
    let total = SEATS;
    if held < total {
        let message = format!(
            "{held} of {total} seats held on {}; vacant: {}",
            as_of.date,
            vacant.join(", ")
        );
        diags.warning(
            Rule::C5,
            "content/site.yaml",
            as_of.site_pos.unwrap_or(Pos::START),
            message,
        );
    }
}

/// C6: terms of one region held at the same time should not end in the same year.
/// Each term that ends later than another such term is reported once, naming the
/// overlapping earlier-ending term that ends last (n log n in the number of terms).
fn check_staggering(site: &Site, diags: &mut Diagnostics) {
    let mut groups: std::collections::BTreeMap<(Seat, i32), Vec<(&Councillor, &Term)>> =
        Default::default();
    for (c, t) in all_terms(site) {
        if let (Some(to), false) = (&t.to, t.seat == Seat::Nomcom) {
            groups.entry((t.seat, to.year)).or_default().push((c, t));
        }
    }
    for ((seat, year), mut group) in groups {
        group.sort_by(|a, b| (end_of(a.1), &a.0.path).cmp(&(end_of(b.1), &b.0.path)));
        for (later, other) in staggering_clashes(&group) {
            let message = format!(
                "this {} term and {}'s both end in {year}: terms should be staggered",
                seat.id(),
                other.0.name
            );
            let pos = later.1.to.as_ref().map_or(later.1.pos, |d| d.pos);
            diags.warning(Rule::C6, &later.0.path, pos, message);
        }
    }
}

/// A term with the councillor who holds it.
type Held<'a> = (&'a Councillor, &'a Term);

fn end_of(t: &Term) -> Date {
    t.to.as_ref().map_or(*t.from, |d| d.value)
}

/// In a group of terms sorted by end, each term paired with the earlier term of
/// another person that overlaps it and ends last, if any: a prefix maximum over start
/// dates (a Fenwick tree), since an earlier term overlaps a later one exactly when it
/// starts before the later one ends and ends after it starts.
fn staggering_clashes<'a>(group: &[Held<'a>]) -> Vec<(Held<'a>, Held<'a>)> {
    let mut starts: Vec<Date> = group.iter().map(|(_, t)| *t.from).collect();
    starts.sort();
    starts.dedup();
    // tree[i]: the latest-ending term so far among a range of start dates, by index.
    let mut tree: Vec<Option<usize>> = vec![None; starts.len() + 1];
    let better = |a: Option<usize>, b: Option<usize>| match (a, b) {
        (Some(x), Some(y)) if end_of(group[y].1) > end_of(group[x].1) => Some(y),
        (None, y) => y,
        (x, _) => x,
    };
    let mut out = Vec::new();
    for (k, (c, t)) in group.iter().enumerate() {
        // Earlier terms starting before this one ends.
        let mut n = starts.partition_point(|s| *s < end_of(t));
        let mut best = None;
        while n > 0 {
            best = better(best, tree[n]);
            n &= n - 1;
        }
        if let Some(b) = best.filter(|&b| end_of(group[b].1) > *t.from)
            && !std::ptr::eq(group[b].0, *c)
        {
            out.push((group[k], group[b]));
        }
        let mut i = starts.partition_point(|s| s < &*t.from) + 1;
        while i < tree.len() {
            tree[i] = better(tree[i], Some(k));
            i += i & i.wrapping_neg();
        }
    }
    out
}
