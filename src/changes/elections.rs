//! Elections and votes in a change summary: calls recorded, nominations, results
//! ("Keith Davidson elected (unopposed)"), votes and their outcomes.
use super::{Change, by_id, push};
use crate::model::{Election, Site};
use crate::tally;

const SECTION: &str = "Elections and votes";

pub(super) fn compare(old: &Site, new: &Site, out: &mut Vec<Change>) {
    let (a, b) = (
        by_id(&old.elections, |e| &e.slug),
        by_id(&new.elections, |e| &e.slug),
    );
    for (slug, e) in &b {
        let before = a.get(slug).copied();
        if before.is_none() {
            push(
                out,
                SECTION,
                format!(
                    "{}: call for nominations of {} recorded",
                    e.title, e.call.value
                ),
            );
        }
        for n in &e.nominations {
            let known = before.is_some_and(|o| {
                o.nominations
                    .iter()
                    .any(|x| x.candidate.value == n.candidate.value)
            });
            if !known {
                push(
                    out,
                    SECTION,
                    format!("{}: {} nominated", e.title, n.candidate.value),
                );
            }
        }
        let (was, now) = (before.map(|o| result(old, o)), result(new, e));
        if was.as_ref() != Some(&now) && !now.is_empty() {
            push(out, SECTION, format!("{}: {now}", e.title));
        }
    }
    votes(old, new, out);
}

/// Votes recorded, and votes whose outcome changed.
fn votes(old: &Site, new: &Site, out: &mut Vec<Change>) {
    let (a, b) = (
        by_id(&old.votes, |v| &v.slug),
        by_id(&new.votes, |v| &v.slug),
    );
    for (slug, v) in &b {
        let outcome = |site: &Site, v: &crate::model::Vote| {
            if tally::vote(site, v).1 {
                "passed"
            } else {
                "failed"
            }
        };
        let now = outcome(new, v);
        match a.get(slug) {
            None => push(
                out,
                SECTION,
                format!("Vote \"{}\" of {}: {now}", v.title, v.closes.value),
            ),
            Some(o) if outcome(old, o) != now => {
                push(out, SECTION, format!("Vote \"{}\": now {now}", v.title))
            }
            Some(_) => {}
        }
    }
}

/// Who the record elects, in words (empty while nobody is).
fn result(site: &Site, e: &Election) -> String {
    let o = tally::election(site, e);
    if o.elected.is_empty() {
        return String::new();
    }
    let how = match o.result {
        tally::Result::Unopposed => " (unopposed)",
        _ => "",
    };
    format!("{} elected{how}", o.elected.join(", "))
}
