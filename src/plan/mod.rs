//! Model -> the list of pages (URL, typed view) and files: every URL of SPEC §3.
//! Each section of the site is planned by a module of its own, from a read-only
//! context; the targets links may point at are taken from the finished pages.
mod council;
mod decisions;
mod elections;
mod groups;
mod guidelines;
mod members;
mod news;
mod pages;
pub(crate) use members::SITE_YAML;

use crate::date::Date;
use crate::key::Key;
use crate::markdown::{self, Rendered};
use crate::model::Site;
use crate::redline::Comparison;

/// A redline, shared between the cache and the pages that show it.
type Redline = std::sync::Arc<Comparison>;
use crate::urls;
use crate::views::{Link, SiteView, View, date};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// What a build will write.
pub struct Plan {
    pub site: SiteView,
    pub pages: Vec<PlannedPage>,
    /// Every URL of the build (pages, generated files, static files) and its anchors.
    pub targets: BTreeMap<String, BTreeSet<String>>,
    /// Markdown bodies by content path: the page URL they resolve against.
    pub bodies: BTreeMap<String, String>,
    /// Draft version pages left out of this build (without --drafts), with their anchors.
    pub draft_targets: BTreeMap<String, BTreeSet<String>>,
    /// The content paths of draft versions.
    pub draft_bodies: BTreeSet<String>,
    /// The site's languages, the default first.
    pub languages: crate::lang::Languages,
    /// The translations of record texts, by the original's path and language (see
    /// `text_in`).
    texts: HashMap<String, HashMap<crate::lang::Lang, TranslatedText>>,
}

/// A record's title and text in another language, rendered.
#[derive(Clone, Debug)]
pub struct TranslatedText {
    pub original_title: String,
    pub title: String,
    pub summary: Option<String>,
    pub body: std::sync::Arc<str>,
    /// The original changed since it was translated (T2).
    pub outdated: bool,
}

/// One HTML page: its URL, what it shows, and the anchors its content gives it.
pub struct PlannedPage {
    pub url: String,
    /// The content file the page comes from (for messages about it).
    pub source: String,
    pub title: String,
    /// Shared: a view kept between runs is handed on, and its key with it.
    pub view: std::sync::Arc<View>,
    pub anchors: Vec<String>,
    /// The Markdown record whose title and text the page shows, which a translation
    /// replaces in its language (SPEC §8).
    pub text: Option<String>,
    /// The theme's words for the page's title, for a page whose title is the
    /// theme's (a list, a region, a meeting) rather than a record's.
    pub title_key: Option<TitleWords>,
}

/// A message of the theme and its arguments (strings).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TitleWords {
    pub key: String,
    pub args: Vec<(&'static str, String)>,
}

impl Plan {
    /// The translation into `lang` of the record text at `path`, if it is shown.
    pub fn text_in(&self, path: &str, lang: &crate::lang::Lang) -> Option<&TranslatedText> {
        self.texts.get(path)?.get(lang)
    }

    /// The titles of the pages whose text has a translation in `lang`, by URL.
    pub fn titles_in(&self, lang: &crate::lang::Lang) -> BTreeMap<String, String> {
        self.pages
            .iter()
            .filter_map(|p| {
                let t = self.text_in(p.text.as_deref()?, lang)?;
                Some((p.url.clone(), t.title.clone()))
            })
            .collect()
    }
}

impl PlannedPage {
    /// A page at `url` (its text and title words unset).
    pub(crate) fn new(
        url: String,
        source: &str,
        title: &str,
        view: std::sync::Arc<View>,
        anchors: Vec<String>,
    ) -> PlannedPage {
        PlannedPage {
            url,
            source: source.to_string(),
            title: title.to_string(),
            view,
            anchors,
            text: None,
            title_key: None,
        }
    }

    /// The theme's template for the page.
    pub fn template(&self) -> &'static str {
        self.view.template()
    }
}

/// What the plan needs besides the records.
pub struct PlanOptions {
    pub as_of: Date,
    pub drafts: bool,
    pub base_url: Option<String>,
    /// Files of the theme's `static/` folder, relative to it.
    pub theme_files: Vec<String>,
    /// Links stay at the root whatever the path of the base URL (`serve`).
    pub at_root: bool,
}

/// What planning keeps between runs (nothing, for a one-shot run): rendered Markdown
/// by content path, redlines, the views of announcements.
#[derive(Default)]
pub struct PlanCache {
    keep: bool,
    /// The bodies of the last run, by path.
    bodies: std::sync::Mutex<HashMap<String, CachedBody>>,
    /// The announcements' views of the last run, by path.
    news: std::sync::Mutex<HashMap<String, news::KeptView>>,
    /// Redlines by the key of the two texts compared: the last run's, and this run's.
    redlines: std::sync::Mutex<(HashMap<Key, Redline>, HashMap<Key, Redline>)>,
}

impl PlanCache {
    pub fn keeping() -> PlanCache {
        PlanCache {
            keep: true,
            ..PlanCache::default()
        }
    }

    pub fn off() -> PlanCache {
        PlanCache::default()
    }

    /// The redline from `old` to `new` (the one of an earlier run when the texts are
    /// the same).
    pub(crate) fn compare(&self, old: &str, new: &str) -> Redline {
        if !self.keep {
            return Redline::new(crate::redline::compare(old, new));
        }
        let key = crate::key::texts(&[old, new], 0);
        let mut maps = self.redlines.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(c) = maps.0.get(&key).cloned() {
            maps.1.insert(key, c.clone());
            return c;
        }
        drop(maps);
        let c = Redline::new(crate::redline::compare(old, new));
        let mut maps = self.redlines.lock().unwrap_or_else(|e| e.into_inner());
        maps.1.insert(key, c.clone());
        c
    }

    /// Keeps this run's bodies for the next (nothing, for a one-shot run).
    fn keep_bodies(&self, bodies: HashMap<String, CachedBody>) {
        if self.keep {
            *self.bodies.lock().unwrap_or_else(|e| e.into_inner()) = bodies;
        }
    }

    /// This run's redlines become the ones kept (those no page asked for are dropped).
    fn settle(&self) {
        let mut maps = self.redlines.lock().unwrap_or_else(|e| e.into_inner());
        maps.0 = std::mem::take(&mut maps.1);
    }
}

/// A body rendered by an earlier run, with what it was rendered from: the text (the
/// same `Arc` while `serve` keeps the record), its page's URL and heading depth.
struct CachedBody {
    text: std::sync::Arc<str>,
    base: String,
    under: usize,
    rendered: Rendered,
}

impl CachedBody {
    fn made_from(&self, (_, text, base, under): &BodyJob) -> bool {
        // A kept record hands on its text: the same pointer is the same text.
        let same_text = std::sync::Arc::ptr_eq(&self.text, text) || *self.text == ***text;
        same_text && self.base == *base && self.under == *under
    }
}

/// What every section reads: the records, the options, and every body rendered.
pub(crate) struct Cx<'a> {
    pub site: &'a Site,
    pub opts: &'a PlanOptions,
    bodies: &'a HashMap<String, CachedBody>,
    cache: &'a PlanCache,
}

impl Cx<'_> {
    /// The rendered body of a record file.
    pub fn body(&self, path: &str) -> Rendered {
        self.bodies
            .get(path)
            .map(|c| c.rendered.clone())
            .unwrap_or_default()
    }

    /// The redline from one text to another.
    pub fn compare(&self, old: &str, new: &str) -> Redline {
        self.cache.compare(old, new)
    }

    pub fn as_of(&self) -> Date {
        self.opts.as_of
    }
}

/// What the sections plan: pages, and the draft versions left out of the build.
#[derive(Default)]
pub(crate) struct Planned {
    pub pages: Vec<PlannedPage>,
    pub draft_targets: BTreeMap<String, BTreeSet<String>>,
    pub draft_bodies: BTreeSet<String>,
}

impl Planned {
    /// Adds a page; its text and title words may be set on the page returned.
    pub fn page(
        &mut self,
        url: &str,
        source: &str,
        title: &str,
        view: View,
        anchors: Vec<String>,
    ) -> &mut PlannedPage {
        let view = std::sync::Arc::new(view);
        let page = PlannedPage::new(url.to_string(), source, title, view, anchors);
        self.pages.push(page);
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }
}

/// Every Markdown body of a site (and of its shown translations) rendered, by content
/// path; and the page URL each original resolves against.
pub struct Bodies {
    rendered: HashMap<String, CachedBody>,
    urls: BTreeMap<String, String>,
}

/// Renders every Markdown body of the site; bodies whose text and URL are those of a
/// run kept in `cache` are not rendered again. Once they are, the plan needs the
/// records' texts only for redlines (guideline versions).
pub fn bodies(site: &Site, cache: &PlanCache) -> Bodies {
    let mut jobs = body_urls(site);
    let languages = languages(site);
    let translated = translation_jobs(site, &languages, &jobs);
    let urls = jobs
        .iter()
        .map(|(path, _, url, _)| (path.to_string(), url.clone()))
        .collect();
    jobs.extend(translated);
    Bodies {
        rendered: render_bodies(&jobs, cache),
        urls,
    }
}

/// Plans every page of the site from its rendered `bodies`; `taken` are the URLs every
/// record file takes (read completely or not).
pub fn plan(
    site: &Site,
    bodies: Bodies,
    taken: &[String],
    opts: &PlanOptions,
    cache: &PlanCache,
) -> Plan {
    let languages = languages(site);
    let rendered = bodies.rendered;
    let cx = Cx {
        site,
        opts,
        bodies: &rendered,
        cache,
    };
    let mut out = sections(&cx);
    cache.settle();
    pages::translations(&cx, &mut out);
    pages::not_found(&mut out);
    for page in &mut out.pages {
        if page.title_key.is_none() {
            page.title_key = title_key(&page.url);
        }
    }
    let mut targets = targets(site, taken, opts, &out);
    add_languages(&mut targets, &out, &languages);
    let texts = translated_texts(site, &languages, &rendered, &out.pages);
    cache.keep_bodies(rendered);
    Plan {
        site: site_view(site, opts),
        pages: out.pages,
        targets,
        bodies: bodies.urls,
        draft_targets: out.draft_targets,
        draft_bodies: out.draft_bodies,
        languages,
        texts,
    }
}

/// A section of the site: what it plans reads only the records (never another
/// section's pages), so sections are planned in parallel.
type Section = fn(&Cx, &mut Planned);

/// The pages of every section, in this order whatever thread planned them.
fn sections(cx: &Cx) -> Planned {
    use rayon::prelude::*;
    const SECTIONS: [Section; 9] = [
        pages::home,
        members::plan,
        council::plan,
        decisions::plan,
        elections::plan,
        groups::plan,
        guidelines::plan,
        pages::free_pages,
        news::plan,
    ];
    let parts: Vec<Planned> = SECTIONS
        .par_iter()
        .map(|section| {
            let mut out = Planned::default();
            section(cx, &mut out);
            out
        })
        .collect();
    let mut out = Planned::default();
    for part in parts {
        out.pages.extend(part.pages);
        out.draft_targets.extend(part.draft_targets);
        out.draft_bodies.extend(part.draft_bodies);
    }
    out
}

fn languages(site: &Site) -> crate::lang::Languages {
    site.settings.as_ref().map_or_else(
        || crate::lang::Languages::one(crate::lang::Lang::parse("en").expect("a tag")),
        |s| s.languages.clone(),
    )
}

/// The translations that are shown: into one of the site's other languages, of a
/// record whose text a page shows (T1 and T3 findings are not shown).
fn shown_translations<'a>(
    site: &'a Site,
    langs: &'a crate::lang::Languages,
) -> impl Iterator<Item = (&'a crate::model::Translation, crate::lang::Lang, bool)> {
    site.translations.iter().filter_map(move |t| {
        let lang = crate::lang::Lang::parse(&t.lang).filter(|l| langs.is_other(l))?;
        Some((t, lang, t.outdated()?))
    })
}

/// A body job for each shown translation, against its original's page URL.
fn translation_jobs<'a>(
    site: &'a Site,
    langs: &'a crate::lang::Languages,
    jobs: &[BodyJob<'a>],
) -> Vec<BodyJob<'a>> {
    shown_translations(site, langs)
        .filter_map(|(t, _, _)| {
            let (_, _, url, under) = jobs.iter().find(|j| j.0 == t.original)?;
            Some((t.path.as_str(), &t.body.text, url.clone(), *under))
        })
        .collect()
}

/// The shown translations of the texts pages show, rendered, by original and language.
fn translated_texts(
    site: &Site,
    langs: &crate::lang::Languages,
    rendered: &HashMap<String, CachedBody>,
    pages: &[PlannedPage],
) -> HashMap<String, HashMap<crate::lang::Lang, TranslatedText>> {
    let titles: HashMap<&str, &str> = pages
        .iter()
        .filter_map(|p| p.text.as_deref().map(|t| (t, p.title.as_str())))
        .collect();
    shown_translations(site, langs)
        .filter_map(|(t, lang, outdated)| {
            let original_title = titles.get(t.original.as_str())?;
            let text = TranslatedText {
                original_title: crate::model::translations::texts(site)
                    .into_iter()
                    .find(|x| x.path == t.original)
                    .map(|x| x.title)
                    .unwrap_or(original_title)
                    .to_string(),
                title: t.title.clone(),
                summary: t.summary.clone(),
                body: rendered
                    .get(&t.path)
                    .map_or_else(|| std::sync::Arc::from(""), |c| c.rendered.html.clone()),
                outdated,
            };
            Some((t.original.clone(), lang, text))
        })
        .fold(HashMap::new(), |mut all, (original, lang, text)| {
            all.entry(original)
                .or_insert_with(HashMap::new)
                .insert(lang, text);
            all
        })
}

/// Every URL a link may name, with its anchors: the planned pages, the generated
/// files, the URLs record files take, static files.
fn targets(
    site: &Site,
    taken: &[String],
    opts: &PlanOptions,
    out: &Planned,
) -> BTreeMap<String, BTreeSet<String>> {
    let mut targets: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for page in &out.pages {
        let anchors = targets.entry(page.url.clone()).or_default();
        anchors.extend(page.anchors.iter().cloned());
    }
    for file in urls::FILES.iter().chain([&urls::ROBOTS]) {
        targets.entry(file.to_string()).or_default();
    }
    for url in taken {
        if !out.draft_targets.contains_key(url) {
            targets.entry(url.clone()).or_default();
        }
    }
    for file in opts.theme_files.iter().chain(&site.statics) {
        targets.entry(urls::static_file(file)).or_default();
    }
    targets
}

/// The theme's word for the title of a page of the theme's own (a list, a region).
fn title_key(url: &str) -> Option<TitleWords> {
    let key = match url {
        urls::MEMBERS => "title-members",
        urls::MEMBERS_BY_REGION => "title-members-by-region",
        urls::MEMBERS_FORMER => "title-members-former",
        urls::MEMBERS_GROWTH => "title-members-growth",
        urls::APPLICATIONS => "title-applications",
        urls::COUNCIL => "title-council",
        urls::MEETINGS => "title-meetings",
        urls::RESOLUTIONS => "title-resolutions",
        urls::ELECTIONS => "title-elections",
        urls::VOTES => "title-votes",
        urls::WORKING_GROUPS => "title-working-groups",
        urls::GUIDELINES => "title-guidelines",
        urls::NEWS => "title-news",
        urls::NOT_FOUND => "title-not-found",
        urls::TRANSLATIONS => "translations-title",
        _ => {
            let region = crate::model::Region::ALL
                .iter()
                .find(|r| urls::region(**r) == url)?;
            let key = format!("region-{}", region.id());
            return Some(TitleWords { key, args: vec![] });
        }
    };
    Some(TitleWords {
        key: key.to_string(),
        args: vec![],
    })
}

/// Every page, and the feed, again in each language other than the default.
fn add_languages(
    targets: &mut BTreeMap<String, BTreeSet<String>>,
    out: &Planned,
    langs: &crate::lang::Languages,
) {
    for lang in langs.others() {
        for page in &out.pages {
            let anchors = targets
                .entry(urls::in_language(lang, false, &page.url))
                .or_default();
            anchors.extend(page.anchors.iter().cloned());
        }
        targets.entry(urls::atom_in(lang, false)).or_default();
    }
    if !langs.others().is_empty() {
        targets
            .entry(urls::TRANSLATIONS_JSON.to_string())
            .or_default();
    }
}

fn site_view(site: &Site, opts: &PlanOptions) -> SiteView {
    let settings = site.settings.as_ref();
    let link = |url: &str, label: &str| Link {
        url: url.to_string(),
        label: label.to_string(),
    };
    let mut nav: Vec<Link> = [
        (urls::MEMBERS, "nav-members"),
        (urls::COUNCIL, "nav-council"),
        (urls::WORKING_GROUPS, "nav-working-groups"),
        (urls::GUIDELINES, "nav-guidelines"),
        (urls::ELECTIONS, "nav-elections"),
        (urls::NEWS, "nav-news"),
    ]
    .iter()
    .map(|(url, label)| link(url, label))
    .collect();
    if site.pages.iter().any(|p| p.slug == "about") {
        nav.push(link(&urls::page("about"), "nav-about"));
    }
    let mut weighted: Vec<_> = site
        .pages
        .iter()
        .filter_map(|p| p.weight.map(|w| (w, &p.slug, &p.title)))
        .collect();
    weighted.sort();
    let base_url = opts
        .base_url
        .clone()
        .or_else(|| settings.map(|s| s.base_url.clone()))
        .unwrap_or_default();
    SiteView {
        title: settings.map_or_else(String::new, |s| s.title.clone()),
        base_path: if opts.at_root {
            String::new()
        } else {
            urls::base_path(&base_url)
        },
        base_url,
        language: settings.map_or_else(|| "en".into(), |s| s.language.clone()),
        as_of: date(opts.as_of),
        nav,
        menu: weighted
            .into_iter()
            .map(|(_, slug, title)| link(&urls::page(slug), title))
            .collect(),
        drafts: opts.drafts,
        partial: settings.is_some_and(|s| s.partial),
    }
}

/// A Markdown body to render: content path, text, the URL of its page, and how many
/// headings of the page it is shown under.
type BodyJob<'a> = (&'a str, &'a std::sync::Arc<str>, String, usize);

/// Every Markdown body with the URL of its page (a charter is shown under the group
/// page's "Charter" heading).
fn body_urls(site: &Site) -> Vec<BodyJob<'_>> {
    let mut jobs: Vec<BodyJob> = Vec::new();
    for g in &site.groups {
        jobs.push((&g.path, &g.body.text, urls::working_group(&g.id), 1));
    }
    for g in &site.guidelines {
        for v in &g.versions {
            jobs.push((
                &v.path,
                &v.body.text,
                urls::version(&g.slug, &v.version.value),
                0,
            ));
        }
    }
    for p in &site.pages {
        jobs.push((&p.path, &p.body.text, urls::page(&p.slug), 0));
    }
    for n in &site.news {
        jobs.push((&n.path, &n.body.text, urls::news_item(&n.slug), 0));
    }
    for v in &site.votes {
        if let Some(t) = &v.text {
            // The proposal is shown under the page's "The proposal" heading.
            jobs.push((&t.path, &t.body.text, urls::vote(&v.slug), 1));
        }
    }
    for m in &site.meetings {
        // The minutes are shown under the page's "Minutes" heading.
        jobs.push((&m.path, &m.body.text, urls::meeting(m.number.value), 1));
    }
    jobs
}

/// Every Markdown body rendered against its page's URL, in parallel, by content path.
fn render_bodies(jobs: &[BodyJob], cache: &PlanCache) -> HashMap<String, CachedBody> {
    use rayon::prelude::*;
    let old = std::mem::take(&mut *cache.bodies.lock().unwrap_or_else(|e| e.into_inner()));
    jobs.par_iter()
        .map(|job| {
            let (path, text, base, under) = job;
            let rendered = match old.get(*path) {
                Some(c) if c.made_from(job) => c.rendered.clone(),
                _ => markdown::to_html_under(text, base, *under),
            };
            let body = CachedBody {
                text: std::sync::Arc::clone(text),
                base: base.clone(),
                under: *under,
                rendered,
            };
            (path.to_string(), body)
        })
        .collect()
}
