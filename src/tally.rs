//! The results of elections and votes (SPEC §7), computed from the records, never typed
//! in: unopposed candidates, majority rounds with the first round's quorum, plurality,
//! and STV by Meek's method (`count`).
use crate::count::{self, Ballot, Count, Input};
use crate::date::Date;
use crate::model::{Election, Method, Site};

/// What an election's record gives.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// The accepted candidates, in the order of their nominations.
    pub candidates: Vec<String>,
    pub result: Result,
    /// The elected, in the order of election.
    pub elected: Vec<String>,
}

#[derive(Clone, Debug)]
pub enum Result {
    /// No more accepted candidates than seats: no vote.
    Unopposed,
    /// A vote was held but its figures are not documented.
    Undocumented,
    /// A vote should have been held and was not recorded (an E3 finding).
    Missing,
    Rounds(Vec<RoundResult>),
    Stv(StvResult),
}

/// A round of a majority or plurality vote.
#[derive(Clone, Debug)]
pub struct RoundResult {
    pub closes: Date,
    pub electorate: usize,
    /// Votes cast for candidates (abstentions are not votes cast).
    pub cast: u64,
    pub abstentions: u64,
    /// Its ballots are more than half of the electorate.
    pub quorate: bool,
    /// The candidates on the ballot and their votes, as written.
    pub votes: Vec<(String, u64)>,
    /// Who this round elected.
    pub elected: Vec<String>,
    /// Plurality: candidates tied for the last seat (none elected among them).
    pub tied: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct StvResult {
    pub electorate: usize,
    pub ballots: u64,
    pub count: Count,
}

/// The results of a site's elections and votes, counted once after loading (in
/// parallel), by record file: what validation, the plan, its views and the open data
/// read.
#[derive(Default)]
pub struct Tallies {
    elections: std::collections::HashMap<String, Outcome>,
    votes: std::collections::HashMap<String, (usize, bool)>,
}

impl Tallies {
    pub fn of(site: &Site) -> Tallies {
        use rayon::prelude::*;
        let elections = site.elections.par_iter();
        let votes = site.votes.iter();
        Tallies {
            elections: elections
                .map(|e| (e.path.clone(), election(site, e)))
                .collect(),
            votes: votes.map(|v| (v.path.clone(), vote(site, v))).collect(),
        }
    }

    /// The result of an election of the site (counted now if it was not counted).
    pub fn election(&self, site: &Site, e: &Election) -> std::borrow::Cow<'_, Outcome> {
        match self.elections.get(&e.path) {
            Some(o) => std::borrow::Cow::Borrowed(o),
            None => std::borrow::Cow::Owned(election(site, e)),
        }
    }

    /// The size of a vote's electorate and whether it passed (see `vote`).
    pub fn vote(&self, site: &Site, v: &crate::model::Vote) -> (usize, bool) {
        self.votes
            .get(&v.path)
            .copied()
            .unwrap_or_else(|| vote(site, v))
    }
}

/// The result of an election.
pub fn election(site: &Site, e: &Election) -> Outcome {
    let candidates = accepted(e);
    let mut elected = Vec::new();
    let result = if e.result_undocumented {
        Result::Undocumented
    } else if candidates.len() <= e.seats.value as usize {
        elected = candidates.clone();
        Result::Unopposed
    } else {
        match e.method.as_ref().map(|m| m.value) {
            Some(Method::Stv) if !e.ballots.is_empty() => {
                let r = stv(site, e, &candidates);
                elected = r
                    .count
                    .elected
                    .iter()
                    .map(|i| candidates[*i].clone())
                    .collect();
                Result::Stv(r)
            }
            Some(m @ (Method::Majority | Method::Plurality)) if !e.rounds.is_empty() => {
                let rounds = rounds(site, e, m);
                elected = rounds.iter().flat_map(|r| r.elected.clone()).collect();
                Result::Rounds(rounds)
            }
            _ => Result::Missing,
        }
    };
    Outcome {
        candidates,
        result,
        elected,
    }
}

/// The accepted candidates, each once, in nomination order.
pub fn accepted(e: &Election) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for n in e.nominations.iter().filter(|n| n.accepted) {
        if !out.contains(&n.candidate.value) {
            out.push(n.candidate.value.clone());
        }
    }
    out
}

fn rounds(site: &Site, e: &Election, method: Method) -> Vec<RoundResult> {
    let mut out = Vec::new();
    let mut filled = false;
    for (i, r) in e.rounds.iter().enumerate() {
        let electorate = site.electorate(e.electorate.value, *r.closes).len();
        let cast: u64 = r.votes.iter().map(|(_, v)| v).sum();
        let quorate = (cast + r.abstentions) * 2 > electorate as u64;
        let votes: Vec<(String, u64)> =
            r.votes.iter().map(|(c, v)| (c.value.clone(), *v)).collect();
        let (elected, tied) = match method {
            _ if filled => (Vec::new(), Vec::new()),
            Method::Majority if quorate || i > 0 => (majority_winner(&votes, cast), Vec::new()),
            Method::Majority => (Vec::new(), Vec::new()),
            _ => plurality(&votes, e.seats.value as usize),
        };
        filled |= !elected.is_empty();
        out.push(RoundResult {
            closes: *r.closes,
            electorate,
            cast,
            abstentions: r.abstentions,
            quorate,
            votes,
            elected,
            tied,
        });
    }
    out
}

/// The candidate with more than half of the votes cast, if any.
fn majority_winner(votes: &[(String, u64)], cast: u64) -> Vec<String> {
    votes
        .iter()
        .filter(|(_, v)| v * 2 > cast)
        .map(|(c, _)| c.clone())
        .take(1)
        .collect()
}

/// The `seats` candidates with the most votes; those tied for the last seat are
/// returned apart (none of them is elected).
fn plurality(votes: &[(String, u64)], seats: usize) -> (Vec<String>, Vec<String>) {
    let mut sorted: Vec<&(String, u64)> = votes.iter().collect();
    sorted.sort_by_key(|(c, v)| (std::cmp::Reverse(*v), c.clone()));
    if sorted.len() <= seats {
        return (sorted.iter().map(|(c, _)| c.clone()).collect(), Vec::new());
    }
    let last = sorted[seats - 1].1;
    if sorted[seats].1 < last {
        return (
            sorted[..seats].iter().map(|(c, _)| c.clone()).collect(),
            Vec::new(),
        );
    }
    let elected = sorted
        .iter()
        .filter(|(_, v)| *v > last)
        .map(|(c, _)| c.clone())
        .collect();
    let tied = sorted
        .iter()
        .filter(|(_, v)| *v == last)
        .map(|(c, _)| c.clone())
        .collect();
    (elected, tied)
}

fn stv(site: &Site, e: &Election, candidates: &[String]) -> StvResult {
    let index = |name: &str| candidates.iter().position(|c| c == name);
    let ballots: Vec<Ballot> = e
        .ballots
        .iter()
        .map(|b| {
            let mut ranking: Vec<usize> = Vec::new();
            for i in b.ranking.iter().filter_map(|c| index(&c.value)) {
                if !ranking.contains(&i) {
                    ranking.push(i);
                }
            }
            Ballot {
                ranking,
                count: b.count,
            }
        })
        .collect();
    let total = ballots.iter().map(|b| b.count).sum();
    let count = count::meek(&Input {
        candidates: candidates.len(),
        seats: (e.seats.value as usize).min(candidates.len()),
        ballots,
        tie_order: tie_order(e, candidates),
    });
    StvResult {
        electorate: e
            .closes
            .as_ref()
            .map_or(0, |c| site.electorate(e.electorate.value, c.value).len()),
        ballots: total,
        count,
    }
}

/// For exact ties the earlier rounds do not settle: the later nomination `date` is
/// excluded first, then the name sorting last (`tie_order[c]`: smaller goes first).
fn tie_order(e: &Election, candidates: &[String]) -> Vec<usize> {
    let date = |c: &str| {
        e.nominations
            .iter()
            .filter(|n| n.candidate.value == c)
            .filter_map(|n| n.date.as_ref().map(|d| d.value))
            .min()
    };
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by(|a, b| {
        let (x, y) = (&candidates[*a], &candidates[*b]);
        date(y).cmp(&date(x)).then_with(|| y.cmp(x))
    });
    let mut rank = vec![0; candidates.len()];
    for (r, c) in order.into_iter().enumerate() {
        rank[c] = r;
    }
    rank
}

/// A vote's electorate size on `closes`, and whether it passed.
pub fn vote(site: &Site, v: &crate::model::Vote) -> (usize, bool) {
    let electorate = site.electorate(v.electorate.value, *v.closes).len();
    (electorate, v.passes(electorate))
}

/// An election's result as text for the terminal (`ccpub count <election>`).
pub fn transcript(site: &Site, e: &Election) -> String {
    let o = election(site, e);
    let head = format!(
        "{}: {} seat{}, {} accepted candidate{}\n",
        e.title,
        e.seats.value,
        if e.seats.value == 1 { "" } else { "s" },
        o.candidates.len(),
        if o.candidates.len() == 1 { "" } else { "s" }
    );
    let body = match &o.result {
        Result::Unopposed => {
            "No vote: as many accepted candidates as seats, or fewer.\n".to_string()
        }
        Result::Undocumented => "The result is not documented.\n".to_string(),
        Result::Missing => "A vote is needed and none is recorded.\n".to_string(),
        Result::Stv(s) => {
            let text = count::transcript(&s.count, &o.candidates, &e.title, e.seats.value as usize);
            text.split_once('\n')
                .map_or(text.clone(), |(_, rest)| rest.trim_start().to_string())
        }
        Result::Rounds(rs) => rs
            .iter()
            .enumerate()
            .map(|(i, r)| round_text(i, r))
            .collect(),
    };
    let elected = if o.elected.is_empty() {
        "no one".to_string()
    } else {
        o.elected.join(", ")
    };
    let body = body
        .trim_end_matches('\n')
        .trim_end_matches(&format!("Elected: {elected}"))
        .trim_end();
    format!("{head}\n{body}\n\nElected: {elected}\n")
}

fn round_text(i: usize, r: &RoundResult) -> String {
    use std::fmt::Write as _;
    let mut out = format!(
        "Round {}, closed {}: {} ballots of {} members{}\n",
        i + 1,
        r.closes,
        r.cast + r.abstentions,
        r.electorate,
        if r.quorate {
            " (quorate)"
        } else {
            " (not quorate)"
        }
    );
    for (c, v) in &r.votes {
        let mark = if r.elected.contains(c) {
            "  elected"
        } else {
            ""
        };
        let _ = writeln!(out, "  {c}: {v}{mark}");
    }
    if r.abstentions > 0 {
        let _ = writeln!(out, "  abstentions: {}", r.abstentions);
    }
    out.push('\n');
    out
}
