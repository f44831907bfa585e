//! Plain domain types: the records of a site once read, with the positions rules point at.
use crate::date::Date;
use crate::diag::Pos;
use std::ops::Deref;

/// A value with the position of where it is written in its file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct At<T> {
    pub value: T,
    pub pos: Pos,
}

impl<T> At<T> {
    /// The same position with the value changed (a number read wide, kept narrow).
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> At<U> {
        At {
            value: f(self.value),
            pos: self.pos,
        }
    }
}

impl<T> Deref for At<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

/// One of ICANN's five geographic regions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Region {
    Africa,
    AsiaPacific,
    Europe,
    LatinAmerica,
    NorthAmerica,
}

/// A closed set of values, each written in records as its id (SPEC §1).
pub trait Closed: Copy + 'static {
    /// Every value, in the order messages list them.
    const ALL: &'static [Self];
    fn id(self) -> &'static str;

    fn parse(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.id() == id)
    }
}

/// The `Closed` impl of an enum whose variants are written as the given ids.
macro_rules! closed {
    ($t:ident { $($v:ident => $id:literal),* $(,)? }) => {
        impl Closed for $t {
            const ALL: &'static [$t] = &[$($t::$v),*];
            fn id(self) -> &'static str {
                match self {
                    $($t::$v => $id),*
                }
            }
        }
    };
}

impl Closed for Region {
    const ALL: &'static [Region] = &Region::ALL;
    fn id(self) -> &'static str {
        Region::id(self)
    }
}

impl Closed for Seat {
    const ALL: &'static [Seat] = &Seat::ALL;
    fn id(self) -> &'static str {
        Seat::id(self)
    }
}

impl Region {
    pub const ALL: [Region; 5] = [
        Region::Africa,
        Region::AsiaPacific,
        Region::Europe,
        Region::LatinAmerica,
        Region::NorthAmerica,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Region::Africa => "africa",
            Region::AsiaPacific => "asia-pacific",
            Region::Europe => "europe",
            Region::LatinAmerica => "latin-america",
            Region::NorthAmerica => "north-america",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Region::Africa => "Africa",
            Region::AsiaPacific => "Asia/Australia/Pacific",
            Region::Europe => "Europe",
            Region::LatinAmerica => "Latin America/Caribbean",
            Region::NorthAmerica => "North America",
        }
    }

    pub fn parse(id: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.id() == id)
    }
}

/// A council seat: three per region, three appointed by the Nominating Committee.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Seat {
    Region(Region),
    Nomcom,
}

impl Seat {
    /// Seat order: regions alphabetically, then nomcom.
    pub const ALL: [Seat; 6] = [
        Seat::Region(Region::Africa),
        Seat::Region(Region::AsiaPacific),
        Seat::Region(Region::Europe),
        Seat::Region(Region::LatinAmerica),
        Seat::Region(Region::NorthAmerica),
        Seat::Nomcom,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Seat::Region(r) => r.id(),
            Seat::Nomcom => "nomcom",
        }
    }

    pub fn parse(id: &str) -> Option<Seat> {
        Seat::ALL.into_iter().find(|s| s.id() == id)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegionBasis {
    UnStatistics,
    Citizenship,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeftReason {
    Resignation,
    Administrative,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Approved,
    Rejected,
    Pending,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoleKind {
    Chair,
    ViceChair,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupStatus {
    Active,
    Closed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VersionStatus {
    Draft,
    Adopted,
}

closed!(RegionBasis { UnStatistics => "un-statistics", Citizenship => "citizenship" });
closed!(LeftReason { Resignation => "resignation", Administrative => "administrative" });
closed!(Outcome { Approved => "approved", Rejected => "rejected", Pending => "pending" });
closed!(RoleKind { Chair => "chair", ViceChair => "vice-chair" });
closed!(GroupStatus { Active => "active", Closed => "closed" });
closed!(VersionStatus { Draft => "draft", Adopted => "adopted" });
closed!(Accuracy { Exact => "exact", About => "about", By => "by", NotBefore => "not-before" });

/// How exactly a documented date is known (an extension of SPEC §1): as written, on or
/// about that day (an approval by silence whose deadline is the date), or by that date
/// at the latest (an upper bound, such as a nomination only members may make).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Accuracy {
    #[default]
    Exact,
    About,
    By,
    NotBefore,
}

impl Accuracy {
    /// The words that go before a date known this way ("on or about 30 July 2008").
    pub fn prefix(self) -> &'static str {
        match self {
            Accuracy::Exact => "",
            Accuracy::About => "on or about ",
            Accuracy::By => "by ",
            Accuracy::NotBefore => "not before ",
        }
    }
}

/// Markdown text and the file line its first line is on.
#[derive(Clone, Debug, Default)]
pub struct Body {
    /// Shared: a record `serve` keeps is handed to each run without copying its text.
    pub text: std::sync::Arc<str>,
    pub first_line: u32,
    /// The key of the text (computed once, when the file is read; kept when the text
    /// is let go of), which what is made from it is kept under.
    pub key: crate::key::Key,
}

impl Body {
    pub fn new(text: &str, first_line: u32) -> Body {
        Body {
            text: text.into(),
            first_line,
            key: crate::key::texts(&[text], 0),
        }
    }
}

/// The site's settings (`content/site.yaml`).
#[derive(Clone, Debug)]
pub struct Settings {
    pub title: String,
    pub base_url: String,
    pub language: String,
    /// The site's languages, the default (`language`) first (SPEC §8).
    pub languages: crate::lang::Languages,
    pub theme: Option<String>,
    pub as_of: Option<At<Date>>,
    /// `as_of` is written but is not a date (a Y1 finding).
    pub as_of_unreadable: bool,
    pub news_per_page: usize,
    /// A short text shown on the home page (an extension of SPEC §1).
    pub notice: Option<String>,
    /// The licence of the open data (an SPDX id such as `CC-BY-4.0`, or a URL), stated
    /// in `data/datapackage.json` (an extension of SPEC §1).
    pub data_licence: Option<String>,
    /// `coverage: partial` (an extension of SPEC §1): the records are what sources
    /// document, not the whole organisation; pages say "documented", not "vacant".
    pub partial: bool,
    /// Membership counts the organisation reported (`counts:`, an extension of SPEC §1),
    /// drawn on the growth chart beside the members listed.
    pub counts: Vec<ReportedCount>,
}

/// A membership count the organisation reported on a date, with its source.
#[derive(Clone, Debug)]
pub struct ReportedCount {
    pub date: Date,
    pub accuracy: Accuracy,
    pub total: u32,
    pub source: String,
    pub note: Option<String>,
}

/// A ccTLD's membership record.
#[derive(Clone, Debug)]
pub struct Member {
    pub path: String,
    pub id: String,
    pub cctld: At<String>,
    pub unicode: Option<At<String>>,
    pub iso3166: Option<At<String>>,
    pub country: String,
    /// Absent only where the record says the sources do not document it.
    pub manager: Option<String>,
    pub region: At<Region>,
    pub region_basis: At<RegionBasis>,
    pub joined: At<Date>,
    /// How exactly `joined` is known (`joined_accuracy`, default exact).
    pub joined_accuracy: Accuracy,
    pub left: Option<At<Date>>,
    pub left_reason: Option<At<LeftReason>>,
    pub website: Option<At<String>>,
    pub source: Option<At<String>>,
    /// How a value was found or derived (SPEC §1), shown beside the source.
    pub note: Option<At<String>>,
    pub region_changes: Vec<RegionChange>,
}

/// A request to self-select another region.
#[derive(Clone, Debug)]
pub struct RegionChange {
    pub pos: Pos,
    pub requested: At<Date>,
    pub decided: Option<At<Date>>,
    pub outcome: At<Outcome>,
    pub to: At<Region>,
    /// As written (absent: not extraordinary).
    pub extraordinary: Option<bool>,
    pub reason: Option<String>,
    /// The Council resolution that decided it (K5 when it has a resolution id's form).
    pub resolution: Option<At<String>>,
}

impl Member {
    /// A member at `date`: joined on or before it, not yet left.
    pub fn is_current(&self, date: Date) -> bool {
        *self.joined <= date && self.left.as_ref().is_none_or(|l| date < **l)
    }

    /// The ccNSO region at `date`: the latest approved change decided by then, else `region`.
    pub fn ccnso_region(&self, date: Date) -> Region {
        self.region_changes
            .iter()
            .filter(|c| *c.outcome == Outcome::Approved)
            .filter_map(|c| {
                c.decided
                    .as_ref()
                    .filter(|d| ***d <= date)
                    .map(|d| (**d, *c.to))
            })
            .max_by_key(|(d, _)| *d)
            .map_or(*self.region, |(_, r)| r)
    }
}

/// A councillor with all their terms and roles.
#[derive(Clone, Debug)]
pub struct Councillor {
    pub path: String,
    pub id: String,
    pub name: String,
    pub cctld: Option<At<String>>,
    pub terms: Vec<Term>,
    pub roles: Vec<Role>,
    pub source: Option<At<String>>,
    /// How a value was found or derived (SPEC §1), shown beside the source.
    pub note: Option<At<String>>,
}

/// A term on one seat; `to` is exclusive, absent while open-ended.
#[derive(Clone, Debug)]
pub struct Term {
    pub pos: Pos,
    pub seat: Seat,
    pub from: At<Date>,
    pub to: Option<At<Date>>,
    /// How exactly `from` and `to` are known (`from_accuracy`, `to_accuracy`).
    pub accuracy: Span,
}

/// How exactly the two ends of a term or role are known (an extension of SPEC §1).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub from: Accuracy,
    pub to: Accuracy,
}

impl Term {
    pub fn covers(&self, date: Date) -> bool {
        *self.from <= date && self.to.as_ref().is_none_or(|t| date < **t)
    }
}

#[derive(Clone, Debug)]
pub struct Role {
    pub pos: Pos,
    pub role: RoleKind,
    pub from: At<Date>,
    pub to: Option<At<Date>>,
    pub accuracy: Span,
}

/// A working group and its charter.
#[derive(Clone, Debug)]
pub struct WorkingGroup {
    pub path: String,
    pub id: String,
    pub name: String,
    pub short: Option<String>,
    pub status: At<GroupStatus>,
    pub created: At<Date>,
    /// How exactly `created` is known (`created_accuracy`, an extension of SPEC §1).
    pub created_accuracy: Accuracy,
    pub closed: Option<At<Date>>,
    pub chair: Option<At<String>>,
    pub joint_with: Vec<String>,
    pub members: Vec<At<String>>,
    pub source: Option<At<String>>,
    /// How a value was found or derived (SPEC §1), shown beside the source.
    pub note: Option<At<String>>,
    pub body: Body,
}

/// A guideline: its versions, sorted by version number.
#[derive(Clone, Debug)]
pub struct Guideline {
    pub slug: String,
    pub versions: Vec<Version>,
}

/// A version number: dotted integers, compared as a tuple.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct VersionNum(pub Vec<u64>);

impl VersionNum {
    /// `1`, `1.1`, `2.0.1`: dotted numbers without leading zeros.
    pub fn parse(s: &str) -> Option<VersionNum> {
        let parts: Option<Vec<u64>> = s
            .split('.')
            .map(|p| {
                let canonical = !p.is_empty()
                    && p.bytes().all(|b| b.is_ascii_digit())
                    && (p == "0" || !p.starts_with('0'));
                canonical.then(|| p.parse().ok()).flatten()
            })
            .collect();
        parts.map(VersionNum)
    }

    /// Dotted digits, whether or not in canonical form (`1.00` looks like a version).
    pub fn looks_like(s: &str) -> bool {
        s.split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    }
}

impl std::fmt::Display for VersionNum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<String> = self.0.iter().map(u64::to_string).collect();
        f.write_str(&parts.join("."))
    }
}

/// One version of a guideline.
#[derive(Clone, Debug)]
pub struct Version {
    pub path: String,
    pub slug: String,
    pub version: At<VersionNum>,
    pub title: String,
    pub status: At<VersionStatus>,
    pub date: At<Date>,
    pub adopted: Option<At<Date>>,
    pub adopted_by: Option<At<String>>,
    pub resolution: Option<At<String>>,
    pub effective: Option<At<Date>>,
    pub summary: Option<String>,
    pub source: Option<At<String>>,
    /// How a value was found or derived (SPEC §1), shown beside the source.
    pub note: Option<At<String>>,
    pub body: Body,
}

/// A free page.
#[derive(Clone, Debug)]
pub struct Page {
    pub path: String,
    pub slug: String,
    pub title: String,
    pub summary: Option<String>,
    pub weight: Option<i64>,
    pub source: Option<At<String>>,
    /// How a value was found or derived (SPEC §1), shown beside the source.
    pub note: Option<At<String>>,
    pub body: Body,
}

/// A dated announcement.
#[derive(Clone, Debug)]
pub struct News {
    pub path: String,
    /// The file name without extension: `yyyy-mm-dd-slug`.
    pub slug: String,
    pub date: Date,
    pub title: String,
    pub summary: Option<String>,
    pub source: Option<At<String>>,
    /// How a value was found or derived (SPEC §1), shown beside the source.
    pub note: Option<At<String>>,
    pub body: Body,
}

/// Every record of a site that was read completely.
#[derive(Clone, Debug, Default)]
pub struct Site {
    pub settings: Option<Settings>,
    pub members: Vec<Member>,
    pub councillors: Vec<Councillor>,
    pub groups: Vec<WorkingGroup>,
    pub guidelines: Vec<Guideline>,
    pub pages: Vec<Page>,
    /// Shared: `serve` hands each run the announcements it kept without copying them.
    pub news: Vec<std::sync::Arc<News>>,
    pub meetings: Vec<Meeting>,
    pub applications: Vec<Application>,
    pub elections: Vec<Election>,
    pub votes: Vec<Vote>,
    /// Files under `content/static/`, as paths relative to it (`files/a.pdf`).
    pub statics: Vec<String>,
    /// `X.<lang>.md` files beside the records they translate (SPEC §8).
    pub translations: Vec<Translation>,
}

impl Site {
    /// Frees the Markdown texts of the records once they are rendered (a one-shot
    /// build keeps the HTML; the texts of 10,000 announcements are ~30 MB), but those of
    /// guideline versions, which redlines compare.
    pub fn forget_texts(&mut self) {
        let news = self.news.iter_mut().map(std::sync::Arc::make_mut);
        let bodies = news.map(|n| &mut n.body);
        let bodies = bodies.chain(self.pages.iter_mut().map(|p| &mut p.body));
        let bodies = bodies.chain(self.groups.iter_mut().map(|g| &mut g.body));
        for body in bodies.chain(self.translations.iter_mut().map(|t| &mut t.body)) {
            body.text = std::sync::Arc::from("");
        }
    }
}

/// A translation of a Markdown record (SPEC §8): `about.fr.md` beside `about.md`.
#[derive(Clone, Debug)]
pub struct Translation {
    pub path: String,
    /// The file it translates (`content/pages/about.md`), whether or not it exists.
    pub original: String,
    /// The language as the file name writes it (checked by T1).
    pub lang: String,
    pub title: String,
    pub summary: Option<String>,
    /// The hash of the original's bytes that were translated (checked by T2, T3).
    pub translates: At<String>,
    pub body: Body,
    /// What the file it names is, found when the content was read.
    pub original_state: OriginalState,
}

/// What a translation's original is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OriginalState {
    /// A Markdown record that may be translated, and the hash of its bytes now.
    Text { hash: String },
    /// `X.yaml`: a YAML record (never translated).
    Yaml,
    /// A Markdown file of a kind that is not translated (meeting minutes, a vote's text).
    Untranslated,
    /// `X.<lang>.md`: itself a translation (`about.fr.fr.md` would translate it).
    Translation,
    /// No such file.
    Missing,
}

/// Council seats of each kind (each region, and the Nominating Committee).
pub const SEATS_PER_KIND: usize = 3;
/// Council seats in all.
pub const SEATS: usize = SEATS_PER_KIND * Seat::ALL.len();

/// A `source` that starts with a URL scheme (`[A-Za-z0-9+.-]+:`, no space) is a URL;
/// any other is a citation.
pub fn source_is_url(s: &str) -> bool {
    s.split_once(':').is_some_and(|(head, _)| {
        !head.is_empty()
            && head
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
    })
}

impl Guideline {
    /// The current version: the highest adopted one, if any.
    pub fn current(&self) -> Option<&Version> {
        self.versions
            .iter()
            .rev()
            .find(|v| *v.status == VersionStatus::Adopted)
    }
}

/// Where a working group stands at a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum GroupState {
    #[serde(rename = "not yet created")]
    NotYetCreated,
    #[serde(rename = "active")]
    Active,
    #[serde(rename = "closed")]
    Closed,
}

impl WorkingGroup {
    /// The group's state at `date`: active from `created` until `closed` (a group
    /// marked closed without a date counts as closed).
    pub fn state(&self, date: Date) -> GroupState {
        let closed = self.closed.as_ref().is_some_and(|c| **c <= date)
            || (*self.status == GroupStatus::Closed && self.closed.is_none());
        if *self.created > date {
            GroupState::NotYetCreated
        } else if closed {
            GroupState::Closed
        } else {
            GroupState::Active
        }
    }
}

/// A councillor holding a seat at a date.
pub struct Holder {
    /// The council record's id.
    pub id: String,
    pub name: String,
    pub cctld: Option<String>,
    pub term_from: Date,
    pub term_end: Option<Date>,
    pub term_end_accuracy: Accuracy,
    pub roles: Vec<&'static str>,
    pub source: Option<At<String>>,
    pub note: Option<At<String>>,
}

impl Site {
    /// How many of the 18 seats are held at `date` (C5's count).
    pub fn seats_held(&self, date: Date) -> usize {
        Seat::ALL
            .iter()
            .map(|seat| {
                self.councillors
                    .iter()
                    .flat_map(|c| &c.terms)
                    .filter(|t| t.seat == *seat && t.covers(date))
                    .count()
                    .min(SEATS_PER_KIND)
            })
            .sum()
    }

    /// Whether the council record `id` holds a seat at `date`.
    pub fn seated(&self, id: &str, date: Date) -> bool {
        self.councillors
            .iter()
            .any(|c| c.id == id && c.terms.iter().any(|t| t.covers(date)))
    }

    /// The holders of a seat at `date` (at most `SEATS_PER_KIND`), by term end
    /// (open-ended last), then name; with the roles they hold then.
    pub fn seat_holders(&self, seat: Seat, date: Date) -> Vec<Holder> {
        let mut out = Vec::new();
        for c in &self.councillors {
            for t in c.terms.iter().filter(|t| t.seat == seat && t.covers(date)) {
                let roles = c
                    .roles
                    .iter()
                    .filter(|r| *r.from <= date && r.to.as_ref().is_none_or(|e| date < **e))
                    .map(|r| r.role.id())
                    .collect();
                out.push(Holder {
                    id: c.id.clone(),
                    name: c.name.clone(),
                    cctld: c.cctld.as_ref().map(|l| l.value.clone()),
                    term_from: t.from.value,
                    term_end: t.to.as_ref().map(|d| d.value),
                    term_end_accuracy: t.accuracy.to,
                    roles,
                    source: c.source.clone(),
                    note: c.note.clone(),
                });
            }
        }
        out.sort_by(|a, b| {
            (a.term_end.is_none(), a.term_end, &a.name).cmp(&(
                b.term_end.is_none(),
                b.term_end,
                &b.name,
            ))
        });
        out.truncate(SEATS_PER_KIND);
        out
    }
}

// After `closed!`, which they use.
mod decisions;
mod elections;
mod kinds;
pub mod translations;
pub use decisions::*;
pub use elections::*;
pub use kinds::RecordKind;
