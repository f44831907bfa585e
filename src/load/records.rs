//! One reader per record kind: the fields of SPEC §1, in the order the SPEC lists them.
use super::Parsed;
use super::fields::Fields;
use crate::diag::{Diagnostics, Pos, Rule};
use crate::model::*;
use crate::yaml::Map;

/// The site settings. Each valid setting is kept even when another is not (the bad one
/// is a finding and takes its default), so one typo cannot discard a valid `as_of`.
pub fn settings(rel: &str, _: &str, p: Parsed, diags: &mut Diagnostics) -> Option<Settings> {
    let mut f = Fields::new(p.map, Pos::START, rel, diags);
    let title = f.req_str("title");
    let mut base_url = f.req_str("base_url");
    if let Some(url) = &base_url
        && !(url.starts_with("https://") || url.starts_with("http://"))
            | url.contains(char::is_whitespace)
    {
        f.error(
            Rule::Y1,
            url.pos,
            format!(
                "`base_url` must be an absolute http(s) URL, found \"{}\"",
                url.value
            ),
        );
        base_url = None;
    }
    let (language, languages) = languages(&mut f);
    let mut theme = f.str("theme");
    if let Some(t) = &theme
        && !super::is_id(t)
    {
        f.error(Rule::Y1, t.pos, format!("`theme` must be a theme folder name (lower-case letters, digits and single hyphens), found \"{}\"", t.value));
        theme = None;
    }
    let as_of_written = f.has_value("as_of");
    let as_of = f.date("as_of", false);
    let as_of_unreadable = as_of_written && as_of.is_none();
    let news_per_page = f.int("news_per_page", 1..=10_000);
    let notice = f.str("notice");
    let data_licence = licence(&mut f);
    f.extension(&["coverage", "counts", "data_license"]);
    let partial = coverage(&mut f);
    let counts = f
        .map_list("counts")
        .into_iter()
        .filter_map(|m| reported_count(m, rel, f_diags(&mut f)))
        .collect();
    f.finish();
    Some(Settings {
        title: title.map_or_else(String::new, |t| t.value),
        base_url: base_url.map_or_else(
            || "https://example.invalid".to_string(),
            |u| u.value.trim_end_matches('/').to_string(),
        ),
        language: language.to_string(),
        languages,
        theme: theme.map(|t| t.value),
        as_of,
        as_of_unreadable,
        news_per_page: news_per_page.map_or(crate::urls::NEWS_PER_PAGE, |n| n.value as usize),
        notice: notice.map(|n| n.value),
        data_licence: data_licence.map(|l| l.value),
        partial,
        counts,
    })
}

/// The open data's licence: `data_licence` or `data_license` (one of the two: Y1 for
/// both).
fn licence(f: &mut Fields) -> Option<At<String>> {
    let british = f.str("data_licence");
    let american = f.str("data_license");
    if let (Some(_), Some(second)) = (&british, &american) {
        let message =
            "`data_licence` and `data_license` are one setting: write it once".to_string();
        f.error(Rule::Y1, second.pos, message);
    }
    british.or(american)
}

/// `language` and `languages` (SPEC §8): each tag well formed, no repeats, at least
/// one, the first equal to `language` when both are written (Y1). A bad list is
/// reported and the site is read in `language` alone.
fn languages(f: &mut Fields) -> (crate::lang::Lang, crate::lang::Languages) {
    use crate::lang::{Lang, Languages};
    let language = f.str("language").and_then(|l| match Lang::parse(&l.value) {
        Some(lang) => Some((lang, l.pos)),
        None => {
            let message = format!("`language` must be a language tag such as `en` or `pt-br` (lower case), found \"{}\"", l.value);
            f.error(Rule::Y1, l.pos, message);
            None
        }
    });
    let default = language
        .as_ref()
        .map_or_else(|| Lang::parse("en").expect("a tag"), |l| l.0.clone());
    let key_pos = f.value_pos("languages");
    let written = f.str_list("languages");
    let Some(list_pos) = key_pos else {
        return (default.clone(), Languages::one(default));
    };
    let mut tags: Vec<Lang> = Vec::new();
    let mut ok = true;
    for item in &written {
        let message = match Lang::parse(&item.value) {
            Some(tag) if tags.contains(&tag) => {
                format!("language \"{tag}\" is listed twice in `languages`")
            }
            Some(tag) => {
                tags.push(tag);
                continue;
            }
            None => format!(
                "\"{}\" in `languages` is not a language tag such as `fr` or `pt-br` (lower case)",
                item.value
            ),
        };
        f.error(Rule::Y1, item.pos, message);
        ok = false;
    }
    if written.is_empty() {
        f.error(
            Rule::Y1,
            list_pos,
            "`languages` must list at least one language (the first is the default)".into(),
        );
    }
    match (&language, tags.first()) {
        (Some((l, pos)), Some(first)) if l != first => {
            let message = format!(
                "`language` is \"{l}\" but the first of `languages` is \"{first}\": they must be equal"
            );
            f.error(Rule::Y1, *pos, message);
            ok = false;
        }
        _ => {}
    }
    match Languages::new(tags) {
        Some(langs) if ok => (langs.default_lang().clone(), langs),
        _ => (default.clone(), Languages::one(default)),
    }
}

/// `coverage: complete | partial` (default complete).
fn coverage(f: &mut Fields) -> bool {
    let Some(value) = f.str("coverage") else {
        return false;
    };
    match value.value.as_str() {
        "complete" => false,
        "partial" => true,
        other => {
            let message =
                format!("unknown coverage \"{other}\" (expected one of: complete, partial)");
            f.error(Rule::Y1, value.pos, message);
            false
        }
    }
}

/// An item of `counts:`: `date` (`YYYY-MM` allowed), `date_accuracy`, `total`, `source`
/// (required: a reported count is shown only with where it was reported), `note`.
fn reported_count(m: Map, rel: &str, diags: &mut Diagnostics) -> Option<ReportedCount> {
    let mut f = Fields::item(m, rel, diags);
    let date = f.req_date("date", true);
    let accuracy = f.choice::<Accuracy>("date_accuracy", Rule::Y1, "date_accuracy");
    let total = f.required("total", |f, k| f.int(k, 0..=100_000));
    let source = f.req_str("source");
    let note = f.str("note");
    let complete = f.finish();
    let count = ReportedCount {
        date: date?.value,
        accuracy: accuracy.map_or(Accuracy::Exact, |a| a.value),
        total: total?.value as u32,
        source: source?.value,
        note: note.map(|n| n.value),
    };
    complete.then_some(count)
}

pub fn member(rel: &str, stem: &str, p: Parsed, diags: &mut Diagnostics) -> Option<Member> {
    let mut f = Fields::new(p.map, Pos::START, rel, diags);
    let cctld = f.req_str("cctld");
    let unicode = f.str("unicode");
    let iso3166 = f.str("iso3166");
    let country = f.req_str("country");
    f.extension(&["undocumented", "joined_accuracy"]);
    let undocumented = undocumented(&mut f);
    let manager = match undocumented {
        true => f.str("manager"),
        false => f.req_str("manager"),
    };
    let region = f.req_choice::<Region>("region", Rule::M2, "region");
    let region_basis = f.req_choice::<RegionBasis>("region_basis", Rule::Y1, "region_basis");
    let joined = f.req_date("joined", true);
    let joined_accuracy = f.choice::<Accuracy>("joined_accuracy", Rule::Y1, "joined_accuracy");
    let left = f.date("left", true);
    let left_reason = f.choice::<LeftReason>("left_reason", Rule::Y1, "left_reason");
    let website = f.str("website");
    let source = f.str("source");
    let note = f.str("note");
    let changes: Vec<Option<RegionChange>> = f
        .map_list("region_changes")
        .into_iter()
        .map(|m| region_change(m, rel, f_diags(&mut f)))
        .collect();
    let complete = f.finish() && changes.iter().all(Option::is_some);
    Some(Member {
        path: rel.to_string(),
        id: stem.to_string(),
        cctld: cctld?,
        unicode,
        iso3166,
        country: country?.value,
        manager: match (manager, undocumented) {
            (Some(m), _) => Some(m.value),
            (None, true) => None,
            (None, false) => return None,
        },
        region: region?,
        region_basis: region_basis?,
        joined: joined?,
        joined_accuracy: joined_accuracy.map_or(Accuracy::Exact, |a| a.value),
        left,
        left_reason,
        website,
        source,
        note,
        region_changes: changes.into_iter().flatten().collect(),
    })
    .filter(|_| complete)
}

/// A member's `undocumented: [manager]` (an extension of SPEC §1): the sources do not
/// name the manager, so the record may leave it out and pages say it is not documented.
pub(super) fn undocumented(f: &mut Fields) -> bool {
    let mut manager = false;
    for item in f.str_list("undocumented") {
        if item.value == "manager" {
            manager = true;
        } else {
            let message = format!(
                "`undocumented` may list only: manager, found \"{}\"",
                item.value
            );
            f.error(Rule::Y1, item.pos, message);
        }
    }
    manager
}

fn region_change(m: Map, rel: &str, diags: &mut Diagnostics) -> Option<RegionChange> {
    let mut f = Fields::item(m, rel, diags);
    let pos = f.missing_pos;
    let requested = f.req_date("requested", false);
    let decided = f.date("decided", false);
    let outcome = f.req_choice::<Outcome>("outcome", Rule::Y1, "outcome");
    let to = f.req_choice::<Region>("to", Rule::M2, "region");
    let extraordinary = f.bool("extraordinary");
    let reason = f.str("reason");
    let resolution = f.str("resolution");
    let complete = f.finish();
    let change = RegionChange {
        pos,
        requested: requested?,
        decided,
        outcome: outcome?,
        to: to?,
        extraordinary: extraordinary.map(|e| e.value),
        reason: reason.map(|r| r.value),
        resolution,
    };
    complete.then_some(change)
}

pub fn councillor(rel: &str, stem: &str, p: Parsed, diags: &mut Diagnostics) -> Option<Councillor> {
    let mut f = Fields::new(p.map, Pos::START, rel, diags);
    let name = f.req_str("name");
    let cctld = f.str("cctld");
    let has_terms = f.has("terms");
    let terms: Vec<Option<Term>> = f
        .map_list("terms")
        .into_iter()
        .map(|m| term(m, rel, f_diags(&mut f)))
        .collect();
    if !has_terms {
        f.missing("terms");
    } else if terms.is_empty() {
        let pos = f.missing_pos;
        f.error(Rule::Y1, pos, "`terms` must list at least one term".into());
    }
    let roles: Vec<Option<Role>> = f
        .map_list("roles")
        .into_iter()
        .map(|m| role(m, rel, f_diags(&mut f)))
        .collect();
    let source = f.str("source");
    let note = f.str("note");
    let complete =
        f.finish() && terms.iter().all(Option::is_some) && roles.iter().all(Option::is_some);
    Some(Councillor {
        path: rel.to_string(),
        id: stem.to_string(),
        name: name?.value,
        cctld,
        terms: terms.into_iter().flatten().collect(),
        roles: roles.into_iter().flatten().collect(),
        source,
        note,
    })
    .filter(|_| complete)
}

fn term(m: Map, rel: &str, diags: &mut Diagnostics) -> Option<Term> {
    let mut f = Fields::item(m, rel, diags);
    let pos = f.missing_pos;
    let seat = f.req_choice::<Seat>("seat", Rule::Y1, "seat");
    let from = f.req_date("from", true);
    let to = f.date("to", true);
    let accuracy = span(&mut f);
    let complete = f.finish();
    let term = Term {
        pos,
        seat: seat?.value,
        from: from?,
        to,
        accuracy,
    };
    complete.then_some(term)
}

fn role(m: Map, rel: &str, diags: &mut Diagnostics) -> Option<Role> {
    let mut f = Fields::item(m, rel, diags);
    let pos = f.missing_pos;
    let role = f.req_choice::<RoleKind>("role", Rule::Y1, "role");
    let from = f.req_date("from", true);
    let to = f.date("to", true);
    let accuracy = span(&mut f);
    let complete = f.finish();
    let role = Role {
        pos,
        role: role?.value,
        from: from?,
        to,
        accuracy,
    };
    complete.then_some(role)
}

/// `from_accuracy` and `to_accuracy` of a term or role (extensions of SPEC §1).
fn span(f: &mut Fields) -> Span {
    f.extension(&["from_accuracy", "to_accuracy"]);
    let mut read = |key| {
        f.choice::<Accuracy>(key, Rule::Y1, key)
            .map_or(Accuracy::Exact, |a| a.value)
    };
    Span {
        from: read("from_accuracy"),
        to: read("to_accuracy"),
    }
}

pub fn working_group(
    rel: &str,
    stem: &str,
    p: Parsed,
    diags: &mut Diagnostics,
) -> Option<WorkingGroup> {
    let mut f = Fields::new(p.map, Pos::START, rel, diags);
    let name = f.req_str("name");
    let short = f.str("short");
    let status = f.req_choice::<GroupStatus>("status", Rule::Y1, "status");
    let created = f.req_date("created", false);
    f.extension(&["created_accuracy"]);
    let created_accuracy = f.choice::<Accuracy>("created_accuracy", Rule::Y1, "created_accuracy");
    let closed = f.date("closed", false);
    let chair = f.str("chair");
    let joint_with = f.str_list("joint_with");
    let members = f.str_list("members");
    let source = f.str("source");
    let note = f.str("note");
    let complete = f.finish();
    Some(WorkingGroup {
        path: rel.to_string(),
        id: stem.to_string(),
        name: name?.value,
        short: short.map(|s| s.value),
        status: status?,
        created: created?,
        created_accuracy: created_accuracy.map_or(Accuracy::Exact, |a| a.value),
        closed,
        chair,
        joint_with: joint_with.into_iter().map(|j| j.value).collect(),
        members,
        source,
        note,
        body: p.body,
    })
    .filter(|_| complete)
}

pub fn version(rel: &str, stem: &str, p: Parsed, diags: &mut Diagnostics) -> Option<Version> {
    let slug = rel.rsplit('/').nth(1).unwrap_or_default().to_string();
    let mut f = Fields::new(p.map, Pos::START, rel, diags);
    let title = f.req_str("title");
    let version = f.take_version(stem);
    let status = f.req_choice::<VersionStatus>("status", Rule::Y1, "status");
    let date = f.req_date("date", false);
    let adopted = f.date("adopted", false);
    let adopted_by = f.str("adopted_by");
    let resolution = f.str("resolution");
    let effective = f.date("effective", false);
    let summary = f.str("summary");
    let source = f.str("source");
    let note = f.str("note");
    let complete = f.finish();
    Some(Version {
        path: rel.to_string(),
        slug,
        version: version?,
        title: title?.value,
        status: status?,
        date: date?,
        adopted,
        adopted_by,
        resolution,
        effective,
        summary: summary.map(|s| s.value),
        source,
        note,
        body: p.body,
    })
    .filter(|_| complete)
}

pub fn page(rel: &str, stem: &str, p: Parsed, diags: &mut Diagnostics) -> Option<Page> {
    let mut f = Fields::new(p.map, Pos::START, rel, diags);
    let title = f.req_str("title");
    let summary = f.str("summary");
    let source = f.str("source");
    let note = f.str("note");
    let weight = f.int("weight", -1_000_000..=1_000_000);
    let complete = f.finish();
    let page = Page {
        path: rel.to_string(),
        slug: stem.to_string(),
        title: title?.value,
        summary: summary.map(|s| s.value),
        weight: weight.map(|w| w.value),
        source,
        note,
        body: p.body,
    };
    complete.then_some(page)
}

pub fn news(rel: &str, stem: &str, p: Parsed, diags: &mut Diagnostics) -> Option<News> {
    let file_date = super::news_date(stem)?;
    let mut f = Fields::new(p.map, Pos::START, rel, diags);
    let title = f.req_str("title");
    let summary = f.str("summary");
    let source = f.str("source");
    let note = f.str("note");
    if let Some(d) = f.date("date", false)
        && d.value != file_date
    {
        f.error(
            Rule::Y1,
            d.pos,
            format!(
                "`date` {} differs from the file name's date {file_date}",
                d.value
            ),
        );
    }
    let complete = f.finish();
    let news = News {
        path: rel.to_string(),
        slug: stem.to_string(),
        date: file_date,
        title: title?.value,
        summary: summary.map(|s| s.value),
        source,
        note,
        body: p.body,
    };
    complete.then_some(news)
}

fn f_diags<'a, 'b>(f: &'b mut Fields<'a>) -> &'b mut Diagnostics {
    f.diags()
}

impl Fields<'_> {
    /// `version`: quoted, canonical, equal to the file name (G1).
    fn take_version(&mut self, stem: &str) -> Option<At<VersionNum>> {
        let plain = self.is_plain("version");
        let v = self.req_str("version")?;
        let mut ok = true;
        if plain {
            let message = format!(
                "`version` must be quoted (\"{}\"): other YAML tools read a plain {} as a number",
                v.value, v.value
            );
            self.report(Rule::G1, v.pos, message);
        }
        let parsed = VersionNum::parse(&v.value);
        if parsed.is_none() {
            self.error(Rule::G1, v.pos, format!("invalid version \"{}\" (expected dotted numbers without leading zeros, such as 1.1)", v.value));
        } else if v.value != stem {
            self.error(
                Rule::G1,
                v.pos,
                format!(
                    "version \"{}\" differs from the file name {stem}.md",
                    v.value
                ),
            );
            ok = false;
        } else if VersionNum::parse(stem).is_none() {
            ok = false;
        }
        let parsed = parsed?;
        ok.then_some(At {
            value: parsed,
            pos: v.pos,
        })
    }
}
