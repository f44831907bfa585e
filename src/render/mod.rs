//! Tera templates -> page bytes. The default theme is compiled in; a site's
//! `themes/<name>/templates/` overrides single templates or all of them.
use crate::key;
use crate::plan::PlannedPage;
use crate::views::SiteView;
use crate::views::View;
use std::fmt::Write as _;
mod depth;
mod fold;
mod limits;
mod names;
pub(crate) use depth::RENDER_STACK;
mod words;
pub use words::Words;

use crate::diag::{Diagnostics, Pos, Rule};
use anyhow::{Context as _, bail};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// `(name, text)` of templates of the default theme, compiled into the binary.
macro_rules! templates {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../themes/default/templates/", $name)))),*]
    };
}

/// The default theme's templates.
const BUILTIN: &[(&str, &str)] = templates![
    "base.html",
    "macros.html",
    "index.html",
    "members.html",
    "members_by_region.html",
    "members_former.html",
    "members_growth.html",
    "member.html",
    "region.html",
    "council.html",
    "working_groups.html",
    "working_group.html",
    "guidelines.html",
    "guideline.html",
    "version.html",
    "changes.html",
    "page.html",
    "news_item.html",
    "news_list.html",
    "404.html",
    "meetings.html",
    "meeting.html",
    "resolutions.html",
    "applications.html",
    "elections.html",
    "election.html",
    "votes.html",
    "vote.html",
    "translations.html",
    "councillor.html",
];

/// The default theme's static files.
const BUILTIN_STATIC: &[(&str, &[u8])] = &[
    (
        "favicon.svg",
        include_bytes!("../../themes/default/static/favicon.svg"),
    ),
    (
        "style.css",
        include_bytes!("../../themes/default/static/style.css"),
    ),
];

/// A theme ready to render: the template engine and the static files to copy.
pub struct Theme {
    /// The templates with the words of each language of the site.
    tera: std::sync::Arc<std::collections::HashMap<crate::lang::Lang, tera::Tera>>,
    languages: crate::lang::Languages,
    words: std::sync::Arc<words::Words>,
    /// A hash of the templates, the site theme's words and the languages (for caches
    /// of rendered pages).
    fingerprint: crate::key::Key,
    /// `(path relative to the output, where the bytes come from)`.
    pub statics: Vec<(String, StaticSource)>,
}

pub enum StaticSource {
    Builtin(&'static [u8]),
    File(PathBuf),
}

#[derive(Serialize)]
struct PageContext<'a> {
    site: &'a SiteView,
    page: PageMeta<'a>,
    lang: LangContext<'a>,
    #[serde(flatten)]
    view: &'a View,
}

#[derive(Serialize)]
struct PageMeta<'a> {
    /// The page's URL in the default language (what the theme's links name).
    url: &'a str,
    /// The page's URL in its language (canonical).
    href: String,
    title: String,
    /// The record's title the page's title shows (its translation where the page
    /// shows one), for a theme that marks its language apart from the theme's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    record_title: Option<&'a str>,
    section: &'a str,
    /// One sentence for `<meta name="description">` and link previews.
    description: String,
}

/// The language a page is rendered in, with what it needs of the plan.
pub struct InLanguage<'a> {
    pub lang: &'a crate::lang::Lang,
    pub languages: &'a crate::lang::Languages,
    /// The translation of the text the page shows, in this language, if any.
    pub text: Option<&'a crate::plan::TranslatedText>,
    /// The titles of pages translated into this language, by URL (for menus).
    pub titles: &'a std::collections::BTreeMap<String, String>,
}

impl InLanguage<'_> {
    pub fn is_default(&self) -> bool {
        self.lang == self.languages.default_lang()
    }
}

/// What a page knows of its language.
#[derive(Serialize)]
struct LangContext<'a> {
    code: &'a str,
    dir: &'static str,
    default: bool,
    /// The page in every language of the site, for the switcher and `hreflang`.
    alternates: Vec<Alternate>,
    /// The URL of the page in the default language (`x-default`).
    x_default: &'a str,
    /// `alternates` written once in Rust, as the default theme writes them (a loop in
    /// the template cost a sixth of a six-language build): the `<link hreflang>` tags
    /// of the head and the switcher's `<li>` items; empty for a site in one language.
    head_links: String,
    switcher: String,
    /// The site's menu, with the titles of the pages in this language.
    menu: Vec<MenuItem>,
    /// The default language (the originals'), and its direction.
    source: &'a str,
    source_dir: &'static str,
    /// The titles of the pages translated into this language, by URL.
    titles: &'a std::collections::BTreeMap<String, String>,
    /// The text of the record the page shows, where this language has no (or an
    /// out-of-date) translation of it.
    text: Option<TextContext<'a>>,
}

/// A page of the menu: its title in this language, or in the original's (`lang`).
#[derive(Serialize)]
struct MenuItem {
    url: String,
    label: String,
    lang: Option<String>,
}

#[derive(Serialize)]
struct Alternate {
    lang: String,
    name: String,
    dir: &'static str,
    url: String,
    /// The home page in that language (the not-found page links each).
    home: String,
    current: bool,
}

#[derive(Serialize)]
struct TextContext<'a> {
    /// The language of the text shown, and whether it is a translation.
    lang: &'a str,
    dir: &'static str,
    translated: bool,
    outdated: bool,
    /// The original's page (in the default language).
    original_url: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    body: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<&'a str>,
}

impl Theme {
    /// The default theme, overridden by `SITE/themes/<name>/` where it exists. The
    /// theme's folders are read as `content/` is: a link, FIFO, socket or device is an
    /// F1 finding and is not read. `Err`: a theme that cannot be used (missing, a
    /// template that does not compile or includes itself).
    pub fn load(
        site: &Path,
        name: Option<&str>,
        languages: &crate::lang::Languages,
        cache: &ThemeKeeper,
        diags: &mut Diagnostics,
    ) -> anyhow::Result<Theme> {
        let mut templates: Vec<(String, String)> = BUILTIN
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect();
        let mut statics: Vec<(String, StaticSource)> = BUILTIN_STATIC
            .iter()
            .map(|(n, b)| (n.to_string(), StaticSource::Builtin(b)))
            .collect();
        let name = name.unwrap_or("default");
        let rel = format!("themes/{name}");
        let mut own_words = Vec::new();
        match theme_folders(site, &rel, diags) {
            None if name != "default" => {
                bail!(
                    "theme `{name}` not found: no folder {}",
                    site.join(&rel).display()
                )
            }
            None => {}
            Some((templates_dir, static_dir)) => {
                if templates_dir {
                    overlay_templates(site, &format!("{rel}/templates"), &mut templates, diags)?;
                }
                if static_dir {
                    overlay_statics(site, &format!("{rel}/static"), "", &mut statics, diags)?;
                }
                own_words = site_words(site, &format!("{rel}/locales"), diags)?;
            }
        }
        statics.sort_by(|a, b| a.0.cmp(&b.0));
        let key = theme_key(name, &templates, &own_words, languages);
        let built = cache.try_get(
            || key,
            || build(name, &rel, templates, &own_words, languages),
        )?;
        diags.extend(built.diags.clone());
        Ok(Theme {
            tera: built.tera,
            languages: languages.clone(),
            words: built.words,
            fingerprint: key,
            statics,
        })
    }

    /// Renders one planned page.
    pub fn render(
        &self,
        site: &SiteView,
        page: &PlannedPage,
        lang: &InLanguage,
    ) -> anyhow::Result<String> {
        let ctx = context(site, page, lang, &self.words);
        let context =
            tera::Context::from_serialize(&ctx).context("building the template context")?;
        let mut out = limits::Bounded::start();
        let tera = self
            .tera
            .get(lang.lang)
            .or_else(|| self.tera.get(self.languages.default_lang()))
            .context("a language without templates")?;
        let rendered = tera.render_to(page.template(), &context, &mut out);
        let failed = |why: String| {
            anyhow::anyhow!(
                "rendering {} ({}) with template {}: {why}",
                page.url,
                page.source,
                page.template(),
            )
        };
        match (rendered, out.refused.take()) {
            (_, Some(why)) => Err(failed(why)),
            (Err(e), None) => Err(failed(tera_error(&e))),
            (Ok(()), None) => {
                String::from_utf8(std::mem::take(&mut out.bytes)).map_err(|e| failed(e.to_string()))
            }
        }
    }

    /// A hash of everything a page's HTML depends on: the templates and words
    /// (`fingerprint`), what every page shares (`site`), the page's view (`view`, from
    /// `view_key`: the same in every language) and the rest of what `context` reads:
    /// the planned page, and its language (`lang`, from `lang_key`) with the
    /// translation it shows. Equal keys give equal pages.
    pub fn page_key(
        &self,
        site: key::Key,
        page: &PlannedPage,
        view: key::Key,
        lang: (key::Key, &InLanguage),
    ) -> key::Key {
        use std::hash::Hash;
        // Every field, named: a field added to the planned page or a translation
        // must be added to the key (or said to be covered) before this compiles.
        let PlannedPage {
            url,
            source,
            title,
            view: _,     // `view`
            view_key: _, // `view`
            anchors,
            text,
        } = page;
        let mut h = key::Hasher::new();
        (self.fingerprint, page.template(), site, view, lang.0).hash(&mut h);
        (url, source, title, anchors, text).hash(&mut h);
        let InLanguage {
            lang: _,      // `lang.0`
            languages: _, // `lang.0`
            text,
            titles: _, // `lang.0`
        } = lang.1;
        text.map(|t| {
            let crate::plan::TranslatedText {
                title,
                summary,
                body,
                outdated,
            } = t;
            (title, summary, &**body, outdated)
        })
        .hash(&mut h);
        h.digest128()
    }

    /// The hash of what every page in a language shares: the language, the site's
    /// languages and the titles translated into it.
    pub fn lang_key(lang: &InLanguage) -> key::Key {
        use std::hash::Hash;
        let mut h = key::Hasher::new();
        (lang.lang, lang.languages.all(), lang.titles).hash(&mut h);
        h.digest128()
    }

    /// The hash of what every page of a run shares, computed once: the site view, and
    /// the URL of every page (a page in another language than the default links that
    /// language's page where there is one).
    pub fn site_key(site: &SiteView, pages: &[std::sync::Arc<PlannedPage>]) -> key::Key {
        use std::hash::Hash;
        let mut h = key::Hasher::new();
        key::feed(site, &mut h);
        for page in pages {
            page.url.hash(&mut h);
        }
        h.digest128()
    }

    /// The theme's words, in every language of the site.
    pub fn words(&self) -> &Words {
        &self.words
    }

    /// The output paths of the theme's static files.
    pub fn static_paths(&self) -> Vec<String> {
        self.statics.iter().map(|(p, _)| p.clone()).collect()
    }
}

fn context<'a>(
    site: &'a SiteView,
    page: &'a PlannedPage,
    lang: &InLanguage<'a>,
    words: &words::Words,
) -> PageContext<'a> {
    let section = page
        .url
        .trim_start_matches('/')
        .split('/')
        .next()
        .unwrap_or_default();
    let title = words.title(lang.lang, &page.title, lang.text.map(|t| t.title.as_str()));
    PageContext {
        site,
        page: PageMeta {
            url: &page.url,
            href: crate::urls::in_language(lang.lang, lang.is_default(), &page.url),
            description: describe(page, lang, words, &title, site),
            title,
            record_title: lang.text.map(|t| t.title.as_str()).or(page.title.record()),
            section,
        },
        lang: lang_context(site, page, lang),
        view: &page.view,
    }
}

/// The page's description in its language: a translation's summary or first
/// paragraph where the page shows one, else the record's, else the theme's words.
fn describe(
    page: &PlannedPage,
    lang: &InLanguage,
    words: &words::Words,
    title: &str,
    site: &SiteView,
) -> String {
    let (summary, body) = match lang.text {
        Some(t) => (t.summary.as_deref(), Some(&*t.body)),
        None => {
            let (summary, body) = page.view.own_text();
            (summary, body.map(|b| &**b))
        }
    };
    let d = page.view.description(summary, body);
    let as_of = &site.as_of;
    let as_of = words.date(lang.lang, &as_of.iso, as_of.known.unwrap_or("exact"));
    words.describe(lang.lang, &d, title, &as_of)
}

fn lang_context<'a>(
    site: &SiteView,
    page: &'a PlannedPage,
    lang: &InLanguage<'a>,
) -> LangContext<'a> {
    let langs = lang.languages;
    let alternates = langs
        .all()
        .iter()
        .map(|l| Alternate {
            lang: l.to_string(),
            name: l.endonym().to_string(),
            dir: l.dir(),
            url: crate::urls::in_language(l, l == langs.default_lang(), &page.url),
            home: crate::urls::in_language(l, l == langs.default_lang(), crate::urls::HOME),
            current: l == lang.lang,
        })
        .collect::<Vec<_>>();
    let original = langs.default_lang();
    let (head_links, switcher) = alternates_html(&alternates, &site.base_url, &page.url);
    LangContext {
        code: lang.lang.as_str(),
        dir: lang.lang.dir(),
        default: lang.is_default(),
        alternates,
        x_default: &page.url,
        head_links,
        switcher,
        menu: menu(site, lang),
        source: original.as_str(),
        source_dir: original.dir(),
        titles: lang.titles,
        text: text_context(page, lang),
    }
}

/// The head's `<link rel="alternate" hreflang>` tags (and `x-default`) and the
/// switcher's items, each on a line of its own.
fn alternates_html(alternates: &[Alternate], base_url: &str, x_default: &str) -> (String, String) {
    if alternates.len() < 2 {
        return (String::new(), String::new());
    }
    let (mut head, mut switcher) = (String::new(), String::new());
    let link = |head: &mut String, lang: &str, url: &str| {
        let href = escape_html(&format!("{base_url}{url}"));
        let _ = write!(
            head,
            "\n<link rel=\"alternate\" hreflang=\"{lang}\" href=\"{href}\">"
        );
    };
    for a in alternates {
        link(&mut head, &escape_html(&a.lang), &a.url);
        let (l, d, name) = (escape_html(&a.lang), a.dir, escape_html(&a.name));
        let _ = match a.current {
            true => write!(
                switcher,
                "\n<li><span aria-current=\"page\" lang=\"{l}\" dir=\"{d}\">{name}</span></li>"
            ),
            false => write!(
                switcher,
                "\n<li><a hreflang=\"{l}\" lang=\"{l}\" dir=\"{d}\" href=\"{}\">{name}</a></li>",
                escape_html(&a.url)
            ),
        };
    }
    link(&mut head, "x-default", x_default);
    (head, switcher)
}

/// The text of the record a page shows, in a language: its translation, or (in a
/// language other than the default) the original.
fn text_context<'a>(page: &'a PlannedPage, lang: &InLanguage<'a>) -> Option<TextContext<'a>> {
    let original = lang.languages.default_lang();
    match (&page.text, lang.text, lang.is_default()) {
        (Some(_), Some(t), _) => Some(TextContext {
            lang: lang.lang.as_str(),
            dir: lang.lang.dir(),
            translated: true,
            outdated: t.outdated,
            original_url: &page.url,
            body: Some(&t.body),
            summary: t.summary.as_deref(),
        }),
        (Some(_), None, false) => Some(TextContext {
            lang: original.as_str(),
            dir: original.dir(),
            translated: false,
            outdated: false,
            original_url: &page.url,
            body: None,
            summary: None,
        }),
        _ => None,
    }
}

/// The site's menu in a language: translated titles, else the originals (marked).
fn menu(site: &SiteView, lang: &InLanguage) -> Vec<MenuItem> {
    let original = lang.languages.default_lang();
    site.menu
        .iter()
        .map(|l| match lang.titles.get(&l.url) {
            Some(t) => MenuItem {
                url: l.url.clone(),
                label: t.clone(),
                lang: None,
            },
            None => MenuItem {
                url: l.url.clone(),
                label: l.label.clone(),
                lang: (!lang.is_default()).then(|| original.to_string()),
            },
        })
        .collect()
}

pub use crate::html::escape_html;

/// A Tera error with its causes, on one line.
fn tera_error(e: &tera::Error) -> String {
    let mut out = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        out.push_str(": ");
        out.push_str(&s.to_string());
        source = s.source();
    }
    out
}

/// The templates, compiled (HTML escaped, `range` bounded).
fn compile(templates: Vec<(String, String)>) -> Result<tera::Tera, String> {
    let mut tera = tera::Tera::default();
    tera.autoescape_on(vec![".html"]);
    tera.set_escape_fn(escape_html);
    tera.register_function("range", limits::bounded_range);
    // Never reached (`depth::check_calls` refuses a call first); kept so that no path
    // can read the environment.
    tera.register_function(
        "get_env",
        |_: &std::collections::HashMap<String, tera::Value>| {
            Err(tera::Error::msg("get_env() is not available"))
        },
    );
    tera.add_raw_templates(templates)
        .map_err(|e| tera_error(&e))?;
    Ok(tera)
}

/// The compiled theme, kept (by `serve`) while its templates, words and languages
/// hash the same.
pub type ThemeKeeper = crate::keep::Keeper<Built>;

/// The templates compiled for each language, the words, and what compiling found.
#[derive(Clone)]
pub struct Built {
    tera: std::sync::Arc<std::collections::HashMap<crate::lang::Lang, tera::Tera>>,
    words: std::sync::Arc<words::Words>,
    diags: Diagnostics,
}

/// What a compiled theme depends on.
fn theme_key(
    name: &str,
    templates: &[(String, String)],
    own_words: &[words::SiteWords],
    languages: &crate::lang::Languages,
) -> crate::key::Key {
    use std::hash::Hash;
    let mut h = crate::key::Hasher::new();
    (name, templates).hash(&mut h);
    for w in own_words {
        (w.lang.as_str(), &w.path, &w.text).hash(&mut h);
    }
    for l in languages.all() {
        l.as_str().hash(&mut h);
    }
    h.digest128()
}

/// Compiles the templates and the words of each language.
fn build(
    name: &str,
    rel: &str,
    templates: Vec<(String, String)>,
    own_words: &[words::SiteWords],
    languages: &crate::lang::Languages,
) -> anyhow::Result<Built> {
    let theme_error = |e: String| anyhow::anyhow!("theme `{name}`: {e}");
    for (template, text) in &templates {
        depth::check_nesting(template, text).map_err(theme_error)?;
    }
    limits::check_includes(&templates).map_err(theme_error)?;
    let tera = compile(templates.clone()).map_err(theme_error)?;
    if let Some(missing) = crate::views::TEMPLATES
        .iter()
        .find(|t| tera.get_template(t).is_err())
    {
        return Err(theme_error(format!("no template {missing}")));
    }
    depth::check_calls(&tera, &templates).map_err(theme_error)?;
    let mut diags = Diagnostics::default();
    let locales = format!("{rel}/locales");
    let words = std::sync::Arc::new(words::Words::load(
        languages, own_words, &locales, &mut diags,
    ));
    let tera = languages
        .all()
        .iter()
        .map(|lang| (lang.clone(), with_words(&tera, &words, lang)))
        .collect();
    Ok(Built {
        tera: std::sync::Arc::new(tera),
        words,
        diags,
    })
}

/// A copy of the templates that speaks `lang`: `t(key=…)` and `th(key=…)` (whose
/// `*_html` arguments are markup), and the `date` and `num` filters; the fixed words
/// of its calls written in (`fold`).
fn with_words(
    tera: &tera::Tera,
    words: &std::sync::Arc<words::Words>,
    lang: &crate::lang::Lang,
) -> tera::Tera {
    let mut tera = tera.clone();
    let fixed = std::sync::Arc::new(words.fixed(lang));
    let say = |html| words::Say {
        words: words.clone(),
        fixed: fixed.clone(),
        lang: lang.clone(),
        html,
    };
    tera.register_function("t", say(false));
    tera.register_function("th", say(true));
    let filter = words::DateFilter {
        words: words.clone(),
        lang: lang.clone(),
    };
    tera.register_filter("date", filter);
    let decimal = words.say(lang, "decimal-separator", None);
    tera.register_filter("num", words::NumberFilter { decimal });
    let countries = words.countries(lang).clone();
    tera.register_filter("country", names::Country(countries.clone()));
    tera.register_filter("by_country", names::ByCountry(countries));
    fold::fold_words(&mut tera, &fixed);
    tera
}

/// A site theme's own words: `locales/<lang>.ftl` files (other names are F1).
fn site_words(
    site: &Path,
    rel: &str,
    diags: &mut Diagnostics,
) -> anyhow::Result<Vec<words::SiteWords>> {
    use crate::load::Kind;
    let path = site.join(rel);
    if !matches!(crate::load::kind_of(&path, "themes"), Ok(Kind::Dir)) {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for (name, kind) in crate::load::entries(&path, rel, false, diags)? {
        let child = format!("{rel}/{name}");
        let lang = name.strip_suffix(".ftl").and_then(crate::lang::Lang::parse);
        let (Some(lang), Kind::File) = (lang, kind) else {
            diags.error(Rule::F1, &child, Pos::START, "expected <lang>.ftl files (the theme's words in one language, lang a lower-case tag such as fr)");
            continue;
        };
        let text = read_template(&site.join(&child))
            .with_context(|| format!("failed to read `{child}`"))?;
        out.push(words::SiteWords {
            lang,
            path: child,
            text,
        });
    }
    Ok(out)
}

/// Which of `themes/<name>/`'s `templates/` and `static/` folders exist, or `None`
/// when the theme folder does not. `themes/`, the theme folder and those two must be
/// real folders: a link or special file there is an F1 finding, and is not read.
fn theme_folders(site: &Path, rel: &str, diags: &mut Diagnostics) -> Option<(bool, bool)> {
    let mut is_dir = |rel: &str| -> bool {
        let path = site.join(rel);
        if std::fs::symlink_metadata(&path).is_err() {
            return false;
        }
        match crate::load::kind_of(&path, "themes") {
            Ok(crate::load::Kind::Dir) => true,
            Ok(crate::load::Kind::File) => false,
            Err(message) => {
                diags.error(Rule::F1, rel, Pos::START, message);
                false
            }
        }
    };
    if !is_dir("themes") || !is_dir(rel) {
        return None;
    }
    let templates = is_dir(&format!("{rel}/templates"));
    Some((templates, is_dir(&format!("{rel}/static"))))
}

fn overlay_templates(
    site: &Path,
    rel: &str,
    templates: &mut Vec<(String, String)>,
    diags: &mut Diagnostics,
) -> anyhow::Result<()> {
    use crate::load::Kind;
    for (name, kind) in crate::load::entries(&site.join(rel), rel, false, diags)? {
        if kind != Kind::File || !name.ends_with(".html") {
            continue;
        }
        let path = site.join(rel).join(&name);
        let text =
            read_template(&path).with_context(|| format!("failed to read `{}`", path.display()))?;
        templates.retain(|(n, _)| *n != name);
        templates.push((name, text));
    }
    Ok(())
}

/// A template's text: a regular file of at most 1 MiB, UTF-8.
fn read_template(path: &Path) -> std::io::Result<String> {
    use std::io::Read;
    let mut text = String::new();
    crate::fsx::open_regular(path)?
        .take(crate::load::MAX_FILE + 1)
        .read_to_string(&mut text)?;
    if text.len() as u64 > crate::load::MAX_FILE {
        return Err(std::io::Error::other("the template is larger than 1 MiB"));
    }
    Ok(text)
}

fn overlay_statics(
    site: &Path,
    rel: &str,
    prefix: &str,
    statics: &mut Vec<(String, StaticSource)>,
    diags: &mut Diagnostics,
) -> anyhow::Result<()> {
    use crate::load::Kind;
    for (name, kind) in crate::load::entries(&site.join(rel), rel, true, diags)? {
        let (child, out) = (format!("{rel}/{name}"), format!("{prefix}{name}"));
        match kind {
            Kind::Dir => overlay_statics(site, &child, &format!("{out}/"), statics, diags)?,
            Kind::File => {
                statics.retain(|(n, _)| *n != out);
                statics.push((out, StaticSource::File(site.join(child))));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_template_is_compiled_in() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let mut built_in: Vec<String> = BUILTIN.iter().map(|(n, _)| n.to_string()).collect();
        built_in.sort();
        assert_eq!(built_in, on_disk);
    }

    #[test]
    fn the_default_theme_has_a_template_for_every_kind_of_page_and_no_other() {
        let mut built_in: Vec<&str> = BUILTIN.iter().map(|(n, _)| *n).collect();
        built_in.sort();
        let mut wanted: Vec<&str> = crate::views::TEMPLATES.to_vec();
        wanted.extend(["base.html", "macros.html"]);
        wanted.sort();
        assert_eq!(built_in, wanted);
    }

    #[test]
    fn escaping_leaves_slashes_alone() {
        assert_eq!(
            escape_html("/a/?b=1&c=\"d\" <e>'"),
            "/a/?b=1&amp;c=&quot;d&quot; &lt;e&gt;&#39;"
        );
        assert_eq!(
            escape_html("«Égypte»&中国<\u{2067}ع\u{2069}>"),
            "«Égypte»&amp;中国&lt;\u{2067}ع\u{2069}&gt;"
        );
        assert_eq!(
            (escape_html(""), escape_html("&")),
            (String::new(), "&amp;".into())
        );
    }
}
