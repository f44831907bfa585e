//! What the decision pages show (SPEC §6): meetings, resolutions, applications, and a
//! resolution cited by another record, linked where it names one.
use super::{DateView, Html, Link, SourceView, date, date_known, opt_date, provenance};
use crate::date::Date;
use crate::model::{
    ActsOn, Application, ApplicationOutcome, At, Closed as _, Meeting, MeetingKind, Site,
    VersionNum,
};
use crate::urls;
use serde::Serialize;

/// A `resolution:` value: the resolution it names, linked, or a citation as text.
#[derive(Clone, Debug, Serialize)]
pub struct ResolutionRef {
    pub text: String,
    pub url: Option<String>,
}

pub fn resolution_ref(site: &Site, value: &At<String>) -> ResolutionRef {
    let url = site
        .resolution(&value.value)
        .map(|(m, r)| urls::resolution(m.number.value, &r.id.value));
    ResolutionRef {
        text: value.value.clone(),
        url,
    }
}

/// A meeting in the list of meetings.
#[derive(Clone, Debug, Serialize)]
pub struct MeetingRow {
    pub number: u32,
    pub url: String,
    pub date: DateView,
    /// `meeting`, `call` or `online`: the theme says it in the page's language.
    pub kind: &'static str,
    pub place: Option<String>,
    pub resolutions: Vec<Link>,
}

pub fn meeting_row(m: &Meeting) -> MeetingRow {
    MeetingRow {
        number: m.number.value,
        url: urls::meeting(m.number.value),
        date: date(*m.date),
        kind: m.kind.value.id(),
        place: m.place.clone(),
        resolutions: m
            .resolutions
            .iter()
            .map(|r| Link {
                url: urls::resolution(m.number.value, &r.id.value),
                label: format!("{} {}", r.id.value, r.title),
            })
            .collect(),
    }
}

pub fn kind_text(k: MeetingKind) -> &'static str {
    match k {
        MeetingKind::Meeting => "meeting",
        MeetingKind::Call => "conference call",
        MeetingKind::Online => "online decision",
    }
}

/// One meeting's page.
#[derive(Clone, Debug, Serialize)]
pub struct MeetingPage {
    pub meeting: MeetingRow,
    pub online: bool,
    pub present: Vec<Link>,
    pub apologies: Vec<Link>,
    pub attendance_documented: bool,
    pub quorum: Option<QuorumView>,
    pub objections_close: Option<DateView>,
    pub resolutions: Vec<ResolutionView>,
    pub actions: Vec<ActionView>,
    pub minutes: Html,
    pub source: Option<SourceView>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ResolutionView {
    pub id: String,
    pub anchor: String,
    pub title: String,
    pub text: Option<String>,
    pub acts_on: Option<ActsOnView>,
}

/// Whether a meeting or call was quorate: more than half of the seated councillors
/// present.
#[derive(Clone, Debug, Serialize)]
pub struct QuorumView {
    pub present: usize,
    pub held: usize,
    pub quorate: bool,
}

/// What a resolution acts on: its page, what kind of record it is (`application`,
/// `version`, `group`, `member`, `councillor`) and its name, for the theme to say.
#[derive(Clone, Debug, Serialize)]
pub struct ActsOnView {
    pub url: String,
    pub what: &'static str,
    pub name: String,
    pub version: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct ActionView {
    pub id: String,
    pub anchor: String,
    pub text: String,
    pub status: &'static str,
}

pub fn meeting_page(site: &Site, m: &Meeting, minutes: Html) -> MeetingPage {
    let person = |id: &At<String>| councillor_link(site, &id.value);
    MeetingPage {
        meeting: meeting_row(m),
        online: m.kind.value == MeetingKind::Online,
        present: m.present.iter().map(person).collect(),
        apologies: m.apologies.iter().map(person).collect(),
        attendance_documented: !m.present.is_empty(),
        quorum: quorum(site, m),
        objections_close: opt_date(m.objections_close.as_ref()),
        resolutions: m
            .resolutions
            .iter()
            .map(|r| ResolutionView {
                id: r.id.value.clone(),
                anchor: urls::resolution_anchor(&r.id.value),
                title: r.title.clone(),
                text: r.text.clone(),
                acts_on: r.acts_on.as_ref().and_then(|a| acts_on(site, &a.value)),
            })
            .collect(),
        actions: m
            .actions
            .iter()
            .map(|a| ActionView {
                id: a.id.value.clone(),
                anchor: format!("action-{}", urls::resolution_anchor(&a.id.value)),
                text: a.text.clone(),
                status: a.status.value.id(),
            })
            .collect(),
        minutes,
        source: provenance(m.source.as_ref(), m.note.as_ref()),
    }
}

/// How many seated councillors were present, for a meeting or call whose attendance
/// is recorded.
fn quorum(site: &Site, m: &Meeting) -> Option<QuorumView> {
    if m.kind.value == MeetingKind::Online || m.present.is_empty() {
        return None;
    }
    let (present, held) = site.attendance(m);
    Some(QuorumView {
        present,
        held,
        quorate: present * 2 > held,
    })
}

/// A councillor, linked to their page; an id without a record (a K3 finding) to the
/// Council page, as written.
fn councillor_link(site: &Site, id: &str) -> Link {
    match site.councillors.iter().find(|c| c.id == id) {
        Some(c) => Link {
            url: urls::councillor(id),
            label: c.name.clone(),
        },
        None => Link {
            url: urls::COUNCIL.to_string(),
            label: id.to_string(),
        },
    }
}

/// What a resolution acts on, for the theme to say in the page's language.
pub fn acts_on(site: &Site, acts_on: &str) -> Option<ActsOnView> {
    let view = |url: String, what, name: String| ActsOnView {
        url,
        what,
        name,
        version: String::new(),
    };
    Some(match ActsOn::parse(acts_on)? {
        ActsOn::Application(id) => {
            let a = site.applications.iter().find(|a| a.id == id)?;
            let url = format!("{}#{}", urls::APPLICATIONS, a.id);
            view(url, "application", a.cctld.value.clone())
        }
        ActsOn::Version { slug, version } => {
            let num = VersionNum::parse(&version)?;
            let g = site.guidelines.iter().find(|g| g.slug == slug)?;
            let title = g.versions.first().map_or(slug.clone(), |v| v.title.clone());
            ActsOnView {
                version,
                ..view(urls::version(&slug, &num), "version", title)
            }
        }
        ActsOn::Group(slug) => {
            let g = site.groups.iter().find(|g| g.id == slug)?;
            view(urls::working_group(&slug), "group", g.name.clone())
        }
        ActsOn::Member(label) => view(urls::member(&label), "member", label),
        ActsOn::Councillor(id) => {
            let c = councillor_link(site, &id);
            view(c.url, "councillor", c.label)
        }
    })
}

/// A row of the resolutions table.
#[derive(Clone, Debug, Serialize)]
pub struct ResolutionRow {
    pub id: String,
    pub url: String,
    pub date: DateView,
    pub title: String,
    pub acts_on: Option<ActsOnView>,
}

/// The resolutions of one year.
#[derive(Clone, Debug, Serialize)]
pub struct ResolutionYear {
    pub year: i32,
    pub rows: Vec<ResolutionRow>,
}

/// Every resolution by year, newest first (within a year: newest meeting first, then
/// in the order of the minutes).
pub fn resolution_years(site: &Site) -> Vec<ResolutionYear> {
    let mut meetings: Vec<&Meeting> = site.meetings.iter().collect();
    meetings.sort_by_key(|m| std::cmp::Reverse((*m.date, m.number.value)));
    let mut years: Vec<ResolutionYear> = Vec::new();
    for m in meetings {
        for r in &m.resolutions {
            let row = ResolutionRow {
                id: r.id.value.clone(),
                url: urls::resolution(m.number.value, &r.id.value),
                date: date(*m.date),
                title: r.title.clone(),
                acts_on: r.acts_on.as_ref().and_then(|a| acts_on(site, &a.value)),
            };
            match years.last_mut() {
                Some(y) if y.year == m.date.year => y.rows.push(row),
                _ => years.push(ResolutionYear {
                    year: m.date.year,
                    rows: vec![row],
                }),
            }
        }
    }
    years
}

/// An application in the list of applications.
#[derive(Clone, Debug, Serialize)]
pub struct ApplicationRow {
    pub id: String,
    pub label: String,
    pub member_url: Option<String>,
    pub manager: Option<String>,
    pub received: DateView,
    pub iana_check: Option<DateView>,
    pub outcome: &'static str,
    pub decided: Option<DateView>,
    pub days_pending: Option<i64>,
    pub resolution: Option<ResolutionRef>,
    pub source: Option<SourceView>,
}

pub fn application_row(site: &Site, a: &Application, as_of: Date) -> ApplicationRow {
    let has_member = site.members.iter().any(|m| m.id == a.cctld.value);
    let pending = a.outcome.value == ApplicationOutcome::Pending;
    ApplicationRow {
        id: a.id.clone(),
        label: format!(".{}", a.cctld.value),
        member_url: has_member.then(|| urls::member(&a.cctld.value)),
        manager: a.manager.clone(),
        received: date(*a.received),
        iana_check: opt_date(a.iana_check.as_ref()),
        outcome: a.outcome.value.id(),
        decided: a
            .decided
            .as_ref()
            .map(|d| date_known(d.value, a.decided_accuracy)),
        days_pending: pending.then(|| as_of.days() - a.received.days()),
        resolution: a.resolution.as_ref().map(|r| resolution_ref(site, r)),
        source: provenance(a.source.as_ref(), a.note.as_ref()),
    }
}
