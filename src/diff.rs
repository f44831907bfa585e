//! `ccpub diff`: two versions of a guideline compared, as text for the terminal.
use crate::model::Closed as _;
use crate::model::{Guideline, Version};
use crate::pipeline::{Pipeline, RunOptions};
use std::path::Path;

/// Two versions of a guideline of the site at `site` compared (`colour`: for a terminal).
/// An unknown guideline or version is an error that lists the known ones.
pub fn diff(site: &Path, slug: &str, from: &str, to: &str, colour: bool) -> anyhow::Result<String> {
    let checked = Pipeline::new(RunOptions::reading(site))?.check()?;
    let guidelines = &checked.site.guidelines;
    let Some(g) = guidelines.iter().find(|g| g.slug == slug) else {
        let known: Vec<&str> = guidelines.iter().map(|g| g.slug.as_str()).collect();
        anyhow::bail!("no guideline \"{slug}\" (guidelines: {})", known.join(", "));
    };
    let (a, b) = (version(g, from)?, version(g, to)?);
    let c = crate::redline::compare(&a.body.text, &b.body.text);
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

/// The version `v` of a guideline, or an error listing its versions.
fn version<'a>(g: &'a Guideline, v: &str) -> anyhow::Result<&'a Version> {
    let found = g.versions.iter().find(|x| x.version.value.to_string() == v);
    found.ok_or_else(|| {
        let known: Vec<String> = g
            .versions
            .iter()
            .map(|x| x.version.value.to_string())
            .collect();
        anyhow::anyhow!(
            "guideline {} has no version \"{v}\" (versions: {})",
            g.slug,
            known.join(", ")
        )
    })
}

/// `1.1 (draft, 1 September 2011)`.
fn describe(v: &Version) -> String {
    let status = v.status.id();
    format!(
        "{} ({status}, {})",
        v.version.value,
        crate::views::date(*v.date).text
    )
}
