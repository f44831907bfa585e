//! The pipeline every command shares: load -> validate -> plan -> (render) -> findings.
use crate::date::Date;
use crate::diag::{Diagnostic, Diagnostics};
use crate::model::Site;
use crate::plan::{Plan, PlanOptions};
use crate::render::Theme;
use crate::validate::{self, AsOf};
use anyhow::bail;
use std::path::{Path, PathBuf};

/// What a run is asked to do with a site.
#[derive(Clone, Debug)]
pub struct RunOptions {
    pub site: PathBuf,
    pub drafts: bool,
    pub as_of: Option<Date>,
    pub strict: bool,
    /// Overrides `base_url` of site.yaml.
    pub base_url: Option<String>,
}

/// A checked (and, for a build, rendered) site with every finding of the run, sorted.
pub struct Checked {
    pub site: Site,
    pub as_of: AsOf,
    pub plan: Plan,
    pub findings: Vec<Diagnostic>,
    /// With rendering: the theme.
    pub theme: Option<Theme>,
}

/// Where rendered pages go as they are made: `(output path, HTML)`, from many threads.
pub type PageSink<'a> = &'a (dyn Fn(&str, String) -> anyhow::Result<()> + Sync);

impl Checked {
    pub fn has_errors(&self) -> bool {
        self.findings
            .iter()
            .any(|d| d.level == crate::diag::Level::Error)
    }
}

/// Loads, validates and plans the site, checking its Markdown links; with a `sink`,
/// also renders every page through the theme into it and checks the links templates
/// write. `Err` only for problems outside the content (no site, unreadable folder,
/// broken theme, a sink that fails).
pub fn check(opts: &RunOptions, sink: Option<PageSink>) -> anyhow::Result<Checked> {
    check_with(opts, sink, None)
}

/// What `serve` keeps between rebuilds. A cached result is used only when everything
/// it was made from is equal (the text and URL of a body; the templates and the whole
/// context of a page), so a rebuild gives the same site as a full build.
#[derive(Default)]
pub struct Caches {
    pub records: crate::load::LoadCache,
    pub markdown: crate::plan::MarkdownCache,
    pub pages: PageCache,
}

/// Rendered pages kept between builds, by URL.
pub type PageCache = std::sync::Mutex<std::collections::HashMap<String, CachedPage>>;

/// A rendered page, with the key of what it was rendered from.
pub struct CachedPage {
    key: u64,
    html: String,
    scanned: crate::links::Scanned,
}

/// `check`, reusing the work of an earlier run kept in `caches`.
pub fn check_with(
    opts: &RunOptions,
    sink: Option<PageSink>,
    caches: Option<&Caches>,
) -> anyhow::Result<Checked> {
    let render = sink.is_some();
    ensure_site(&opts.site)?;
    let mut diags = Diagnostics::default();
    let mut timer = Timer::start();
    let site = crate::load::load_with(&opts.site, &mut diags, caches.map(|c| &c.records))?;
    timer.lap("load");
    let as_of = resolve_as_of(
        opts.as_of,
        &site,
        std::env::var("SOURCE_DATE_EPOCH").ok().as_deref(),
    );
    validate::validate(&site, as_of, &mut diags);
    timer.lap("validate");
    // `check` reads the theme as `build` does, so both report the same findings.
    let theme = Theme::load(
        &opts.site,
        site.settings.as_ref().and_then(|s| s.theme.as_deref()),
        &mut diags,
    )?;
    let plan_opts = PlanOptions {
        as_of: as_of.date,
        drafts: opts.drafts,
        base_url: opts.base_url.clone(),
        theme_files: theme.static_paths(),
    };
    let mut plan = crate::plan::plan_with(&site, &plan_opts, caches.map(|c| &c.markdown));
    timer.lap("plan");
    let scans = match sink {
        Some(sink) => render_pages(&theme, &mut plan, sink, caches.map(|c| &c.pages))?,
        None => Vec::new(),
    };
    timer.lap("render");
    check_links(&site, &plan, &scans, &mut diags);
    timer.lap("links");
    Ok(Checked {
        site,
        as_of,
        plan,
        findings: diags.finish(opts.strict),
        theme: render.then_some(theme),
    })
}

/// `Err` unless `site` holds `content/site.yaml`: the first thing every command that
/// reads a site checks.
pub fn ensure_site(site: &Path) -> anyhow::Result<()> {
    if !site.join("content/site.yaml").is_file() {
        bail!(
            "{} is not a ccpub site (no content/site.yaml)",
            site.display()
        );
    }
    Ok(())
}

/// Renders every page into `sink`, in parallel; the ids found in each page become its
/// anchors, and its links are returned for the link check.
fn render_pages(
    theme: &Theme,
    plan: &mut Plan,
    sink: PageSink,
    cache: Option<&PageCache>,
) -> anyhow::Result<Vec<crate::links::Scanned>> {
    use rayon::prelude::*;
    let old = cache
        .map(|c| std::mem::take(&mut *c.lock().unwrap_or_else(|e| e.into_inner())))
        .unwrap_or_default();
    let rendered: Vec<(crate::links::Scanned, Option<CachedPage>)> = plan
        .pages
        .par_iter()
        .map(|page| {
            let key = cache.map(|_| theme.page_key(&plan.site, page));
            let (html, scanned) = match (key, old.get(&page.url)) {
                (Some(k), Some(c)) if c.key == k => (c.html.clone(), c.scanned.clone()),
                _ => {
                    let html = theme.render(&plan.site, page)?;
                    let scanned = crate::links::scan(&html);
                    (html, scanned)
                }
            };
            let kept = key.map(|key| CachedPage {
                key,
                html: html.clone(),
                scanned: scanned.clone(),
            });
            sink(&crate::urls::output_path(&page.url), html)?;
            Ok((scanned, kept))
        })
        .collect::<anyhow::Result<_>>()?;
    let mut scans = Vec::with_capacity(rendered.len());
    let mut fresh = std::collections::HashMap::new();
    for (page, (mut scanned, kept)) in plan.pages.iter().zip(rendered) {
        if let Some(kept) = kept {
            fresh.insert(page.url.clone(), kept);
        }
        let ids = std::mem::take(&mut scanned.ids);
        plan.targets
            .entry(page.url.clone())
            .or_default()
            .extend(ids);
        scans.push(scanned);
    }
    if let Some(cache) = cache {
        *cache.lock().unwrap_or_else(|e| e.into_inner()) = fresh;
    }
    Ok(scans)
}

/// L1: the links of Markdown bodies, then those of rendered pages (in parallel).
fn check_links(site: &Site, plan: &Plan, scans: &[crate::links::Scanned], diags: &mut Diagnostics) {
    use rayon::prelude::*;
    let seen = crate::links::check_bodies(&site.body_links, plan, diags);
    let found: Vec<Diagnostics> = plan
        .pages
        .par_iter()
        .zip(scans)
        .map(|(page, scanned)| {
            let mut d = Diagnostics::default();
            crate::links::check_rendered(&scanned.links, page, plan, &seen, &mut d);
            d
        })
        .collect();
    found.into_iter().for_each(|d| diags.extend(d));
}

/// Today's date in UTC (`SOURCE_DATE_EPOCH` when set, for reproducible runs).
pub fn today() -> Date {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|e| e.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
            now.map_or(0, |d| d.as_secs() as i64)
        });
    Date::from_days(seconds.div_euclid(86_400))
}

/// The date "current" means: `--as-of`, site.yaml's `as_of`, `SOURCE_DATE_EPOCH`, today (UTC).
pub fn resolve_as_of(flag: Option<Date>, site: &Site, epoch: Option<&str>) -> AsOf {
    if let Some(date) = flag {
        return AsOf {
            date,
            site_pos: None,
            known: true,
        };
    }
    if let Some(a) = site.settings.as_ref().and_then(|s| s.as_of.as_ref()) {
        return AsOf {
            date: a.value,
            site_pos: Some(a.pos),
            known: true,
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
        known: !site.settings.as_ref().is_some_and(|s| s.as_of_unreadable),
    }
}

/// The text of a file of the site, for quoting source lines in messages.
pub fn source_text(site: &Path, rel: &str) -> Option<String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    crate::fsx::open_regular(&site.join(rel))
        .ok()?
        .take(crate::load::MAX_FILE + 1)
        .read_to_end(&mut bytes)
        .ok()?;
    if bytes.len() as u64 > crate::load::MAX_FILE {
        return None;
    }
    String::from_utf8(bytes).ok()
}

/// Phase timings on stderr when `CCPUB_TIMINGS` is set (for profiling).
pub struct Timer {
    last: std::time::Instant,
    on: bool,
}

impl Timer {
    pub fn start() -> Timer {
        Timer {
            last: std::time::Instant::now(),
            on: std::env::var_os("CCPUB_TIMINGS").is_some(),
        }
    }

    pub fn lap(&mut self, label: &str) {
        if self.on {
            eprintln!(
                "timing: {label}: {:.1} ms",
                self.last.elapsed().as_secs_f64() * 1000.0
            );
        }
        self.last = std::time::Instant::now();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Pos;
    use crate::model::{At, Settings};

    fn site_with(as_of: Option<Date>) -> Site {
        let settings = Settings {
            title: "T".into(),
            base_url: "https://x.org".into(),
            language: "en".into(),
            theme: None,
            as_of: as_of.map(|d| At {
                value: d,
                pos: Pos { line: 3, col: 8 },
            }),
            as_of_unreadable: false,
            news_per_page: 20,
            notice: None,
        };
        Site {
            settings: Some(settings),
            ..Site::default()
        }
    }

    #[test]
    fn as_of_is_the_flag_then_site_yaml_then_source_date_epoch_then_today() {
        let (flag, file) = (Date::ymd(2020, 1, 2), Date::ymd(2011, 10, 7));
        let a = resolve_as_of(Some(flag), &site_with(Some(file)), Some("0"));
        assert_eq!((a.date, a.site_pos), (flag, None));
        let a = resolve_as_of(None, &site_with(Some(file)), Some("0"));
        assert_eq!((a.date, a.site_pos), (file, Some(Pos { line: 3, col: 8 })));
        let a = resolve_as_of(None, &site_with(None), Some("1700000000"));
        assert_eq!((a.date, a.site_pos), (Date::ymd(2023, 11, 14), None));
        let a = resolve_as_of(None, &site_with(None), None);
        assert!(a.date >= Date::ymd(2026, 1, 1) && a.site_pos.is_none());
    }
}
