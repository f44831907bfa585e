//! The open data of SPEC §3: `members.json` and `members.csv` (one record per member
//! file, its fields as written plus `current` and `ccnso_region` at `as_of`) and
//! `council.json` (the 18 seats at `as_of`), as typed records.
use crate::date::Date;
use crate::model::Closed as _;
use crate::model::{Member, RecordKind, RegionChange, SEATS_PER_KIND, Seat, Site};
use crate::urls;
use serde::Serialize;

mod elections;
mod package;
mod translations;
pub(crate) use package::datapackage;

/// What the open-data files are written from.
pub(crate) struct Data<'a> {
    pub site: &'a Site,
    pub as_of: Date,
    pub tallies: &'a crate::tally::Tallies,
}

/// One file of `/data/`: its URL, its resource name in the data package, its
/// columns if it is a CSV table, and how it is written.
pub(crate) struct DataFile {
    pub url: &'static str,
    pub name: &'static str,
    /// `(columns, primary key)` of a CSV table.
    table: Option<(&'static [&'static str], &'static [&'static str])>,
    write: fn(&Data) -> Vec<u8>,
}

impl DataFile {
    pub(crate) fn bytes(&self, data: &Data) -> Vec<u8> {
        (self.write)(data)
    }
}

const fn json(url: &'static str, name: &'static str, write: fn(&Data) -> Vec<u8>) -> DataFile {
    DataFile {
        url,
        name,
        table: None,
        write,
    }
}

const MEMBERS: &[DataFile] = &[
    json(urls::MEMBERS_JSON, "members", |d| {
        members_json(d.site, d.as_of)
    }),
    DataFile {
        url: urls::MEMBERS_CSV,
        name: "members-csv",
        table: Some((&CSV_COLUMNS, &["cctld"])),
        write: |d| members_csv(d.site, d.as_of).into_bytes(),
    },
    DataFile {
        url: urls::REGION_CHANGES_CSV,
        name: "region-changes",
        table: Some((&CHANGE_COLUMNS, &[])),
        write: |d| region_changes_csv(d.site, d.as_of).into_bytes(),
    },
];
const COUNCIL: &[DataFile] = &[json(urls::COUNCIL_JSON, "council", |d| {
    council_json(d.site, d.as_of)
})];
const RESOLUTIONS: &[DataFile] = &[json(urls::RESOLUTIONS_JSON, "resolutions", |d| {
    resolutions_json(d.site)
})];
const ELECTIONS: &[DataFile] = &[json(urls::ELECTIONS_JSON, "elections", |d| {
    elections::elections_json(d.site, d.tallies)
})];
const VOTES: &[DataFile] = &[json(urls::VOTES_JSON, "votes", |d| {
    elections::votes_json(d.site, d.tallies)
})];

/// The open data the records of one kind give (SPEC §3, §6, §7), in the order the
/// data package lists them.
pub(crate) fn of_kind(kind: RecordKind) -> &'static [DataFile] {
    match kind {
        RecordKind::Members => MEMBERS,
        RecordKind::Council => COUNCIL,
        RecordKind::Meetings => RESOLUTIONS,
        RecordKind::Elections => ELECTIONS,
        RecordKind::Votes => VOTES,
        // Published as pages and in the feed only.
        RecordKind::Settings
        | RecordKind::WorkingGroups
        | RecordKind::Guidelines
        | RecordKind::Pages
        | RecordKind::News
        | RecordKind::Applications
        | RecordKind::Statics => &[],
    }
}

/// `translations.json`, when the site has more than one language: what is translated
/// of records of every kind.
pub(crate) const TRANSLATIONS: DataFile = DataFile {
    url: urls::TRANSLATIONS_JSON,
    name: "translations",
    table: None,
    write: |d| translations::translations_json(d.site),
};

/// Every file of `/data/` the site has besides the data package, in its order.
pub(crate) fn files(site: &Site) -> impl Iterator<Item = &'static DataFile> {
    let translated = site
        .settings
        .as_ref()
        .is_some_and(|s| !s.languages.others().is_empty());
    RecordKind::ALL
        .iter()
        .flat_map(|&k| of_kind(k))
        .chain(translated.then_some(&TRANSLATIONS))
}

/// A member record as `members.json` gives it: every field in SPEC order, as written
/// (absent: `null`; no region change: `[]`), so that every object has the same keys.
#[derive(Serialize)]
struct MemberRecord<'a> {
    cctld: &'a str,
    unicode: Option<&'a str>,
    iso3166: Option<&'a str>,
    country: &'a str,
    manager: Option<&'a str>,
    region: &'static str,
    region_basis: &'static str,
    joined: String,
    /// How exactly `joined` is known: exact, about or by (an extension of SPEC §1).
    joined_accuracy: &'static str,
    left: Option<String>,
    left_reason: Option<&'static str>,
    website: Option<&'a str>,
    source: Option<&'a str>,
    note: Option<&'a str>,
    region_changes: Vec<ChangeRecord<'a>>,
    current: bool,
    ccnso_region: &'static str,
}

/// A region change as written (absent fields `null`), with its member's label for the
/// rows of `region-changes.csv`.
#[derive(Serialize)]
struct ChangeRecord<'a> {
    #[serde(skip)]
    cctld: &'a str,
    requested: String,
    decided: Option<String>,
    outcome: &'static str,
    to: &'static str,
    extraordinary: Option<bool>,
    reason: Option<&'a str>,
}

/// The columns of `region-changes.csv`: the member, then the fields of a change.
const CHANGE_COLUMNS: [&str; 7] = [
    "cctld",
    "requested",
    "decided",
    "outcome",
    "to",
    "extraordinary",
    "reason",
];

/// The columns of `members.csv`: the scalar fields, then `current` and `ccnso_region`.
const CSV_COLUMNS: [&str; 16] = [
    "cctld",
    "unicode",
    "iso3166",
    "country",
    "manager",
    "region",
    "region_basis",
    "joined",
    "joined_accuracy",
    "left",
    "left_reason",
    "website",
    "source",
    "note",
    "current",
    "ccnso_region",
];

impl<'a> MemberRecord<'a> {
    fn new(m: &'a Member, as_of: Date) -> MemberRecord<'a> {
        let text = |v: &'a Option<crate::model::At<String>>| v.as_ref().map(|v| v.value.as_str());
        MemberRecord {
            cctld: &m.cctld.value,
            unicode: text(&m.unicode),
            iso3166: text(&m.iso3166),
            country: &m.country,
            manager: m.manager.as_deref(),
            region: m.region.id(),
            region_basis: m.region_basis.id(),
            joined: m.joined.value.to_string(),
            joined_accuracy: m.joined_accuracy.id(),
            left: m.left.as_ref().map(|d| d.value.to_string()),
            left_reason: m.left_reason.as_ref().map(|r| r.id()),
            website: text(&m.website),
            source: text(&m.source),
            note: text(&m.note),
            region_changes: m
                .region_changes
                .iter()
                .map(|c| ChangeRecord::new(&m.cctld.value, c))
                .collect(),
            current: m.is_current(as_of),
            ccnso_region: m.ccnso_region(as_of).id(),
        }
    }

    /// The cells of its `members.csv` row, in `CSV_COLUMNS` order (absent: empty).
    fn csv_cells(&self) -> [String; 16] {
        let opt = |v: Option<&str>| v.unwrap_or_default().to_string();
        [
            self.cctld.to_string(),
            opt(self.unicode),
            opt(self.iso3166),
            self.country.to_string(),
            opt(self.manager),
            self.region.to_string(),
            self.region_basis.to_string(),
            self.joined.clone(),
            self.joined_accuracy.to_string(),
            opt(self.left.as_deref()),
            opt(self.left_reason),
            opt(self.website),
            opt(self.source),
            opt(self.note),
            self.current.to_string(),
            self.ccnso_region.to_string(),
        ]
    }
}

impl<'a> ChangeRecord<'a> {
    fn new(cctld: &'a str, c: &'a RegionChange) -> ChangeRecord<'a> {
        ChangeRecord {
            cctld,
            requested: c.requested.value.to_string(),
            decided: c.decided.as_ref().map(|d| d.value.to_string()),
            outcome: c.outcome.id(),
            to: c.to.id(),
            extraordinary: c.extraordinary,
            reason: c.reason.as_deref(),
        }
    }

    /// The cells of its `region-changes.csv` row, in `CHANGE_COLUMNS` order.
    fn csv_cells(&self) -> [String; 7] {
        let opt = |v: Option<&str>| v.unwrap_or_default().to_string();
        [
            self.cctld.to_string(),
            self.requested.clone(),
            opt(self.decided.as_deref()),
            self.outcome.to_string(),
            self.to.to_string(),
            self.extraordinary
                .map_or_else(String::new, |e| e.to_string()),
            opt(self.reason),
        ]
    }
}

/// A seat of `council.json`: a holder, or a vacancy (all null).
#[derive(Serialize)]
struct SeatRecord<'a> {
    seat: &'static str,
    name: Option<String>,
    cctld: Option<String>,
    term_end: Option<String>,
    roles: Vec<&'a str>,
}

/// The members sorted by `cctld` (then file id).
fn members_sorted(site: &Site) -> Vec<&Member> {
    let mut ms: Vec<&Member> = site.members.iter().collect();
    ms.sort_by(|a, b| a.cctld.value.cmp(&b.cctld.value).then(a.id.cmp(&b.id)));
    ms
}

fn members_json(site: &Site, as_of: Date) -> Vec<u8> {
    let records: Vec<MemberRecord> = members_sorted(site)
        .into_iter()
        .map(|m| MemberRecord::new(m, as_of))
        .collect();
    pretty(&records)
}

fn members_csv(site: &Site, as_of: Date) -> String {
    let rows = members_sorted(site)
        .into_iter()
        .map(|m| MemberRecord::new(m, as_of).csv_cells());
    csv(&CSV_COLUMNS, rows)
}

/// `region-changes.csv`: one row per region change, members in `members.csv` order.
fn region_changes_csv(site: &Site, as_of: Date) -> String {
    let rows: Vec<[String; 7]> = members_sorted(site)
        .into_iter()
        .flat_map(|m| {
            let record = MemberRecord::new(m, as_of);
            let rows: Vec<[String; 7]> = record
                .region_changes
                .iter()
                .map(ChangeRecord::csv_cells)
                .collect();
            rows
        })
        .collect();
    csv(&CHANGE_COLUMNS, rows)
}

/// A CSV file: the header, then the rows, each line ended by CRLF (RFC 4180).
fn csv<const N: usize>(header: &[&str; N], rows: impl IntoIterator<Item = [String; N]>) -> String {
    let mut out = header.join(",");
    out.push_str("\r\n");
    for row in rows {
        out.push_str(&row.map(|c| csv_cell(&c)).join(","));
        out.push_str("\r\n");
    }
    out
}

fn council_json(site: &Site, as_of: Date) -> Vec<u8> {
    let mut out = Vec::new();
    for seat in Seat::ALL {
        let holders = site.seat_holders(seat, as_of);
        let vacancies = SEATS_PER_KIND - holders.len();
        out.extend(holders.into_iter().map(|h| SeatRecord {
            seat: seat.id(),
            name: Some(h.name),
            cctld: h.cctld,
            term_end: h.term_end.map(|d| d.to_string()),
            roles: h.roles,
        }));
        out.extend((0..vacancies).map(|_| SeatRecord {
            seat: seat.id(),
            name: None,
            cctld: None,
            term_end: None,
            roles: Vec::new(),
        }));
    }
    pretty(&out)
}

/// A resolution as `resolutions.json` gives it (SPEC §6).
#[derive(Serialize)]
struct ResolutionRecord<'a> {
    id: &'a str,
    meeting: u32,
    date: String,
    title: &'a str,
    acts_on: Option<&'a str>,
}

/// `resolutions.json`: every resolution, sorted by meeting number, then as the minutes
/// list them.
fn resolutions_json(site: &Site) -> Vec<u8> {
    let mut meetings: Vec<&crate::model::Meeting> = site.meetings.iter().collect();
    meetings.sort_by_key(|m| m.number.value);
    let records: Vec<ResolutionRecord> = meetings
        .iter()
        .flat_map(|m| {
            m.resolutions.iter().map(|r| ResolutionRecord {
                id: &r.id.value,
                meeting: m.number.value,
                date: m.date.value.to_string(),
                title: &r.title,
                acts_on: r.acts_on.as_ref().map(|a| a.value.as_str()),
            })
        })
        .collect();
    pretty(&records)
}

fn pretty<T: Serialize>(v: &T) -> Vec<u8> {
    let mut s = serde_json::to_string_pretty(v).expect("records serialise");
    s.push('\n');
    s.into_bytes()
}

/// A CSV cell: a text a spreadsheet would read as a formula (it begins with `=`, `+`,
/// `-`, `@`, a tab or a carriage return) gets a leading `'` (OWASP's rule), then it is
/// quoted when it holds a comma, quote or line break (RFC 4180).
pub fn csv_cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_only_when_needed() {
        assert_eq!(csv_cell("SIDN"), "SIDN");
        assert_eq!(
            csv_cell(".CO Internet S.A.S., Bogotá"),
            "\".CO Internet S.A.S., Bogotá\""
        );
        assert_eq!(csv_cell("a \"b\""), "\"a \"\"b\"\"\"");
    }

    #[test]
    fn cells_a_spreadsheet_would_run_as_formulas_are_neutralised() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        for (cell, safe) in [
            ("+1", "'+1"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
        ] {
            assert_eq!(csv_cell(cell), safe);
        }
        assert_eq!(csv_cell("\rx"), "\"'\rx\"");
        assert_eq!(csv_cell("a-b"), "a-b");
    }
}
