//! `ccpub new`: new record files prefilled from the built-in tables, ready to check.
use crate::date::Date;
use crate::model::{Seat, VersionNum};
use crate::tables;
use anyhow::{Context, bail};
use std::path::{Path, PathBuf};

/// What to create.
pub enum NewRecord {
    Member {
        label: String,
        joined: Date,
    },
    Councillor {
        id: String,
        seat: Seat,
        from: Date,
    },
    WorkingGroup {
        slug: String,
        created: Date,
    },
    GuidelineVersion {
        slug: String,
        date: Date,
    },
    News {
        slug: String,
        date: Date,
    },
    Meeting {
        number: u32,
        date: Date,
    },
    Election {
        slug: String,
        electorate: String,
        call: Date,
    },
    Application {
        label: String,
        received: Date,
    },
}

/// Writes the new record into `site` and returns its path relative to the site.
pub fn create(site: &Path, record: &NewRecord) -> anyhow::Result<String> {
    let (rel, text) = match record {
        NewRecord::Member { label, joined } => (
            format!("content/members/{label}.yaml"),
            member(label, *joined)?,
        ),
        NewRecord::Councillor { id, seat, from } => {
            slug_ok(id, "person")?;
            (
                format!("content/council/{id}.yaml"),
                councillor(id, *seat, *from)?,
            )
        }
        NewRecord::WorkingGroup { slug, created } => {
            slug_ok(slug, "working group")?;
            (
                format!("content/working-groups/{slug}.md"),
                working_group(slug, *created),
            )
        }
        NewRecord::GuidelineVersion { slug, date } => guideline_version(site, slug, *date)?,
        NewRecord::News { slug, date } => {
            slug_ok(slug, "news")?;
            (format!("content/news/{date}-{slug}.md"), news(slug))
        }
        NewRecord::Meeting { number, date } => (
            format!("content/meetings/{number}.md"),
            meeting(site, *number, *date)?,
        ),
        NewRecord::Election {
            slug,
            electorate,
            call,
        } => {
            slug_ok(slug, "election")?;
            (
                format!("content/elections/{slug}.yaml"),
                election(slug, electorate, *call)?,
            )
        }
        NewRecord::Application { label, received } => {
            not_a_member(site, label, *received)?;
            (
                format!("content/applications/{label}-{received}.yaml"),
                application(label, *received)?,
            )
        }
    };
    write_new(site, &rel, &text)?;
    Ok(rel)
}

/// Writes a new file `rel` of the site; `Err` if it exists, or if a symbolic link
/// stands at its place or on the way to it (a link is never written through).
pub fn write_new(site: &Path, rel: &str, text: &str) -> anyhow::Result<()> {
    use crate::fsx::CreateError;
    match crate::fsx::create_new_in(site, rel, text.as_bytes()) {
        Ok(()) => Ok(()),
        Err(CreateError::Exists) => bail!("{rel} already exists"),
        Err(CreateError::Link(at)) => bail!(
            "refusing to write {rel}: {at} is a symbolic link or not a folder (ccpub writes only inside the site, never through a link)"
        ),
        Err(CreateError::Io(e)) => {
            Err(e).with_context(|| format!("failed to write `{}`", site.join(rel).display()))
        }
    }
}

fn slug_ok(slug: &str, what: &str) -> anyhow::Result<()> {
    if !crate::load::is_id(slug) {
        bail!(
            "\"{slug}\" is not a valid {what} name (lower-case letters, digits and single hyphens)"
        );
    }
    Ok(())
}

/// `jane-doe` -> `Jane Doe`.
fn title_case(slug: &str) -> String {
    slug.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// What ccpub cannot know of a new member: left empty, for `check` to ask for.
const MANAGER: &str = "# manager: the organisation that manages the ccTLD, as its source names it (IANA's\n# root zone database, the application); `check` asks for it until it is written.\nmanager:\n";

fn member(label: &str, joined: Date) -> anyhow::Result<String> {
    let basis = "# region_basis: un-statistics, or citizenship for a territory that ICANN assigns\n# to a region by the citizenship of its people (needed to self-select a region).\nregion_basis: un-statistics\n";
    if label.starts_with("xn--") {
        let Some((u_label, code)) = tables::idn(label) else {
            bail!(
                "\"{label}\" is not an IDN ccTLD of the built-in table: write its record by hand"
            );
        };
        let info = tables::code(code).context("the IDN table names a known country")?;
        return Ok(format!(
            "cctld: {label}\nunicode: {u_label}\niso3166: {code}\ncountry: {}\n{MANAGER}region: {}\n{basis}joined: {joined}\n",
            info.name,
            info.region.id()
        ));
    }
    let Some(info) = tables::code(label) else {
        bail!(
            "\"{label}\" is not an assigned ISO 3166-1 alpha-2 code, ac, eu, uk or an IDN A-label"
        );
    };
    Ok(format!(
        "cctld: {label}\ncountry: {}\n{MANAGER}region: {}\n{basis}joined: {joined}\n",
        info.name,
        info.region.id()
    ))
}

/// A councillor with one three-year term from `from` (refused when the term would end
/// after 9999, a date records cannot hold).
fn councillor(id: &str, seat: Seat, from: Date) -> anyhow::Result<String> {
    let to = from.add_years(3);
    if to.year > 9999 {
        bail!(
            "a three-year term from {from} would end in {}, after the last date a record can hold (9999-12-31)",
            to.year
        );
    }
    Ok(format!(
        "name: {}\n# cctld: the member record this councillor comes from (optional)\nterms:\n  - seat: {}\n    from: {from}\n    to: {to}\n",
        title_case(id),
        seat.id()
    ))
}

/// A meeting whose attendance lists every councillor seated on its date (the secretary
/// removes those absent), with its first resolution id ready in a comment.
fn meeting(site: &Path, number: u32, date: Date) -> anyhow::Result<String> {
    if number == 0 {
        bail!("a meeting's number is 1 or more");
    }
    let mut diags = crate::diag::Diagnostics::default();
    let loaded = crate::load::load(site, &mut diags, &crate::load::LoadCache::off())?;
    let mut seated: Vec<&str> = loaded
        .site
        .councillors
        .iter()
        .filter(|c| loaded.site.seated(&c.id, date))
        .map(|c| c.id.as_str())
        .collect();
    seated.sort_unstable();
    Ok(format!(
        "---
number: {number}
date: {date}
# meeting, call, or online (a decision on the list: then objections_close instead of present)
kind: call
# place: the city of an ICANN meeting
# The councillors seated on {date}: move those absent to apologies (or remove them).
present: [{}]
apologies: []
# resolutions:
#   - id: \"{number}-01\"
#     title: The decision, in a few words
#     acts_on: applications/<label>-<yyyy-mm-dd>
#     text: The Council approves the application.
actions: []
---
The minutes, in Markdown.
",
        seated.join(", ")
    ))
}

/// An election open for nominations: a Council seat for a region, another office for
/// all members.
fn election(slug: &str, electorate: &str, call: Date) -> anyhow::Result<String> {
    let Some(e) = crate::model::Electorate::parse(electorate) else {
        bail!(
            "unknown electorate \"{electorate}\" (expected all or one of: africa, asia-pacific, europe, latin-america, north-america)"
        );
    };
    let office = match e {
        crate::model::Electorate::All => "other",
        crate::model::Electorate::Region(_) => "council",
    };
    let close = Date::from_days(call.days() + 21);
    if close.year > 9999 {
        bail!(
            "a call for nominations of three weeks from {call} would close in {}, after the last date a record can hold (9999-12-31)",
            close.year
        );
    }
    Ok(format!(
        "title: {}\n# council (a region's seat), board or other\noffice: {office}\nelectorate: {electorate}\nseats: 1\ncall: {call}\nnominations_close: {close}\n# term_from: the day the elected take office\n# When more candidates accept than there are seats, a vote: method (majority,\n# plurality or stv) and its rounds, or closes and ballots for stv.\n# Each nomination: candidate (a council/<person> id or a name), date, by (the\n# nominating member's label, or self) and seconds (one member; two for self).\nnominations: []\n",
        title_case(slug)
    ))
}

/// Refuses an application of a ccTLD that is a member on `received` (rule P3), as
/// `check` would, before the file is written.
fn not_a_member(site: &Path, label: &str, received: Date) -> anyhow::Result<()> {
    let mut diags = crate::diag::Diagnostics::default();
    let loaded = crate::load::load(site, &mut diags, &crate::load::LoadCache::off())?;
    let member = loaded.site.members.iter().find(|m| m.id == label);
    if let Some(m) = member.filter(|m| m.is_current(received)) {
        bail!(
            ".{label} is already a member on {received} (joined {}): an application is for a ccTLD that is not a member",
            m.joined.value
        );
    }
    Ok(())
}

/// A pending application whose applicant is prefilled from the built-in tables.
fn application(label: &str, received: Date) -> anyhow::Result<String> {
    let country = match label.starts_with("xn--") {
        true => tables::idn(label).and_then(|(_, code)| tables::code(code)),
        false => tables::code(label),
    };
    let Some(info) = country else {
        bail!(
            "\"{label}\" is not an assigned ISO 3166-1 alpha-2 code, ac, eu, uk or an IDN A-label of the built-in table"
        );
    };
    Ok(format!(
        "cctld: {label}
# manager: the applicant, the organisation that manages the ccTLD of {}, as the
# application names it; `check` asks for it until it is written.
manager:
received: {received}
# iana_check: the day IANA confirmed that the applicant manages the ccTLD
outcome: pending
# With outcome approved or rejected: decided (the Council's decision) and its
# resolution (\"<meeting>-<nn>\"); an approved applicant needs a member record
# whose joined is that day.
",
        info.name
    ))
}

fn working_group(slug: &str, created: Date) -> String {
    format!(
        "---\nname: {} Working Group\nstatus: active\ncreated: {created}\n---\nThe charter of the group: its purpose, scope and way of working.\n",
        title_case(slug)
    )
}

fn news(slug: &str) -> String {
    format!(
        "---\ntitle: {}\n---\nThe announcement, in Markdown.\n",
        title_case(slug)
    )
}

/// The next draft version of a guideline: its text starts as a copy of the highest version.
fn guideline_version(site: &Path, slug: &str, date: Date) -> anyhow::Result<(String, String)> {
    slug_ok(slug, "guideline")?;
    let dir = site.join("content/guidelines").join(slug);
    let mut versions: Vec<(VersionNum, PathBuf)> = std::fs::read_dir(&dir)
        .map_err(|_| anyhow::anyhow!("no guideline \"{slug}\" (content/guidelines/{slug}/)"))?
        .filter_map(|e| {
            let path = e.ok()?.path();
            let v = VersionNum::parse(path.file_stem()?.to_str()?)?;
            (path.extension()? == "md").then_some((v, path))
        })
        .collect();
    versions.sort();
    let Some((highest, path)) = versions.pop() else {
        bail!("guideline \"{slug}\" has no version to start from")
    };
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("failed to read `{}`", path.display()))?;
    let title = text
        .lines()
        .find_map(|l| l.strip_prefix("title: "))
        .unwrap_or("Untitled")
        .to_string();
    let body = text
        .get(3..)
        .and_then(|rest| rest.find("\n---").map(|i| &rest[i + 4..]))
        .unwrap_or("");
    let body = body
        .strip_prefix('\n')
        .or_else(|| body.strip_prefix("\r\n"))
        .unwrap_or(body);
    let mut next = highest.0.clone();
    if let Some(last) = next.last_mut() {
        *last += 1;
    }
    let next = VersionNum(next);
    let front = format!(
        "---\ntitle: {title}\nversion: \"{next}\"\nstatus: draft\ndate: {date}\nsummary: Draft revision of version {highest}\n---\n"
    );
    Ok((
        format!("content/guidelines/{slug}/{next}.md"),
        format!("{front}{body}"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_from_slugs() {
        assert_eq!(title_case("jane-doe"), "Jane Doe");
        assert_eq!(title_case("finance"), "Finance");
    }
}
