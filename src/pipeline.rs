//! The pipeline every command shares: load -> validate -> plan -> (render) -> findings.
use crate::date::Date;
use crate::diag::{Diagnostic, Diagnostics};
use crate::keep::Keeper;
use crate::lang::Lang;
use crate::model::Site;
use crate::plan::{Plan, PlanOptions};
use crate::render::Theme;
use crate::validate::{self, AsOf};
use anyhow::bail;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What a run is asked to do with a site.
#[derive(Clone, Debug)]
pub struct RunOptions {
    pub site: PathBuf,
    pub drafts: bool,
    pub as_of: Option<Date>,
    pub strict: bool,
    /// Overrides `base_url` of site.yaml.
    pub base_url: Option<String>,
    /// Links stay at the root whatever the path of the base URL (`serve`).
    pub at_root: bool,
}

impl RunOptions {
    /// Reading a site's records as `check` does, drafts included (for the commands
    /// that work on them: `diff`, `translations`).
    pub fn reading(site: &Path) -> RunOptions {
        RunOptions {
            site: site.to_path_buf(),
            drafts: true,
            as_of: None,
            strict: false,
            base_url: None,
            at_root: true,
        }
    }
}

/// A checked (and, for a build, rendered) site with every finding of the run, sorted.
pub struct Checked {
    pub site: Site,
    pub as_of: AsOf,
    pub plan: Plan,
    pub findings: Vec<Diagnostic>,
    /// The theme, read by every run (its static files are part of a build).
    pub theme: Theme,
    /// The results of the site's elections and votes, counted once.
    pub tallies: crate::tally::Tallies,
}

/// A rendered page's bytes, shared: a page kept between runs is handed on, not copied.
pub type PageBytes = std::sync::Arc<Vec<u8>>;

/// Where rendered pages go as they are made: `(output path, HTML)`, from many threads.
pub type PageSink<'a> = &'a (dyn Fn(&str, PageBytes) -> anyhow::Result<()> + Sync);

impl Checked {
    pub fn has_errors(&self) -> bool {
        self.findings
            .iter()
            .any(|d| d.level == crate::diag::Level::Error)
    }
}

/// One site's pipeline and the work it keeps between runs. A one-shot command makes
/// one and runs it once; `serve` makes one that keeps its caches and runs it after
/// every change: the difference is only the pipeline's lifetime. A cached result is
/// used only when everything it was made from is equal (a file's bytes; the text and
/// URL of a body; the templates and the whole context of a page), so every run gives
/// the same site as a fresh one.
pub struct Pipeline {
    opts: RunOptions,
    records: crate::load::LoadCache,
    keep: Keepers,
}

/// What a pipeline keeps between runs besides records, each a `Keeper` (see `keep`):
/// the compiled theme, the plan's bodies, redlines and sections, the rendered pages,
/// and the links of each page the check must look at.
struct Keepers {
    theme: crate::render::ThemeKeeper,
    plan: crate::plan::PlanKeepers,
    pages: Keeper<RenderedPage>,
    unsure: Keeper<Arc<Vec<String>>>,
}

impl Keepers {
    fn new(on: bool) -> Keepers {
        Keepers {
            theme: Keeper::new(on),
            plan: crate::plan::PlanKeepers::new(on),
            pages: Keeper::new(on),
            unsure: Keeper::new(on),
        }
    }

    /// Ends a run: what it did not ask for is dropped.
    fn settle(&self) {
        self.theme.settle();
        self.plan.settle();
        self.pages.settle();
        self.unsure.settle();
    }
}

impl Pipeline {
    /// A pipeline for one run; `Err` unless SITE is a ccpub site (the first thing
    /// every command that reads a site checks).
    pub fn new(opts: RunOptions) -> anyhow::Result<Pipeline> {
        ensure_site(&opts.site)?;
        Ok(Pipeline {
            opts,
            records: crate::load::LoadCache::off(),
            keep: Keepers::new(false),
        })
    }

    /// A pipeline that keeps its work between runs (for `serve`).
    pub fn keeping(opts: RunOptions) -> anyhow::Result<Pipeline> {
        Ok(Pipeline {
            records: crate::load::LoadCache::keeping(),
            keep: Keepers::new(true),
            ..Pipeline::new(opts)?
        })
    }

    /// Tells the next run which files changed since the last (relative to the site;
    /// `None`: unknown): the records of other files it kept are taken without
    /// stamping their files (`serve`, from the watcher's events).
    pub fn changed_files(&self, files: Option<crate::key::FastSet<String>>) {
        self.records.changed_files(files);
    }

    pub fn options(&self) -> &RunOptions {
        &self.opts
    }

    /// Loads, validates and plans the site and checks its Markdown links. `Err` only for
    /// problems outside the content (an unreadable folder, a broken theme).
    pub fn check(&self) -> anyhow::Result<Checked> {
        self.run(None)
    }

    /// `check`, and renders every page through the theme into `sink`, checking the
    /// links templates write; `Err` also when the sink fails.
    pub fn render(&self, sink: PageSink) -> anyhow::Result<Checked> {
        self.run(Some(sink))
    }

    /// The site's theme, compiled while the Markdown bodies render (both only read).
    /// `check` reads the theme as `build` does, so both report the same findings.
    fn theme_and_bodies(
        &self,
        site: &crate::model::Site,
        diags: &mut Diagnostics,
    ) -> anyhow::Result<(Theme, crate::plan::Bodies)> {
        let theme_name = site.settings.as_ref().and_then(|s| s.theme.as_deref());
        let languages = site.settings.as_ref().map_or_else(
            || crate::lang::Languages::one(crate::lang::Lang::parse("en").expect("a tag")),
            |s| s.languages.clone(),
        );
        let keep = &self.keep;
        let (theme, bodies) = rayon::join(
            || {
                let mut found = Diagnostics::default();
                let theme = Theme::load(
                    &self.opts.site,
                    theme_name,
                    &languages,
                    &keep.theme,
                    &mut found,
                );
                theme.map(|t| (t, found))
            },
            || crate::plan::bodies(site, &keep.plan),
        );
        let (theme, found) = theme?;
        diags.extend(found);
        Ok((theme, bodies))
    }

    fn run(&self, sink: Option<PageSink>) -> anyhow::Result<Checked> {
        let opts = &self.opts;
        let mut diags = Diagnostics::default();
        let mut timer = crate::timing::Timer::start();
        let loaded = crate::load::load(&opts.site, &mut diags, &self.records)?;
        timer.lap("load");
        let (mut site, index) = (loaded.site, loaded.index);
        let epoch = std::env::var("SOURCE_DATE_EPOCH").ok();
        let as_of = resolve_as_of(opts.as_of, &site, epoch.as_deref());
        let tallies = crate::tally::Tallies::of(&site);
        validate::validate(&site, &tallies, &index, as_of, &mut diags);
        timer.lap("validate");
        let (theme, bodies) = self.theme_and_bodies(&site, &mut diags)?;
        let keep = &self.keep;
        timer.lap("theme and Markdown");
        let plan_opts = PlanOptions {
            as_of: as_of.date,
            drafts: opts.drafts,
            base_url: opts.base_url.clone(),
            theme_files: theme.static_paths(),
            at_root: opts.at_root,
        };
        if sink.is_some() && !self.records.keeps() {
            // A one-shot build needs the rendered HTML only from here on (and the
            // texts of guideline versions, for redlines).
            site.forget_texts();
        }
        let plan = crate::plan::plan(
            &site,
            &tallies,
            bodies,
            &index.record_urls,
            &plan_opts,
            &keep.plan,
        );
        timer.lap("plan");
        let scans = match sink {
            Some(sink) => render_pages(&theme, &plan, sink, keep)?,
            None => Vec::new(),
        };
        timer.lap("render");
        check_links(&index, &plan, &scans, &mut diags);
        timer.lap("links");
        keep.settle();
        Ok(Checked {
            site,
            as_of,
            plan,
            findings: diags.finish(opts.strict),
            theme,
            tallies,
        })
    }
}

/// A page rendered in one language, and its links.
#[derive(Clone)]
struct RenderedPage {
    html: PageBytes,
    scanned: Arc<crate::links::Scanned>,
}

/// A path as a shell word: quoted unless made of safe characters only.
fn shell_word(s: &str) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || "/._-+:@%".contains(c);
    if !s.is_empty() && s.chars().all(safe) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// `Err` unless `site` holds `content/site.yaml`.
pub fn ensure_site(site: &Path) -> anyhow::Result<()> {
    if !site.join("content/site.yaml").is_file() {
        bail!(
            "{} is not a ccpub site (no content/site.yaml)\n  to start a new site there: ccpub init {}",
            site.display(),
            shell_word(&site.display().to_string())
        );
    }
    Ok(())
}

/// Renders every page in every language into `sink`, in parallel (each page whose key
/// is kept reused); returns each page's ids and links in the default language, for
/// the link check (a page in another language has the same links, pointed at that
/// language's pages).
fn render_pages(
    theme: &Theme,
    plan: &Plan,
    sink: PageSink,
    keep: &Keepers,
) -> anyhow::Result<Vec<crate::links::PageLinks>> {
    use rayon::prelude::*;
    let langs = plan.languages.all();
    let titles: HashMap<&Lang, _> = langs.iter().map(|l| (l, plan.titles_in(l))).collect();
    let run = Run {
        theme,
        plan,
        page_urls: plan.pages.iter().map(|p| p.url.as_str()).collect(),
        known: crate::links::Known::new(plan),
        keys: keep.pages.keeps().then(|| RunKeys::new(plan, &titles)),
        keep,
    };
    let jobs: Vec<(usize, &Lang)> = (0..plan.pages.len())
        .flat_map(|i| langs.iter().map(move |l| (i, l)))
        .collect();
    let rendered: Vec<Option<crate::links::PageLinks>> = jobs
        .par_iter()
        .map(|&(i, lang)| {
            let page = &plan.pages[i];
            let in_lang = crate::render::InLanguage {
                lang,
                languages: &plan.languages,
                text: page.text.as_ref().and_then(|t| plan.text_in(t, lang)),
                titles: &titles[lang],
            };
            run.page(i, &in_lang, sink)
        })
        .collect::<anyhow::Result<_>>()?;
    Ok(rendered.into_iter().flatten().collect())
}

/// What rendering every page of a run shares.
struct Run<'a> {
    theme: &'a Theme,
    plan: &'a Plan,
    page_urls: crate::key::FastSet<&'a str>,
    known: crate::links::Known<'a>,
    /// The parts of page keys, for a pipeline that keeps pages.
    keys: Option<RunKeys<'a>>,
    keep: &'a Keepers,
}

impl Run<'_> {
    /// Page `i` in a language, into the sink: rendered, or kept from the last run when
    /// its key is the same; its links in the default language.
    fn page(
        &self,
        i: usize,
        in_lang: &crate::render::InLanguage,
        sink: PageSink,
    ) -> anyhow::Result<Option<crate::links::PageLinks>> {
        let page = &self.plan.pages[i];
        let url = crate::urls::in_language(in_lang.lang, in_lang.is_default(), &page.url);
        let key = self
            .keys
            .as_ref()
            .map_or(0, |k| k.page(self.theme, i, in_lang));
        let made = self.keep.pages.try_get(
            || key,
            || {
                let (html, scanned) =
                    render_one(self.theme, self.plan, page, in_lang, &self.page_urls)?;
                let html = PageBytes::new(html.into_bytes());
                anyhow::Ok(RenderedPage {
                    html,
                    scanned: Arc::new(scanned),
                })
            },
        )?;
        sink(&crate::urls::output_path(&url), made.html)?;
        // The check takes the links not already known to be sound, in the default
        // language (a page in another has the same links, pointed at that language's
        // pages); which those are depends on the plan's targets too.
        let targets = self.keys.as_ref().map_or(0, |k| k.targets);
        let unsure = || {
            let links = crate::links::keep_unsure(made.scanned.clone(), &page.url, &self.known);
            links.unsure
        };
        let links = in_lang.is_default().then(|| {
            let unsure = self
                .keep
                .unsure
                .get(|| crate::key::of(&(key, targets)), unsure);
            // What the check needs of the page besides: its ids (a page kept for the
            // next run keeps its links too, the next plan may lack a target).
            let scan = match self.keep.pages.keeps() {
                true => made.scanned.clone(),
                false => Arc::new(crate::links::Scanned {
                    ids: made.scanned.ids.clone(),
                    links: Vec::new(),
                }),
            };
            crate::links::PageLinks { scan, unsure }
        });
        Ok(links)
    }
}

/// The parts of every page key that a run computes once: what every page shares, each
/// page's view (the same in every language), what each language shares.
struct RunKeys<'a> {
    plan: &'a Plan,
    /// The plan's pages, files and anchors, which links are checked against.
    targets: crate::key::Key,
    site: crate::key::Key,
    views: Vec<crate::key::Key>,
    langs: HashMap<&'a Lang, crate::key::Key>,
}

impl<'a> RunKeys<'a> {
    fn new(
        plan: &'a Plan,
        titles: &HashMap<&'a Lang, std::collections::BTreeMap<String, String>>,
    ) -> RunKeys<'a> {
        use rayon::prelude::*;
        let langs = plan.languages.all().iter().map(|l| {
            let in_lang = crate::render::InLanguage {
                lang: l,
                languages: &plan.languages,
                text: None,
                titles: &titles[l],
            };
            (l, Theme::lang_key(&in_lang))
        });
        RunKeys {
            plan,
            targets: crate::links::targets_key(plan),
            site: Theme::site_key(&plan.site, &plan.pages),
            views: plan.pages.par_iter().map(|p| p.view_key()).collect(),
            langs: langs.collect(),
        }
    }

    fn page(&self, theme: &Theme, i: usize, lang: &crate::render::InLanguage) -> crate::key::Key {
        let page = &self.plan.pages[i];
        theme.page_key(
            self.site,
            page,
            self.views[i],
            (self.langs[lang.lang], lang),
        )
    }
}

/// One page in one language: its HTML (links under the base path and, in another
/// language than the default, pointed at that language's pages) and its scanned links.
fn render_one(
    theme: &Theme,
    plan: &Plan,
    page: &crate::plan::PlannedPage,
    lang: &crate::render::InLanguage,
    page_urls: &crate::key::FastSet<&str>,
) -> anyhow::Result<(String, crate::links::Scanned)> {
    let html = theme.render(&plan.site, page, lang)?;
    // Links are checked as site paths (in the default language's pages: the others
    // have the same links), then written under the base path.
    let (html, scanned) = match lang.is_default() {
        true => {
            let scanned = crate::links::scan(&html);
            (html, scanned)
        }
        false => {
            let html = crate::urls::localize_links(&html, lang.lang, page_urls);
            (html, crate::links::Scanned::default())
        }
    };
    let html = match plan.site.base_path.as_str() {
        "" => html,
        base => crate::urls::with_base_path(&html, base),
    };
    Ok((html, scanned))
}

/// L1: the links of Markdown bodies, then those of rendered pages (in parallel).
fn check_links(
    index: &crate::load::Index,
    plan: &Plan,
    scans: &[crate::links::PageLinks],
    diags: &mut Diagnostics,
) {
    use rayon::prelude::*;
    let targets = crate::links::LinkIndex::new(plan, scans);
    let seen = crate::links::check_bodies(&index.body_links, &targets, diags);
    let found: Vec<Diagnostics> = plan
        .pages
        .par_iter()
        .zip(scans)
        .map(|(page, scanned)| {
            let mut d = Diagnostics::default();
            crate::links::check_rendered(&scanned.unsure, page, &targets, &seen, &mut d);
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
            languages: crate::lang::Languages::one(crate::lang::Lang::parse("en").unwrap()),
            theme: None,
            as_of: as_of.map(|d| At {
                value: d,
                pos: Pos { line: 3, col: 8 },
            }),
            as_of_unreadable: false,
            news_per_page: 20,
            data_licence: None,
            notice: None,
            partial: false,
            counts: Vec::new(),
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
