//! What the election and vote pages show (SPEC §7): nominations, the rounds or the STV
//! count, the elected; votes with their turnout, quorum and threshold.
use super::{DateView, Html, Link, SourceView, date, opt_date, provenance};
use crate::count::{self, Action, State};
use crate::model::{Closed as _, Election, Site, Vote};
use crate::tally::{Outcome, Result as Tally, RoundResult};
use crate::urls;
use serde::Serialize;

/// An election in the list of elections.
#[derive(Clone, Debug, Serialize)]
pub struct ElectionRow {
    pub url: String,
    pub title: String,
    pub office: &'static str,
    /// `all`, or the id of the region whose members vote.
    pub electorate: &'static str,
    pub seats: u32,
    pub call: DateView,
    pub elected: Vec<Link>,
    /// How the result is known: `none` (no nomination yet), `unopposed`,
    /// `undocumented`, `missing` (no vote recorded) or `vote`.
    pub result: &'static str,
}

pub fn election_row(site: &Site, e: &Election, o: &Outcome) -> ElectionRow {
    ElectionRow {
        url: urls::election(&e.slug),
        title: e.title.clone(),
        office: e.office.value.id(),
        electorate: e.electorate.value.id(),
        seats: e.seats.value,
        call: date(*e.call),
        elected: o.elected.iter().map(|c| candidate_link(site, c)).collect(),
        result: match o.result {
            Tally::Unopposed if o.candidates.is_empty() => "none",
            Tally::Unopposed => "unopposed",
            Tally::Undocumented => "undocumented",
            Tally::Missing => "missing",
            Tally::Rounds(_) | Tally::Stv(_) => "vote",
        },
    }
}

/// A candidate: linked to the Council page when a council record, else as written.
fn candidate_link(site: &Site, c: &str) -> Link {
    match site.councillors.iter().find(|x| x.id == c) {
        Some(x) => Link {
            url: urls::councillor(&x.id),
            label: x.name.clone(),
        },
        None => Link {
            url: String::new(),
            label: c.to_string(),
        },
    }
}

/// A member label, linked to its page when there is a record.
fn member_link(site: &Site, label: &str) -> Link {
    let known = site.members.iter().any(|m| m.id == label);
    Link {
        url: if known {
            urls::member(label)
        } else {
            String::new()
        },
        label: format!(".{label}"),
    }
}

/// One election's page.
#[derive(Clone, Debug, Serialize)]
pub struct ElectionPage {
    pub election: ElectionRow,
    /// `majority`, `plurality` or `stv`.
    pub method: Option<&'static str>,
    pub nominations_close: DateView,
    pub closes: Option<DateView>,
    pub term_from: Option<DateView>,
    pub nominations: Vec<NominationView>,
    pub rounds: Vec<RoundView>,
    pub stv: Option<StvView>,
    pub source: Option<SourceView>,
}

#[derive(Clone, Debug, Serialize)]
pub struct NominationView {
    pub candidate: Link,
    pub date: Option<DateView>,
    pub by: Option<Link>,
    pub own: bool,
    pub seconds: Vec<Link>,
    pub seconds_documented: bool,
    pub accepted: bool,
}

pub fn election_page(site: &Site, e: &Election, o: &Outcome) -> ElectionPage {
    let nominations = e
        .nominations
        .iter()
        .map(|n| NominationView {
            candidate: candidate_link(site, &n.candidate.value),
            date: opt_date(n.date.as_ref()),
            own: n.by.as_ref().is_some_and(|b| b.value == "self"),
            by: n
                .by
                .as_ref()
                .filter(|b| b.value != "self")
                .map(|b| member_link(site, &b.value)),
            seconds: n
                .seconds
                .iter()
                .map(|s| member_link(site, &s.value))
                .collect(),
            seconds_documented: n.seconds_documented,
            accepted: n.accepted,
        })
        .collect();
    let (rounds, stv) = match &o.result {
        Tally::Rounds(rs) => (rs.iter().map(|r| round_view(site, r)).collect(), None),
        Tally::Stv(s) => (Vec::new(), Some(stv_view(site, &o.candidates, s))),
        _ => (Vec::new(), None),
    };
    ElectionPage {
        election: election_row(site, e, o),
        method: e.method.as_ref().map(|m| m.value.id()),
        nominations_close: date(*e.nominations_close),
        closes: opt_date(e.closes.as_ref()),
        term_from: opt_date(e.term_from.as_ref()),
        nominations,
        rounds,
        stv,
        source: provenance(e.source.as_ref(), e.note.as_ref()),
    }
}

/// A round of a majority or plurality vote, with shares and turnout.
#[derive(Clone, Debug, Serialize)]
pub struct RoundView {
    pub closes: DateView,
    pub electorate: usize,
    pub ballots: u64,
    pub turnout: String,
    pub quorate: bool,
    pub votes: Vec<(Link, u64, String, bool)>,
    pub abstentions: u64,
    pub tied: Vec<String>,
}

fn round_view(site: &Site, r: &RoundResult) -> RoundView {
    let ballots = r.cast + r.abstentions;
    RoundView {
        closes: date(r.closes),
        electorate: r.electorate,
        ballots,
        turnout: percent(ballots, r.electorate as u64),
        quorate: r.quorate,
        votes: r
            .votes
            .iter()
            .map(|(c, v)| {
                (
                    candidate_link(site, c),
                    *v,
                    percent(*v, r.cast),
                    r.elected.contains(c),
                )
            })
            .collect(),
        abstentions: r.abstentions,
        tied: r.tied.clone(),
    }
}

/// `57.1 %` (one decimal, a no-break space before `%`), or `—` of nothing.
pub fn percent(part: u64, whole: u64) -> String {
    if whole == 0 {
        return "—".to_string();
    }
    let tenths = (part as u128 * 1000 + whole as u128 / 2) / whole as u128;
    format!("{}.{}\u{a0}%", tenths / 10, tenths % 10)
}

/// The STV count as a table: a row per candidate, a column per round.
#[derive(Clone, Debug, Serialize)]
pub struct StvView {
    pub electorate: usize,
    pub ballots: u64,
    pub turnout: String,
    pub quotas: Vec<String>,
    pub rows: Vec<StvRow>,
    pub exhausted: Vec<String>,
    pub actions: Vec<StvAction>,
    pub chart: StvChart,
}

/// What a round of the count did, for the theme to say: `quota` (reached it),
/// `fewest` (excluded), `fewest-tie` (excluded by the tie rules), `remaining` (as many
/// continuing as seats left) or `no-seat` (excluded: no seat left).
#[derive(Clone, Debug, Serialize)]
pub struct StvAction {
    pub what: &'static str,
    pub names: Vec<String>,
}

fn stv_action(a: &Action, names: &[String]) -> StvAction {
    let list = |cs: &[usize]| cs.iter().map(|c| names[*c].clone()).collect();
    let (what, names) = match a {
        Action::Elected(cs) => ("quota", list(cs)),
        Action::Excluded { candidate, tie } => {
            let what = if *tie { "fewest-tie" } else { "fewest" };
            (what, vec![names[*candidate].clone()])
        }
        Action::Remaining { elected, excluded } if excluded.is_empty() => {
            ("remaining", list(elected))
        }
        Action::Remaining { excluded, .. } => ("no-seat", list(excluded)),
    };
    StvAction { what, names }
}

/// The count as a line chart: each candidate's votes round by round, and the quota.
#[derive(Clone, Debug, Serialize)]
pub struct StvChart {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    pub lines: Vec<ChartLine>,
    pub quota: String,
    pub y_ticks: Vec<(f64, String)>,
    pub x_ticks: Vec<(f64, usize)>,
    pub rounds: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct ChartLine {
    pub name: String,
    pub points: String,
    /// Where its name is written: at its last point.
    pub label_x: f64,
    pub label_y: f64,
    /// 0–4: the colour and dash pattern that tell lines apart.
    pub style: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct StvRow {
    pub candidate: Link,
    /// Per round: the votes (empty once excluded) and the state.
    pub cells: Vec<(String, &'static str)>,
}

fn stv_view(site: &Site, names: &[String], s: &crate::tally::StvResult) -> StvView {
    let c = &s.count;
    let rows = names
        .iter()
        .enumerate()
        .map(|(k, name)| StvRow {
            candidate: candidate_link(site, name),
            cells: c.rounds.iter().map(|r| stv_cell(r, k)).collect(),
        })
        .collect();
    StvView {
        electorate: s.electorate,
        ballots: s.ballots,
        turnout: percent(s.ballots, s.electorate as u64),
        quotas: c.rounds.iter().map(|r| short(r.quota)).collect(),
        rows,
        exhausted: c.rounds.iter().map(|r| short(r.exhausted)).collect(),
        actions: c
            .rounds
            .iter()
            .map(|r| stv_action(&r.action, names))
            .collect(),
        chart: stv_chart(c, names),
    }
}

fn stv_chart(c: &count::Count, names: &[String]) -> StvChart {
    let (width, height, left, right, top, bottom) = (640.0, 300.0, 56.0, 500.0, 16.0, 260.0);
    let max = c
        .rounds
        .iter()
        .flat_map(|r| r.votes.iter().copied().chain([r.quota]))
        .max()
        .unwrap_or(1)
        .max(1);
    let step = nice_step(max);
    let top_value = (max + step - 1) / step * step;
    let n = c.rounds.len().max(2);
    let x = |i: usize| left + (right - left) * i as f64 / (n - 1) as f64;
    let y = |v: count::Fixed| bottom - (bottom - top) * v as f64 / top_value as f64;
    let pt = |i: usize, v: count::Fixed| format!("{:.1},{:.1}", x(i), y(v));
    let lines = chart_lines(c, names, &x, &y);
    StvChart {
        width,
        height,
        left,
        right,
        top,
        bottom,
        lines,
        quota: (0..c.rounds.len())
            .map(|i| pt(i, c.rounds[i].quota))
            .collect::<Vec<_>>()
            .join(" "),
        y_ticks: (0..=top_value / step)
            .map(|t| {
                (
                    y(t * step),
                    short(t * step).trim_end_matches(".000000").to_string(),
                )
            })
            .collect(),
        x_ticks: (0..c.rounds.len()).map(|i| (x(i), i + 1)).collect(),
        rounds: c.rounds.len(),
    }
}

/// One line a candidate: its votes in the rounds it took part in.
fn chart_lines(
    c: &count::Count,
    names: &[String],
    x: &dyn Fn(usize) -> f64,
    y: &dyn Fn(count::Fixed) -> f64,
) -> Vec<ChartLine> {
    let pt = |i: usize, v: count::Fixed| format!("{:.1},{:.1}", x(i), y(v));
    names
        .iter()
        .enumerate()
        .map(|(k, name)| {
            let shown: Vec<usize> = (0..c.rounds.len())
                .filter(|i| stv_cell(&c.rounds[*i], k).1 != "out")
                .collect();
            let last = shown.last().copied().unwrap_or(0);
            ChartLine {
                name: name.clone(),
                points: shown
                    .iter()
                    .map(|i| pt(*i, c.rounds[*i].votes[k]))
                    .collect::<Vec<_>>()
                    .join(" "),
                label_x: x(last) + 6.0,
                label_y: y(c.rounds[last].votes[k]) + 4.0,
                style: k % 5,
            }
        })
        .collect()
}

/// A tick step of 1, 2 or 5 times a power of ten (in billionths), at most 6 steps.
fn nice_step(max: count::Fixed) -> count::Fixed {
    let mut scale = count::ONE;
    loop {
        for f in [1, 2, 5] {
            if (max + f * scale - 1) / (f * scale) <= 6 {
                return f * scale;
            }
        }
        scale *= 10;
    }
}

fn stv_cell(r: &count::Round, k: usize) -> (String, &'static str) {
    let acted = match &r.action {
        Action::Elected(cs) => cs.contains(&k).then_some("elected"),
        Action::Excluded { candidate, .. } => (*candidate == k).then_some("excluded"),
        Action::Remaining { elected, excluded } => {
            if elected.contains(&k) {
                Some("elected")
            } else {
                excluded.contains(&k).then_some("excluded")
            }
        }
    };
    match (r.states[k], acted) {
        (_, Some(a)) => (short(r.votes[k]), a),
        (State::Excluded, None) => (String::new(), "out"),
        (State::Elected, None) => (short(r.votes[k]), "holds"),
        (State::Hopeful, None) => (short(r.votes[k]), "continuing"),
    }
}

/// A count value to six decimals (the count's own precision is nine).
fn short(v: count::Fixed) -> String {
    let s = count::format(v);
    s[..s.len() - 3].to_string()
}

/// A vote in the list of votes, and on its page.
#[derive(Clone, Debug, Serialize)]
pub struct VoteView {
    pub url: String,
    pub title: String,
    /// `all`, or the id of the region whose members vote.
    pub electorate_id: &'static str,
    pub opens: DateView,
    pub closes: DateView,
    pub electorate: usize,
    pub ballots: u64,
    pub turnout: String,
    pub quorum: String,
    pub quorum_met: bool,
    pub for_votes: u64,
    pub against: u64,
    pub abstentions: u64,
    pub share_for: String,
    pub threshold: String,
    /// `passed` or `failed`.
    pub outcome: &'static str,
    pub petition: Vec<Link>,
    pub text: Option<Html>,
    pub source: Option<SourceView>,
}

/// A vote's page; `counted`: the size of its electorate and whether it passed.
pub fn vote_view(site: &Site, v: &Vote, counted: (usize, bool), text: Option<Html>) -> VoteView {
    let (electorate, passed) = counted;
    let ballots = v.for_votes.value + v.against.value + v.abstentions;
    let hundredths =
        |h: u32| format!("{}.{:02}\u{a0}%", h / 100, h % 100).replace(".00\u{a0}%", "\u{a0}%");
    VoteView {
        url: urls::vote(&v.slug),
        title: v.title.clone(),
        electorate_id: v.electorate.value.id(),
        opens: date(*v.opens),
        closes: date(*v.closes),
        electorate,
        ballots,
        turnout: percent(ballots, electorate as u64),
        quorum: hundredths(v.quorum.value),
        quorum_met: ballots as u128 * 10_000 >= electorate as u128 * v.quorum.value as u128,
        for_votes: v.for_votes.value,
        against: v.against.value,
        abstentions: v.abstentions,
        share_for: percent(v.for_votes.value, v.for_votes.value + v.against.value),
        threshold: hundredths(v.threshold.value),
        outcome: if passed { "passed" } else { "failed" },
        petition: v
            .petition
            .iter()
            .map(|p| member_link(site, &p.value))
            .collect(),
        text,
        source: provenance(v.source.as_ref(), v.note.as_ref()),
    }
}
