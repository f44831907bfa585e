//! Elections and votes of the members (SPEC §7): nominations, rounds of voting or
//! ranked ballots, and votes on proposals; who the electorate is on a date.
use super::{At, Body, Closed, Region, Site};
use crate::date::Date;
use crate::diag::Pos;

/// `elections/<slug>.yaml`.
#[derive(Clone, Debug)]
pub struct Election {
    pub path: String,
    pub slug: String,
    pub title: String,
    pub office: At<Office>,
    pub electorate: At<Electorate>,
    pub seats: At<u32>,
    pub call: At<Date>,
    pub nominations_close: At<Date>,
    pub term_from: Option<At<Date>>,
    pub method: Option<At<Method>>,
    pub nominations: Vec<Nomination>,
    /// The rounds of a majority or plurality vote, and where `rounds` is written.
    pub rounds: Vec<VoteRound>,
    pub rounds_pos: Option<Pos>,
    /// STV: when the ballot closed, the ballots, and where `ballots` is written.
    pub closes: Option<At<Date>>,
    pub ballots: Vec<RankedBallot>,
    pub ballots_pos: Option<Pos>,
    /// `undocumented: [result]` (an extension of SPEC §7): the result is not documented
    /// (other nominations or a vote may have been); no result is computed.
    pub result_undocumented: bool,
    pub source: Option<At<String>>,
    pub note: Option<At<String>>,
}

/// A nomination: the candidate, who proposed and who seconded.
#[derive(Clone, Debug)]
pub struct Nomination {
    pub pos: Pos,
    /// A `council/<person>` id or a free name.
    pub candidate: At<String>,
    /// None where the record says the sources do not give it (`undocumented`).
    pub date: Option<At<Date>>,
    pub by: Option<At<String>>,
    pub seconds: Vec<At<String>>,
    pub seconds_documented: bool,
    pub accepted: bool,
}

/// A round of a majority or plurality vote.
#[derive(Clone, Debug)]
pub struct VoteRound {
    pub closes: At<Date>,
    pub votes: Vec<(At<String>, u64)>,
    pub abstentions: u64,
}

/// Identical rankings of an STV ballot, counted together.
#[derive(Clone, Debug)]
pub struct RankedBallot {
    /// Where the ranking is written.
    pub pos: Pos,
    pub ranking: Vec<At<String>>,
    pub count: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Office {
    Council,
    Board,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Majority,
    Plurality,
    Stv,
}

/// Who nominates and votes: all members, or the members of one ccNSO region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Electorate {
    All,
    Region(Region),
}

closed!(Office { Council => "council", Board => "board", Other => "other" });
closed!(Method { Majority => "majority", Plurality => "plurality", Stv => "stv" });

impl Electorate {
    pub fn parse(s: &str) -> Option<Electorate> {
        match s {
            "all" => Some(Electorate::All),
            _ => Region::parse(s).map(Electorate::Region),
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Electorate::All => "all",
            Electorate::Region(r) => r.id(),
        }
    }
}

/// `votes/<slug>.yaml`, with the proposal's text from `votes/<slug>.md` if there is one.
#[derive(Clone, Debug)]
pub struct Vote {
    pub path: String,
    pub slug: String,
    pub title: String,
    pub electorate: At<Electorate>,
    pub opens: At<Date>,
    pub closes: At<Date>,
    /// Percentages, in hundredths (`66.67` is 6667).
    pub quorum: At<u32>,
    pub threshold: At<u32>,
    pub for_votes: At<u64>,
    pub against: At<u64>,
    pub abstentions: u64,
    pub petition: Vec<At<String>>,
    pub petition_pos: Option<Pos>,
    pub outcome: Option<At<VoteOutcome>>,
    pub source: Option<At<String>>,
    pub note: Option<At<String>>,
    /// The proposal's text (`votes/<slug>.md`).
    pub text: Option<VoteText>,
}

/// `votes/<slug>.md`: the text of a vote's proposal.
#[derive(Clone, Debug)]
pub struct VoteText {
    pub path: String,
    pub slug: String,
    pub body: Body,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoteOutcome {
    Passed,
    Failed,
}

closed!(VoteOutcome { Passed => "passed", Failed => "failed" });

impl Site {
    /// The members of an electorate on a date: current, and of that ccNSO region then.
    pub fn electorate(&self, e: Electorate, date: Date) -> Vec<&super::Member> {
        self.members
            .iter()
            .filter(|m| m.is_current(date))
            .filter(|m| match e {
                Electorate::All => true,
                Electorate::Region(r) => m.ccnso_region(date) == r,
            })
            .collect()
    }
}

impl Vote {
    /// Passed: the ballots reach the quorum of the electorate and `for` reaches the
    /// threshold of for + against (percentages in hundredths, compared exactly).
    pub fn passes(&self, electorate: usize) -> bool {
        let cast = self.for_votes.value + self.against.value + self.abstentions;
        let quorate = cast as u128 * 10_000 >= electorate as u128 * self.quorum.value as u128;
        let decided = self.for_votes.value + self.against.value;
        let carried = decided > 0
            && self.for_votes.value as u128 * 10_000
                >= decided as u128 * self.threshold.value as u128;
        quorate && carried
    }
}
