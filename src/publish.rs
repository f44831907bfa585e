//! `ccpub build`: a checked, rendered site written atomically to its output folder.
use crate::check::{Checked, RunOptions};
use crate::output::{self, Data};
use crate::render::StaticSource;
use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

/// What a successful build wrote.
pub struct Summary {
    pub pages: usize,
    pub files: usize,
    pub bytes: u64,
}

/// Checks and renders the site into a staging folder beside `out`, which replaces
/// `out` only when there is no error (and is removed otherwise). `out` must be a
/// folder ccpub wrote, empty or absent, unless `force` (see `output::resolve_target`).
pub fn build(
    opts: &RunOptions,
    out: &Path,
    force: bool,
) -> anyhow::Result<(Checked, Option<Summary>)> {
    crate::check::ensure_site(&opts.site)?;
    let target = output::resolve_target(&opts.site, out, force)?;
    let staging = output::Staging::create(&target)?;
    let bytes = AtomicU64::new(0);
    let sink = |rel: &str, html: String| {
        bytes.fetch_add(html.len() as u64, Ordering::Relaxed);
        staging.write(rel, html.as_bytes())
    };
    let checked = crate::check::check(opts, Some(&sink))?;
    if checked.has_errors() {
        staging.discard();
        return Ok((checked, None));
    }
    let mut timer = crate::check::Timer::start();
    let files = extras(opts, &checked);
    timer.lap("feeds and data");
    let summary = Summary {
        pages: checked.plan.pages.len(),
        files: files.len(),
        bytes: bytes.into_inner() + files.iter().map(|(_, d)| d.size()).sum::<u64>(),
    };
    staging.write_all(files)?;
    staging.commit()?;
    timer.lap("write");
    Ok((checked, Some(summary)))
}

/// A site built in memory: bytes by output path.
pub type InMemory = HashMap<String, Vec<u8>>;

/// Output files: `(path relative to the output folder, bytes)`.
pub type Files = Vec<(String, Data)>;

/// Checks and renders the site in memory (for `serve`): every output file by its
/// path, unless there is an error.
pub fn render_in_memory(
    opts: &RunOptions,
    caches: Option<&crate::check::Caches>,
) -> anyhow::Result<(Checked, Option<InMemory>)> {
    let pages = Mutex::new(HashMap::new());
    let sink = |rel: &str, html: String| {
        pages
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(rel.to_string(), html.into_bytes());
        Ok(())
    };
    let checked = crate::check::check_with(opts, Some(&sink), caches)?;
    if checked.has_errors() {
        return Ok((checked, None));
    }
    let mut files = pages.into_inner().unwrap_or_else(|e| e.into_inner());
    for (path, data) in extras(opts, &checked) {
        let bytes = data
            .bytes()
            .map_err(|e| anyhow::anyhow!("failed to read a static file for {path}: {e}"))?;
        files.insert(path, bytes);
    }
    Ok((checked, Some(files)))
}

/// The output files besides pages: feeds and data, the theme's and the site's static
/// files (the site's win over the theme's of the same name).
fn extras(opts: &RunOptions, checked: &Checked) -> Files {
    let mut files: Files = Vec::new();
    for (path, bytes) in crate::feeds::files(&checked.site, &checked.plan, checked.as_of.date) {
        files.push((path, Data::Bytes(bytes)));
    }
    let site_static: BTreeSet<&String> = checked.site.statics.iter().collect();
    if let Some(theme) = &checked.theme {
        for (path, source) in &theme.statics {
            if site_static.contains(path) {
                continue;
            }
            let data = match source {
                StaticSource::Builtin(b) => Data::Static(b),
                StaticSource::File(p) => Data::Copy(p.clone()),
            };
            files.push((path.clone(), data));
        }
    }
    for path in &checked.site.statics {
        files.push((
            path.clone(),
            Data::Copy(opts.site.join("content/static").join(path)),
        ));
    }
    files
}

/// `ccpub diff`: two versions of a guideline compared, as text for the terminal.
pub fn diff(site: &Path, slug: &str, from: &str, to: &str, colour: bool) -> anyhow::Result<String> {
    let opts = RunOptions {
        site: site.to_path_buf(),
        drafts: true,
        as_of: None,
        strict: false,
        base_url: None,
    };
    let checked = crate::check::check(&opts, None)?;
    let Some(g) = checked.site.guidelines.iter().find(|g| g.slug == slug) else {
        let known: Vec<&str> = checked
            .site
            .guidelines
            .iter()
            .map(|g| g.slug.as_str())
            .collect();
        anyhow::bail!("no guideline \"{slug}\" (guidelines: {})", known.join(", "));
    };
    let find = |v: &str| {
        g.versions
            .iter()
            .find(|x| x.version.value.to_string() == v)
            .ok_or_else(|| {
                let known: Vec<String> = g
                    .versions
                    .iter()
                    .map(|x| x.version.value.to_string())
                    .collect();
                anyhow::anyhow!(
                    "guideline {slug} has no version \"{v}\" (versions: {})",
                    known.join(", ")
                )
            })
    };
    let (a, b) = (find(from)?, find(to)?);
    let c = crate::redline::compare(&a.body.text, &b.body.text);
    let describe = |v: &crate::model::Version| {
        let status = if *v.status == crate::model::VersionStatus::Draft {
            "draft"
        } else {
            "adopted"
        };
        format!(
            "{} ({status}, {})",
            v.version.value,
            crate::views::date(*v.date).text
        )
    };
    let mut out = format!("{}: {} -> {}\n", b.title, describe(a), describe(b));
    if c.identical {
        out.push_str("No change: the texts are identical.\n");
        return Ok(out);
    }
    let clauses: Vec<String> = c
        .clauses
        .iter()
        .map(|x| format!("{} ({})", x.clause, x.change))
        .collect();
    out.push_str(&format!(
        "{} words added, {} words removed, in: {}\n\n",
        c.words_added,
        c.words_removed,
        clauses.join(", ")
    ));
    out.push_str(&crate::redline::to_terminal(&c, colour));
    Ok(out)
}
