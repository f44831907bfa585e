//! Counting ranked ballots by Meek's method of STV (SPEC §7), as the PR Foundation's
//! reference rule and Droop.py's `meek-prf` count it: 9-digit fixed-point arithmetic,
//! the quota recomputed every iteration, keep factors rounded up, iteration until the
//! surplus is below 0.000001 or stops falling. With one seat this is instant-runoff.
use std::collections::HashMap;

/// A value in billionths (9 decimal digits), as the reference rule computes.
pub type Fixed = i64;

/// One vote, in billionths.
pub const ONE: Fixed = 1_000_000_000;

/// Iterations stop when the surplus is at or below this (0.000001 of a vote).
const OMEGA: Fixed = 1_000;

/// Identical rankings, counted together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ballot {
    /// Candidate indexes, most preferred first, each at most once.
    pub ranking: Vec<usize>,
    pub count: u64,
}

/// What the count needs: how many candidates and seats, the ballots, and the order in
/// which exact ties for exclusion are settled when the earlier rounds do not settle them
/// (`tie_order[c]`: the smaller is excluded first).
#[derive(Debug)]
pub struct Input {
    pub candidates: usize,
    pub seats: usize,
    pub ballots: Vec<Ballot>,
    pub tie_order: Vec<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Hopeful,
    Elected,
    Excluded,
}

/// What happened in a round.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Reached the quota (in order of their votes).
    Elected(Vec<usize>),
    /// Had the fewest votes; `tie` when the tie rules chose among equals.
    Excluded { candidate: usize, tie: bool },
    /// The remaining hopefuls fill the remaining seats (or, with no seat left, lose).
    Remaining {
        elected: Vec<usize>,
        excluded: Vec<usize>,
    },
}

/// A round of the count: the tallies at its end, before its action takes effect.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Round {
    pub quota: Fixed,
    pub votes: Vec<Fixed>,
    /// Votes no longer with any continuing candidate (and rounding residue).
    pub exhausted: Fixed,
    pub states: Vec<State>,
    pub action: Action,
}

/// The whole count.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Count {
    /// The first preferences, before any transfer.
    pub first: Vec<Fixed>,
    pub rounds: Vec<Round>,
    /// In the order of election.
    pub elected: Vec<usize>,
}

/// Counts the ballots by Meek's method.
pub fn meek(input: &Input) -> Count {
    let total: Fixed = input.ballots.iter().map(|b| b.count as Fixed * ONE).sum();
    let mut m = Meek {
        input,
        kf: vec![ONE; input.candidates],
        state: vec![State::Hopeful; input.candidates],
        votes: vec![0; input.candidates],
        merged: Vec::new(),
        total,
        quota: 0,
    };
    let first = m.first_preferences();
    let mut rounds: Vec<Round> = Vec::new();
    let mut elected = Vec::new();
    while !m.complete(elected.len()) {
        m.merge();
        let (quota, newly) = m.iterate(elected.len());
        let action = if newly.is_empty() {
            let (c, tie) = m.lowest(&rounds);
            Action::Excluded { candidate: c, tie }
        } else {
            Action::Elected(newly.clone())
        };
        rounds.push(m.snapshot(quota, action.clone()));
        match action {
            Action::Elected(cs) => elected.extend(cs),
            Action::Excluded { candidate, .. } => m.exclude(candidate),
            Action::Remaining { .. } => {}
        }
    }
    m.finish(&mut rounds, &mut elected);
    Count {
        first,
        rounds,
        elected,
    }
}

struct Meek<'a> {
    input: &'a Input,
    kf: Vec<Fixed>,
    state: Vec<State>,
    votes: Vec<Fixed>,
    /// The ballots merged by the part of their ranking that can still carry votes.
    merged: Vec<(Vec<usize>, Fixed)>,
    total: Fixed,
    /// The quota of the latest iteration.
    quota: Fixed,
}

impl Meek<'_> {
    fn first_preferences(&self) -> Vec<Fixed> {
        let mut first = vec![0; self.input.candidates];
        for b in &self.input.ballots {
            if let Some(&c) = b.ranking.first() {
                first[c] += b.count as Fixed * ONE;
            }
        }
        first
    }

    fn hopeful(&self) -> Vec<usize> {
        (0..self.input.candidates)
            .filter(|c| self.state[*c] == State::Hopeful)
            .collect()
    }

    fn complete(&self, elected: usize) -> bool {
        let left = self.input.seats.saturating_sub(elected);
        left == 0 || self.hopeful().len() <= left
    }

    /// Each ballot up to its first hopeful candidate, excluded ones left out: what a
    /// distribution reads of it this round. Equal prefixes are counted together.
    fn merge(&mut self) {
        let mut map: HashMap<Vec<usize>, Fixed> = HashMap::new();
        for b in &self.input.ballots {
            let mut prefix = Vec::new();
            for &c in &b.ranking {
                match self.state[c] {
                    State::Excluded => continue,
                    State::Elected => prefix.push(c),
                    State::Hopeful => {
                        prefix.push(c);
                        break;
                    }
                }
            }
            *map.entry(prefix).or_insert(0) += b.count as Fixed;
        }
        let mut merged: Vec<(Vec<usize>, Fixed)> = map.into_iter().collect();
        merged.sort_unstable();
        self.merged = merged;
    }

    /// One distribution of every ballot by the keep factors.
    fn distribute(&mut self) {
        self.votes.iter_mut().for_each(|v| *v = 0);
        for (prefix, count) in &self.merged {
            let mut weight = ONE;
            for &c in prefix {
                let keep = mul_up(weight, self.kf[c]);
                weight -= keep;
                self.votes[c] += keep * count;
                if weight <= 0 {
                    break;
                }
            }
        }
    }

    fn quota(&self) -> Fixed {
        let votes: Fixed = self.votes.iter().sum();
        votes / (self.input.seats as Fixed + 1) + 1
    }

    /// Iterates until someone reaches the quota, the surplus is below omega, or it
    /// stops falling; returns the quota and who was elected (by votes, most first).
    fn iterate(&mut self, elected_before: usize) -> (Fixed, Vec<usize>) {
        let mut last_surplus = self.total;
        loop {
            self.distribute();
            let quota = self.quota();
            let mut newly: Vec<usize> = self
                .hopeful()
                .into_iter()
                .filter(|c| self.votes[*c] >= quota)
                .collect();
            newly.sort_by_key(|c| (std::cmp::Reverse(self.votes[*c]), *c));
            newly.truncate(self.input.seats - elected_before);
            for &c in &newly {
                self.state[c] = State::Elected;
            }
            let surplus: Fixed = (0..self.input.candidates)
                .filter(|c| self.state[*c] == State::Elected)
                .map(|c| self.votes[c] - quota)
                .sum::<Fixed>()
                .max(0);
            self.quota = quota;
            if !newly.is_empty() || surplus < OMEGA || surplus >= last_surplus {
                return (quota, newly);
            }
            last_surplus = surplus;
            for c in 0..self.input.candidates {
                if self.state[c] == State::Elected {
                    self.kf[c] = div_up(mul_up(self.kf[c], quota), self.votes[c]);
                }
            }
        }
    }

    /// The hopeful with the fewest votes; exact ties go to the one with fewer votes in
    /// the latest earlier round where they differ, then to `tie_order`.
    fn lowest(&self, rounds: &[Round]) -> (usize, bool) {
        let hopeful = self.hopeful();
        let low = hopeful.iter().map(|c| self.votes[*c]).min().unwrap_or(0);
        let mut tied: Vec<usize> = hopeful
            .into_iter()
            .filter(|c| self.votes[*c] == low)
            .collect();
        let tie = tied.len() > 1;
        for r in rounds.iter().rev() {
            if tied.len() == 1 {
                break;
            }
            let fewest = tied.iter().map(|c| r.votes[*c]).min().unwrap_or(0);
            tied.retain(|c| r.votes[*c] == fewest);
        }
        tied.sort_by_key(|c| self.input.tie_order[*c]);
        (tied[0], tie)
    }

    fn exclude(&mut self, c: usize) {
        self.state[c] = State::Excluded;
        self.kf[c] = 0;
        self.votes[c] = 0;
    }

    fn snapshot(&self, quota: Fixed, action: Action) -> Round {
        let counted: Fixed = self.votes.iter().sum();
        Round {
            quota,
            votes: self.votes.clone(),
            exhausted: self.total - counted,
            states: self.state.clone(),
            action,
        }
    }

    /// Fills the seats left with the remaining hopefuls, or excludes them (the
    /// reference rule's step C): with the votes and quota of the latest iteration, the
    /// last excluded candidate's votes taken away; a count that needed no round
    /// distributes the first preferences.
    fn finish(&mut self, rounds: &mut Vec<Round>, elected: &mut Vec<usize>) {
        let hopeful = self.hopeful();
        if hopeful.is_empty() {
            return;
        }
        if rounds.is_empty() {
            self.merge();
            self.distribute();
            self.quota = self.quota();
        }
        let fill = self.input.seats > elected.len();
        let mut order = hopeful.clone();
        order.sort_by_key(|c| (std::cmp::Reverse(self.votes[*c]), *c));
        let (won, lost) = if fill {
            (order, Vec::new())
        } else {
            (Vec::new(), order)
        };
        for &c in &won {
            self.state[c] = State::Elected;
        }
        elected.extend(won.iter().copied());
        let action = Action::Remaining {
            elected: won,
            excluded: lost,
        };
        rounds.push(self.snapshot(self.quota, action));
    }
}

/// `a × b`, rounded up to a billionth.
fn mul_up(a: Fixed, b: Fixed) -> Fixed {
    let p = a as i128 * b as i128;
    ((p + ONE as i128 - 1) / ONE as i128) as Fixed
}

/// `a ÷ b`, rounded up to a billionth.
fn div_up(a: Fixed, b: Fixed) -> Fixed {
    if b <= 0 {
        return ONE;
    }
    let n = a as i128 * ONE as i128;
    ((n + b as i128 - 1) / b as i128) as Fixed
}

/// A billionths value as the reference rule prints it: `84.625000001`.
pub fn format(v: Fixed) -> String {
    format!("{}.{:09}", v / ONE, v % ONE)
}

/// Most ballots a count takes (so that a billionth of each still fits the arithmetic).
pub const MAX_BALLOTS: i64 = 1_000_000_000;

/// The widest the names' column of a transcript is.
const NAME_COLUMN: usize = 40;

/// The count round by round as text, for the terminal (`ccpub count`): the quota, each
/// continuing or elected candidate's votes, the exhausted votes, and what the round did.
pub fn transcript(c: &Count, names: &[String], title: &str, seats: usize) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let ballots: Fixed = c.first.iter().sum();
    let _ = writeln!(
        out,
        "{title}: {seats} seat{}, {} ballots, {} candidates (Meek STV)",
        if seats == 1 { "" } else { "s" },
        format(ballots).trim_end_matches(".000000000"),
        names.len()
    );
    // Names longer than the column are written whole, unpadded (a width past 65,535
    // is refused by the formatter).
    let width = names
        .iter()
        .map(|n| n.chars().count())
        .max()
        .unwrap_or(0)
        .clamp(9, NAME_COLUMN);
    for (i, r) in c.rounds.iter().enumerate() {
        let _ = writeln!(out, "\nRound {}: quota {}", i + 1, format(r.quota));
        for (k, name) in names.iter().enumerate() {
            if r.states[k] == State::Excluded
                && !matches!(r.action, Action::Excluded { candidate, .. } if candidate == k)
            {
                continue;
            }
            let _ = writeln!(out, "  {name:<width$}  {:>16}", format(r.votes[k]));
        }
        let _ = writeln!(
            out,
            "  {:<width$}  {:>16}",
            "exhausted",
            format(r.exhausted)
        );
        let _ = writeln!(out, "  {}", describe(&r.action, names));
    }
    let elected: Vec<&str> = c.elected.iter().map(|k| names[*k].as_str()).collect();
    let _ = writeln!(out, "\nElected: {}", elected.join(", "));
    out
}

/// What a round did, in words: "Ann elected: reached the quota".
pub fn describe(a: &Action, names: &[String]) -> String {
    let list = |cs: &[usize]| {
        cs.iter()
            .map(|c| names[*c].as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match a {
        Action::Elected(cs) => format!("{} elected: reached the quota", list(cs)),
        Action::Excluded { candidate, tie } => format!(
            "{} excluded: fewest votes{}",
            names[*candidate],
            if *tie {
                " (a tie, settled by the tie rules)"
            } else {
                ""
            }
        ),
        Action::Remaining { elected, excluded } if excluded.is_empty() => format!(
            "{} elected: as many continuing candidates as seats left",
            list(elected)
        ),
        Action::Remaining { excluded, .. } => format!("{} excluded: no seat left", list(excluded)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ballots(list: &[(&[usize], u64)]) -> Vec<Ballot> {
        list.iter()
            .map(|(r, n)| Ballot {
                ranking: r.to_vec(),
                count: *n,
            })
            .collect()
    }

    fn input(candidates: usize, seats: usize, list: &[(&[usize], u64)]) -> Input {
        Input {
            candidates,
            seats,
            ballots: ballots(list),
            tie_order: (0..candidates).collect(),
        }
    }

    #[test]
    fn one_seat_is_instant_runoff() {
        // A 4, B 3, C 2 (C's go to B): B wins 5 to 4 once C is excluded.
        let c = meek(&input(3, 1, &[(&[0], 4), (&[1], 3), (&[2, 1], 2)]));
        assert_eq!(c.elected, [1]);
        assert_eq!(
            c.rounds[0].action,
            Action::Excluded {
                candidate: 2,
                tie: false
            }
        );
        assert_eq!(c.rounds[0].quota, 4 * ONE + ONE / 2 + 1);
    }

    #[test]
    fn a_surplus_passes_down_with_a_fractional_keep_value() {
        // Two seats, 9 ballots: quota 3. A has 6: keeps half of each ballot, so B gets 3
        // of A's 6 and is elected.
        let c = meek(&input(3, 2, &[(&[0, 1], 6), (&[2], 2), (&[1], 1)]));
        assert_eq!(c.elected, [0, 1]);
        assert_eq!(c.rounds[0].action, Action::Elected(vec![0]));
        let second = &c.rounds[1];
        assert_eq!(second.action, Action::Elected(vec![1]));
        assert!(
            (second.votes[0] - 3 * ONE).abs() < 2_000,
            "{}",
            format(second.votes[0])
        );
        assert!(
            (second.votes[1] - 4 * ONE).abs() < 2_000,
            "{}",
            format(second.votes[1])
        );
    }

    #[test]
    fn an_exclusion_tie_goes_by_earlier_rounds_then_tie_order() {
        // D goes first; then B and C tie at 3, but C had fewer before: C is excluded.
        let mut i = input(4, 1, &[(&[0], 6), (&[1], 3), (&[2], 2), (&[3, 2], 1)]);
        let c = meek(&i);
        assert_eq!(
            c.rounds[0].action,
            Action::Excluded {
                candidate: 3,
                tie: false
            }
        );
        assert_eq!(
            c.rounds[1].action,
            Action::Excluded {
                candidate: 2,
                tie: true
            }
        );
        // Equal in every round: the tie order decides (the smaller goes first).
        i = input(3, 1, &[(&[0], 4), (&[1], 2), (&[2], 2)]);
        i.tie_order = vec![0, 2, 1];
        assert_eq!(
            meek(&i).rounds[0].action,
            Action::Excluded {
                candidate: 2,
                tie: true
            }
        );
    }

    #[test]
    fn a_tie_for_the_last_seat_is_settled_by_the_remaining_rule() {
        let c = meek(&input(2, 2, &[(&[0], 3), (&[1], 3)]));
        assert_eq!(c.elected.len(), 2);
        assert!(matches!(
            c.rounds.last().unwrap().action,
            Action::Remaining { .. }
        ));
    }
}
