//! `ccpub changes`: what changed in the records between two git revisions, in the
//! organisation's terms (members joined and left, councillors seated …), not in lines.
use crate::diag::{Diagnostic, Level};
use crate::model::Closed as _;
use crate::model::{Councillor, Member, Site, Version, VersionNum, VersionStatus};
use anyhow::{Context, bail};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

mod decisions;
mod elections;

/// One change, under a section heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub section: &'static str,
    pub text: String,
}

const SECTIONS: [&str; 8] = [
    "Members",
    "Council",
    "Decisions",
    "Elections and votes",
    "Working groups",
    "Guidelines",
    "Pages",
    "News",
];

/// What changed, and the errors of the records that could not be compared.
pub struct Report {
    pub changes: Vec<Change>,
    /// For each side with errors: its name (a revision, or the working tree) and the
    /// errors, sorted; the records they are about are left out of the comparison.
    pub broken: Vec<(String, Vec<Diagnostic>)>,
}

/// The changes of the site's records from `from` to `to` (a revision, or the working tree).
pub fn between(site: &Path, from: &str, to: Option<&str>) -> anyhow::Result<Report> {
    git(site, &["rev-parse", "--is-inside-work-tree"])
        .map_err(|_| anyhow::anyhow!("{} is not in a git repository", site.display()))?;
    for rev in std::iter::once(from).chain(to) {
        git(
            site,
            &[
                "rev-parse",
                "--verify",
                "--quiet",
                &format!("{rev}^{{commit}}"),
            ],
        )
        .map_err(|_| {
            anyhow::anyhow!(
                "no revision \"{rev}\" in the git repository of {}",
                site.display()
            )
        })?;
    }
    let old_dir = Scratch::at(site, from)?;
    let (old, old_errors) = load(&old_dir.0)?;
    let (new, new_errors) = match to {
        Some(rev) => {
            let dir = Scratch::at(site, rev)?;
            load(&dir.0)?
        }
        None => load(site)?,
    };
    let sides = [
        (from.to_string(), old_errors),
        (
            to.map_or_else(|| "the working tree".to_string(), str::to_string),
            new_errors,
        ),
    ];
    Ok(Report {
        changes: compare(&old, &new),
        broken: sides.into_iter().filter(|(_, e)| !e.is_empty()).collect(),
    })
}

/// The report as text (one line each under its section) or as Markdown; the errors of
/// a side that has any follow the changes.
pub fn render(report: &Report, markdown: bool) -> String {
    let mut out = render_changes(&report.changes, markdown);
    for (side, errors) in &report.broken {
        let count = crate::diag::count_line(errors);
        let head = format!(
            "The records of {side} have errors ({count}); what they are about is left out of this comparison:"
        );
        if markdown {
            if !out.ends_with("\n\n") {
                out.push('\n');
            }
            out.push_str(&format!("### Not compared\n\n{head}\n\n"));
            errors
                .iter()
                .for_each(|d| out.push_str(&format!("- `{}`\n", finding(d))));
            out.push('\n');
        } else {
            out.push_str(&format!("{head}\n"));
            errors
                .iter()
                .for_each(|d| out.push_str(&format!("  {}\n", finding(d))));
        }
    }
    out
}

/// `path:line:col: error[RULE]: message`.
fn finding(d: &Diagnostic) -> String {
    format!(
        "{}:{}:{}: error[{}]: {}",
        d.path, d.line, d.column, d.rule, d.message
    )
}

fn render_changes(changes: &[Change], markdown: bool) -> String {
    if changes.is_empty() {
        return "No change in the records.\n".to_string();
    }
    let mut out = String::new();
    for section in SECTIONS {
        let items: Vec<&Change> = changes.iter().filter(|c| c.section == section).collect();
        if items.is_empty() {
            continue;
        }
        if markdown {
            out.push_str(&format!("### {section}\n\n"));
            items
                .iter()
                .for_each(|c| out.push_str(&format!("- {}\n", c.text)));
            out.push('\n');
        } else {
            out.push_str(&format!("{section}:\n"));
            items
                .iter()
                .for_each(|c| out.push_str(&format!("  - {}\n", c.text.replace("**", ""))));
        }
    }
    out
}

fn git(site: &Path, args: &[&str]) -> anyhow::Result<String> {
    Ok(String::from_utf8_lossy(&git_bytes(site, args)?).into_owned())
}

/// What `git -C SITE <args>` prints; `Err` if git cannot run or fails.
pub(crate) fn git_bytes(site: &Path, args: &[&str]) -> anyhow::Result<Vec<u8>> {
    let out = Command::new("git")
        .arg("-C")
        .arg(site)
        .args(args)
        .stderr(Stdio::null())
        .output()
        .context("cannot run git")?;
    if !out.status.success() {
        bail!("git {} failed", args.join(" "));
    }
    Ok(out.stdout)
}

/// A temporary folder holding `content/` as it was at a revision; removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn at(site: &Path, rev: &str) -> anyhow::Result<Scratch> {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let dir = std::env::temp_dir().join(format!("ccpub-changes-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("content"))?;
        let scratch = Scratch(dir);
        let mut archive = Command::new("git")
            .arg("-C")
            .arg(site)
            .args(["archive", "--format=tar", rev, "content"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .context("cannot run git")?;
        let tar_in = archive.stdout.take().context("git archive output")?;
        let untar = Command::new("tar")
            .arg("-x")
            .arg("-C")
            .arg(&scratch.0)
            .stdin(tar_in)
            .stderr(Stdio::null())
            .status()
            .context("cannot run tar")?;
        let archived = archive.wait()?;
        if archived.success() && !untar.success() {
            bail!("cannot unpack the records of {rev}");
        }
        Ok(scratch)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The records of a site folder, and the errors of reading them (Y1, F1 and the
/// closed values: what makes a record unreadable).
fn load(dir: &Path) -> anyhow::Result<(Site, Vec<Diagnostic>)> {
    let mut diags = crate::diag::Diagnostics::default();
    if !dir.join("content").is_dir() {
        return Ok((Site::default(), Vec::new()));
    }
    let site = crate::load::load(dir, &mut diags, &crate::load::LoadCache::off())?.site;
    let errors = diags.finish(false);
    let errors = errors
        .into_iter()
        .filter(|d| d.level == Level::Error)
        .collect();
    Ok((site, errors))
}

/// Compares two loaded sites.
pub fn compare(old: &Site, new: &Site) -> Vec<Change> {
    let mut out = Vec::new();
    members(old, new, &mut out);
    council(old, new, &mut out);
    decisions::compare(old, new, &mut out);
    elections::compare(old, new, &mut out);
    groups(old, new, &mut out);
    guidelines(old, new, &mut out);
    texts(
        "Pages",
        old.pages
            .iter()
            .map(|p| (p.slug.clone(), (p.title.clone(), p.body.text.to_string()))),
        new.pages
            .iter()
            .map(|p| (p.slug.clone(), (p.title.clone(), p.body.text.to_string()))),
        &mut out,
    );
    texts(
        "News",
        old.news
            .iter()
            .map(|n| (n.slug.clone(), (n.title.clone(), n.body.text.to_string()))),
        new.news
            .iter()
            .map(|n| (n.slug.clone(), (n.title.clone(), n.body.text.to_string()))),
        &mut out,
    );
    out
}

fn push(out: &mut Vec<Change>, section: &'static str, text: String) {
    out.push(Change { section, text });
}

fn by_id<T>(items: &[T], id: impl Fn(&T) -> &str) -> BTreeMap<&str, &T> {
    items
        .iter()
        .map(|t| (id(t), t))
        .collect::<BTreeMap<&str, &T>>()
}

fn label(m: &Member) -> String {
    format!("**.{}** ({})", m.cctld.value, m.country)
}

fn members(old: &Site, new: &Site, out: &mut Vec<Change>) {
    let (a, b) = (
        by_id(&old.members, |m| &m.id),
        by_id(&new.members, |m| &m.id),
    );
    for (id, m) in &b {
        match a.get(id) {
            None => {
                push(
                    out,
                    "Members",
                    format!("{} joined on {}", label(m), m.joined.value),
                );
                if let Some(left) = &m.left {
                    push(
                        out,
                        "Members",
                        format!("{} left on {}{}", label(m), left.value, reason(m)),
                    );
                }
            }
            Some(o) => member_changes(o, m, out),
        }
    }
    for (id, m) in &a {
        if !b.contains_key(id) {
            push(out, "Members", format!("{}: record removed", label(m)));
        }
    }
}

/// What changed in one member's record: leaving, manager, region, region requests.
fn member_changes(o: &Member, m: &Member, out: &mut Vec<Change>) {
    if o.left.is_none()
        && let Some(left) = &m.left
    {
        push(
            out,
            "Members",
            format!("{} left on {}{}", label(m), left.value, reason(m)),
        );
    }
    if o.manager != m.manager {
        push(
            out,
            "Members",
            format!(
                "{}: manager changed from {} to {}",
                label(m),
                o.manager.as_deref().unwrap_or("not documented"),
                m.manager.as_deref().unwrap_or("not documented")
            ),
        );
    }
    if *o.region != *m.region {
        push(
            out,
            "Members",
            format!(
                "{}: ICANN region changed from {} to {}",
                label(m),
                o.region.id(),
                m.region.id()
            ),
        );
    }
    region_request_changes(o, m, out);
}

/// Region requests that are new, or whose outcome changed.
fn region_request_changes(o: &Member, m: &Member, out: &mut Vec<Change>) {
    for c in &m.region_changes {
        let before = o
            .region_changes
            .iter()
            .find(|x| x.requested.value == c.requested.value && *x.to == *c.to);
        let decided = c
            .decided
            .as_ref()
            .map_or(String::new(), |d| format!(" on {}", d.value));
        let text = match before {
            None => format!(
                "{}: asked on {} to change region to {} ({}{decided})",
                label(m),
                c.requested.value,
                c.to.id(),
                c.outcome.id()
            ),
            Some(x) if *x.outcome != *c.outcome => format!(
                "{}: request to change region to {} {}{decided}",
                label(m),
                c.to.id(),
                c.outcome.id()
            ),
            Some(_) => continue,
        };
        push(out, "Members", text);
    }
}

fn reason(m: &Member) -> String {
    m.left_reason
        .as_ref()
        .map_or(String::new(), |r| format!(" ({})", r.id()))
}

fn council(old: &Site, new: &Site, out: &mut Vec<Change>) {
    let (a, b) = (
        by_id(&old.councillors, |c| &c.id),
        by_id(&new.councillors, |c| &c.id),
    );
    for (id, c) in &b {
        let before: Option<&Councillor> = a.get(id).copied();
        term_changes(before, c, out);
        role_changes(before, c, out);
    }
    for (id, c) in &a {
        if !b.contains_key(id) {
            push(out, "Council", format!("**{}**: record removed", c.name));
        }
    }
}

/// New terms, and terms whose end changed.
fn term_changes(before: Option<&Councillor>, c: &Councillor, out: &mut Vec<Change>) {
    for t in &c.terms {
        let o = before.and_then(|o| {
            o.terms
                .iter()
                .find(|x| x.seat == t.seat && x.from.value == t.from.value)
        });
        let until =
            t.to.as_ref()
                .map_or(String::new(), |d| format!(" to {}", d.value));
        let text = match (o, &t.to) {
            (None, _) => format!(
                "**{}** seated on the {} seat from {}{until}",
                c.name,
                t.seat.id(),
                t.from.value
            ),
            (Some(x), to) if x.to.as_ref().map(|d| d.value) == to.as_ref().map(|d| d.value) => {
                continue;
            }
            (Some(_), Some(end)) => {
                format!("**{}**: {} term ends on {}", c.name, t.seat.id(), end.value)
            }
            (Some(_), None) => format!("**{}**: {} term is now open-ended", c.name, t.seat.id()),
        };
        push(out, "Council", text);
    }
}

/// New roles, and roles that now end.
fn role_changes(before: Option<&Councillor>, c: &Councillor, out: &mut Vec<Change>) {
    for r in &c.roles {
        let o = before.and_then(|o| {
            o.roles
                .iter()
                .find(|x| x.role == r.role && x.from.value == r.from.value)
        });
        match (o, &r.to) {
            (None, _) => push(
                out,
                "Council",
                format!("**{}** became {} on {}", c.name, r.role.id(), r.from.value),
            ),
            (Some(x), Some(end)) if x.to.is_none() => push(
                out,
                "Council",
                format!("**{}**: {} role ends on {}", c.name, r.role.id(), end.value),
            ),
            _ => {}
        }
    }
}

fn groups(old: &Site, new: &Site, out: &mut Vec<Change>) {
    let (a, b) = (by_id(&old.groups, |g| &g.id), by_id(&new.groups, |g| &g.id));
    for (id, g) in &b {
        match a.get(id) {
            None => push(
                out,
                "Working groups",
                format!("**{}** created on {}", g.name, g.created.value),
            ),
            Some(o) if o.closed.is_none() && g.closed.is_some() => push(
                out,
                "Working groups",
                format!(
                    "**{}** closed on {}",
                    g.name,
                    g.closed
                        .as_ref()
                        .map(|d| d.value.to_string())
                        .unwrap_or_default()
                ),
            ),
            Some(o) if o.body.text != g.body.text => push(
                out,
                "Working groups",
                format!("**{}**: charter edited", g.name),
            ),
            Some(_) => {}
        }
    }
    for (id, g) in &a {
        if !b.contains_key(id) {
            push(
                out,
                "Working groups",
                format!("**{}**: record removed", g.name),
            );
        }
    }
}

/// Every version of every guideline, by (slug, version).
fn all_versions(s: &Site) -> BTreeMap<(String, VersionNum), &Version> {
    s.guidelines
        .iter()
        .flat_map(|g| {
            g.versions
                .iter()
                .map(|v| ((g.slug.clone(), v.version.value.clone()), v))
        })
        .collect()
}

fn guidelines(old: &Site, new: &Site, out: &mut Vec<Change>) {
    let (a, b) = (all_versions(old), all_versions(new));
    for (key, v) in &b {
        match a.get(key) {
            None => {
                let status = v.status.id();
                let text = format!("**{}** version {} added ({status})", v.title, key.1);
                push(out, "Guidelines", text);
            }
            Some(o) => version_changes(o, v, out),
        }
    }
    for ((_, num), v) in &a {
        if !b.contains_key(&(v.slug.clone(), num.clone())) {
            push(
                out,
                "Guidelines",
                format!("**{}** version {} removed", v.title, num),
            );
        }
    }
}

/// A version adopted since, or whose text was edited.
fn version_changes(o: &Version, v: &Version, out: &mut Vec<Change>) {
    let num = &v.version.value;
    if *o.status == VersionStatus::Draft && *v.status == VersionStatus::Adopted {
        let when = v
            .adopted
            .as_ref()
            .map_or(String::new(), |d| format!(" on {}", d.value));
        let by = v
            .adopted_by
            .as_ref()
            .map_or(String::new(), |b| format!(" by {}", b.value));
        let text = format!("**{}** version {num} adopted{when}{by}", v.title);
        push(out, "Guidelines", text);
    }
    if o.body.text != v.body.text {
        let c = crate::redline::compare(&o.body.text, &v.body.text);
        let text = format!(
            "**{}** version {num} edited: {} words added, {} removed",
            v.title, c.words_added, c.words_removed
        );
        push(out, "Guidelines", text);
    }
}

/// Pages and news: added, edited (title or text), removed.
fn texts(
    section: &'static str,
    old: impl Iterator<Item = (String, (String, String))>,
    new: impl Iterator<Item = (String, (String, String))>,
    out: &mut Vec<Change>,
) {
    let (a, b): (BTreeMap<_, _>, BTreeMap<_, _>) = (old.collect(), new.collect());
    for (slug, (title, text)) in &b {
        match a.get(slug) {
            None => push(out, section, format!("**{title}** added ({slug})")),
            Some((t, x)) if t != title || x != text => {
                push(out, section, format!("**{title}** edited ({slug})"))
            }
            Some(_) => {}
        }
    }
    for (slug, (title, _)) in &a {
        if !b.contains_key(slug) {
            push(out, section, format!("**{title}** removed ({slug})"));
        }
    }
}
