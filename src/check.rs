//! The checking pipeline shared by every command: load -> validate, with the date in force.
use crate::date::Date;
use crate::diag::{Diagnostic, Diagnostics};
use crate::model::Site;
use crate::validate::{self, AsOf, BodyLinks};
use anyhow::bail;
use std::path::{Path, PathBuf};

/// What a run is asked to do with a site.
#[derive(Clone, Debug)]
pub struct RunOptions {
    pub site: PathBuf,
    pub drafts: bool,
    pub as_of: Option<Date>,
    pub strict: bool,
}

/// A checked site: its records, the date in force, its findings (sorted) and body links.
pub struct Checked {
    pub site: Site,
    pub as_of: AsOf,
    pub findings: Vec<Diagnostic>,
    pub links: BodyLinks,
}

impl Checked {
    pub fn has_errors(&self) -> bool {
        self.findings
            .iter()
            .any(|d| d.level == crate::diag::Level::Error)
    }
}

/// Loads and validates the site; `Err` only for problems outside the content.
pub fn check(opts: &RunOptions) -> anyhow::Result<Checked> {
    if !opts.site.join("content/site.yaml").is_file() {
        bail!(
            "{} is not a ccpub site (no content/site.yaml)",
            opts.site.display()
        );
    }
    let mut diags = Diagnostics::default();
    let site = crate::load::load(&opts.site, &mut diags)?;
    let as_of = resolve_as_of(
        opts.as_of,
        &site,
        std::env::var("SOURCE_DATE_EPOCH").ok().as_deref(),
    );
    let links = validate::validate(&site, as_of, &mut diags);
    Ok(Checked {
        site,
        as_of,
        findings: diags.finish(opts.strict),
        links,
    })
}

/// The date "current" means: `--as-of`, site.yaml's `as_of`, `SOURCE_DATE_EPOCH`, today (UTC).
pub fn resolve_as_of(flag: Option<Date>, site: &Site, epoch: Option<&str>) -> AsOf {
    if let Some(date) = flag {
        return AsOf {
            date,
            site_pos: None,
        };
    }
    if let Some(a) = site.settings.as_ref().and_then(|s| s.as_of.as_ref()) {
        return AsOf {
            date: a.value,
            site_pos: Some(a.pos),
        };
    }
    let seconds = epoch
        .and_then(|e| e.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
            now.map_or(0, |d| d.as_secs() as i64)
        });
    AsOf {
        date: Date::from_days(seconds.div_euclid(86_400)),
        site_pos: None,
    }
}

/// The text of a file of the site, for quoting source lines in messages.
pub fn source_text(site: &Path, rel: &str) -> Option<String> {
    let bytes = std::fs::read(site.join(rel)).ok()?;
    if bytes.len() as u64 > crate::load::MAX_FILE {
        return None;
    }
    String::from_utf8(bytes).ok()
}
