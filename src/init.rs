//! `ccpub init DIR`: a small new site that `ccpub build` publishes at once.
use anyhow::{Context, bail};
use std::path::Path;

/// The files of a new site, relative to its folder.
const FILES: &[(&str, &str)] = &[
    (
        "content/site.yaml",
        "title: My ccNSO site\nbase_url: https://example.org\nlanguage: en\nnews_per_page: 20\n",
    ),
    (
        "content/members/nl.yaml",
        "# One file per ccTLD; the file name is its label (an IDN uses its xn-- A-label).\ncctld: nl\ncountry: Netherlands\nmanager: SIDN\nregion: europe\nregion_basis: un-statistics\njoined: 2004-03-15\nwebsite: https://www.sidn.nl\n",
    ),
    (
        "content/council/jane-doe.yaml",
        "# One file per councillor, with all their terms (to is exclusive).\nname: Jane Doe\ncctld: nl\nterms:\n  - seat: europe\n    from: 2024-03-01\n    to: 2027-03-01\n",
    ),
    (
        "content/working-groups/example-group.md",
        "---\nname: Example Working Group\nstatus: active\ncreated: 2024-01-15\nmembers: [nl]\n---\nThe charter of the group, in Markdown.\n",
    ),
    (
        "content/guidelines/example-guideline/1.0.md",
        "---\ntitle: Example Guideline\nversion: \"1.0\"\nstatus: adopted\ndate: 2024-01-10\nadopted: 2024-02-01\nadopted_by: ccNSO Council\n---\n## 1. Purpose\n\n1.1. The text of the guideline, with numbered clauses.\n",
    ),
    (
        "content/pages/about.md",
        "---\ntitle: About\nweight: 1\n---\nWhat this organisation does. See the [members](/members/).\n",
    ),
    (
        "content/news/2024-02-01-welcome.md",
        "---\ntitle: Welcome\n---\nThe new site is online.\n",
    ),
    ("content/static/.gitkeep", ""),
    (".gitignore", "/public\n"),
];

/// Writes a new site into `dir`, which must be absent or empty.
pub fn init(dir: &Path) -> anyhow::Result<usize> {
    if dir.exists() {
        let mut entries = std::fs::read_dir(dir)
            .with_context(|| format!("failed to read `{}`", dir.display()))?;
        if entries.next().is_some() {
            bail!("{} is not empty: choose a new folder", dir.display());
        }
    }
    std::fs::create_dir_all(dir)
        .with_context(|| format!("failed to create `{}`", dir.display()))?;
    for (rel, text) in FILES {
        crate::scaffold::write_new(dir, rel, text)?;
    }
    Ok(FILES.len())
}
