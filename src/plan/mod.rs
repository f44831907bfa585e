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
mod page;
mod pages;
pub(crate) use members::SITE_YAML;
use page::{Cx, Made, Planned, Redline, redline_key};
pub use page::{PlanOptions, PlannedPage, Title, TranslatedText};

use crate::keep::Keeper;
use crate::key::FastMap as HashMap;
use crate::key::Key;
use crate::markdown::{self, Rendered};
use crate::model::{Body, Site};
use crate::urls;
use crate::views::{Link, SiteView, View, date};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// What a build will write.
pub struct Plan {
    pub site: SiteView,
    pub pages: Vec<Arc<PlannedPage>>,
    /// Every URL of the build (pages, generated files, static files) and its anchors.
    pub targets: Arc<BTreeMap<String, BTreeSet<String>>>,
    /// The key of what `targets` is made from (0 unless the plan's keepers keep).
    pub targets_key: Key,
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

/// What planning keeps between runs (nothing, for a one-shot run), each a `Keeper`:
/// rendered Markdown bodies, redlines, and the sections whose inputs are declared.
pub struct PlanKeepers {
    bodies: Keeper<Arc<Rendered>>,
    redlines: Keeper<Redline>,
    /// The announcements' pages, by their declared keys.
    news: Keeper<Arc<PlannedPage>>,
    /// Every URL a link may name, with its anchors.
    targets: Keeper<Arc<BTreeMap<String, BTreeSet<String>>>>,
    sections: Keeper<Arc<Planned>>,
}

impl PlanKeepers {
    /// Keepers that keep (`on`), or keep nothing (a one-shot run).
    pub fn new(on: bool) -> PlanKeepers {
        PlanKeepers {
            bodies: Keeper::new(on),
            redlines: Keeper::new(on),
            news: Keeper::new(on),
            targets: Keeper::new(on),
            sections: Keeper::new(on),
        }
    }

    /// Ends a run (see `Keeper::settle`).
    pub fn settle(&self) {
        self.bodies.settle();
        self.redlines.settle();
        self.news.settle();
        self.targets.settle();
        self.sections.settle();
    }
}

/// Every redline the guidelines' pages show, compared in parallel, by `redline_key`.
fn redlines(site: &Site, opts: &PlanOptions, keeper: &Keeper<Redline>) -> HashMap<Key, Redline> {
    let pairs = guidelines::compared(site, opts.drafts);
    let made = keeper.each(
        &pairs,
        |(old, new)| redline_key(old, new),
        |(old, new)| Arc::new(crate::redline::compare(&old.text, &new.text)),
    );
    pairs
        .iter()
        .map(|(old, new)| redline_key(old, new))
        .zip(made)
        .collect()
}

/// Every Markdown body of a site (and of its shown translations) rendered, by content
/// path; and the page URL each original resolves against.
pub struct Bodies {
    rendered: HashMap<String, Made>,
    urls: BTreeMap<String, String>,
}

/// Renders every Markdown body of the site (each kept one reused). Once they are, the
/// plan needs the records' texts only for redlines (guideline versions).
pub fn bodies(site: &Site, keep: &PlanKeepers) -> Bodies {
    let mut jobs = body_urls(site);
    let languages = languages(site);
    let translated = translation_jobs(site, &languages, &jobs);
    let urls = jobs
        .iter()
        .map(|(path, _, url, _)| (path.to_string(), url.clone()))
        .collect();
    jobs.extend(translated);
    Bodies {
        rendered: render_bodies(&jobs, &keep.bodies),
        urls,
    }
}

/// Plans every page of the site from its rendered `bodies`; `taken` are the URLs every
/// record file takes (read completely or not).
pub fn plan(
    site: &Site,
    tallies: &crate::tally::Tallies,
    bodies: Bodies,
    taken: &[String],
    opts: &PlanOptions,
    keep: &PlanKeepers,
) -> Plan {
    let languages = languages(site);
    let rendered = bodies.rendered;
    let mut timer = crate::timing::Timer::start();
    let redlines = redlines(site, opts, &keep.redlines);
    timer.lap("plan: redlines");
    let cx = Cx {
        site,
        opts,
        bodies: &rendered,
        redlines: &redlines,
        tallies,
        news: &[],
    };
    let key = |n: &std::sync::Arc<_>| news::item_key(&cx, n);
    let news = keep.news.each(&site.news, key, |n| news::item_page(&cx, n));
    timer.lap("plan: announcements");
    let parts = sections(&Cx { news: &news, ..cx }, &keep.sections);
    timer.lap("plan: sections");
    // The lists are planned: the announcements' pages are moved, not copied.
    let mut out = merge(parts, news);
    timer.lap("plan: merge");
    pages::translations(&cx, &mut out);
    pages::not_found(&mut out);
    timer.lap("plan: translations");
    let targets_key = match keep.targets.keeps() {
        true => targets_key(site, taken, opts, &out, &languages),
        false => 0,
    };
    let targets = keep.targets.get(
        || targets_key,
        || {
            let mut targets = targets(site, taken, opts, &out);
            add_languages(&mut targets, &out, &languages);
            Arc::new(targets)
        },
    );
    let texts = translated_texts(site, &languages, &rendered, &out.pages);
    timer.lap("plan: targets");
    Plan {
        site: site_view(site, opts),
        pages: out.pages,
        targets,
        targets_key,
        bodies: bodies.urls,
        draft_targets: out.draft_targets,
        draft_bodies: out.draft_bodies,
        languages,
        texts,
    }
}

/// A section of the site: what it plans reads only the records (never another
/// section's pages), so sections are planned in parallel. A section that declares the
/// key of its inputs (`inputs`) is kept between runs while that key is the same.
struct Section {
    plan: fn(&Cx, &mut Planned),
    inputs: Option<fn(&Cx) -> Key>,
    /// The announcements' pages (`Cx::news`) come first in the section.
    news: bool,
}

/// The sections of the site, in the order of their pages.
const SECTIONS: [Section; 9] = [
    Section {
        plan: pages::home,
        inputs: None,
        news: false,
    },
    Section {
        plan: members::plan,
        inputs: None,
        news: false,
    },
    Section {
        plan: council::plan,
        inputs: None,
        news: false,
    },
    Section {
        plan: decisions::plan,
        inputs: None,
        news: false,
    },
    Section {
        plan: elections::plan,
        inputs: None,
        news: false,
    },
    Section {
        plan: groups::plan,
        inputs: None,
        news: false,
    },
    Section {
        plan: guidelines::plan,
        inputs: None,
        news: false,
    },
    Section {
        plan: pages::free_pages,
        inputs: None,
        news: false,
    },
    Section {
        plan: news::plan,
        inputs: Some(news::inputs),
        news: true,
    },
];

/// The pages of every section, in this order whatever thread planned them.
fn sections(cx: &Cx, keeper: &Keeper<Arc<Planned>>) -> Vec<Arc<Planned>> {
    use rayon::prelude::*;
    let plan = |section: &Section| {
        let mut out = Planned::default();
        (section.plan)(cx, &mut out);
        Arc::new(out)
    };
    let parts: Vec<Arc<Planned>> = SECTIONS
        .par_iter()
        .enumerate()
        .map(|(i, section)| match section.inputs {
            Some(inputs) if keeper.keeps() => {
                let kept = keeper.get(|| section_key(i, cx, inputs), || plan(section));
                debug_assert!(same_pages(&kept, &plan(section)), "section {i} kept stale");
                kept
            }
            _ => plan(section),
        })
        .collect();
    parts
}

/// The sections' pages in order, the announcements' pages where their section says.
fn merge(parts: Vec<Arc<Planned>>, news: Vec<Arc<PlannedPage>>) -> Planned {
    let mut out = Planned::default();
    let mut news = Some(news);
    for (section, part) in SECTIONS.iter().zip(parts) {
        if section.news {
            out.pages.extend(news.take().unwrap_or_default());
        }
        let part = Arc::try_unwrap(part).unwrap_or_else(|kept| (*kept).clone());
        out.pages.extend(part.pages);
        out.draft_targets.extend(part.draft_targets);
        out.draft_bodies.extend(part.draft_bodies);
    }
    out
}

/// Whether two plans of a section have the same pages (what a section kept while its
/// declared inputs hash the same must be: checked in every debug run of `serve`).
fn same_pages(a: &Planned, b: &Planned) -> bool {
    let shown = |p: &Planned| -> Vec<(String, Title, Key, Vec<String>)> {
        let view = |v: &View| {
            let mut h = crate::key::Hasher::new();
            crate::key::feed(v, &mut h);
            h.digest128()
        };
        let pages = p.pages.iter();
        pages
            .map(|p| {
                (
                    p.url.clone(),
                    p.title.clone(),
                    view(&p.view),
                    p.anchors.clone(),
                )
            })
            .collect()
    };
    shown(a) == shown(b) && a.draft_targets == b.draft_targets && a.draft_bodies == b.draft_bodies
}

/// The key of section `i`'s inputs: what it declares, and the options of the plan.
fn section_key(i: usize, cx: &Cx, inputs: fn(&Cx) -> Key) -> Key {
    let o = cx.opts;
    let options = (o.as_of.key(), o.as_of.month_only, o.drafts);
    crate::key::of(&(
        i,
        inputs(cx),
        options,
        (&o.base_url, &o.theme_files, o.at_root),
    ))
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
            Some((t.path.as_str(), &t.body, url.clone(), *under))
        })
        .collect()
}

/// The shown translations of the texts pages show, rendered, by original and language.
fn translated_texts(
    site: &Site,
    langs: &crate::lang::Languages,
    rendered: &HashMap<String, Made>,
    pages: &[Arc<PlannedPage>],
) -> HashMap<String, HashMap<crate::lang::Lang, TranslatedText>> {
    let titles: HashMap<&str, &str> = pages
        .iter()
        .filter_map(|p| Some((p.text.as_deref()?, p.title.record()?)))
        .collect();
    shown_translations(site, langs)
        .filter_map(|(t, lang, outdated)| {
            // Only the texts a page shows with their record's title.
            titles.get(t.original.as_str())?;
            let text = TranslatedText {
                title: t.title.clone(),
                summary: t.summary.clone(),
                body: rendered
                    .get(&t.path)
                    .map_or_else(|| Arc::from(""), |c| c.rendered.html.clone()),
                outdated,
            };
            Some((t.original.clone(), lang, text))
        })
        .fold(HashMap::default(), |mut all, (original, lang, text)| {
            all.entry(original)
                .or_insert_with(HashMap::default)
                .insert(lang, text);
            all
        })
}

/// The key of what `targets` and `add_languages` read: every page's URL and anchors,
/// the URLs record files take, the draft pages left out, the static files and the
/// site's languages (the generated files are fixed).
fn targets_key(
    site: &Site,
    taken: &[String],
    opts: &PlanOptions,
    out: &Planned,
    langs: &crate::lang::Languages,
) -> Key {
    use std::hash::{Hash, Hasher};
    let mut h = crate::key::Hasher::new();
    for page in &out.pages {
        (&page.url, &page.anchors).hash(&mut h);
    }
    h.write_u8(0);
    (taken, out.draft_targets.keys().collect::<Vec<_>>()).hash(&mut h);
    (&opts.theme_files, &site.statics, langs.all()).hash(&mut h);
    h.digest128()
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
type BodyJob<'a> = (&'a str, &'a Body, String, usize);

/// Every Markdown body with the URL of its page (a charter is shown under the group
/// page's "Charter" heading).
fn body_urls(site: &Site) -> Vec<BodyJob<'_>> {
    let mut jobs: Vec<BodyJob> = Vec::new();
    for g in &site.groups {
        jobs.push((&g.path, &g.body, urls::working_group(&g.id), 1));
    }
    for g in &site.guidelines {
        for v in &g.versions {
            jobs.push((
                &v.path,
                &v.body,
                urls::version(&g.slug, &v.version.value),
                0,
            ));
        }
    }
    for p in &site.pages {
        jobs.push((&p.path, &p.body, urls::page(&p.slug), 0));
    }
    for n in &site.news {
        jobs.push((&n.path, &n.body, urls::news_item(&n.slug), 0));
    }
    for v in &site.votes {
        if let Some(t) = &v.text {
            // The proposal is shown under the page's "The proposal" heading.
            jobs.push((&t.path, &t.body, urls::vote(&v.slug), 1));
        }
    }
    for m in &site.meetings {
        // The minutes are shown under the page's "Minutes" heading.
        jobs.push((&m.path, &m.body, urls::meeting(m.number.value), 1));
    }
    jobs
}

/// Every Markdown body rendered against its page's URL, in parallel, by content path
/// (each body kept by `keeper` reused).
fn render_bodies(jobs: &[BodyJob], keeper: &Keeper<Arc<Rendered>>) -> HashMap<String, Made> {
    let key = |(_, body, base, under): &BodyJob| crate::key::of(&(body.key, base, under));
    let made = keeper.each(jobs, key, |(_, body, base, under)| {
        Arc::new(markdown::to_html_under(&body.text, base, *under))
    });
    jobs.iter()
        .zip(made)
        .map(|(job, rendered)| {
            let made = Made {
                key: key(job),
                rendered,
            };
            (job.0.to_string(), made)
        })
        .collect()
}
