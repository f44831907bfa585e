//! Readers of the records of SPEC §7: `elections/<slug>.yaml` and `votes/<slug>.yaml`
//! (with the proposal's text from `votes/<slug>.md`), field by field.
use super::Parsed;
use super::fields::Fields;
use crate::diag::{Diagnostics, Pos, Rule};
use crate::model::*;
use crate::yaml::{Map, Node};

/// Most ballots one ranking or round may count (one member, one vote keeps real
/// counts far below it).
const MAX_COUNT: i64 = 1_000_000;

pub fn election(rel: &str, stem: &str, p: Parsed, diags: &mut Diagnostics) -> Option<Election> {
    let mut f = Fields::new(p.map, Pos::START, rel, diags);
    let title = f.req_str("title");
    let office = f.req_choice::<Office>("office", Rule::Y1, "office");
    let electorate = electorate(&mut f, true);
    let seats = f.required("seats", |f, k| f.int(k, 1..=1_000));
    let call = f.req_date("call", false);
    let nominations_close = f.req_date("nominations_close", false);
    let term_from = f.date("term_from", true);
    let method = f.choice::<Method>("method", Rule::Y1, "method");
    let nominations = items(&mut f, "nominations", rel, nomination);
    if nominations.is_empty() && !f.has("nominations") {
        f.missing("nominations");
    }
    let rounds_pos = value_pos(&f, "rounds");
    let rounds = items(&mut f, "rounds", rel, round);
    let closes = f.date("closes", false);
    let ballots_pos = value_pos(&f, "ballots");
    let ballots = items(&mut f, "ballots", rel, ballot);
    f.extension(&["undocumented"]);
    let result_undocumented = undocumented(&mut f, &["result"]).contains(&"result");
    let source = f.str("source");
    let note = f.str("note");
    let complete = f.finish()
        && nominations.iter().all(Option::is_some)
        && rounds.iter().all(Option::is_some)
        && ballots.iter().all(Option::is_some);
    let e = Election {
        path: rel.to_string(),
        slug: stem.to_string(),
        title: title?.value,
        office: office?,
        electorate: electorate?,
        seats: seats?.map(|s| s as u32),
        call: call?,
        nominations_close: nominations_close?,
        term_from,
        method,
        nominations: nominations.into_iter().flatten().collect(),
        rounds: rounds.into_iter().flatten().collect(),
        rounds_pos,
        closes,
        ballots: ballots.into_iter().flatten().collect(),
        ballots_pos,
        result_undocumented,
        source,
        note,
    };
    complete.then_some(e)
}

/// The items of a list of mappings, each read by `read` (None where one is unusable).
fn items<T>(
    f: &mut Fields,
    key: &'static str,
    rel: &str,
    read: fn(Map, &str, &mut Diagnostics) -> Option<T>,
) -> Vec<Option<T>> {
    f.map_list(key)
        .into_iter()
        .map(|m| read(m, rel, f.diags()))
        .collect()
}

/// Where the value of `key` is written, if it is.
fn value_pos(f: &Fields, key: &str) -> Option<Pos> {
    f.value_pos(key)
}

/// `electorate`: `all` or a region id (M2 for another value).
fn electorate(f: &mut Fields, required: bool) -> Option<At<Electorate>> {
    let s = if required {
        f.req_str("electorate")
    } else {
        f.str("electorate")
    }?;
    match Electorate::parse(&s.value) {
        Some(e) => Some(At {
            value: e,
            pos: s.pos,
        }),
        None => {
            let message = format!(
                "unknown electorate \"{}\" (expected all or one of: africa, asia-pacific, europe, latin-america, north-america)",
                s.value
            );
            f.error(Rule::M2, s.pos, message);
            None
        }
    }
}

/// `undocumented:` (an extension of SPEC §7): which of `allowed` the sources do not give.
fn undocumented(f: &mut Fields, allowed: &[&'static str]) -> Vec<&'static str> {
    let mut out = Vec::new();
    for item in f.str_list("undocumented") {
        match allowed.iter().find(|a| **a == item.value) {
            Some(a) => out.push(*a),
            None => {
                let message = format!(
                    "`undocumented` may list only: {}, found \"{}\"",
                    allowed.join(", "),
                    item.value
                );
                f.error(Rule::Y1, item.pos, message);
            }
        }
    }
    out
}

fn nomination(m: Map, rel: &str, diags: &mut Diagnostics) -> Option<Nomination> {
    let mut f = Fields::item(m, rel, diags);
    let pos = f.missing_pos;
    f.extension(&["undocumented"]);
    let unknown = undocumented(&mut f, &["date", "by", "seconds"]);
    let candidate = f.req_str("candidate");
    let date = if unknown.contains(&"date") {
        f.date("date", false)
    } else {
        f.req_date("date", false)
    };
    let by = if unknown.contains(&"by") {
        f.str("by")
    } else {
        f.req_str("by")
    };
    let seconds_documented = !unknown.contains(&"seconds");
    if seconds_documented && !f.has("seconds") {
        f.missing("seconds");
    }
    let seconds = f.str_list("seconds");
    let accepted = f.bool("accepted").is_none_or(|a| a.value);
    let complete = f.finish();
    let n = Nomination {
        pos,
        candidate: candidate?,
        date,
        by,
        seconds,
        seconds_documented,
        accepted,
    };
    complete.then_some(n)
}

fn round(m: Map, rel: &str, diags: &mut Diagnostics) -> Option<VoteRound> {
    let mut f = Fields::item(m, rel, diags);
    let closes = f.req_date("closes", false);
    let has_votes = f.has("votes");
    let votes = vote_map(&mut f);
    if !has_votes {
        f.missing("votes");
    }
    let abstentions = f.int("abstentions", 0..=MAX_COUNT);
    let complete = f.finish();
    let r = VoteRound {
        closes: closes?,
        votes: votes?,
        abstentions: abstentions.map_or(0, |a| a.value as u64),
    };
    complete.then_some(r)
}

/// `votes: {candidate: count, …}`.
fn vote_map(f: &mut Fields) -> Option<Vec<(At<String>, u64)>> {
    let node = f.take("votes")?;
    let Node::Map(map) = node else {
        let message = format!(
            "`votes` must be a mapping of candidates to counts, found {}",
            node.kind()
        );
        f.error(Rule::Y1, node.pos(), message);
        return None;
    };
    let mut out = Vec::new();
    for (key, value) in map.entries {
        match value {
            Node::Scalar(s)
                if s.plain
                    && s.value
                        .parse::<i64>()
                        .is_ok_and(|n| (0..=MAX_COUNT).contains(&n)) =>
            {
                out.push((
                    At {
                        value: key.value,
                        pos: key.pos,
                    },
                    s.value.parse::<u64>().unwrap_or(0),
                ));
            }
            other => {
                let message = format!(
                    "the votes for \"{}\" must be a whole number from 0 to {MAX_COUNT}",
                    key.value
                );
                f.error(Rule::Y1, other.pos(), message);
                return None;
            }
        }
    }
    Some(out)
}

fn ballot(m: Map, rel: &str, diags: &mut Diagnostics) -> Option<RankedBallot> {
    let mut f = Fields::item(m, rel, diags);
    let has_ranking = f.has("ranking");
    let pos = f.value_pos("ranking").unwrap_or(f.missing_pos);
    let ranking = f.str_list("ranking");
    if !has_ranking {
        f.missing("ranking");
    }
    let count = f.int("count", 1..=MAX_COUNT);
    let complete = f.finish();
    let b = RankedBallot {
        pos,
        ranking,
        count: count.map_or(1, |c| c.value as u64),
    };
    complete.then_some(b)
}

pub fn vote(rel: &str, stem: &str, p: Parsed, diags: &mut Diagnostics) -> Option<Vote> {
    let mut f = Fields::new(p.map, Pos::START, rel, diags);
    let title = f.req_str("title");
    let electorate = electorate(&mut f, false);
    let opens = f.req_date("opens", false);
    let closes = f.req_date("closes", false);
    let quorum = f.required("quorum", |f, k| f.percent(k));
    let threshold = f.required("threshold", |f, k| f.percent(k));
    let for_votes = f.required("for", |f, k| f.int(k, 0..=MAX_COUNT));
    let against = f.required("against", |f, k| f.int(k, 0..=MAX_COUNT));
    let abstentions = f.int("abstentions", 0..=MAX_COUNT);
    let petition_pos = value_pos(&f, "petition");
    let petition = f.str_list("petition");
    let outcome = f.choice::<VoteOutcome>("outcome", Rule::Y1, "outcome");
    let source = f.str("source");
    let note = f.str("note");
    let complete = f.finish();
    let v = Vote {
        path: rel.to_string(),
        slug: stem.to_string(),
        title: title?.value,
        electorate: electorate.unwrap_or(At {
            value: Electorate::All,
            pos: Pos::START,
        }),
        opens: opens?,
        closes: closes?,
        quorum: quorum?,
        threshold: threshold?,
        for_votes: for_votes?.map(|n| n as u64),
        against: against?.map(|n| n as u64),
        abstentions: abstentions.map_or(0, |a| a.value as u64),
        petition,
        petition_pos,
        outcome,
        source,
        note,
        text: None,
    };
    complete.then_some(v)
}

/// `votes/<slug>.md`: the proposal's text, with a `title`.
pub fn vote_text(rel: &str, stem: &str, p: Parsed, diags: &mut Diagnostics) -> Option<VoteText> {
    let mut f = Fields::new(p.map, Pos::START, rel, diags);
    let title = f.req_str("title");
    let complete = f.finish();
    title?;
    let text = VoteText {
        path: rel.to_string(),
        slug: stem.to_string(),
        body: p.body,
    };
    complete.then_some(text)
}
