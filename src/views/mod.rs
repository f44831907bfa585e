//! Typed contexts for the templates: what each page shows, ready to print.
use crate::date::Date;
use crate::model::Closed as _;
use crate::model::{Member, Region, RegionBasis, Seat, Version, VersionStatus};
use serde::Serialize;

pub(crate) mod councillor;
pub(crate) mod decisions;
pub mod describe;
pub(crate) mod elections;
pub(crate) mod growth;
mod pages;
pub(crate) mod translations;
pub use pages::*;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as `<time datetime>` wants it and as a reader reads it.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct DateView {
    pub iso: String,
    pub text: String,
    /// How the date is known (`about`, `by`, `not-before`), for the theme's words;
    /// absent when exact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub known: Option<&'static str>,
}

impl From<Date> for DateView {
    fn from(d: Date) -> DateView {
        let month = MONTHS[(d.month - 1) as usize];
        let text = if d.month_only {
            format!("{month} {}", d.year)
        } else {
            format!("{} {month} {}", d.day, d.year)
        };
        DateView {
            iso: d.to_string(),
            text,
            known: None,
        }
    }
}

pub fn date(d: Date) -> DateView {
    d.into()
}

/// A date with the words that say how exactly it is known ("on or about …", "by …").
pub fn date_known(d: Date, accuracy: crate::model::Accuracy) -> DateView {
    let mut view = DateView::from(d);
    view.text = format!("{}{}", accuracy.prefix(), view.text);
    view.known = match accuracy {
        crate::model::Accuracy::Exact => None,
        crate::model::Accuracy::About => Some("about"),
        crate::model::Accuracy::By => Some("by"),
        crate::model::Accuracy::NotBefore => Some("not-before"),
    };
    view
}

pub fn opt_date(d: Option<&crate::model::At<Date>>) -> Option<DateView> {
    d.map(|d| d.value.into())
}

/// A link: URL and label.
#[derive(Clone, Debug, Serialize)]
pub struct Link {
    pub url: String,
    pub label: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct RegionView {
    pub id: &'static str,
    pub name: &'static str,
    pub url: String,
}

impl From<Region> for RegionView {
    fn from(r: Region) -> RegionView {
        RegionView {
            id: r.id(),
            name: r.name(),
            url: crate::urls::region(r),
        }
    }
}

/// What every page knows of the site.
#[derive(Clone, Debug, Serialize)]
pub struct SiteView {
    pub title: String,
    pub base_url: String,
    /// The path of `base_url` that every link of a page is under (`""` at the root,
    /// and always in `serve`, which serves at `/`).
    pub base_path: String,
    pub language: String,
    pub as_of: DateView,
    /// The main navigation: URLs and the ids of their words in the theme.
    pub nav: Vec<Link>,
    pub menu: Vec<Link>,
    pub drafts: bool,
    /// `coverage: partial`: the records are what is documented (pages say so).
    pub partial: bool,
}

/// A member as lists and its page show it.
#[derive(Clone, Debug, Serialize)]
pub struct MemberRow {
    pub id: String,
    pub url: String,
    pub label: String,
    pub country: String,
    /// The country's ISO 3166-1 code (`GB` for .uk; `AC`, `EU` as CLDR names them),
    /// which its name in another language is looked up by.
    pub code: String,
    /// None where the sources do not document it.
    pub manager: Option<String>,
    pub region: RegionView,
    pub icann_region: RegionView,
    pub joined: DateView,
    pub left: Option<DateView>,
    pub left_reason: Option<&'static str>,
}

pub fn member_row(m: &Member, as_of: Date) -> MemberRow {
    let label = match &m.unicode {
        Some(u) => format!(".{} ({})", u.value, m.cctld.value),
        None => format!(".{}", m.cctld.value),
    };
    MemberRow {
        id: m.id.clone(),
        url: crate::urls::member(&m.id),
        label,
        country: m.country.clone(),
        code: country_code(m),
        manager: m.manager.clone(),
        region: m.ccnso_region(as_of).into(),
        icann_region: (*m.region).into(),
        joined: date_known(*m.joined, m.joined_accuracy),
        left: opt_date(m.left.as_ref()),
        left_reason: m.left_reason.as_ref().map(|r| r.id()),
    }
}

/// A member's country as an ISO 3166-1 region code, upper case: its IDN's `iso3166`,
/// else its ccTLD (`uk` is the code `GB`).
fn country_code(m: &Member) -> String {
    let code = m
        .iso3166
        .as_ref()
        .map_or(m.cctld.value.as_str(), |c| c.value.as_str());
    match code {
        "uk" => "GB".to_string(),
        code => code.to_ascii_uppercase(),
    }
}

/// One member's page.
#[derive(Clone, Debug, Serialize)]
pub struct MemberPage {
    pub member: MemberRow,
    pub status: &'static str,
    /// The ids of the theme's words for the status and the basis of the region.
    pub status_key: &'static str,
    pub region_basis: &'static str,
    pub region_basis_key: &'static str,
    pub website: Option<String>,
    pub source: Option<SourceView>,
    pub changes: Vec<ChangeRow>,
    pub councillors: Vec<Link>,
    /// Its membership applications, newest first.
    pub applications: Vec<decisions::ApplicationRow>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ChangeRow {
    pub requested: DateView,
    pub decided: Option<DateView>,
    pub outcome: &'static str,
    pub to: RegionView,
    pub extraordinary: bool,
    pub reason: Option<String>,
    pub resolution: Option<decisions::ResolutionRef>,
}

pub fn member_page(
    site: &crate::model::Site,
    m: &Member,
    as_of: Date,
    councillors: Vec<Link>,
) -> MemberPage {
    let (status, status_key) = if *m.joined > as_of {
        ("not yet a member", "member-status-future")
    } else if m.is_current(as_of) {
        ("current member", "member-status-current")
    } else {
        ("former member", "member-status-former")
    };
    let changes = m
        .region_changes
        .iter()
        .map(|c| ChangeRow {
            requested: date(*c.requested),
            decided: opt_date(c.decided.as_ref()),
            outcome: c.outcome.id(),
            to: (*c.to).into(),
            extraordinary: c.extraordinary == Some(true),
            reason: c.reason.clone(),
            resolution: c
                .resolution
                .as_ref()
                .map(|r| decisions::resolution_ref(site, r)),
        })
        .collect();
    let mut applications: Vec<&crate::model::Application> = site
        .applications
        .iter()
        .filter(|a| a.cctld.value == m.id)
        .collect();
    applications.sort_by_key(|a| std::cmp::Reverse(*a.received));
    MemberPage {
        member: member_row(m, as_of),
        status,
        status_key,
        region_basis: match *m.region_basis {
            RegionBasis::UnStatistics => "UN statistics classification",
            RegionBasis::Citizenship => "citizenship",
        },
        region_basis_key: match *m.region_basis {
            RegionBasis::UnStatistics => "basis-un-statistics",
            RegionBasis::Citizenship => "basis-citizenship",
        },
        website: m.website.as_ref().map(|w| w.value.clone()),
        source: provenance(m.source.as_ref(), m.note.as_ref()),
        changes,
        councillors,
        applications: applications
            .into_iter()
            .map(|a| decisions::application_row(site, a, as_of))
            .collect(),
    }
}

/// A record's provenance: its source (a link, or a citation shown as text) and its
/// note on how a value was found or derived.
#[derive(Clone, Debug, Serialize)]
pub struct SourceView {
    pub url: Option<String>,
    pub text: Option<String>,
    pub note: Option<String>,
}

/// The provenance of a record that writes a `source` or a `note` (SPEC §1).
pub fn provenance(
    source: Option<&crate::model::At<String>>,
    note: Option<&crate::model::At<String>>,
) -> Option<SourceView> {
    if source.is_none() && note.is_none() {
        return None;
    }
    let text = source.map(|s| s.value.clone());
    Some(SourceView {
        url: text.clone().filter(|s| crate::model::source_is_url(s)),
        text,
        note: note.map(|n| n.value.clone()),
    })
}

/// Members grouped under one region.
#[derive(Clone, Debug, Serialize)]
pub struct RegionGroup {
    pub region: RegionView,
    pub members: Vec<MemberRow>,
}

/// One seat kind on the council page.
#[derive(Clone, Debug, Serialize)]
pub struct SeatView {
    pub id: &'static str,
    pub name: &'static str,
    pub holders: Vec<HolderView>,
    pub vacancies: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct HolderView {
    pub name: String,
    /// The councillor's page.
    pub url: String,
    pub cctld: Option<Link>,
    pub term_end: Option<DateView>,
    pub roles: Vec<&'static str>,
    pub source: Option<SourceView>,
    /// The election that seated this term (SPEC §7, E6's match).
    pub elected_in: Option<Link>,
}

pub fn seat_name(seat: Seat) -> &'static str {
    match seat {
        Seat::Region(r) => r.name(),
        Seat::Nomcom => "Nominating Committee",
    }
}

/// A working group in lists and on its page.
#[derive(Clone, Debug, Serialize)]
pub struct GroupView {
    pub id: String,
    pub url: String,
    pub name: String,
    pub short: Option<String>,
    pub status: crate::model::GroupState,
    pub created: DateView,
    pub closed: Option<DateView>,
    pub chair: Option<Link>,
    pub joint_with: Vec<String>,
    pub members: Vec<Link>,
    pub source: Option<SourceView>,
}

/// A row of a guideline's version history.
#[derive(Clone, Debug, Serialize)]
pub struct VersionRow {
    pub version: String,
    pub url: String,
    pub status: &'static str,
    pub is_current: bool,
    pub date: DateView,
    pub adopted: Option<DateView>,
    pub adopted_by: Option<String>,
    pub resolution: Option<decisions::ResolutionRef>,
    pub effective: Option<DateView>,
    pub summary: Option<String>,
    pub changes_url: Option<String>,
}

pub fn version_row(
    v: &Version,
    current: Option<&Version>,
    changes_url: Option<String>,
    resolution: Option<decisions::ResolutionRef>,
) -> VersionRow {
    let is_current = current.is_some_and(|c| c.version.value == v.version.value);
    let status = match (*v.status, is_current) {
        (VersionStatus::Draft, _) => "draft",
        (VersionStatus::Adopted, true) => "current",
        (VersionStatus::Adopted, false) => "superseded",
    };
    VersionRow {
        version: v.version.value.to_string(),
        url: crate::urls::version(&v.slug, &v.version.value),
        status,
        is_current,
        date: date(*v.date),
        adopted: opt_date(v.adopted.as_ref()),
        adopted_by: v.adopted_by.as_ref().map(|a| a.value.clone()),
        resolution,
        effective: v
            .effective
            .as_ref()
            .or(v.adopted.as_ref())
            .map(|d| date(d.value)),
        summary: v.summary.clone(),
        changes_url,
    }
}

/// A news item in lists and on its page.
#[derive(Clone, Debug, Serialize)]
pub struct NewsView {
    pub url: String,
    pub title: String,
    pub date: DateView,
    pub summary: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_words_with_month_precision_kept() {
        assert_eq!(date(Date::ymd(2011, 10, 7)).text, "7 October 2011");
        assert_eq!(
            date(Date::parse("2010-03", true).unwrap()),
            DateView {
                iso: "2010-03".into(),
                text: "March 2010".into(),
                known: None,
            }
        );
    }
}
