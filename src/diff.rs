//! `ccpub diff`: two versions of a guideline compared, as text for the terminal.
use crate::pipeline::{Pipeline, RunOptions};
use std::path::Path;

/// Two versions of a guideline of the site at `site` compared (`colour`: for a terminal).
pub fn diff(site: &Path, slug: &str, from: &str, to: &str, colour: bool) -> anyhow::Result<String> {
    let opts = RunOptions {
        site: site.to_path_buf(),
        drafts: true,
        as_of: None,
        strict: false,
        base_url: None,
    };
    let checked = Pipeline::new(opts)?.check()?;
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
