//! SPEC §3 in code: the URL of every page kind, the fixed files a build writes, news
//! pagination, the output file of a URL, and how relative links resolve. Every site
//! URL is made here and nowhere else.
use crate::key::FastSet as HashSet;
use crate::model::{Region, VersionNum};

/// Announcements on a page of `/news/` when site.yaml does not say.
pub(crate) const NEWS_PER_PAGE: usize = 20;

pub(crate) const HOME: &str = "/";
pub(crate) const MEMBERS: &str = "/members/";
pub(crate) const MEMBERS_BY_REGION: &str = "/members/by-region/";
pub(crate) const MEMBERS_FORMER: &str = "/members/former/";
pub(crate) const MEMBERS_GROWTH: &str = "/members/growth/";
pub(crate) const COUNCIL: &str = "/council/";
pub(crate) const MEETINGS: &str = "/council/meetings/";
pub(crate) const RESOLUTIONS: &str = "/council/resolutions/";
pub(crate) const APPLICATIONS: &str = "/members/applications/";
pub(crate) const ELECTIONS: &str = "/elections/";
pub(crate) const VOTES: &str = "/votes/";
pub(crate) const WORKING_GROUPS: &str = "/working-groups/";
pub(crate) const GUIDELINES: &str = "/guidelines/";
pub(crate) const NEWS: &str = "/news/";
pub(crate) const NOT_FOUND: &str = "/404.html";
pub(crate) const ATOM: &str = "/atom.xml";
pub(crate) const SITEMAP: &str = "/sitemap.xml";
/// Where the parts of a sitemap too large for one file go (`sitemap.xml` then lists
/// them).
pub(crate) fn sitemap_part(n: usize) -> String {
    format!("/sitemaps/{n}.xml")
}
pub(crate) const MEMBERS_JSON: &str = "/data/members.json";
pub(crate) const MEMBERS_CSV: &str = "/data/members.csv";
pub(crate) const COUNCIL_JSON: &str = "/data/council.json";
pub(crate) const REGION_CHANGES_CSV: &str = "/data/region-changes.csv";
pub(crate) const DATAPACKAGE: &str = "/data/datapackage.json";
pub(crate) const RESOLUTIONS_JSON: &str = "/data/resolutions.json";
pub(crate) const ELECTIONS_JSON: &str = "/data/elections.json";
pub(crate) const VOTES_JSON: &str = "/data/votes.json";
/// Written for a site in more than one language (SPEC §8), as is its data file.
pub(crate) const TRANSLATIONS: &str = "/translations/";
pub(crate) const TRANSLATIONS_JSON: &str = "/data/translations.json";
/// Written unless the site's `static/` has its own (so not one of the reserved `FILES`).
pub(crate) const ROBOTS: &str = "/robots.txt";

/// The pages with a fixed URL, in the order they are planned.
pub(crate) const FIXED_PAGES: [&str; 14] = [
    HOME,
    MEMBERS,
    MEMBERS_BY_REGION,
    MEMBERS_FORMER,
    MEMBERS_GROWTH,
    APPLICATIONS,
    COUNCIL,
    MEETINGS,
    RESOLUTIONS,
    ELECTIONS,
    VOTES,
    WORKING_GROUPS,
    GUIDELINES,
    NEWS,
];

/// The files (not pages) every build writes.
pub(crate) const FILES: [&str; 11] = [
    ATOM,
    SITEMAP,
    NOT_FOUND,
    MEMBERS_JSON,
    MEMBERS_CSV,
    REGION_CHANGES_CSV,
    COUNCIL_JSON,
    DATAPACKAGE,
    RESOLUTIONS_JSON,
    ELECTIONS_JSON,
    VOTES_JSON,
];

pub(crate) fn councillor(id: &str) -> String {
    format!("/council/{id}/")
}

pub(crate) fn election(slug: &str) -> String {
    format!("/elections/{slug}/")
}

pub(crate) fn vote(slug: &str) -> String {
    format!("/votes/{slug}/")
}

pub(crate) fn meeting(number: u32) -> String {
    format!("/council/meetings/{number}/")
}

/// The anchor of a resolution or action on its meeting's page: its id, lower case, a
/// space as `-` (`67-01`, `124-04-a`).
pub(crate) fn resolution_anchor(id: &str) -> String {
    id.to_lowercase().replace(' ', "-")
}

/// A resolution on its meeting's page.
pub(crate) fn resolution(meeting: u32, id: &str) -> String {
    format!("{}#{}", self::meeting(meeting), resolution_anchor(id))
}

pub(crate) fn member(id: &str) -> String {
    format!("/members/{id}/")
}

pub(crate) fn region(r: Region) -> String {
    format!("/regions/{}/", r.id())
}

pub(crate) fn working_group(id: &str) -> String {
    format!("/working-groups/{id}/")
}

pub(crate) fn guideline(slug: &str) -> String {
    format!("/guidelines/{slug}/")
}

pub(crate) fn version(slug: &str, v: &VersionNum) -> String {
    format!("/guidelines/{slug}/{v}/")
}

/// A version's URL by its file name's stem (which may not be a valid version number
/// yet: the URL still counts as taken).
pub(crate) fn version_named(slug: &str, stem: &str) -> String {
    format!("/guidelines/{slug}/{stem}/")
}

/// The redline of a version against its previous version.
pub(crate) fn changes(slug: &str, v: &VersionNum) -> String {
    format!("/guidelines/{slug}/{v}/changes/")
}

/// A free page.
pub(crate) fn page(slug: &str) -> String {
    format!("/{slug}/")
}

/// An announcement (`slug` is its file name's stem, `yyyy-mm-dd-slug`).
pub(crate) fn news_item(slug: &str) -> String {
    format!("/news/{slug}/")
}

/// Page `n` (from 1) of the news list: page 1 is `/news/`.
pub(crate) fn news_page(n: usize) -> String {
    if n <= 1 {
        NEWS.to_string()
    } else {
        format!("/news/page/{n}/")
    }
}

/// How many pages the news list has for `items` announcements (at least one).
pub(crate) fn news_pages(items: usize, per_page: usize) -> usize {
    items.div_ceil(per_page.max(1)).max(1)
}

/// A file of `static/` (the site's or the theme's), by its path relative to it.
pub(crate) fn static_file(rel: &str) -> String {
    format!("/{rel}")
}

/// The path of a base URL, without its trailing `/`: `https://o.github.io/repo/` ->
/// `/repo`; `""` for a site at the root of its host.
pub(crate) fn base_path(base_url: &str) -> String {
    let after_scheme = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest);
    match after_scheme.find('/') {
        Some(i) => after_scheme[i..].trim_end_matches('/').to_string(),
        None => String::new(),
    }
}

/// Rendered HTML with `base` (a base path, see `base_path`) put before every site
/// path of an `href` or `src` attribute (`href="/members/"` -> `href="/repo/members/"`).
/// Site URLs are built and checked as paths from the site's root; this is the one
/// place that moves them under the base path, as the page is written.
pub(crate) fn with_base_path(html: &str, base: &str) -> String {
    if base.is_empty() {
        return html.to_string();
    }
    let mut out = String::with_capacity(html.len() + html.len() / 16);
    let mut rest = html;
    while let Some(i) = rest.find("=\"/") {
        let (head, tail) = rest.split_at(i + 2);
        out.push_str(head);
        let attr = head[..i]
            .rsplit([' ', '\n', '<'])
            .next()
            .unwrap_or_default();
        if matches!(attr, "href" | "src") && !tail.starts_with("//") {
            out.push_str(base);
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// The URL of a page in a language (SPEC §8): the default language's pages are where
/// §3 puts them, every other language's under `/<lang>/`.
pub(crate) fn in_language(lang: &crate::lang::Lang, default: bool, url: &str) -> String {
    match default {
        true => url.to_string(),
        false => format!("/{lang}{url}"),
    }
}

/// The Atom feed of a language: `/atom.xml`, `/fr/atom.xml`.
pub(crate) fn atom_in(lang: &crate::lang::Lang, default: bool) -> String {
    in_language(lang, default, ATOM)
}

/// A page's HTML with its links to pages (`pages`) and to the feed pointed at their
/// versions in `lang` (under `/fr`). A link that names its language (`hreflang` in the
/// same tag: the switcher, the alternates) is left as written, as are files (open
/// data, static files).
pub(crate) fn localize_links(
    html: &str,
    lang: &crate::lang::Lang,
    pages: &HashSet<&str>,
) -> String {
    let prefix = format!("/{lang}");
    localize_under(html, &prefix, pages)
}

/// `localize_links` under a path prefix (`/fr`).
fn localize_under(html: &str, prefix: &str, pages: &HashSet<&str>) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 16);
    let mut rest = html;
    while let Some(i) = rest.find("href=\"/") {
        let (head, tail) = rest.split_at(i + 6);
        out.push_str(head);
        let tag_start = head.rfind('<').unwrap_or(0);
        let tag_end = tail.find('>').unwrap_or(tail.len());
        let names_language =
            head[tag_start..].contains("hreflang=") || tail[..tag_end].contains("hreflang=");
        let end = tail.find('"').unwrap_or(tail.len());
        let path = tail[..end].split(['#', '?']).next().unwrap_or_default();
        if !names_language && (pages.contains(path) || path == ATOM) {
            out.push_str(prefix);
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// The file a URL is written to: `/` -> `index.html`, `/a/` -> `a/index.html`.
pub fn output_path(url: &str) -> String {
    let rel = url.trim_start_matches('/');
    if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.to_string()
    }
}

/// The URL of an output file: `members/index.html` -> `/members/`.
pub fn url_of(out: &str) -> String {
    match out.strip_suffix("index.html") {
        Some(dir) => format!("/{dir}"),
        None => format!("/{out}"),
    }
}

/// A link as a site path: relative links resolved against `base`; `None` for links
/// with a scheme, site paths and `#anchors`, which stay as written.
pub fn resolve(url: &str, base: &str) -> Option<String> {
    if url.is_empty() || url.starts_with('/') || url.starts_with('#') || scheme(url).is_some() {
        return None;
    }
    let (path, rest) = match url.find(['?', '#']) {
        Some(i) => url.split_at(i),
        None => (url, ""),
    };
    let mut parts: Vec<&str> = base.split('/').filter(|p| !p.is_empty()).collect();
    let segments: Vec<&str> = path.split('/').collect();
    for (i, seg) in segments.iter().enumerate() {
        match *seg {
            "." => {}
            ".." => {
                parts.pop();
            }
            "" if i + 1 < segments.len() => {}
            s => parts.push(s),
        }
    }
    let trailing = path.ends_with('/')
        || path.ends_with("/.")
        || path.ends_with("/..")
        || path == "."
        || path == "..";
    let mut out = format!("/{}", parts.join("/"));
    if trailing && !out.ends_with('/') {
        out.push('/');
    }
    out.push_str(rest);
    Some(out)
}

/// The URL scheme of `url` as a browser sees it (tabs, newlines and leading blanks
/// removed, lower-cased), if it has one.
pub fn scheme(url: &str) -> Option<String> {
    if !url.contains(':') {
        // Most links are paths: nothing to clean.
        return None;
    }
    let cleaned: String = url
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let (head, _) = cleaned.split_once(':')?;
    let valid = head.starts_with(|c: char| c.is_ascii_alphabetic())
        && head
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c));
    valid.then(|| head.to_ascii_lowercase())
}

/// The link schemes Markdown may use (H2).
pub fn is_allowed_scheme(scheme: &str) -> bool {
    matches!(scheme, "http" | "https" | "mailto")
}

/// `%XX` escapes decoded (invalid UTF-8 replaced).
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && let (Some(h), Some(l)) = (
                bytes.get(i + 1).and_then(|b| hex(*b)),
                bytes.get(i + 2).and_then(|b| hex(*b)),
            )
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn news_page_one_is_the_news_list_itself() {
        assert_eq!(news_page(1), "/news/");
        assert_eq!(news_page(2), "/news/page/2/");
        assert_eq!(
            (news_pages(0, 20), news_pages(41, 20), news_pages(3, 0)),
            (1, 3, 3)
        );
    }

    #[test]
    fn site_paths_move_under_the_base_path() {
        assert_eq!(base_path("https://o.github.io/repo/"), "/repo");
        assert_eq!(base_path("https://example.org"), "");
        assert_eq!(base_path("https://example.org/a/b"), "/a/b");
        let html = "<a href=\"/members/\">m</a><img src=\"/x.png\" alt=\"\"><a href=\"//cdn/x\">c</a><a href=\"https://e.org/\">e</a><p data-x=\"/no\">href=\"/text\"</p>";
        assert_eq!(
            with_base_path(html, "/pr-7"),
            "<a href=\"/pr-7/members/\">m</a><img src=\"/pr-7/x.png\" alt=\"\"><a href=\"//cdn/x\">c</a><a href=\"https://e.org/\">e</a><p data-x=\"/no\">href=\"/text\"</p>"
        );
        assert_eq!(with_base_path(html, ""), html);
    }

    #[test]
    fn output_paths_and_urls_are_inverse() {
        for url in ["/", "/members/", "/atom.xml", "/guidelines/a/1.0/changes/"] {
            assert_eq!(url_of(&output_path(url)), url);
        }
        assert_eq!(output_path("/members/"), "members/index.html");
    }

    #[test]
    fn relative_links_become_site_paths() {
        assert_eq!(
            resolve("../1.0/", "/guidelines/x/1.1/").as_deref(),
            Some("/guidelines/x/1.0/")
        );
        assert_eq!(
            resolve("annex.pdf#p2", "/guidelines/x/1.1/").as_deref(),
            Some("/guidelines/x/1.1/annex.pdf#p2")
        );
        assert_eq!(resolve("../../../../x/", "/a/").as_deref(), Some("/x/"));
        assert_eq!(resolve("..", "/a/b/").as_deref(), Some("/a/"));
        assert_eq!(resolve("/members/", "/a/"), None);
        assert_eq!(resolve("https://x.org", "/a/"), None);
    }
    #[test]
    fn scheme_detection_follows_browsers() {
        assert_eq!(scheme(" JavaScript:x").as_deref(), Some("javascript"));
        assert_eq!(scheme("/members/"), None);
        assert_eq!(scheme("a b:c"), None);
        assert_eq!(scheme("#top"), None);
    }

    #[test]
    fn percent_escapes_are_decoded() {
        assert_eq!(percent_decode("/files/my%20file.pdf"), "/files/my file.pdf");
        assert_eq!(percent_decode("/100%"), "/100%");
    }
}
