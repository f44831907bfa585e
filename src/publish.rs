//! `ccpub build`: a checked, rendered site written atomically to its output folder.
use crate::check::{Checked, RunOptions};
use crate::output::{self, Data};
use crate::render::StaticSource;
use std::collections::BTreeSet;
use std::path::Path;

/// What a successful build wrote.
pub struct Summary {
    pub pages: usize,
    pub files: usize,
    pub bytes: u64,
}

/// Checks and renders the site; writes it to `out` only when there is no error.
pub fn build(opts: &RunOptions, out: &Path) -> anyhow::Result<(Checked, Option<Summary>)> {
    output::check_target(&opts.site, out)?;
    let (checked, files) = render(opts)?;
    let Some(files) = files else {
        return Ok((checked, None));
    };
    let pages = checked.plan.pages.len();
    let summary = Summary {
        pages,
        files: files.len() - pages,
        bytes: files
            .iter()
            .map(|(_, d)| match d {
                Data::Bytes(b) => b.len() as u64,
                Data::Static(b) => b.len() as u64,
                Data::Copy(p) => std::fs::metadata(p).map_or(0, |m| m.len()),
            })
            .sum(),
    };
    let mut timer = crate::check::Timer::start();
    output::publish(out, files)?;
    timer.lap("write");
    Ok((checked, Some(summary)))
}

/// Output files: `(path relative to the output folder, bytes)`.
pub type Files = Vec<(String, Data)>;

/// Checks and renders the site: every output file, unless there is an error.
pub fn render(opts: &RunOptions) -> anyhow::Result<(Checked, Option<Files>)> {
    let mut checked = crate::check::check(opts, true)?;
    if checked.has_errors() {
        return Ok((checked, None));
    }
    let mut timer = crate::check::Timer::start();
    let files = collect(opts, &mut checked);
    timer.lap("feeds and data");
    Ok((checked, Some(files)))
}

/// Every output file: pages, feeds and data, the theme's and the site's static files
/// (the site's win over the theme's of the same name).
fn collect(opts: &RunOptions, checked: &mut Checked) -> Vec<(String, Data)> {
    let mut files: Vec<(String, Data)> = std::mem::take(&mut checked.pages)
        .into_iter()
        .map(|(p, html)| (p, Data::Bytes(html.into_bytes())))
        .collect();
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
    let checked = crate::check::check(&opts, false)?;
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
