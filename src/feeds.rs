//! The generated files that are not pages: Atom feed, sitemap, open data (JSON, CSV).
use crate::date::Date;
use crate::gitinfo::LastChanged;
use crate::model::{Site, VersionStatus};
use crate::opendata;
use crate::plan::Plan;
use crate::render::Words;
use std::fmt::Write as _;

/// `(path relative to the output folder, bytes)` for every generated file; `git`, when
/// the site is in a git work tree, gives the sitemap's `lastmod`.
pub fn files(
    site: &Site,
    plan: &Plan,
    words: &Words,
    tallies: &crate::tally::Tallies,
    as_of: Date,
    git: Option<&LastChanged>,
) -> Vec<(String, Vec<u8>)> {
    use crate::urls::{ATOM, DATAPACKAGE, ROBOTS, output_path};
    // The feeds (one per language) are written while the open data and sitemaps are.
    let (mut feeds, rest) = rayon::join(
        || {
            use rayon::prelude::*;
            let others = plan.languages.others().par_iter().map(|lang| {
                let path = output_path(&crate::urls::atom_in(lang, false));
                (path, atom(site, plan, words, Some(lang)).into_bytes())
            });
            let default = atom(site, plan, words, None).into_bytes();
            let mut feeds = vec![(output_path(ATOM), default)];
            feeds.par_extend(others);
            feeds
        },
        || {
            let robots = output_path(ROBOTS);
            let own_robots = site.statics.contains(&robots);
            let robots = (!own_robots).then(|| (robots, robots_txt(plan).into_bytes()));
            let data = opendata::Data {
                site,
                as_of,
                tallies,
            };
            let mut files = vec![(output_path(DATAPACKAGE), opendata::datapackage(site, as_of))];
            files.extend(opendata::files(site).map(|f| (output_path(f.url), f.bytes(&data))));
            files.extend(robots);
            files.extend(sitemaps(plan, git));
            files
        },
    );
    let others = feeds.split_off(1);
    feeds.extend(rest);
    feeds.extend(others);
    feeds
}

/// `robots.txt`: a published site names its sitemap. A preview with drafts allows
/// crawling too, names no sitemap, and keeps out of indexes by the `noindex` of
/// every page: a crawler that `Disallow: /` kept out would never read that `noindex`,
/// and could list the preview's addresses from links found elsewhere.
fn robots_txt(plan: &Plan) -> String {
    if plan.site.drafts {
        "User-agent: *\nAllow: /\n".to_string()
    } else {
        format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}{}\n",
            plan.site.base_url,
            crate::urls::SITEMAP
        )
    }
}

/// XML text: `&`, `<`, `>`, `"` escaped.
pub fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

struct Entry {
    /// The announcement it is made from (whose translation it shows in a language).
    source: Option<String>,
    date: Date,
    title: String,
    url: String,
    summary: String,
    /// The text itself, for an entry without a summary (rendered HTML).
    content: Option<crate::views::Html>,
    /// The entry's language where it is not the feed's.
    lang: Option<String>,
}

/// The feed: news and guideline adoptions, newest first; in a language other than the
/// default (`lang`), the entries link that language's pages and carry the
/// translations of announcements (the other entries are marked as the default's).
fn atom(site: &Site, plan: &Plan, words: &Words, lang: Option<&crate::lang::Lang>) -> String {
    let base = &plan.site.base_url;
    let said = lang.unwrap_or(plan.languages.default_lang());
    let mut entries = feed_entries(site, plan, &Say { words, lang: said });
    if let Some(lang) = lang {
        let pages: crate::key::FastSet<&str> = plan.pages.iter().map(|p| p.url.as_str()).collect();
        entries
            .iter_mut()
            .for_each(|e| in_language(e, plan, lang, &pages));
    }
    let updated = entries
        .first()
        .map_or_else(|| Date::from_days(0), |e| e.date);
    // Every feed names its language, the default's too.
    let xml_lang = format!(" xml:lang=\"{said}\"");
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"{xml_lang}>\n",
    );
    let _ = writeln!(out, "  <title>{}</title>", xml_escape(&plan.site.title));
    let (home, self_url) = match lang {
        Some(l) => (
            crate::urls::in_language(l, false, crate::urls::HOME),
            crate::urls::atom_in(l, false),
        ),
        None => ("/".to_string(), crate::urls::ATOM.to_string()),
    };
    let _ = writeln!(
        out,
        "  <link href=\"{}{home}\"/>\n  <link rel=\"self\" href=\"{}{self_url}\"/>",
        xml_escape(base),
        xml_escape(base),
    );
    let _ = writeln!(
        out,
        "  <id>{}{home}</id>\n  <updated>{}T00:00:00Z</updated>",
        xml_escape(base),
        day(updated)
    );
    let _ = writeln!(
        out,
        "  <author><name>{}</name></author>",
        xml_escape(&plan.site.title)
    );
    for e in entries {
        write_entry(&mut out, base, &e);
    }
    out.push_str("</feed>\n");
    out
}

/// An entry as the feed of `lang` gives it.
fn in_language(
    e: &mut Entry,
    plan: &Plan,
    lang: &crate::lang::Lang,
    pages: &crate::key::FastSet<&str>,
) {
    let translated = e.source.as_ref().and_then(|s| plan.text_in(s, lang));
    e.url = crate::urls::in_language(lang, false, &e.url);
    match translated {
        Some(t) => {
            e.title = t.title.clone();
            e.summary = t.summary.clone().unwrap_or_default();
            // The text is carried only by an entry without a summary.
            e.content = e.summary.is_empty().then(|| {
                let body = crate::urls::localize_links(&t.body, lang, pages);
                crate::urls::with_base_path(&body, &plan.site.base_path).into()
            });
        }
        // An announcement not translated is in the default language; the entries
        // ccpub writes (adoptions, resolutions) are in the feed's.
        None if e.source.is_some() => e.lang = Some(plan.languages.default_lang().to_string()),
        None => {}
    }
}

/// Rendered HTML with its links under the base path (the same text when there is none).
fn under_base_path(html: &crate::views::Html, base: &str) -> crate::views::Html {
    match base {
        "" => html.clone(),
        _ => crate::urls::with_base_path(html, base).into(),
    }
}

fn write_entry(out: &mut String, base: &str, e: &Entry) {
    let url = xml_escape(&format!("{base}{}", e.url));
    let xml_lang = e
        .lang
        .as_ref()
        .map_or_else(String::new, |l| format!(" xml:lang=\"{l}\""));
    let _ = writeln!(
        out,
        "  <entry{xml_lang}>\n    <title>{}</title>\n    <link href=\"{url}\"/>\n    <id>{url}</id>",
        xml_escape(&e.title)
    );
    let _ = writeln!(out, "    <updated>{}T00:00:00Z</updated>", day(e.date));
    match &e.content {
        Some(html) if e.summary.is_empty() => {
            let _ = writeln!(
                out,
                "    <content type=\"html\">{}</content>",
                xml_escape(html)
            );
        }
        _ => {
            let _ = writeln!(out, "    <summary>{}</summary>", xml_escape(&e.summary));
        }
    }
    out.push_str("  </entry>\n");
}

/// News and guideline adoptions, newest first. An announcement without a summary
/// carries its text; an adoption without one, a sentence that says what happened.
fn feed_entries(site: &Site, plan: &Plan, say: &Say) -> Vec<Entry> {
    let bodies: std::collections::HashMap<&str, &crate::views::Html> = plan
        .pages
        .iter()
        .filter_map(|p| match &*p.view {
            crate::views::View::NewsItem { body, .. } => Some((p.url.as_str(), body)),
            _ => None,
        })
        .collect();
    let mut entries: Vec<Entry> = site
        .news
        .iter()
        .map(|n| {
            let url = crate::urls::news_item(&n.slug);
            Entry {
                source: Some(n.path.clone()),
                lang: None,
                date: n.date,
                title: n.title.clone(),
                // The text is carried only by an entry without a summary.
                content: n
                    .summary
                    .is_none()
                    .then(|| bodies.get(url.as_str()))
                    .flatten()
                    .map(|b| under_base_path(b, &plan.site.base_path)),
                url,
                summary: n.summary.clone().unwrap_or_default(),
            }
        })
        .collect();
    entries.extend(adoption_entries(site, say));
    entries.extend(resolution_entries(site, say));
    entries.sort_by(|a, b| (b.date, &b.url).cmp(&(a.date, &a.url)));
    entries
}

/// The theme's words in the language of a feed, for the entries it writes itself.
struct Say<'a> {
    words: &'a Words,
    lang: &'a crate::lang::Lang,
}

impl Say<'_> {
    fn say(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut fluent = fluent_bundle::FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, *value);
        }
        self.words.say(self.lang, key, Some(&fluent))
    }

    fn date(&self, d: Date) -> String {
        self.words
            .date(self.lang, &crate::views::date(d).iso, "exact")
    }
}

/// One entry per adopted guideline version: its summary, or a sentence that says
/// what happened.
fn adoption_entries(site: &Site, say: &Say) -> Vec<Entry> {
    let mut out = Vec::new();
    for g in &site.guidelines {
        for v in g
            .versions
            .iter()
            .filter(|v| *v.status == VersionStatus::Adopted)
        {
            let Some(adopted) = &v.adopted else { continue };
            let version = v.version.value.to_string();
            let (title, date) = (v.title.as_str(), say.date(adopted.value));
            let args = [
                ("version", version.as_str()),
                ("title", title),
                ("date", &date),
            ];
            let said = match &v.adopted_by {
                Some(by) => say.say(
                    "feed-adopted-by",
                    &[&args[..], &[("by", &by.value)]].concat(),
                ),
                None => say.say("feed-adopted-on", &args),
            };
            out.push(Entry {
                source: None,
                lang: None,
                date: adopted.value,
                title: say.say("feed-adopted", &args),
                url: crate::urls::version(&g.slug, &v.version.value),
                summary: v.summary.clone().unwrap_or(said),
                content: None,
            });
        }
    }
    out
}

/// One entry per resolution: its title, and its text or what it acts on.
fn resolution_entries(site: &Site, say: &Say) -> Vec<Entry> {
    let mut out = Vec::new();
    for m in &site.meetings {
        for r in &m.resolutions {
            let acts_on = r
                .acts_on
                .as_ref()
                .and_then(|a| crate::views::decisions::acts_on(site, &a.value));
            let said = match acts_on {
                Some(a) => {
                    let subject = match a.what {
                        "application" | "version" | "member" => {
                            let args = [("name_html", a.name.as_str()), ("version", &a.version)];
                            say.say(&format!("acts-on-{}", a.what), &args)
                        }
                        _ => a.name,
                    };
                    say.say("feed-resolution-on", &[("subject", &subject)])
                }
                None => say.say(
                    "feed-resolution-of",
                    &[("number", &m.number.value.to_string())],
                ),
            };
            let args = [("id", r.id.value.as_str()), ("title", r.title.as_str())];
            out.push(Entry {
                source: None,
                lang: None,
                date: m.date.value,
                title: say.say("feed-resolution", &args),
                url: crate::urls::resolution(m.number.value, &r.id.value),
                summary: r.text.clone().unwrap_or(said),
                content: None,
            });
        }
    }
    out
}

fn day(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

/// The sitemaps protocol's limits for one file: 50,000 URLs and 50 MiB.
const SITEMAP_URLS: usize = 50_000;
const SITEMAP_BYTES: usize = 50 * 1024 * 1024;

/// `sitemap.xml`, and nothing else while it holds every URL within the protocol's
/// limits; beyond them, the parts (`/sitemaps/<n>.xml`) and `sitemap.xml` as their
/// index.
fn sitemaps(plan: &Plan, git: Option<&LastChanged>) -> Vec<(String, Vec<u8>)> {
    let xhtml = match plan.languages.others().is_empty() {
        true => "",
        false => " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"",
    };
    let head = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"{xhtml}>\n",
    );
    let foot = "</urlset>\n";
    let room = SITEMAP_BYTES - head.len() - foot.len();
    let parts = pack(sitemap_entries(plan, git), SITEMAP_URLS, room);
    sitemap_files(&parts, &head, foot, &plan.site.base_url)
}

/// The sitemap's files from its parts: `sitemap.xml` alone for one part; else the
/// parts under `/sitemaps/` and `sitemap.xml` as their index.
fn sitemap_files(parts: &[String], head: &str, foot: &str, base: &str) -> Vec<(String, Vec<u8>)> {
    use crate::urls::{SITEMAP, output_path, sitemap_part};
    let file = |body: &str| format!("{head}{body}{foot}").into_bytes();
    if parts.len() == 1 {
        return vec![(output_path(SITEMAP), file(&parts[0]))];
    }
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut out = Vec::new();
    for (n, body) in parts.iter().enumerate() {
        let url = sitemap_part(n + 1);
        let loc = xml_escape(&format!("{base}{url}"));
        let _ = writeln!(index, "  <sitemap><loc>{loc}</loc></sitemap>");
        out.push((output_path(&url), file(body)));
    }
    index.push_str("</sitemapindex>\n");
    out.insert(0, (output_path(SITEMAP), index.into_bytes()));
    out
}

/// Entries packed in order into parts of at most `urls` entries and `bytes` bytes
/// (an entry larger than `bytes` gets a part of its own).
fn pack(entries: impl Iterator<Item = String>, urls: usize, bytes: usize) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    let (mut count, mut current) = (0, String::new());
    for entry in entries {
        if count > 0 && (count == urls || current.len() + entry.len() > bytes) {
            parts.push(std::mem::take(&mut current));
            count = 0;
        }
        current.push_str(&entry);
        count += 1;
    }
    parts.push(current);
    parts
}

/// One `<url>` line per page and language, in URL order.
fn sitemap_entries<'a>(
    plan: &'a Plan,
    git: Option<&'a LastChanged>,
) -> impl Iterator<Item = String> + 'a {
    let mut pages: Vec<&crate::plan::PlannedPage> = plan
        .pages
        .iter()
        .filter(|p| p.url.ends_with('/'))
        .map(|p| &**p)
        .collect();
    pages.sort_unstable_by(|a, b| a.url.cmp(&b.url));
    let langs = &plan.languages;
    let base = &plan.site.base_url;
    pages.into_iter().flat_map(move |page| {
        let lastmod = git
            .and_then(|g| last_changed(page, plan, g))
            .map_or_else(String::new, |d| format!("<lastmod>{d}</lastmod>"));
        let alternates = alternates(plan, &page.url);
        langs.all().iter().map(move |lang| {
            let url = crate::urls::in_language(lang, lang == langs.default_lang(), &page.url);
            let loc = xml_escape(&format!("{base}{url}"));
            format!("  <url><loc>{loc}</loc>{lastmod}{alternates}</url>\n")
        })
    })
}

/// When a page last changed: the newest commit of the record file it is made from and
/// of that record's translations; a page made from the site's records as a whole (a
/// list, the home page) changed when any record did. `None` for a file git does not
/// track (W3C date, `YYYY-MM-DD`).
fn last_changed(page: &crate::plan::PlannedPage, plan: &Plan, git: &LastChanged) -> Option<Date> {
    if page.source == crate::plan::SITE_YAML {
        return git.newest();
    }
    let stem = page.source.strip_suffix(".md");
    let translations = plan
        .languages
        .others()
        .iter()
        .filter_map(move |l| stem.and_then(|s| git.of(&format!("{s}.{l}.md"))));
    std::iter::once(git.of(&page.source)?)
        .chain(translations)
        .max()
}

/// A page's `xhtml:link` alternates in every language and `x-default` (nothing for a
/// site in one language).
fn alternates(plan: &Plan, url: &str) -> String {
    let langs = &plan.languages;
    if langs.others().is_empty() {
        return String::new();
    }
    let base = &plan.site.base_url;
    let link = |hreflang: &str, href: &str| {
        let href = xml_escape(&format!("{base}{href}"));
        format!("<xhtml:link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"{href}\"/>")
    };
    let mut out: String = langs
        .all()
        .iter()
        .map(|l| {
            link(
                l.as_str(),
                &crate::urls::in_language(l, l == langs.default_lang(), url),
            )
        })
        .collect();
    out.push_str(&link("x-default", url));
    out
}

#[cfg(test)]
mod tests {
    use super::{pack, sitemap_files};

    #[test]
    fn a_sitemap_in_parts_is_listed_by_an_index_at_sitemap_xml() {
        let text = |files: &[(String, Vec<u8>)]| -> Vec<(String, String)> {
            let s = |b: &Vec<u8>| String::from_utf8(b.clone()).unwrap();
            files.iter().map(|(p, b)| (p.clone(), s(b))).collect()
        };
        let one = sitemap_files(&["<u1>".into()], "<h>", "</h>", "https://x.org");
        assert_eq!(text(&one), [("sitemap.xml".into(), "<h><u1></h>".into())]);
        let parts = ["<u1>".to_string(), "<u2>".to_string()];
        let two = sitemap_files(&parts, "<h>", "</h>", "https://x.org");
        assert_eq!(
            text(&two),
            [
                (
                    "sitemap.xml".to_string(),
                    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n  <sitemap><loc>https://x.org/sitemaps/1.xml</loc></sitemap>\n  <sitemap><loc>https://x.org/sitemaps/2.xml</loc></sitemap>\n</sitemapindex>\n".to_string()
                ),
                ("sitemaps/1.xml".to_string(), "<h><u1></h>".to_string()),
                ("sitemaps/2.xml".to_string(), "<h><u2></h>".to_string()),
            ]
        );
    }

    fn entries(n: usize) -> impl Iterator<Item = String> {
        (1..=n).map(|i| format!("<{i:02}>"))
    }

    #[test]
    fn sitemap_parts_hold_at_most_the_urls_and_bytes_allowed_in_order() {
        assert_eq!(pack(entries(3), 5, 100), ["<01><02><03>"]);
        assert_eq!(pack(entries(5), 2, 100), ["<01><02>", "<03><04>", "<05>"]);
        // Four bytes an entry, at most nine bytes a part: two entries each.
        assert_eq!(pack(entries(5), 10, 9), ["<01><02>", "<03><04>", "<05>"]);
        assert_eq!(pack(entries(2), 10, 3), ["<01>", "<02>"]);
        assert_eq!(pack(entries(0), 10, 3), [""]);
    }
}
