//! The Council's decisions in a change summary: meetings recorded, resolutions adopted
//! (in the organisation's words: "Resolution 67-02 approves the application of .ir"),
//! applications received and decided.
use super::{Change, by_id, push};
use crate::model::{ActsOn, Application, ApplicationOutcome, Closed as _, Meeting, Site};

const SECTION: &str = "Decisions";

pub(super) fn compare(old: &Site, new: &Site, out: &mut Vec<Change>) {
    let (a, b) = (
        by_id(&old.meetings, |m| &m.path),
        by_id(&new.meetings, |m| &m.path),
    );
    for (path, m) in &b {
        let before = a.get(path).copied();
        if before.is_none() {
            let text = format!(
                "Council {} {} of {} recorded",
                kind(m),
                m.number.value,
                m.date.value
            );
            push(out, SECTION, text);
        }
        for r in &m.resolutions {
            let known = before.is_some_and(|o| o.resolution(&r.id.value).is_some());
            if !known {
                push(
                    out,
                    SECTION,
                    resolution_text(
                        new,
                        m,
                        &r.id.value,
                        &r.title,
                        r.acts_on.as_ref().map(|x| x.value.as_str()),
                    ),
                );
            }
        }
    }
    for (path, m) in &a {
        if !b.contains_key(path) {
            push(
                out,
                SECTION,
                format!("Council {} {}: record removed", kind(m), m.number.value),
            );
        }
    }
    applications(old, new, out);
}

fn kind(m: &Meeting) -> &'static str {
    crate::views::decisions::kind_text(m.kind.value)
}

/// "Resolution 67-02 approves the application of .ir" (what it decides, where the
/// record it acts on says), else its title.
fn resolution_text(
    site: &Site,
    m: &Meeting,
    id: &str,
    title: &str,
    acts_on: Option<&str>,
) -> String {
    let verb = match acts_on.and_then(ActsOn::parse) {
        Some(ActsOn::Application(app)) => site.applications.iter().find(|a| a.id == app).map(|a| {
            let verb = match a.outcome.value {
                ApplicationOutcome::Approved => "approves",
                ApplicationOutcome::Rejected => "rejects",
                _ => "decides on",
            };
            format!("{verb} the application of .{}", a.cctld.value)
        }),
        Some(ActsOn::Version { slug, version }) => Some(format!("adopts {slug} version {version}")),
        Some(ActsOn::Group(slug)) => Some(format!("acts on the working group {slug}")),
        Some(ActsOn::Member(label)) => Some(format!("decides the region change of .{label}")),
        Some(ActsOn::Councillor(person)) => Some(format!("appoints {person}")),
        None => None,
    };
    match verb {
        Some(v) => format!("Resolution {id} ({}) {v}: {title}", m.date.value),
        None => format!("Resolution {id} ({}): {title}", m.date.value),
    }
}

fn applications(old: &Site, new: &Site, out: &mut Vec<Change>) {
    let (a, b) = (
        by_id(&old.applications, |x| &x.id),
        by_id(&new.applications, |x| &x.id),
    );
    for (id, x) in &b {
        match a.get(id) {
            None => push(
                out,
                SECTION,
                format!(
                    "Application of .{} received on {} ({})",
                    x.cctld.value,
                    x.received.value,
                    outcome(x)
                ),
            ),
            Some(o) if o.outcome.value != x.outcome.value => push(
                out,
                SECTION,
                format!(
                    "Application of .{}: {} → {}",
                    x.cctld.value,
                    outcome(o),
                    outcome(x)
                ),
            ),
            Some(_) => {}
        }
    }
    for (id, x) in &a {
        if !b.contains_key(id) {
            push(
                out,
                SECTION,
                format!(
                    "Application of .{} of {}: record removed",
                    x.cctld.value, x.received.value
                ),
            );
        }
    }
}

fn outcome(a: &Application) -> String {
    match &a.decided {
        Some(d) => format!("{} on {}", a.outcome.value.id(), d.value),
        None => a.outcome.value.id().to_string(),
    }
}
