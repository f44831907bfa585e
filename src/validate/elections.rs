//! The rules of elections and votes (SPEC §7): nominations by members of the
//! electorate (E1), the calendar (E2), whether a vote is held and on whom (E3), one
//! member one vote (E4), a count that fills the seats (E5), the council's terms (E6),
//! and votes on proposals (V1–V3).
use crate::date::Date;
use crate::diag::{Diagnostics, Rule};
use crate::model::{
    Accuracy, At, Closed as _, Election, Electorate, Method, Nomination, Office, Seat, Site, Vote,
};
use crate::tally::{self, Result as Tally};
use std::collections::HashSet;

/// The rules of elections (E1–E6).
pub fn check_elections(site: &Site, tallies: &tally::Tallies, diags: &mut Diagnostics) {
    for e in &site.elections {
        check_nominations(site, e, diags);
        check_calendar(e, diags);
        check_vote_held(e, diags);
        let outcome = tallies.election(site, e);
        check_turnout(site, e, diags);
        check_filled(e, &outcome.result, diags);
        check_terms(site, e, &outcome.elected, diags);
    }
}

/// The rules of votes (V1–V3).
pub fn check_votes(site: &Site, tallies: &tally::Tallies, diags: &mut Diagnostics) {
    for v in &site.votes {
        check_vote(site, tallies, v, diags);
    }
}

/// E1: nominators and seconders are members of the electorate, joined at least a day
/// before the call; distinct; one seconder (two for `self`); one secondment each.
fn check_nominations(site: &Site, e: &Election, diags: &mut Diagnostics) {
    let mut seconded: HashSet<&str> = HashSet::new();
    for n in &e.nominations {
        let by = n.by.as_ref().filter(|b| b.value != "self");
        let mut seen: HashSet<&str> = HashSet::new();
        for label in by.into_iter().chain(&n.seconds) {
            let problem = if !seen.insert(&label.value) {
                Some(format!(
                    ".{} nominates or seconds this candidate twice",
                    label.value
                ))
            } else {
                member_problem(site, e, label)
            };
            if let Some(p) = problem {
                diags.error(Rule::E1, &e.path, label.pos, p);
            }
        }
        let mut own: HashSet<&str> = HashSet::new();
        for s in n.seconds.iter().filter(|s| own.insert(&s.value)) {
            if !seconded.insert(&s.value) {
                let message = format!(
                    ".{} already seconds another candidate in this election",
                    s.value
                );
                diags.error(Rule::E1, &e.path, s.pos, message);
            }
        }
        check_seconders(e, n, diags);
    }
}

/// One seconder, or two for a self-nomination.
fn check_seconders(e: &Election, n: &Nomination, diags: &mut Diagnostics) {
    if !n.seconds_documented {
        return;
    }
    let own = n.by.as_ref().is_some_and(|b| b.value == "self");
    let needed = if own { 2 } else { 1 };
    if n.seconds.len() != needed {
        let message = format!(
            "{} needs {} seconder{}, found {}",
            if own {
                "a self-nomination"
            } else {
                "a nomination"
            },
            needed,
            if needed == 1 { "" } else { "s" },
            n.seconds.len()
        );
        diags.error(Rule::E1, &e.path, n.pos, message);
    }
}

/// Why `label` may not nominate or second in `e`, if it may not.
fn member_problem(site: &Site, e: &Election, label: &At<String>) -> Option<String> {
    let call = *e.call;
    let Some(m) = site.members.iter().find(|m| m.id == label.value) else {
        return Some(format!(
            "no member record \"{0}\" (content/members/{0}.yaml)",
            label.value
        ));
    };
    let day_before = Date::from_days(call.days() - 1);
    // A `joined` known only as an upper bound ("a member by the call") is taken as met.
    let early = *m.joined <= day_before || (m.joined_accuracy == Accuracy::By && *m.joined <= call);
    if !early || !m.is_current(call) {
        return Some(format!(
            ".{} is not a member that joined at least a day before the call ({call})",
            m.id
        ));
    }
    match e.electorate.value {
        Electorate::Region(r) if m.ccnso_region(call) != r => Some(format!(
            ".{} is not in the electorate: its ccNSO region on {call} is {}",
            m.id,
            m.ccnso_region(call).id()
        )),
        _ => None,
    }
}

/// E2: the call opens before nominations close; nominations within them; ballots
/// close after nominations, rounds in order.
fn check_calendar(e: &Election, diags: &mut Diagnostics) {
    let (call, close) = (&e.call, &e.nominations_close);
    if **close <= **call {
        let message = format!(
            "`nominations_close` ({}) is not after `call` ({})",
            close.value, call.value
        );
        diags.error(Rule::E2, &e.path, close.pos, message);
    }
    for d in e.nominations.iter().filter_map(|n| n.date.as_ref()) {
        if **d < **call || **d > **close {
            let message = format!(
                "the nomination is dated {}, outside the call ({} to {})",
                d.value, call.value, close.value
            );
            diags.error(Rule::E2, &e.path, d.pos, message);
        }
    }
    let mut previous: Option<&At<Date>> = None;
    for c in e.rounds.iter().map(|r| &r.closes).chain(e.closes.as_ref()) {
        let message = if **c <= **close {
            format!(
                "the ballot closes on {}, not after nominations close ({})",
                c.value, close.value
            )
        } else if previous.is_some_and(|p| **c <= **p) {
            format!(
                "this round closes on {}, not after the round before it",
                c.value
            )
        } else {
            previous = Some(c);
            continue;
        };
        diags.error(Rule::E2, &e.path, c.pos, message);
        previous = Some(c);
    }
}

/// E3: a vote exactly when more candidates accepted than seats, on accepted candidates
/// only, each ranked once; a council election has a region and one seat.
fn check_vote_held(e: &Election, diags: &mut Diagnostics) {
    let candidates = tally::accepted(e);
    let contested = candidates.len() > e.seats.value as usize;
    let method = e.method.as_ref().map(|m| m.value);
    let held_at = e
        .rounds_pos
        .filter(|_| !e.rounds.is_empty())
        .or(e.ballots_pos.filter(|_| !e.ballots.is_empty()));
    let message = match (contested, held_at) {
        (false, Some(_)) => Some(format!(
            "{} accepted candidate{} for {} seat{}: elected unopposed, no vote is held",
            candidates.len(),
            plural(candidates.len()),
            e.seats.value,
            plural(e.seats.value as usize)
        )),
        (true, None) if !e.result_undocumented => Some(format!(
            "{} accepted candidates for {} seat{}: a vote is held (`rounds`, or `ballots` for stv)",
            candidates.len(),
            e.seats.value,
            plural(e.seats.value as usize)
        )),
        (_, Some(_)) if method.is_none() => {
            Some("a vote needs `method` (majority, plurality or stv)".to_string())
        }
        (_, Some(_)) if (method == Some(Method::Stv)) != e.rounds.is_empty() => Some(format!(
            "method {} is counted from {}",
            method.map_or("", |m| m.id()),
            if method == Some(Method::Stv) {
                "`ballots`"
            } else {
                "`rounds`"
            }
        )),
        _ => None,
    };
    if let Some(m) = message {
        let pos = held_at
            .or(e.method.as_ref().map(|m| m.pos))
            .unwrap_or(e.seats.pos);
        diags.error(Rule::E3, &e.path, pos, m);
    }
    check_ballot_names(e, &candidates, diags);
    check_council_seat(e, diags);
}

/// A council election has a region as its electorate and one seat.
fn check_council_seat(e: &Election, diags: &mut Diagnostics) {
    if e.office.value == Office::Council {
        if !matches!(e.electorate.value, Electorate::Region(_)) {
            diags.error(
                Rule::E3,
                &e.path,
                e.electorate.pos,
                "a council election has a region as its electorate",
            );
        }
        if e.seats.value != 1 {
            diags.error(
                Rule::E3,
                &e.path,
                e.seats.pos,
                "a council election fills one seat",
            );
        }
    }
}

fn check_ballot_names(e: &Election, candidates: &[String], diags: &mut Diagnostics) {
    let known = |c: &At<String>| candidates.contains(&c.value);
    let unknown = |c: &At<String>| {
        format!(
            "\"{}\" is not an accepted candidate of this election",
            c.value
        )
    };
    for r in &e.rounds {
        for (c, _) in r.votes.iter().filter(|(c, _)| !known(c)) {
            diags.error(Rule::E3, &e.path, c.pos, unknown(c));
        }
    }
    for b in &e.ballots {
        if b.ranking.is_empty() {
            diags.error(
                Rule::E3,
                &e.path,
                b.pos,
                "a ranking names at least one candidate",
            );
        }
        let mut seen = HashSet::new();
        for c in &b.ranking {
            if !known(c) {
                diags.error(Rule::E3, &e.path, c.pos, unknown(c));
            } else if !seen.insert(&c.value) {
                diags.error(
                    Rule::E3,
                    &e.path,
                    c.pos,
                    format!("the ranking names \"{}\" twice", c.value),
                );
            }
        }
    }
}

/// E4: one member, one vote.
fn check_turnout(site: &Site, e: &Election, diags: &mut Diagnostics) {
    for r in &e.rounds {
        let size = site.electorate(e.electorate.value, *r.closes).len() as u64;
        let ballots: u64 = r.votes.iter().map(|(_, v)| v).sum::<u64>() + r.abstentions;
        if ballots > size {
            let message = format!(
                "{ballots} ballots, but the electorate has {size} members on {}",
                r.closes.value
            );
            diags.error(Rule::E4, &e.path, r.closes.pos, message);
        }
    }
    let ballots: u64 = e.ballots.iter().map(|b| b.count).sum();
    if let Some(c) = &e.closes {
        let size = site.electorate(e.electorate.value, c.value).len() as u64;
        if ballots > size {
            let message = format!(
                "{ballots} ballots, but the electorate has {size} members on {}",
                c.value
            );
            diags.error(Rule::E4, &e.path, c.pos, message);
        }
    }
}

/// E5: the count fills every seat.
fn check_filled(e: &Election, result: &Tally, diags: &mut Diagnostics) {
    let Tally::Rounds(rounds) = result else {
        return;
    };
    let Some(last) = e.rounds.last() else { return };
    let first_elect = rounds
        .iter()
        .position(|r| !r.elected.is_empty() || !r.tied.is_empty());
    let message = match first_elect {
        Some(i) if i + 1 < rounds.len() => {
            Some("no round follows the round that elected".to_string())
        }
        Some(i) if !rounds[i].tied.is_empty() => Some(format!(
            "a tie for the last seat: {}",
            rounds[i].tied.join(", ")
        )),
        None => Some("the last round elects no one: a further round is held".to_string()),
        _ => None,
    };
    if let Some(m) = message {
        diags.error(Rule::E5, &e.path, last.closes.pos, m);
    }
}

/// E6: a council election's result agrees with the council's terms from `term_from`.
fn check_terms(site: &Site, e: &Election, elected: &[String], diags: &mut Diagnostics) {
    let (Office::Council, Some(from), Electorate::Region(region)) =
        (e.office.value, &e.term_from, e.electorate.value)
    else {
        return;
    };
    if e.result_undocumented {
        return;
    }
    let seat = Seat::Region(region);
    for name in elected {
        let Some(c) = site.councillors.iter().find(|c| &c.id == name) else {
            continue;
        };
        if !c.terms.iter().any(|t| t.seat == seat && *t.from == **from) {
            let message = format!(
                "{} is elected, but has no {} term from {}",
                c.name,
                region.id(),
                from.value
            );
            diags.warning(Rule::E6, &e.path, from.pos, message);
        }
    }
    for c in &site.councillors {
        for t in c
            .terms
            .iter()
            .filter(|t| t.seat == seat && *t.from == **from)
        {
            if !elected.contains(&c.id) {
                let message = format!(
                    "this {} term from {} belongs to no one elected by {}",
                    region.id(),
                    from.value,
                    e.slug
                );
                diags.warning(Rule::E6, &c.path, t.pos, message);
            }
        }
    }
}

/// V1–V3 for one vote.
fn check_vote(site: &Site, tallies: &tally::Tallies, v: &Vote, diags: &mut Diagnostics) {
    let path = v.path.as_str();
    if *v.closes <= *v.opens {
        let message = format!(
            "`closes` ({}) is not after `opens` ({})",
            v.closes.value, v.opens.value
        );
        diags.error(Rule::V1, path, v.closes.pos, message);
    }
    let (electorate, passed) = tallies.vote(site, v);
    let cast = v.for_votes.value + v.against.value + v.abstentions;
    if cast > electorate as u64 {
        let message = format!(
            "{cast} ballots, but the electorate has {electorate} members on {}",
            v.closes.value
        );
        diags.error(Rule::V1, path, v.for_votes.pos, message);
    }
    check_petition(site, v, diags);
    if let Some(o) = &v.outcome {
        let computed = if passed { "passed" } else { "failed" };
        if o.value.id() != computed {
            let message = format!("`outcome` is {}, but the vote {computed}", o.value.id());
            diags.error(Rule::V3, path, o.pos, message);
        }
    }
}

/// V2: a petition of distinct members current on `opens`, at least 10% of them.
fn check_petition(site: &Site, v: &Vote, diags: &mut Diagnostics) {
    let Some(pos) = v.petition_pos else { return };
    let opens = *v.opens;
    let current = site.electorate(Electorate::All, opens).len();
    let mut seen = HashSet::new();
    for p in &v.petition {
        let message = if !seen.insert(&p.value) {
            format!("the petition lists {} twice", p.value)
        } else if !site
            .members
            .iter()
            .any(|m| m.id == p.value && m.is_current(opens))
        {
            format!("{} is not a member current on {opens}", p.value)
        } else {
            continue;
        };
        diags.error(Rule::V2, &v.path, pos, message);
    }
    if seen.len() * 10 < current {
        let message = format!(
            "{} petitioners, fewer than 10% of the {current} members current on {opens}",
            seen.len()
        );
        diags.error(Rule::V2, &v.path, pos, message);
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
