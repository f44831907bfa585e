//! The rules of the Council's decisions (SPEC §6): meetings and their resolutions
//! (K1–K7), membership applications (P1–P4), and every `resolution:` that names one.
use crate::date::Date;
use crate::diag::{Diagnostics, Rule};
use crate::model::{
    ActsOn, Application, ApplicationOutcome, At, Closed as _, Meeting, MeetingKind, ResolutionId,
    Site,
};
use std::collections::{HashMap, HashSet};

/// Every resolution by its id, with its meeting (the first, where two meetings
/// repeat an id: K2 reports that).
type Resolutions<'a> = HashMap<&'a str, (&'a Meeting, &'a crate::model::Resolution)>;

/// The rules of meetings and their resolutions (K1–K7), and of every `resolution:`
/// that names one.
pub fn check_meetings(
    site: &Site,
    index: &crate::load::Index,
    as_of: Option<Date>,
    diags: &mut Diagnostics,
) {
    let mut resolutions: Resolutions = HashMap::new();
    for m in &site.meetings {
        for r in &m.resolutions {
            resolutions.entry(r.id.value.as_str()).or_insert((m, r));
        }
    }
    check_numbers(site, diags);
    for m in &site.meetings {
        check_ids(m, diags);
        check_attendance(site, m, diags);
        check_quorum(site, m, diags);
        if let Some(as_of) = as_of
            && *m.date > as_of
        {
            let message = format!(
                "meeting {} is dated {}, after as_of {as_of}",
                m.number.value, m.date.value
            );
            diags.warning(Rule::K7, &m.path, m.date.pos, message);
        }
    }
    check_acts_on(site, index, diags);
    check_citations(site, &resolutions, diags);
}

/// The rules of membership applications (P1–P4, and M1 for the applicant's label).
pub fn check_applications(site: &Site, as_of: Option<Date>, diags: &mut Diagnostics) {
    for a in &site.applications {
        check_application(site, a, as_of, diags);
    }
}

/// K1: `number` is the file name; a higher number is not dated earlier.
fn check_numbers(site: &Site, diags: &mut Diagnostics) {
    for m in &site.meetings {
        let stem = m
            .path
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .trim_end_matches(".md");
        if m.number.value.to_string() != stem {
            let message = format!(
                "`number` {} differs from the file name \"{stem}\"",
                m.number.value
            );
            diags.error(Rule::K1, &m.path, m.number.pos, message);
        }
    }
    let mut by_number: Vec<&Meeting> = site.meetings.iter().collect();
    by_number.sort_by_key(|m| m.number.value);
    let mut latest: Option<&Meeting> = None;
    for m in by_number {
        match latest {
            Some(l) if *m.date < *l.date && m.number.value > l.number.value => {
                let message = format!(
                    "meeting {} is dated {}, before meeting {} ({}): numbers increase with dates",
                    m.number.value, m.date.value, l.number.value, l.date.value
                );
                diags.error(Rule::K1, &m.path, m.number.pos, message);
            }
            Some(l) if *m.date < *l.date => {}
            _ => latest = Some(m),
        }
    }
}

/// K2: resolution and action ids of the meeting's own number, numbered from 01 without
/// gaps (a split resolution, `124-04 A`, `124-04 B`, counts once), one form a meeting.
fn check_ids(m: &Meeting, diags: &mut Diagnostics) {
    let resolutions = m.resolutions.iter().map(|r| &r.id);
    check_id_list(m, "resolution", resolutions.collect(), diags);
    check_id_list(
        m,
        "action",
        m.actions.iter().map(|a| &a.id).collect(),
        diags,
    );
}

fn check_id_list(m: &Meeting, what: &str, ids: Vec<&At<String>>, diags: &mut Diagnostics) {
    let number = m.number.value;
    let mut next = 1;
    let mut previous: Option<ResolutionId> = None;
    let mut form: Option<char> = None;
    for id in ids {
        let Some(parsed) = ResolutionId::parse(&id.value) else {
            let message = format!(
                "{what} id \"{}\" is not of the form {number}-<nn> (\"{number}-01\")",
                id.value
            );
            diags.error(Rule::K2, &m.path, id.pos, message);
            continue;
        };
        let problem = if parsed.meeting != number {
            Some(format!("{what} {} is not of meeting {number}", id.value))
        } else if form.is_some_and(|f| f != parsed.separator) {
            Some(format!(
                "{what} {} mixes the forms {number}-<nn> and {number}.<nn>",
                id.value
            ))
        } else {
            continues(previous.as_ref(), &parsed, next).err()
        };
        form.get_or_insert(parsed.separator);
        match problem {
            Some(p) => diags.error(Rule::K2, &m.path, id.pos, p),
            None => {
                next = parsed.number + 1;
                previous = Some(parsed);
            }
        }
    }
}

/// Whether `id` comes next: number `next`, or the next part of a split one.
fn continues(previous: Option<&ResolutionId>, id: &ResolutionId, next: u32) -> Result<(), String> {
    let split_goes_on = previous.is_some_and(|p| {
        p.number == id.number && matches!((p.part, id.part), (Some(a), Some(b)) if b > a)
    });
    if split_goes_on || id.number == next {
        return Ok(());
    }
    Err(format!(
        "{}{}{:02} is numbered out of order: expected {}{}{next:02}",
        id.meeting, id.separator, id.number, id.meeting, id.separator
    ))
}

/// K3: everyone present or sending apologies holds a seat on the day, and is listed once.
fn check_attendance(site: &Site, m: &Meeting, diags: &mut Diagnostics) {
    let known: HashSet<&str> = site.councillors.iter().map(|c| c.id.as_str()).collect();
    let mut seen: HashSet<&str> = HashSet::new();
    for id in m.present.iter().chain(&m.apologies) {
        let person = id.value.as_str();
        let message = if !seen.insert(person) {
            format!("{person} is listed more than once in `present` and `apologies`")
        } else if !known.contains(person) {
            format!("no council record \"{person}\" (content/council/{person}.yaml)")
        } else if !site.seated(person, *m.date) {
            format!("{person} holds no council seat on {}", m.date.value)
        } else {
            continue;
        };
        diags.error(Rule::K3, &m.path, id.pos, message);
    }
}

/// K4: a meeting or call that resolves is quorate; an online round closes after it opens.
fn check_quorum(site: &Site, m: &Meeting, diags: &mut Diagnostics) {
    if let Some(close) = &m.objections_close
        && **close <= *m.date
    {
        let message = format!(
            "`objections_close` ({}) is not after `date` ({})",
            close.value, m.date.value
        );
        diags.error(Rule::K4, &m.path, close.pos, message);
    }
    if m.kind.value == MeetingKind::Online || m.resolutions.is_empty() {
        return;
    }
    let (present, held) = site.attendance(m);
    if present * 2 <= held {
        let message = format!(
            "a {} that resolves must be quorate: {present} of {held} seated councillors present, more than half needed (take the decision online instead)",
            m.kind.value.id()
        );
        diags.error(Rule::K4, &m.path, m.kind.pos, message);
    }
}

/// A referring record: its path under `content/` without extension, and its decision date.
struct Referrer<'a> {
    file: &'a str,
    record: String,
    decided: Option<Date>,
}

/// K5: every `resolution:` of a resolution id's form names a resolution of a meeting on
/// the record's decision date that acts on the record.
fn check_citations(site: &Site, resolutions: &Resolutions, diags: &mut Diagnostics) {
    for (referrer, value) in citations(site) {
        if ResolutionId::parse(&value.value).is_none() {
            continue;
        }
        let problem = match resolutions.get(value.value.as_str()) {
            None => format!(
                "no resolution {} in the records of the Council's meetings",
                value.value
            ),
            Some((m, _)) if !same_day(referrer.decided, *m.date) => format!(
                "resolution {} is of meeting {} on {}, not of this record's decision date{}",
                value.value,
                m.number.value,
                m.date.value,
                referrer
                    .decided
                    .map_or_else(|| " (none is given)".to_string(), |d| format!(" {d}"))
            ),
            Some((_, r))
                if r.acts_on.as_ref().map(|a| a.value.as_str()) != Some(&referrer.record) =>
            {
                format!(
                    "resolution {} acts on {}, not on {}",
                    value.value,
                    r.acts_on.as_ref().map_or("nothing", |a| a.value.as_str()),
                    referrer.record
                )
            }
            Some(_) => continue,
        };
        diags.error(Rule::K5, referrer.file, value.pos, problem);
    }
}

/// A decision date matches a meeting's day (by month when only the month is written).
fn same_day(decided: Option<Date>, meeting: Date) -> bool {
    match decided {
        Some(d) if d.month_only => (d.year, d.month) == (meeting.year, meeting.month),
        Some(d) => d == meeting,
        None => false,
    }
}

/// Every `resolution:` written in a version, a region change or an application.
fn citations(site: &Site) -> Vec<(Referrer<'_>, &At<String>)> {
    let mut out = Vec::new();
    for g in &site.guidelines {
        for v in &g.versions {
            if let Some(r) = &v.resolution {
                let record = format!("guidelines/{}/{}", g.slug, v.version.value);
                let decided = v.adopted.as_ref().map(|d| d.value);
                out.push((
                    Referrer {
                        file: &v.path,
                        record,
                        decided,
                    },
                    r,
                ));
            }
        }
    }
    for m in &site.members {
        for c in &m.region_changes {
            if let Some(r) = &c.resolution {
                let record = format!("members/{}", m.id);
                let decided = c.decided.as_ref().map(|d| d.value);
                out.push((
                    Referrer {
                        file: &m.path,
                        record,
                        decided,
                    },
                    r,
                ));
            }
        }
    }
    for a in &site.applications {
        if let Some(r) = &a.resolution {
            let record = format!("applications/{}", a.id);
            let decided = a.decided.as_ref().map(|d| d.value);
            out.push((
                Referrer {
                    file: &a.path,
                    record,
                    decided,
                },
                r,
            ));
        }
    }
    out
}

/// K6: `acts_on` names an existing record of a listed kind, dated as the decision;
/// at most one resolution acts on an application.
fn check_acts_on(site: &Site, index: &crate::load::Index, diags: &mut Diagnostics) {
    let mut decided: HashMap<&str, &str> = HashMap::new();
    for m in &site.meetings {
        for r in &m.resolutions {
            let Some(target) = &r.acts_on else { continue };
            let problem = match ActsOn::parse(&target.value) {
                None => Some(format!(
                    "`acts_on` \"{}\" is not applications/<id>, guidelines/<slug>/<version>, working-groups/<slug>, members/<label> or council/<person>",
                    target.value
                )),
                Some(kind) => acts_on_problem(site, index, m, &kind, &target.value),
            };
            let twice = matches!(ActsOn::parse(&target.value), Some(ActsOn::Application(_)))
                .then(|| decided.insert(target.value.as_str(), r.id.value.as_str()))
                .flatten();
            let problem = problem.or_else(|| {
                twice.map(|first| {
                    format!("{} is already decided by resolution {first}", target.value)
                })
            });
            if let Some(p) = problem {
                diags.error(Rule::K6, &m.path, target.pos, p);
            }
        }
    }
}

/// Why a resolution of `m` cannot act on `target`, if it cannot.
fn acts_on_problem(
    site: &Site,
    index: &crate::load::Index,
    m: &Meeting,
    target: &ActsOn,
    written: &str,
) -> Option<String> {
    let day = *m.date;
    let missing = Some(format!("`acts_on` names no record: {written}"));
    let wrong_day = |what: String| Some(format!("resolution of {day} acts on {written}, {what}"));
    match target {
        // A file that exists but could not be read is reported once, by itself.
        ActsOn::Application(id) if index.application_ids.contains(id) => None,
        ActsOn::Application(_) => missing,
        ActsOn::Version { slug, version } => {
            let found = site
                .guidelines
                .iter()
                .filter(|g| &g.slug == slug)
                .flat_map(|g| &g.versions)
                .find(|v| v.version.value.to_string() == *version);
            let adopted = found.map(|v| v.adopted.as_ref().map(|a| a.value));
            match adopted {
                None => missing,
                Some(Some(a)) if a == day => None,
                Some(a) => wrong_day(format!(
                    "whose `adopted` is {}",
                    a.map_or("not given".to_string(), |a| a.to_string())
                )),
            }
        }
        ActsOn::Group(slug) => match site.groups.iter().find(|g| &g.id == slug) {
            None => missing,
            Some(g) if *g.created == day || g.closed.as_ref().is_some_and(|c| **c == day) => None,
            Some(g) => wrong_day(format!(
                "created {} and not closed that day",
                g.created.value
            )),
        },
        ActsOn::Member(label) => match site.members.iter().find(|x| &x.id == label) {
            None => missing,
            Some(x) if x.region_changes.iter().any(|c| decided_on(c, day)) => None,
            Some(_) => wrong_day("which has no region change decided that day".into()),
        },
        ActsOn::Councillor(id) => match site.councillors.iter().find(|c| &c.id == id) {
            None => missing,
            Some(c) if c.roles.iter().any(|r| *r.from == day) => None,
            Some(_) => wrong_day("who has no role starting that day".into()),
        },
    }
}

fn decided_on(c: &crate::model::RegionChange, day: Date) -> bool {
    c.decided.as_ref().is_some_and(|d| **d == day)
}

/// P1–P4 and the applicant's label (M1) for one application.
fn check_application(site: &Site, a: &Application, as_of: Option<Date>, diags: &mut Diagnostics) {
    let path = a.path.as_str();
    let label = a.cctld.value.as_str();
    let named = &a.id[..a.id.len().saturating_sub(11)];
    if label != named {
        let message = format!("`cctld` \"{label}\" differs from the file name's label \"{named}\"");
        diags.error(Rule::M1, path, a.cctld.pos, message);
    } else if crate::tables::code(label).is_none() && crate::tables::u_label(label).is_none() {
        let message = format!(
            "\"{label}\" is not an assigned ISO 3166-1 alpha-2 code, ac, eu, uk or an IDN A-label"
        );
        diags.error(Rule::M1, path, a.cctld.pos, message);
    }
    check_dates(a, diags);
    check_membership(site, a, diags);
    if let Some(as_of) = as_of
        && a.outcome.value == ApplicationOutcome::Pending
        && as_of.days() - a.received.days() > 90
    {
        let days = as_of.days() - a.received.days();
        let message = format!(
            "pending for {days} days on {as_of} (received {})",
            a.received.value
        );
        diags.warning(Rule::P4, path, a.outcome.pos, message);
    }
}

/// P1: received ≤ IANA check ≤ decided; `decided` exactly when approved or rejected.
fn check_dates(a: &Application, diags: &mut Diagnostics) {
    let path = a.path.as_str();
    let needs = matches!(
        a.outcome.value,
        ApplicationOutcome::Approved | ApplicationOutcome::Rejected
    );
    match (&a.decided, needs) {
        (None, true) => diags.error(
            Rule::P1,
            path,
            a.outcome.pos,
            format!(
                "an application {} needs `decided` (the Council's decision)",
                a.outcome.value.id()
            ),
        ),
        (Some(_), false) => diags.error(
            Rule::P1,
            path,
            a.outcome.pos,
            format!(
                "`decided` is given but the application is {}",
                a.outcome.value.id()
            ),
        ),
        _ => {}
    }
    let steps = [
        ("received", Some(&a.received)),
        ("iana_check", a.iana_check.as_ref()),
        ("decided", a.decided.as_ref()),
    ];
    let mut before: Option<(&str, &At<Date>)> = None;
    for (name, date) in steps {
        let Some(date) = date else { continue };
        if let Some((earlier, e)) = before
            && precedes(date.value, e.value)
        {
            let message = format!(
                "`{name}` ({}) is before `{earlier}` ({})",
                date.value, e.value
            );
            diags.error(Rule::P1, path, date.pos, message);
        }
        before = Some((name, date));
    }
}

/// `a` is before `b` (a month-only date by its month).
fn precedes(a: Date, b: Date) -> bool {
    if a.month_only || b.month_only {
        (a.year, a.month) < (b.year, b.month)
    } else {
        a < b
    }
}

/// P2: an approved application matches its member record; P3: the applicant is not
/// already a member.
fn check_membership(site: &Site, a: &Application, diags: &mut Diagnostics) {
    let member = site.members.iter().find(|m| m.id == a.cctld.value);
    // A `joined` written by month is compared by month.
    let same_month = |m: &crate::model::Member| {
        m.joined.month_only
            && (m.joined.year, m.joined.month) == (a.received.year, a.received.month)
    };
    if let Some(m) = member
        && m.is_current(*a.received)
        && !same_month(m)
    {
        let message = format!(
            ".{} is already a member on {} (joined {})",
            m.id, a.received.value, m.joined.value
        );
        diags.error(Rule::P3, &a.path, a.received.pos, message);
    }
    if a.outcome.value != ApplicationOutcome::Approved {
        return;
    }
    let Some(decided) = &a.decided else { return };
    let problem = match member {
        None => format!(
            "approved on {}, but there is no member record content/members/{}.yaml",
            decided.value, a.cctld.value
        ),
        Some(m)
            if same_day(Some(*m.joined), decided.value)
                || same_day(Some(decided.value), *m.joined) =>
        {
            return;
        }
        Some(m) => format!(
            "approved on {}, but the member record says joined {}",
            decided.value, m.joined.value
        ),
    };
    diags.error(Rule::P2, &a.path, decided.pos, problem);
}
