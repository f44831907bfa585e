//! Content files -> records: walks `content/`, reads each file once (size, encoding,
//! front matter, YAML) and turns it into `model` types, reporting Y1 and F1 findings
//! (and the closed-value rules M2 and G1 where a value is read).
mod cache;
mod decisions;
mod elections;
mod fields;
mod records;
mod translations;

pub use translations::short_hash;

pub use cache::LoadCache;
use cache::{Cached, Outcome};

use crate::diag::{Diagnostics, Pos, Rule};
use crate::key::FastSet;
use crate::model::{Body, RecordKind, Site, VersionNum};
use crate::yaml::{self, Map, Node};
use std::fs;
use std::io::Read;
use std::path::Path;

/// Largest record file read, in bytes.
pub const MAX_FILE: u64 = 1024 * 1024;

/// Links found in Markdown bodies, by file, for the link check once pages are planned.
pub type BodyLinks = Vec<PathLinks>;

/// A Markdown body's path and links (shared: a record kept by `serve` hands them on).
pub type PathLinks = std::sync::Arc<(String, Vec<crate::markdown::Link>)>;

/// What loading found besides the records, for the rules that refer to files rather
/// than to read records: so that one broken record is reported once, not again by
/// every reference or link to it.
#[derive(Default)]
pub struct Index {
    /// The ids of every member and council file, read completely or not.
    pub member_ids: Vec<String>,
    pub councillor_ids: Vec<String>,
    /// The ids of every application file (`ir-2011-09-23`), read completely or not.
    pub application_ids: Vec<String>,
    /// The links of every Markdown body whose front matter could be split (read or
    /// not), by file, found while its raw HTML (H1) and link schemes (H2) were checked.
    pub body_links: BodyLinks,
    /// The URL every record file takes, read completely or not.
    pub record_urls: Vec<String>,
}

/// The records of a site, and the index of its files.
pub struct Loaded {
    pub site: Site,
    pub index: Index,
}

/// Reads every record under `SITE/content`; findings go to `diags`.
/// Only I/O errors outside the content (an unreadable `content/`) are `Err`.
/// The records of files whose bytes are those of a run kept in `cache` are reused;
/// the cache then holds this run's files.
pub fn load(site: &Path, diags: &mut Diagnostics, cache: &LoadCache) -> anyhow::Result<Loaded> {
    let mut out = Site::default();
    let mut cx = Loader {
        site,
        diags,
        index: Index::default(),
        cache,
        read: FastSet::default(),
        translations: Vec::new(),
        changed: cache.take_changed(),
    };
    let content = site.join("content");
    if let Err(message) = kind_of(&content, "the site folder").and_then(|k| match k {
        Kind::Dir => Ok(()),
        Kind::File => Err("content/ must be a folder".to_string()),
    }) {
        cx.f1("content", &message);
        return Ok(Loaded {
            site: out,
            index: cx.index,
        });
    }
    for (name, kind) in cx.entries(&content, "content")? {
        let rel = format!("content/{name}");
        match RecordKind::of_entry(&name, kind == Kind::Dir) {
            Some(record) => cx.kind(record, &rel, &mut out)?,
            None => cx.f1(
                &rel,
                &format!(
                    "unexpected entry in content/ (expected {})",
                    RecordKind::expected()
                ),
            ),
        }
    }
    out.translations = cx.translations();
    if cache.keeps() {
        cache.retain(&cx.read);
    }
    Ok(Loaded {
        site: out,
        index: cx.index,
    })
}

/// `[a-z0-9]+(-[a-z0-9]+)*`: a record id and URL slug.
pub fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// A read record file: its YAML root (or front matter) and its Markdown body.
pub(crate) struct Parsed {
    pub map: Map,
    pub body: Body,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Kind {
    File,
    Dir,
}

struct Loader<'a> {
    site: &'a Path,
    diags: &'a mut Diagnostics,
    index: Index,
    cache: &'a LoadCache,
    /// The record files this run read (what the cache keeps).
    read: FastSet<String>,
    /// `(path, language as written)` of every translation file found.
    translations: Vec<(String, String)>,
    /// The files the watcher said changed since the last run, when it could tell.
    changed: Option<FastSet<String>>,
}

type Reader<T> = fn(&str, &str, Parsed, &mut Diagnostics) -> Option<T>;

/// Reads one record file, or takes what reading it gave before if its bytes are the
/// same; and what the cache should keep of a file read anew.
fn read_one<T: Cached>(
    (site, changed): (&Path, Option<&FastSet<String>>),
    kept: &cache::Kept<T>,
    (rel, stem): (&str, &str),
    markdown: bool,
    read: Reader<T>,
) -> (Outcome<T>, Option<cache::Fresh<T>>) {
    let mut r = Outcome {
        record: None,
        diags: Diagnostics::default(),
        links: None,
    };
    let keeps = kept.keeps();
    if let Some(hit) = changed.and_then(|c| kept.not_changed(rel, c)) {
        return (hit, None);
    }
    // Stamped before reading: a write during the read changes the stamp, so the
    // next run reads the file again.
    let stamp = keeps.then(|| cache::Stamp::of(&site.join(rel))).flatten();
    if let Some(hit) = stamp.and_then(|s| kept.unchanged(rel, s)) {
        return (hit, None);
    }
    let Some(bytes) = raw(site, rel, &mut r.diags) else {
        return (r, None);
    };
    let stamp = stamp.and_then(cache::Stamp::settled);
    if let Some(hit) = kept.get(rel, &bytes) {
        let fresh = kept.fresh(rel, bytes, stamp, &hit);
        return (hit, fresh);
    }
    let copy = keeps.then(|| bytes.clone());
    r.record = if markdown {
        markdown_record(bytes, rel, stem, read, &mut r.diags, &mut r.links)
    } else {
        yaml_record(bytes, rel, stem, read, &mut r.diags)
    };
    let fresh = copy.and_then(|bytes| kept.fresh(rel, bytes, stamp, &r));
    (r, fresh)
}

/// The entries of a folder that ccpub reads (in `content/` or `themes/`), sorted by
/// name; dot names skipped (unless `keep_dots`); links and special files reported as
/// F1 and left out, never opened.
pub(crate) fn entries(
    dir: &Path,
    rel: &str,
    keep_dots: bool,
    diags: &mut Diagnostics,
) -> anyhow::Result<Vec<(String, Kind)>> {
    let read = fs::read_dir(dir)
        .map_err(|e| anyhow::anyhow!("failed to read `{}`: {e}", dir.display()))?;
    let top = rel.split('/').next().unwrap_or(rel);
    let mut names = Vec::new();
    for entry in read {
        let entry =
            entry.map_err(|e| anyhow::anyhow!("failed to read `{}`: {e}", dir.display()))?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            let shown = name.to_string_lossy().into_owned();
            let child = format!("{rel}/{shown}");
            diags.error(
                Rule::F1,
                &child,
                Pos::START,
                "the file name is not valid UTF-8",
            );
            continue;
        };
        if !keep_dots && name.starts_with('.') {
            continue;
        }
        let child = format!("{rel}/{name}");
        match kind(crate::fsx::dir_entry_kind(&entry), top) {
            Ok(kind) => names.push((name.to_string(), kind)),
            Err(message) => diags.error(Rule::F1, &child, Pos::START, message),
        }
    }
    names.sort();
    Ok(names)
}

/// A regular file or folder, or the F1 message that says what else it is.
pub(crate) fn kind_of(path: &Path, top: &str) -> Result<Kind, String> {
    kind(crate::fsx::entry_kind(path), top)
}

/// A file or folder, or why the entry is neither (`top`: the folder it is under).
fn kind(entry: std::io::Result<crate::fsx::EntryKind>, top: &str) -> Result<Kind, String> {
    use crate::fsx::EntryKind;
    match entry {
        Ok(EntryKind::Dir) => Ok(Kind::Dir),
        Ok(EntryKind::File) => Ok(Kind::File),
        Ok(EntryKind::Link) => Err(format!("symbolic links are not allowed in {top}/")),
        Ok(EntryKind::Special) => {
            Err("not a regular file or folder (a FIFO, socket or device)".to_string())
        }
        Err(e) => Err(format!("cannot read: {e}")),
    }
}

/// A record file's bytes: at most `MAX_FILE` of them.
fn raw(site: &Path, rel: &str, diags: &mut Diagnostics) -> Option<Vec<u8>> {
    let path = site.join(rel);
    let mut bytes = Vec::new();
    let read =
        crate::fsx::open_regular(&path).and_then(|f| f.take(MAX_FILE + 1).read_to_end(&mut bytes));
    if let Err(e) = read {
        diags.error(Rule::F1, rel, Pos::START, format!("cannot read: {e}"));
        return None;
    }
    if bytes.len() as u64 > MAX_FILE {
        diags.error(Rule::Y1, rel, Pos::START, "the file is larger than 1 MiB");
        return None;
    }
    Some(bytes)
}

/// A record file's text: UTF-8, BOM removed.
fn decode(rel: &str, bytes: Vec<u8>, diags: &mut Diagnostics) -> Option<String> {
    match String::from_utf8(bytes) {
        Ok(s) => Some(match s.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_string(),
            None => s,
        }),
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let pos = pos_after(&String::from_utf8_lossy(valid));
            diags.error(Rule::Y1, rel, pos, "the file is not valid UTF-8");
            None
        }
    }
}

/// Reads a whole-YAML record file from disk.
fn yaml_record_at<T>(
    site: &Path,
    rel: &str,
    stem: &str,
    read: Reader<T>,
    diags: &mut Diagnostics,
) -> Option<T> {
    let bytes = raw(site, rel, diags)?;
    yaml_record(bytes, rel, stem, read, diags)
}

/// Reads a whole-YAML record file.
fn yaml_record<T>(
    bytes: Vec<u8>,
    rel: &str,
    stem: &str,
    read: Reader<T>,
    diags: &mut Diagnostics,
) -> Option<T> {
    let text = decode(rel, bytes, diags)?;
    let map = root_map(rel, yaml::parse(&text, 1), diags)?;
    read(
        rel,
        stem,
        Parsed {
            map,
            body: Body::default(),
        },
        diags,
    )
}

/// Reads a front matter + Markdown record file. Its body's Markdown is checked (H1, H2)
/// whenever the front matter could be split, even if the record cannot be read; `links`
/// gets the body's links.
fn markdown_record<T>(
    bytes: Vec<u8>,
    rel: &str,
    stem: &str,
    read: Reader<T>,
    diags: &mut Diagnostics,
    links: &mut Option<PathLinks>,
) -> Option<T> {
    let text = decode(rel, bytes, diags)?;
    let Some((front, body)) = split_front_matter(&text) else {
        let message = if text.starts_with("---\n") || text.starts_with("---\r\n") || text == "---" {
            "the front matter is not closed by a line `---`"
        } else {
            "missing front matter: the file must start with a line `---`"
        };
        diags.error(Rule::Y1, rel, Pos::START, message);
        return None;
    };
    let found = crate::markdown::check(rel, &body, diags);
    *links = Some(std::sync::Arc::new((rel.to_string(), found)));
    let map = root_map(rel, yaml::parse(front, 2), diags)?;
    read(rel, stem, Parsed { map, body }, diags)
}

impl Loader<'_> {
    /// Reads the records of one kind, from its entry `rel` of `content/`.
    fn kind(&mut self, kind: RecordKind, rel: &str, out: &mut Site) -> anyhow::Result<()> {
        use crate::urls;
        match kind {
            RecordKind::Settings => {
                out.settings = yaml_record_at(self.site, rel, "site", records::settings, self.diags)
            }
            RecordKind::Members => self.members(rel, out)?,
            RecordKind::Council => self.council(rel, out)?,
            RecordKind::WorkingGroups => {
                out.groups = self.markdown_dir(rel, urls::working_group, records::working_group)?
            }
            RecordKind::Guidelines => self.guidelines(rel, out)?,
            RecordKind::Pages => out.pages = self.markdown_dir(rel, urls::page, records::page)?,
            RecordKind::News => self.news(rel, out)?,
            RecordKind::Meetings => out.meetings = self.meetings(rel)?,
            RecordKind::Applications => out.applications = self.applications(rel)?,
            RecordKind::Elections => {
                let election = Some(urls::election as fn(&str) -> String);
                out.elections = self.slug_dir(rel, ".yaml", election, elections::election)?
            }
            RecordKind::Votes => out.votes = self.votes(rel)?,
            RecordKind::Statics => self.statics(rel, "", &mut out.statics)?,
        }
        Ok(())
    }

    fn f1(&mut self, rel: &str, message: &str) {
        self.diags.error(Rule::F1, rel, Pos::START, message);
    }

    /// The entries of a folder, sorted by name; dot names skipped (unless `keep_dots`);
    /// links and special files reported as F1.
    /// In a record folder, a file named `X.<lang>.md` is set aside as a translation.
    fn entries(&mut self, dir: &Path, rel: &str) -> anyhow::Result<Vec<(String, Kind)>> {
        let mut all = self.entries_with(dir, rel, false)?;
        if rel != "content" {
            all.retain(|(name, kind)| {
                let tag = translations::split_name(name).filter(|_| *kind == Kind::File);
                if let Some((_, tag)) = tag {
                    self.translations
                        .push((format!("{rel}/{name}"), tag.to_string()));
                }
                tag.is_none()
            });
        }
        Ok(all)
    }

    /// Reads the translations set aside, each with what its original is.
    fn translations(&mut self) -> Vec<crate::model::Translation> {
        let jobs = std::mem::take(&mut self.translations);
        let mut read = self.read_all(jobs, true, translations::translation);
        for t in &mut read {
            t.original_state = translations::original_state(self.site, &t.original);
        }
        read
    }

    fn entries_with(
        &mut self,
        dir: &Path,
        rel: &str,
        keep_dots: bool,
    ) -> anyhow::Result<Vec<(String, Kind)>> {
        entries(dir, rel, keep_dots, self.diags)
    }

    /// Reads record files in parallel; findings and bodies are merged in file order.
    fn read_all<T: Cached>(
        &mut self,
        jobs: Vec<(String, String)>,
        markdown: bool,
        read: Reader<T>,
    ) -> Vec<T> {
        use rayon::prelude::*;
        let kept = self.cache.take::<T>();
        let at = (self.site, self.changed.as_ref());
        let (results, fresh): (Vec<Outcome<T>>, Vec<_>) = jobs
            .par_iter()
            .map(|(rel, stem)| read_one(at, &kept, (rel, stem), markdown, read))
            .unzip();
        kept.give_back(fresh.into_iter().flatten());
        self.read.extend(jobs.into_iter().map(|(rel, _)| rel));
        let mut out = Vec::with_capacity(results.len());
        for r in results {
            self.diags.extend(r.diags);
            self.index.body_links.extend(r.links);
            out.extend(r.record);
        }
        out
    }

    /// `<slug>.md` files of one folder (working groups, pages), each taking its URL.
    fn markdown_dir<T: Cached>(
        &mut self,
        rel: &str,
        url_of: fn(&str) -> String,
        read: Reader<T>,
    ) -> anyhow::Result<Vec<T>> {
        self.slug_dir(rel, ".md", Some(url_of), read)
    }

    /// `<slug><ext>` files of one folder; `.md` files are front matter and Markdown.
    fn slug_dir<T: Cached>(
        &mut self,
        rel: &str,
        ext: &str,
        url_of: Option<fn(&str) -> String>,
        read: Reader<T>,
    ) -> anyhow::Result<Vec<T>> {
        let mut jobs = Vec::new();
        for (name, kind) in self.entries(&self.site.join(rel), rel)? {
            let child = format!("{rel}/{name}");
            match name
                .strip_suffix(ext)
                .filter(|s| is_id(s) && kind == Kind::File)
            {
                Some(stem) => {
                    self.index.record_urls.extend(url_of.map(|u| u(stem)));
                    jobs.push((child, stem.to_string()));
                }
                None => self.bad_name(&child, &format!("<slug>{ext}")),
            }
        }
        Ok(self.read_all(jobs, ext == ".md", read))
    }

    fn bad_name(&mut self, rel: &str, form: &str) {
        self.f1(
            rel,
            &format!(
                "file name does not follow {form} (lower-case letters, digits and single hyphens)"
            ),
        );
    }

    fn members(&mut self, rel: &str, out: &mut Site) -> anyhow::Result<()> {
        let mut jobs = Vec::new();
        for (name, kind) in self.entries(&self.site.join(rel), rel)? {
            let child = format!("{rel}/{name}");
            let stem = name
                .strip_suffix(".yaml")
                .filter(|s| kind == Kind::File && is_member_label(s));
            let Some(stem) = stem else {
                self.bad_name(&child, "<label>.yaml");
                continue;
            };
            self.index.member_ids.push(stem.to_string());
            self.index.record_urls.push(crate::urls::member(stem));
            jobs.push((child, stem.to_string()));
        }
        out.members = self.read_all(jobs, false, records::member);
        Ok(())
    }

    /// `votes/<slug>.yaml`, each with its proposal's text `votes/<slug>.md` if any.
    fn votes(&mut self, rel: &str) -> anyhow::Result<Vec<crate::model::Vote>> {
        let (mut records, mut texts) = (Vec::new(), Vec::new());
        for (name, kind) in self.entries(&self.site.join(rel), rel)? {
            let child = format!("{rel}/{name}");
            let stem = |ext| {
                name.strip_suffix(ext)
                    .filter(|s| is_id(s) && kind == Kind::File)
            };
            match (stem(".yaml"), stem(".md")) {
                (Some(s), _) => {
                    self.index.record_urls.push(crate::urls::vote(s));
                    records.push((child, s.to_string()));
                }
                (_, Some(s)) => texts.push((child, s.to_string())),
                _ => self.bad_name(&child, "<slug>.yaml or <slug>.md"),
            }
        }
        let orphans: Vec<(String, String)> = texts
            .iter()
            .filter(|(_, s)| !records.iter().any(|(_, r)| r == s))
            .cloned()
            .collect();
        for (child, slug) in orphans {
            self.f1(
                &child,
                &format!("the text of a vote needs its record {rel}/{slug}.yaml"),
            );
        }
        let texts: Vec<crate::model::VoteText> = self.read_all(texts, true, elections::vote_text);
        let mut votes: Vec<crate::model::Vote> = self.read_all(records, false, elections::vote);
        for v in &mut votes {
            v.text = texts.iter().find(|t| t.slug == v.slug).cloned();
        }
        Ok(votes)
    }

    /// `meetings/<number>.md`: a number without leading zeros.
    fn meetings(&mut self, rel: &str) -> anyhow::Result<Vec<crate::model::Meeting>> {
        let mut jobs = Vec::new();
        for (name, kind) in self.entries(&self.site.join(rel), rel)? {
            let child = format!("{rel}/{name}");
            let number = name.strip_suffix(".md").filter(|s| {
                kind == Kind::File
                    && !s.is_empty()
                    && s.len() <= 9
                    && !s.starts_with('0')
                    && s.bytes().all(|b| b.is_ascii_digit())
            });
            let Some(number) = number else {
                self.f1(&child, "file name does not follow <number>.md (the meeting's number, digits without a leading zero)");
                continue;
            };
            if let Ok(n) = number.parse::<u32>() {
                self.index.record_urls.push(crate::urls::meeting(n));
            }
            jobs.push((child, number.to_string()));
        }
        Ok(self.read_all(jobs, true, decisions::meeting))
    }

    /// `applications/<label>-<yyyy-mm-dd>.yaml`.
    fn applications(&mut self, rel: &str) -> anyhow::Result<Vec<crate::model::Application>> {
        let mut jobs = Vec::new();
        for (name, kind) in self.entries(&self.site.join(rel), rel)? {
            let child = format!("{rel}/{name}");
            let stem = name.strip_suffix(".yaml").filter(|s| {
                let Some((label, date)) = s.len().checked_sub(11).map(|i| s.split_at(i)) else {
                    return false;
                };
                kind == Kind::File
                    && is_member_label(label)
                    && date.starts_with('-')
                    && crate::date::Date::parse(&date[1..], false).is_some()
            });
            let Some(stem) = stem else {
                self.bad_name(&child, "<label>-<yyyy-mm-dd>.yaml");
                continue;
            };
            self.index.application_ids.push(stem.to_string());
            jobs.push((child, stem.to_string()));
        }
        Ok(self.read_all(jobs, false, decisions::application))
    }

    fn council(&mut self, rel: &str, out: &mut Site) -> anyhow::Result<()> {
        let mut jobs = Vec::new();
        for (name, kind) in self.entries(&self.site.join(rel), rel)? {
            let child = format!("{rel}/{name}");
            let Some(stem) = name
                .strip_suffix(".yaml")
                .filter(|s| kind == Kind::File && is_id(s))
            else {
                self.bad_name(&child, "<person>.yaml");
                continue;
            };
            let url = crate::urls::councillor(stem);
            if crate::urls::FIXED_PAGES.contains(&url.as_str()) {
                self.f1(
                    &child,
                    &format!("the file name takes {url}, a page of the site"),
                );
                continue;
            }
            self.index.councillor_ids.push(stem.to_string());
            self.index.record_urls.push(url);
            jobs.push((child, stem.to_string()));
        }
        out.councillors = self.read_all(jobs, false, records::councillor);
        Ok(())
    }

    fn guidelines(&mut self, rel: &str, out: &mut Site) -> anyhow::Result<()> {
        for (slug, kind) in self.entries(&self.site.join(rel), rel)? {
            let dir = format!("{rel}/{slug}");
            if kind != Kind::Dir || !is_id(&slug) {
                self.f1(&dir, "expected a folder guidelines/<slug>/ (lower-case letters, digits and single hyphens)");
                continue;
            }
            let mut jobs = Vec::new();
            for (name, kind) in self.entries(&self.site.join(&dir), &dir)? {
                let child = format!("{dir}/{name}");
                match name
                    .strip_suffix(".md")
                    .filter(|s| kind == Kind::File && VersionNum::looks_like(s))
                {
                    Some(stem) => {
                        self.index
                            .record_urls
                            .push(crate::urls::version_named(&slug, stem));
                        jobs.push((child, stem.to_string()));
                    }
                    None => self.f1(
                        &child,
                        "file name does not follow <version>.md (dotted numbers, such as 1.1.md)",
                    ),
                }
            }
            let mut versions = self.read_all(jobs, true, records::version);
            versions.sort_by(|a: &crate::model::Version, b| a.version.value.cmp(&b.version.value));
            self.index.record_urls.push(crate::urls::guideline(&slug));
            if !versions.is_empty() {
                out.guidelines
                    .push(crate::model::Guideline { slug, versions });
            }
        }
        Ok(())
    }

    fn news(&mut self, rel: &str, out: &mut Site) -> anyhow::Result<()> {
        let mut jobs = Vec::new();
        for (name, kind) in self.entries(&self.site.join(rel), rel)? {
            let child = format!("{rel}/{name}");
            let stem = name
                .strip_suffix(".md")
                .filter(|s| kind == Kind::File && news_date(s).is_some());
            match stem {
                Some(stem) => {
                    self.index.record_urls.push(crate::urls::news_item(stem));
                    jobs.push((child, stem.to_string()));
                }
                None => self.bad_name(&child, "<yyyy-mm-dd>-<slug>.md"),
            }
        }
        out.news = self.read_all(jobs, true, |rel, stem, parsed, diags| {
            records::news(rel, stem, parsed, diags).map(std::sync::Arc::new)
        });
        Ok(())
    }

    /// Every file under `static/`, whatever its name.
    fn statics(&mut self, rel: &str, prefix: &str, out: &mut Vec<String>) -> anyhow::Result<()> {
        for (name, kind) in self.entries_with(&self.site.join(rel), rel, true)? {
            let child = format!("{rel}/{name}");
            let sub = format!("{prefix}{name}");
            match kind {
                Kind::Dir => self.statics(&child, &format!("{sub}/"), out)?,
                Kind::File => out.push(sub),
            }
        }
        Ok(())
    }
}

/// The date at the start of a news file name `yyyy-mm-dd-slug`, if the rest is an id.
pub fn news_date(stem: &str) -> Option<crate::date::Date> {
    let (date, slug) = (stem.get(..10)?, stem.get(11..)?);
    (stem.as_bytes()[10] == b'-' && is_id(slug)).then_some(())?;
    crate::date::Date::parse(date, false)
}

/// A member file name: an id, or an IDN A-label `xn--…`.
fn is_member_label(s: &str) -> bool {
    is_id(s)
        || s.strip_prefix("xn--").is_some_and(|rest| {
            !rest.is_empty()
                && rest
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
}

/// The YAML root as a mapping, or a Y1 finding.
fn root_map(
    rel: &str,
    parsed: Result<Option<Node>, yaml::YamlError>,
    diags: &mut Diagnostics,
) -> Option<Map> {
    match parsed {
        Ok(Some(Node::Map(m))) => Some(m),
        Ok(None) => {
            diags.error(
                Rule::Y1,
                rel,
                Pos::START,
                "the file is empty (expected a mapping of fields)",
            );
            None
        }
        Ok(Some(other)) => {
            diags.error(
                Rule::Y1,
                rel,
                other.pos(),
                format!("expected a mapping of fields, found {}", other.kind()),
            );
            None
        }
        Err(e) => {
            diags.error(Rule::Y1, rel, e.pos, e.message);
            None
        }
    }
}

/// Splits `---\n<yaml>---\n<body>`; the body keeps the file line it starts on.
/// The Markdown body of a record file's text (the whole text without front matter).
pub fn body_of(text: &str) -> String {
    split_front_matter(text).map_or_else(|| text.to_string(), |(_, b)| b.text.to_string())
}

fn split_front_matter(text: &str) -> Option<(&str, Body)> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next()?;
    if first.trim_end_matches(['\r', '\n']) != "---" {
        return None;
    }
    let mut offset = first.len();
    for (line_no, line) in (2u32..).zip(lines) {
        if line.trim_end_matches(['\r', '\n']) == "---" {
            let front = &text[first.len()..offset];
            let body = Body::new(&text[offset + line.len()..], line_no + 1);
            return Some((front, body));
        }
        offset += line.len();
    }
    None
}

/// The position just after `text` (where the next character would be).
fn pos_after(text: &str) -> Pos {
    let line = text.matches('\n').count() as u32 + 1;
    let last = text.rsplit('\n').next().unwrap_or("");
    Pos {
        line,
        col: last.chars().count() as u32 + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lower_case_words_with_single_hyphens() {
        assert!(is_id("keith-davidson") && is_id("a1"));
        for bad in ["", "Nl", "a--b", "-a", "a-", "a_b", "é"] {
            assert!(!is_id(bad), "{bad}");
        }
        assert!(
            is_member_label("xn--p1ai") && !is_member_label("xn--") && !is_member_label("XN--p1ai")
        );
    }

    #[test]
    fn splits_front_matter_and_keeps_body_line() {
        let (front, body) = split_front_matter("---\r\ntitle: A\r\n---\r\nText\n").unwrap();
        assert_eq!(front, "title: A\r\n");
        assert_eq!((&*body.text, body.first_line), ("Text\n", 4));
        assert!(split_front_matter("---\ntitle: A\n").is_none());
        assert!(split_front_matter("title: A\n---\n").is_none());
    }

    #[test]
    fn news_names_need_a_real_date_and_a_slug() {
        assert!(news_date("2011-10-07-launch").is_some());
        assert!(news_date("2011-02-30-launch").is_none());
        assert!(news_date("2011-10-07").is_none());
        assert!(news_date("2011-10-07_launch").is_none());
    }
}
