//! `ccpub build`: a checked, rendered site written atomically to its output folder.
use crate::key::FastMap as HashMap;
use crate::output::{self, Data};
use crate::pipeline::{Checked, Pipeline};
use crate::render::StaticSource;
use std::collections::BTreeSet;
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
    pipeline: &Pipeline,
    out: &Path,
    force: bool,
) -> anyhow::Result<(Checked, Option<Summary>)> {
    let opts = pipeline.options();
    let target = output::resolve_target(&opts.site, out, force)?;
    let staging = output::Staging::create(&target)?;
    let bytes = AtomicU64::new(0);
    let sink = |rel: &str, html: crate::pipeline::PageBytes| {
        bytes.fetch_add(html.len() as u64, Ordering::Relaxed);
        staging.write(rel, &html)
    };
    let checked = pipeline.render(&sink)?;
    if checked.has_errors() {
        staging.discard();
        return Ok((checked, None));
    }
    let mut timer = crate::timing::Timer::start();
    let files = extras(opts, &checked);
    timer.lap("feeds and data");
    let summary = Summary {
        pages: checked.plan.pages.len() * checked.plan.languages.all().len(),
        files: files.len(),
        bytes: bytes.into_inner() + files.iter().map(|(_, d)| d.size()).sum::<u64>(),
    };
    staging.write_all(files)?;
    staging.commit()?;
    timer.lap("write");
    Ok((checked, Some(summary)))
}

/// A site built in memory: bytes by output path.
pub type InMemory = HashMap<String, crate::pipeline::PageBytes>;

/// Output files: `(path relative to the output folder, bytes)`.
pub type Files = Vec<(String, Data)>;

/// Checks and renders the site in memory (for `serve`): its pages and static files by
/// path, unless there is an error. Its feeds and data are made apart
/// (`feeds_in_memory`), so that the pages can be served before them.
pub fn render_in_memory(pipeline: &Pipeline) -> anyhow::Result<(Checked, Option<InMemory>)> {
    let opts = pipeline.options();
    let pages = Mutex::new(HashMap::default());
    let sink = |rel: &str, html: crate::pipeline::PageBytes| {
        pages
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(rel.to_string(), html);
        Ok(())
    };
    let checked = pipeline.render(&sink)?;
    if checked.has_errors() {
        return Ok((checked, None));
    }
    let mut timer = crate::timing::Timer::start();
    let mut files = pages.into_inner().unwrap_or_else(|e| e.into_inner());
    for (path, data) in statics(opts, &checked) {
        let bytes = data
            .bytes()
            .map_err(|e| anyhow::anyhow!("failed to read a static file for {path}: {e}"))?;
        files.insert(path, crate::pipeline::PageBytes::new(bytes));
    }
    timer.lap("static files");
    Ok((checked, Some(files)))
}

/// The feeds and open data of a checked site, by path.
pub fn feeds_in_memory(checked: &Checked, site: &std::path::Path) -> InMemory {
    let mut timer = crate::timing::Timer::start();
    let files = feeds(checked, site)
        .into_iter()
        .filter_map(|(path, data)| match data {
            Data::Bytes(b) => Some((path, crate::pipeline::PageBytes::new(b))),
            _ => None,
        })
        .collect();
    timer.lap("feeds and data");
    files
}

/// The output files besides pages: feeds and data, the theme's and the site's static
/// files (the site's win over the theme's of the same name).
fn extras(opts: &crate::pipeline::RunOptions, checked: &Checked) -> Files {
    let mut files = feeds(checked, &opts.site);
    files.extend(statics(opts, checked));
    files
}

/// The feeds and open data (the sitemap dated by the git history of `site`).
fn feeds(checked: &Checked, site: &std::path::Path) -> Files {
    let git = crate::gitinfo::LastChanged::read(site);
    let files = crate::feeds::files(
        &checked.site,
        &checked.plan,
        checked.theme.words(),
        &checked.tallies,
        checked.as_of.date,
        git.as_ref(),
    );
    files
        .into_iter()
        .map(|(path, bytes)| (path, Data::Bytes(bytes)))
        .collect()
}

/// The theme's and the site's static files (the site's win over the theme's of the
/// same name).
fn statics(opts: &crate::pipeline::RunOptions, checked: &Checked) -> Files {
    let mut files: Files = Vec::new();
    let site_static: BTreeSet<&String> = checked.site.statics.iter().collect();
    for (path, source) in &checked.theme.statics {
        if site_static.contains(path) {
            continue;
        }
        let data = match source {
            StaticSource::Builtin(b) => Data::Static(b),
            StaticSource::File(p) => Data::Copy(p.clone()),
        };
        files.push((path.clone(), data));
    }
    for path in &checked.site.statics {
        files.push((
            path.clone(),
            Data::Copy(opts.site.join("content/static").join(path)),
        ));
    }
    files
}
