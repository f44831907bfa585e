//! The count against the published counts of Droop's `meek-prf` rule (the PR
//! Foundation's reference Meek STV): four elections in `../shared/data/stv/`, each with
//! its round-by-round dump. The same candidates are elected and excluded in the same
//! order, and every quota and vote of every elect and defeat line is within 1e-6.
use crate::count::{Action, ONE, meek};

/// One `elect` or `defeat` line of a dump: the round, the candidate it names, the
/// quota and every candidate's vote.
#[derive(Debug)]
struct Line {
    action: &'static str,
    candidate: String,
    quota: f64,
    votes: Vec<f64>,
}

fn folder() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/stv")
}

/// The dump's elect and defeat lines; the candidate a line names is the one whose
/// state changed to E or D since the line before.
fn dump(name: &str) -> Vec<Line> {
    let text = std::fs::read_to_string(folder().join(format!("{name}-meek-prf-dump.txt")))
        .expect("the published dump");
    let mut lines = Vec::new();
    let mut states: Vec<String> = Vec::new();
    for row in text.lines().skip(1) {
        let cells: Vec<&str> = row.split('\t').collect();
        let action = match cells[1] {
            "elect" => "elect",
            "defeat" => "defeat",
            "begin" | "tie" => "",
            _ => continue,
        };
        let candidates: Vec<&[&str]> = cells[6..].chunks(4).collect();
        let now: Vec<String> = candidates.iter().map(|c| c[1].to_string()).collect();
        if !action.is_empty() {
            let changed = (0..now.len())
                .find(|i| now[*i] != states[*i] && (now[*i] == "E" || now[*i] == "D"))
                .expect("a line that elects or defeats changes a state");
            lines.push(Line {
                action,
                candidate: candidates[changed][0].to_string(),
                quota: cells[2].parse().unwrap(),
                votes: candidates.iter().map(|c| c[2].parse().unwrap()).collect(),
            });
        }
        states = now;
    }
    lines
}

/// Our count as the same lines: one per candidate elected or excluded, in order.
fn ours(name: &str) -> Vec<Line> {
    let text = std::fs::read_to_string(folder().join(format!("{name}.blt"))).unwrap();
    let blt = super::read(&text).unwrap();
    let count = meek(&blt.input);
    let mut lines = Vec::new();
    for round in &count.rounds {
        let (elected, excluded) = match &round.action {
            Action::Elected(cs) => (cs.clone(), Vec::new()),
            Action::Excluded { candidate, .. } => (Vec::new(), vec![*candidate]),
            Action::Remaining { elected, excluded } => (elected.clone(), excluded.clone()),
        };
        let line = |action, c: usize| Line {
            action,
            candidate: blt.names[c].clone(),
            quota: round.quota as f64 / ONE as f64,
            votes: round.votes.iter().map(|v| *v as f64 / ONE as f64).collect(),
        };
        lines.extend(elected.into_iter().map(|c| line("elect", c)));
        lines.extend(excluded.into_iter().map(|c| line("defeat", c)));
    }
    lines
}

/// Candidates elected by one iteration are elected together: Droop lists them in the
/// file's order, ccpub by their votes. Compared in name order within such a group.
fn together(mut lines: Vec<Line>) -> Vec<Line> {
    let mut start = 0;
    for i in 1..=lines.len() {
        let same = i < lines.len()
            && lines[i].action == lines[start].action
            && lines[i].quota == lines[start].quota
            && lines[i].votes == lines[start].votes;
        if !same {
            lines[start..i].sort_by(|a, b| a.candidate.cmp(&b.candidate));
            start = i;
        }
    }
    lines
}

fn compare(name: &str) {
    let (theirs, ours) = (together(dump(name)), together(ours(name)));
    let order = |ls: &[Line]| -> Vec<String> {
        ls.iter()
            .map(|l| format!("{} {}", l.action, l.candidate))
            .collect()
    };
    assert_eq!(
        order(&ours),
        order(&theirs),
        "{name}: the order of election and exclusion"
    );
    for (i, (o, t)) in ours.iter().zip(&theirs).enumerate() {
        let what = format!("{name}, line {i} ({} {})", t.action, t.candidate);
        assert!(
            (o.quota - t.quota).abs() < 1e-6,
            "{what}: quota {} against {}",
            o.quota,
            t.quota
        );
        for (k, (a, b)) in o.votes.iter().zip(&t.votes).enumerate() {
            assert!(
                (a - b).abs() < 1e-6,
                "{what}: candidate {} has {a}, published {b}",
                k + 1
            );
        }
    }
}

#[test]
fn election_42_is_counted_as_published() {
    compare("42");
}

#[test]
fn election_513_is_counted_as_published() {
    compare("513");
}

#[test]
fn election_sc_is_counted_as_published() {
    compare("SC");
}

#[test]
fn election_m135_is_counted_as_published() {
    compare("M135");
}
