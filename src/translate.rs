//! `ccpub translations` (what there is to translate, and what changed in the
//! originals of out-of-date translations) and `ccpub new translation`.
use crate::lang::Lang;
use crate::model::Site;
use crate::model::translations::{LanguageStatus, TextState};
use crate::pipeline::{Pipeline, RunOptions};
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

/// The site's records as `check` reads them (with drafts: a draft may be translated).
fn read(site: &Path) -> anyhow::Result<Site> {
    Ok(Pipeline::new(RunOptions::reading(site))?.check()?.site)
}

/// The languages asked for: `only`, which must be one of the site's other languages.
fn languages<'a>(site: &'a Site, only: Option<&str>) -> anyhow::Result<Vec<LanguageStatus<'a>>> {
    let all = crate::model::translations::status(site);
    if all.is_empty() {
        anyhow::bail!(
            "the site has one language: list the site's languages in content/site.yaml, the default first (`languages: [en, fr]`), and translate with `ccpub new translation`"
        );
    }
    let Some(only) = only else {
        return Ok(all);
    };
    let known: Vec<String> = all.iter().map(|s| s.lang.to_string()).collect();
    let found: Vec<LanguageStatus> = all
        .into_iter()
        .filter(|s| s.lang.as_str() == only)
        .collect();
    if found.is_empty() {
        anyhow::bail!(
            "\"{only}\" is not one of the site's other languages ({})",
            known.join(", ")
        );
    }
    Ok(found)
}

/// What there is to translate, as text (`colour`: for a terminal) or as JSON. Inside a
/// git repository, each out-of-date translation comes with the changes of its original
/// since the revision it translates.
pub fn report(site: &Path, only: Option<&str>, json: bool, colour: bool) -> anyhow::Result<String> {
    let records = read(site)?;
    let status = languages(&records, only)?;
    let revisions = Revisions::find(site, &status);
    if json {
        return Ok(report_json(&status, &revisions));
    }
    let mut out = String::new();
    for s in &status {
        let (translated, up, stale, missing) = s.counts();
        let _ = writeln!(
            out,
            "{} ({}): {translated} of {} texts translated: {up} up to date, {stale} out of date, {missing} missing",
            s.lang,
            s.lang.endonym(),
            s.texts.len()
        );
        for (text, state) in &s.texts {
            if let TextState::OutOfDate(t, now) = state {
                let _ = writeln!(
                    out,
                    "  out of date: {} translates {} of {}, which is now {now}",
                    t.path, t.translates.value, text.path
                );
                let found = revisions.get(text.path, &t.translates.value);
                out.push_str(&indent(&since(site, text.path, found, colour)));
            }
        }
        for (text, state) in &s.texts {
            if let TextState::Missing = state {
                let _ = writeln!(out, "  missing: {} ({})", text.path, text.title);
            }
        }
    }
    Ok(out)
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("      {l}\n")).collect()
}

/// What changed in `path` since the revision it was translated from (`found`), word by
/// word; or why that cannot be said.
fn since(site: &Path, path: &str, found: Option<&(String, Vec<u8>)>, colour: bool) -> String {
    let Some((rev, old)) = found else {
        return "(no revision of the original in git has that hash: the changes cannot be shown)\n"
            .to_string();
    };
    let now = std::fs::read(site.join(path)).unwrap_or_default();
    let text = |b: &[u8]| crate::load::body_of(&String::from_utf8_lossy(b));
    let c = crate::redline::compare(&text(old), &text(&now));
    let short = &rev[..rev.len().min(12)];
    format!(
        "changes since {short} ({} words added, {} removed):\n{}",
        c.words_added,
        c.words_removed,
        crate::redline::to_terminal(&c, colour)
    )
}

/// For each out-of-date translation, the newest commit at which its original held the
/// bytes it translates, and those bytes: found with one walk of the history of every
/// such original (`git log --raw`) and one reader of their blobs (`git cat-file
/// --batch`), whatever the number of translations. Empty outside git.
#[derive(Default)]
struct Revisions(HashMap<(String, String), (String, Vec<u8>)>);

impl Revisions {
    fn find(site: &Path, status: &[LanguageStatus]) -> Revisions {
        let mut wanted: HashMap<&str, HashSet<&str>> = HashMap::new();
        for s in status {
            for (text, state) in &s.texts {
                if let TextState::OutOfDate(t, _) = state {
                    wanted
                        .entry(text.path)
                        .or_default()
                        .insert(&t.translates.value);
                }
            }
        }
        if wanted.is_empty() {
            return Revisions::default();
        }
        let mut paths: Vec<&str> = wanted.keys().copied().collect();
        paths.sort_unstable();
        let history = history(site, &paths).unwrap_or_default();
        let blobs: Vec<&str> = history.iter().map(|(_, _, b)| b.as_str()).collect();
        let contents = blob_contents(site, &blobs).unwrap_or_default();
        let mut found = HashMap::new();
        // Newest first: the first match of each (path, hash) is kept.
        for (rev, path, blob) in &history {
            let Some(bytes) = contents.get(blob.as_str()) else {
                continue;
            };
            let hash = crate::load::short_hash(bytes);
            if wanted
                .get(path.as_str())
                .is_some_and(|h| h.contains(hash.as_str()))
            {
                found
                    .entry((path.clone(), hash))
                    .or_insert_with(|| (rev.clone(), bytes.clone()));
            }
        }
        Revisions(found)
    }

    fn get(&self, path: &str, hash: &str) -> Option<&(String, Vec<u8>)> {
        self.0.get(&(path.to_string(), hash.to_string()))
    }
}

/// Every (commit, path, blob) at which one of `paths` (relative to the site) was
/// written, newest first.
fn history(site: &Path, paths: &[&str]) -> anyhow::Result<Vec<(String, String, String)>> {
    let mut args = vec![
        "log",
        "--format=commit %H",
        "--raw",
        "--no-abbrev",
        "--no-renames",
        "--relative",
        "--",
    ];
    args.extend(paths);
    let log = crate::changes::git_bytes(site, &args)?;
    let mut out = Vec::new();
    let mut commit = String::new();
    for line in String::from_utf8_lossy(&log).lines() {
        if let Some(rev) = line.strip_prefix("commit ") {
            commit = rev.to_string();
        } else if let Some(raw) = line.strip_prefix(':')
            && let Some((fields, path)) = raw.split_once('\t')
            && let Some(blob) = fields.split(' ').nth(3)
            && !blob.bytes().all(|b| b == b'0')
        {
            out.push((commit.clone(), path.to_string(), blob.to_string()));
        }
    }
    Ok(out)
}

/// The contents of the blobs `ids`, read by one `git cat-file --batch`.
fn blob_contents(site: &Path, ids: &[&str]) -> anyhow::Result<HashMap<String, Vec<u8>>> {
    use std::io::{BufRead, Read, Write};
    use std::process::{Command, Stdio};
    let mut child = Command::new("git")
        .arg("-C")
        .arg(site)
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| anyhow::anyhow!("git's input"))?;
    let input: String = ids.iter().map(|id| format!("{id}\n")).collect();
    // Written on a thread of its own, so that neither side waits for the other.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let mut reader = std::io::BufReader::new(
        child
            .stdout
            .take()
            .ok_or_else(|| anyhow::anyhow!("git's output"))?,
    );
    let mut out = HashMap::new();
    let mut head = String::new();
    while reader.read_line(&mut head)? > 0 {
        let mut parts = head.split_whitespace();
        let (Some(id), Some("blob"), Some(size)) = (parts.next(), parts.next(), parts.next())
        else {
            head.clear();
            continue;
        };
        let mut bytes = vec![0; size.parse()?];
        reader.read_exact(&mut bytes)?;
        let mut newline = [0u8; 1];
        reader.read_exact(&mut newline)?;
        out.insert(id.to_string(), bytes);
        head.clear();
    }
    let _ = writer.join();
    child.wait()?;
    Ok(out)
}

fn report_json(status: &[LanguageStatus], revisions: &Revisions) -> String {
    use serde_json::json;
    let languages: Vec<serde_json::Value> = status
        .iter()
        .map(|s| {
            let (translated, up, stale, missing) = s.counts();
            let todo: Vec<serde_json::Value> = s
                .texts
                .iter()
                .filter_map(|(text, state)| match state {
                    TextState::UpToDate(_) => None,
                    TextState::OutOfDate(t, now) => Some(json!({
                        "original": text.path, "status": "out-of-date", "translation": t.path,
                        "translates": t.translates.value, "original_hash_now": now,
                        "translated_revision": revisions.get(text.path, &t.translates.value).map(|(r, _)| r),
                    })),
                    TextState::Missing => Some(json!({"original": text.path, "status": "missing", "title": text.title})),
                })
                .collect();
            json!({"language": s.lang, "texts": s.texts.len(), "translated": translated, "up_to_date": up,
                   "out_of_date": stale, "missing": missing, "to_do": todo})
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&languages).unwrap_or_default();
    out.push('\n');
    out
}

/// Writes `X.<lang>.md` beside `file` (a page, news item, working group or guideline
/// version, relative to the site): the original's title, summary and text to
/// translate, and the hash of its bytes now. Returns the new file's path.
pub fn new_translation(site: &Path, file: &str, lang: &str) -> anyhow::Result<String> {
    let records = read(site)?;
    let file = file.trim_start_matches("./");
    let rel = match file.starts_with("content/") {
        true => file.to_string(),
        false => format!("content/{file}"),
    };
    let texts = crate::model::translations::texts(&records);
    let Some(text) = texts.iter().find(|t| t.path == rel) else {
        anyhow::bail!(
            "{rel} is not a text that may be translated (a page, news item, working group or guideline version that checks)"
        );
    };
    let langs = records.settings.as_ref().map(|s| s.languages.clone());
    let asked = lang;
    let lang = Lang::parse(lang).filter(|l| langs.as_ref().is_some_and(|ls| ls.is_other(l)));
    let Some(lang) = lang else {
        let others: Vec<String> = langs
            .iter()
            .flat_map(|l| l.others())
            .map(|l| l.to_string())
            .collect();
        if others.is_empty() {
            let default = langs
                .as_ref()
                .map_or("en".to_string(), |l| l.default_lang().to_string());
            anyhow::bail!(
                "the site has one language ({default}): to translate into {asked}, list the site's languages in content/site.yaml, the default first (`languages: [{default}, {asked}]`)"
            );
        }
        anyhow::bail!(
            "the language must be one of the site's other languages ({})",
            others.join(", ")
        );
    };
    let bytes = std::fs::read(site.join(&rel))?;
    let target = format!("{}.{lang}.md", rel.trim_end_matches(".md"));
    let body = text.body;
    let summary =
        (text.summary).map_or_else(String::new, |s| format!("summary: {}\n", yaml_text(s)));
    let out = format!(
        "---\n# Translate the title, summary and text into {} ({lang}); keep `translates`.\ntitle: {}\n{summary}translates: {}\n---\n{body}",
        lang.endonym(),
        yaml_text(text.title),
        crate::load::short_hash(&bytes)
    );
    crate::scaffold::write_new(site, &target, &out)?;
    Ok(target)
}

/// A YAML text: quoted (JSON's quoting is valid YAML) unless plain is safe.
fn yaml_text(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| c.is_alphanumeric() || " -.,()'’".contains(c))
        && !s.starts_with(['-', ' ', '\'']);
    match plain {
        true => s.to_string(),
        false => serde_json::to_string(s).unwrap_or_default(),
    }
}
