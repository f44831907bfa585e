//! Markdown: the options ccpub reads it with, and the checks of its content (H1, H2).
use crate::diag::{Diagnostics, Pos, Rule};
use crate::model::Body;
use crate::urls;
use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};
use std::collections::HashMap;

mod footnotes;

/// CommonMark with tables, footnotes and strikethrough.
pub fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH
}

/// A link found in a body: its destination (entities decoded) and where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub url: String,
    pub pos: Pos,
}

/// How deeply Markdown may nest (block quotes, lists, emphasis … within one another):
/// past it, a body is an H3 finding and is not rendered (sanitising such HTML takes
/// time quadratic in the depth).
pub const MAX_NESTING: usize = 32;

/// Reports raw HTML (H1), links or images with a scheme other than http, https or
/// mailto (H2) and nesting deeper than `MAX_NESTING` (H3); returns the body's other
/// links, for the link check (L1).
pub fn check(path: &str, body: &Body, diags: &mut Diagnostics) -> Vec<Link> {
    let lines = LineIndex::new(&body.text, body.first_line);
    let mut links = Vec::new();
    let mut in_html_block = false;
    let mut depth = Depth::default();
    for (event, range) in Parser::new_ext(&body.text, options()).into_offset_iter() {
        if depth.exceeded_by(&event) {
            let message = format!("Markdown nested more than {MAX_NESTING} levels deep");
            diags.error(Rule::H3, path, lines.pos(range.start), message);
        }
        match event {
            Event::Start(Tag::HtmlBlock) => {
                in_html_block = true;
                diags.error(
                    Rule::H1,
                    path,
                    lines.pos(range.start),
                    "raw HTML is not allowed in Markdown",
                );
            }
            Event::End(pulldown_cmark::TagEnd::HtmlBlock) => in_html_block = false,
            Event::Html(_) if !in_html_block => {
                diags.error(
                    Rule::H1,
                    path,
                    lines.pos(range.start),
                    "raw HTML is not allowed in Markdown",
                );
            }
            Event::InlineHtml(_) => diags.error(
                Rule::H1,
                path,
                lines.pos(range.start),
                "raw HTML is not allowed in Markdown",
            ),
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. }) => {
                let pos = lines.pos(dest_start(&body.text, range));
                match urls::scheme(&dest_url) {
                    Some(s) if !urls::is_allowed_scheme(&s) => {
                        diags.error(Rule::H2, path, pos, format!("link to \"{dest_url}\": only http, https and mailto links are allowed"));
                    }
                    _ => links.push(Link {
                        url: dest_url.to_string(),
                        pos,
                    }),
                }
            }
            _ => {}
        }
    }
    links
}

/// A body rendered to HTML (sanitised), with the ids of its headings.
#[derive(Clone, Debug, Default)]
pub struct Rendered {
    pub html: std::sync::Arc<str>,
    pub anchors: Vec<String>,
}

/// A body shown at the top level of its page (tests).
#[cfg(test)]
pub fn to_html(text: &str, base: &str) -> Rendered {
    to_html_under(text, base, 0)
}

/// Renders a body whose page is at `base` (a site path ending in `/`): headings get
/// GitHub-style ids, relative links become site paths, the HTML passes the sanitiser.
/// A body shown under `levels` headings of its page has its headings moved down as
/// many levels (a charter under the page's "Charter" heading starts at `<h3>`),
/// so the page's outline stays whole. Ids are not affected.
pub fn to_html_under(text: &str, base: &str, levels: usize) -> Rendered {
    let mut events: Vec<Event> = Parser::new_ext(text, options()).collect();
    let mut depth = Depth::default();
    if events.iter().any(|e| depth.exceeded_by(e)) {
        // An H3 finding: the build fails, so nothing is shown.
        return Rendered::default();
    }
    let anchors = assign_heading_ids(&mut events);
    if levels > 0 {
        shift_headings(&mut events, levels);
    }
    for event in &mut events {
        if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = event
            && let Some(resolved) = crate::urls::resolve(dest_url, base)
        {
            *dest_url = CowStr::from(resolved);
        }
    }
    let events = footnotes::gather(events);
    let mut html = String::with_capacity(text.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    Rendered {
        html: sanitize(&html).into(),
        anchors,
    }
}

/// The nesting of Markdown events, for `MAX_NESTING`.
#[derive(Default)]
struct Depth {
    now: usize,
    reported: bool,
}

impl Depth {
    /// Follows one event; true the first time the nesting goes past `MAX_NESTING`.
    fn exceeded_by(&mut self, event: &Event) -> bool {
        match event {
            Event::Start(_) => self.now += 1,
            Event::End(_) => self.now = self.now.saturating_sub(1),
            _ => {}
        }
        let first = self.now > MAX_NESTING && !self.reported;
        self.reported |= first;
        first
    }
}

/// GitHub's heading id: lower case, punctuation but `-` and `_` removed, spaces as `-`.
pub fn slugify(text: &str) -> String {
    text.trim()
        .chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// Moves every heading `levels` levels down (at most to `<h6>`).
fn shift_headings(events: &mut [Event], levels: usize) {
    use pulldown_cmark::HeadingLevel;
    let down = |l: HeadingLevel| HeadingLevel::try_from((l as usize + levels).min(6)).unwrap_or(l);
    for event in events {
        match event {
            Event::Start(Tag::Heading { level, .. }) => *level = down(*level),
            Event::End(TagEnd::Heading(level)) => *level = down(*level),
            _ => {}
        }
    }
}

fn assign_heading_ids(events: &mut [Event]) -> Vec<String> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut anchors = Vec::new();
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { .. }) = &events[i] {
            let mut text = String::new();
            for e in &events[i + 1..] {
                match e {
                    Event::End(TagEnd::Heading(_)) => break,
                    Event::Text(t) | Event::Code(t) => text.push_str(t),
                    _ => {}
                }
            }
            let base = slugify(&text);
            let id = match seen.get_mut(&base) {
                Some(n) => {
                    *n += 1;
                    format!("{base}-{n}")
                }
                None => {
                    seen.insert(base.clone(), 0);
                    base
                }
            };
            if let Event::Start(Tag::Heading { id: slot, .. }) = &mut events[i] {
                *slot = Some(CowStr::from(id.clone()));
            }
            anchors.push(id);
        }
        i += 1;
    }
    anchors
}

/// The sanitiser's allowlist, built once (it is immutable, and costly to build).
fn sanitizer() -> &'static ammonia::Builder<'static> {
    static SANITIZER: std::sync::OnceLock<ammonia::Builder<'static>> = std::sync::OnceLock::new();
    SANITIZER.get_or_init(|| {
        let mut b = ammonia::Builder::default();
        b.add_generic_attributes(["id"])
            .add_tag_attributes("div", ["class"])
            .add_tag_attributes("sup", ["class"])
            .add_tag_attributes("a", ["class", "aria-label"])
            .add_tag_attributes("th", ["style"])
            .add_tag_attributes("td", ["style"])
            .url_schemes(["http", "https", "mailto"].into_iter().collect())
            .id_prefix(None)
            .link_rel(Some("noopener"));
        b
    })
}

/// The HTML of a body, sanitised. pulldown-cmark's output for plain Markdown (no raw
/// HTML, no character reference, only the tags of `plain_tag`, links to safe places) is
/// already what the sanitiser writes, but for the `rel` it gives links: that output
/// takes the short way; everything else goes through the sanitiser.
fn sanitize(html: &str) -> String {
    plain(html).unwrap_or_else(|| sanitizer().clean(html).to_string())
}

/// `html` as the sanitiser would write it, when it is plain (see `sanitize`).
fn plain(html: &str) -> Option<String> {
    if html.contains(['&', '\u{a0}']) {
        return None;
    }
    let mut out = String::with_capacity(html.len() + html.len() / 16);
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let text = &rest[..start];
        if text.contains('>') {
            return None;
        }
        out.push_str(text);
        let end = start + rest[start..].find('>')?;
        plain_tag(&rest[start..=end], &mut out)?;
        rest = &rest[end + 1..];
    }
    if rest.contains('>') {
        return None;
    }
    out.push_str(rest);
    Some(out)
}

/// Writes one tag of plain output as the sanitiser would; `None` for any other tag.
fn plain_tag(tag: &str, out: &mut String) -> Option<()> {
    const BARE: [&str; 16] = [
        "p",
        "em",
        "strong",
        "ul",
        "ol",
        "li",
        "blockquote",
        "code",
        "pre",
        "del",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
    ];
    let inner = &tag[1..tag.len() - 1];
    let name = inner.strip_prefix('/').unwrap_or(inner);
    if BARE.contains(&name) || name == "a" && inner.starts_with('/') {
        out.push_str(tag);
        return Some(());
    }
    if let Some((h, id)) = inner.split_once(" id=\"")
        && BARE[10..].contains(&h)
        && let Some(id) = id.strip_suffix('"')
        && !id.contains(['"', '<'])
    {
        out.push_str(tag);
        return Some(());
    }
    let href = inner.strip_prefix("a href=\"")?.strip_suffix('"')?;
    if href.contains(['"', '<', '\'', ' ']) || !safe_href(href) {
        return None;
    }
    out.push_str("<a href=\"");
    out.push_str(href);
    out.push_str("\" rel=\"noopener\">");
    Some(())
}

/// A link the sanitiser keeps as written: relative, or http, https or mailto.
fn safe_href(href: &str) -> bool {
    let scheme_end = href.find([':', '/', '?', '#']);
    match scheme_end {
        Some(i) if href.as_bytes()[i] == b':' => ["http://", "https://", "mailto:"]
            .iter()
            .any(|s| href.starts_with(s)),
        _ => true,
    }
}

/// Where a link's destination starts within its source range: after `](` when written
/// inline (blanks and `<` skipped), else the start of the link.
fn dest_start(text: &str, range: std::ops::Range<usize>) -> usize {
    let src = &text[range.clone()];
    match src.rfind("](") {
        Some(i) => {
            let after = &src[i + 2..];
            let skipped =
                after.len() - after.trim_start_matches([' ', '\t', '\n', '\r', '<']).len();
            range.start + i + 2 + skipped
        }
        None if src.starts_with('<') => range.start + 1,
        None => range.start,
    }
}

/// Byte offsets in a body -> file positions.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    first_line: u32,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str, first_line: u32) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex {
            text,
            starts,
            first_line,
        }
    }

    pub fn pos(&self, offset: usize) -> Pos {
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let col = self.text[self.starts[line]..offset].chars().count() as u32 + 1;
        Pos {
            line: self.first_line + line as u32,
            col,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> (Vec<crate::diag::Diagnostic>, Vec<Link>) {
        let mut d = Diagnostics::default();
        let links = check("p.md", &Body::new(text, 5), &mut d);
        (d.finish(false), links)
    }

    #[test]
    fn finds_raw_html_inline_and_in_blocks_with_position() {
        let (d, _) = run("Text <b>bold</b>\n\n<div>\nx\n</div>\n\n<!-- note -->\n");
        let at: Vec<(u32, u32, Rule)> = d.iter().map(|d| (d.line, d.column, d.rule)).collect();
        assert_eq!(
            at,
            vec![
                (5, 6, Rule::H1),
                (5, 13, Rule::H1),
                (7, 1, Rule::H1),
                (11, 1, Rule::H1)
            ]
        );
    }

    #[test]
    fn rejects_javascript_links_even_with_entities() {
        let (d, links) =
            run("[a](https://x.org) [b](java&#9;script:alert(1)) ![c](data:x)\n<mailto:a@b.org>\n");
        let at: Vec<(u32, u32, Rule)> = d.iter().map(|d| (d.line, d.column, d.rule)).collect();
        assert_eq!(at, vec![(5, 24, Rule::H2), (5, 54, Rule::H2)]);
        assert_eq!(
            d[0].message,
            "link to \"java\tscript:alert(1)\": only http, https and mailto links are allowed"
        );
        let urls: Vec<&str> = links.iter().map(|l| l.url.as_str()).collect();
        assert_eq!(urls, vec!["https://x.org", "mailto:a@b.org"]);
    }

    #[test]
    fn autolinks_are_links_not_html() {
        let (d, links) = run("<https://ccnso.icann.org>\n");
        assert!(d.is_empty());
        assert_eq!(links[0].pos, Pos { line: 5, col: 2 });
    }

    #[test]
    fn heading_ids_follow_github_with_numbered_repeats() {
        let r = to_html(
            "# Hello, World!\n\n## Hello World\n\n## hello-world\n\n## 2. Procedure\n",
            "/p/",
        );
        assert_eq!(
            r.anchors,
            [
                "hello-world",
                "hello-world-1",
                "hello-world-2",
                "2-procedure"
            ]
        );
        assert!(
            r.html.contains("<h1 id=\"hello-world\">Hello, World!</h1>"),
            "{}",
            r.html
        );
    }

    #[test]
    fn a_body_under_a_heading_starts_one_level_below_it() {
        let r = to_html_under("## Purpose\n\n###### Deep\n", "/a/", 1);
        assert_eq!(
            &*r.html,
            "<h3 id=\"purpose\">Purpose</h3>\n<h6 id=\"deep\">Deep</h6>\n"
        );
        assert_eq!(r.anchors, ["purpose", "deep"]);
    }

    #[test]
    fn relative_links_become_site_paths_in_rendered_html() {
        let r = to_html("[v1](../1.0/#scope)", "/guidelines/x/1.1/");
        assert_eq!(
            &*r.html,
            "<p><a href=\"/guidelines/x/1.0/#scope\" rel=\"noopener\">v1</a></p>\n"
        );
    }

    #[test]
    fn tables_and_footnotes_survive_the_sanitiser() {
        let r = to_html(
            "| a | b |\n|---|--:|\n| 1 | 2 |\n\nText[^n].\n\n[^n]: Note.\n",
            "/p/",
        );
        assert!(
            r.html.contains("<th>a</th>")
                && r.html.contains("<td style=\"text-align: right\">2</td>"),
            "{}",
            r.html
        );
        assert!(r.html.ends_with("<p>Text<sup class=\"footnote-ref\" id=\"fnref-1\"><a href=\"#fn-1\" rel=\"noopener\">1</a></sup>.</p>\n\
            <div class=\"footnotes\">\n<ol>\n<li id=\"fn-1\">\n<p>Note. <a href=\"#fnref-1\" class=\"footnote-backref\" aria-label=\"Back to citation 1\" rel=\"noopener\">↩</a></p>\n</li>\n</ol>\n</div>\n"), "{}", r.html);
    }

    /// Footnotes are numbered as cited, not as defined, and gathered after the text,
    /// each with one back-link per citation (a definition in mid-text stays out of it).
    #[test]
    fn footnotes_are_numbered_as_cited_and_linked_back_from_every_citation() {
        let r = to_html(
            "A[^b] and B[^a].\n\n[^a]: First defined.\n\n[^b]: Second defined.\n\nC[^b].\n\nD[^none].\n",
            "/p/",
        );
        let html = &*r.html;
        assert!(html.starts_with("<p>A<sup class=\"footnote-ref\" id=\"fnref-1\"><a href=\"#fn-1\" rel=\"noopener\">1</a></sup> and B<sup class=\"footnote-ref\" id=\"fnref-2\"><a href=\"#fn-2\" rel=\"noopener\">2</a></sup>.</p>\n<p>C<sup class=\"footnote-ref\" id=\"fnref-1-2\"><a href=\"#fn-1\" rel=\"noopener\">1</a></sup>.</p>\n<p>D[^none].</p>\n<div class=\"footnotes\">"), "{html}");
        assert!(html.contains("<li id=\"fn-1\">\n<p>Second defined. <a href=\"#fnref-1\" class=\"footnote-backref\" aria-label=\"Back to citation 1\" rel=\"noopener\">↩</a> <a href=\"#fnref-1-2\" class=\"footnote-backref\" aria-label=\"Back to citation 1 (2)\" rel=\"noopener\">↩<sup>2</sup></a></p>\n</li>\n<li id=\"fn-2\">\n<p>First defined."), "{html}");
    }
}

#[cfg(test)]
pub(crate) mod robustness {
    use super::*;

    /// `n` Markdown-like texts made of the pieces that trouble parsers, the same each run
    /// (also compared by the redline's robustness test).
    pub(crate) fn random_texts(n: usize) -> Vec<String> {
        const PIECES: &[&str] = &[
            "# ",
            "[",
            "](",
            ")",
            "<",
            ">",
            "`",
            "*",
            "_",
            "\n",
            "\n\n",
            "| a |",
            "|---|",
            "[^1]",
            "[^1]: x",
            "http://x",
            "javascript:",
            "&#9;",
            "![",
            "- ",
            "1. ",
            "    ",
            "ü",
            "\r\n",
            "<!--",
            "-->",
            "\\",
        ];
        let mut seed: u64 = 99;
        let mut out = Vec::new();
        for _ in 0..n {
            let mut text = String::new();
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            for _ in 0..(seed >> 59) as usize * 3 + 1 {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                text.push_str(PIECES[(seed >> 33) as usize % PIECES.len()]);
            }
            out.push(text);
        }
        out
    }

    /// Generated Markdown-like texts never make the checks or the renderer panic.
    #[test]
    fn no_input_makes_markdown_panic() {
        for text in random_texts(3_000) {
            let mut d = Diagnostics::default();
            let _ = check("p.md", &Body::new(&text, 1), &mut d);
            let _ = to_html(&text, "/a/b/");
        }
    }
}

#[cfg(test)]
mod plain_output {
    use super::*;

    fn rendered(text: &str) -> String {
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, Parser::new_ext(text, options()));
        html
    }

    fn markdown_files(dir: &std::path::Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                markdown_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "md") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                // The body, after the front matter.
                let body = text.splitn(3, "---\n").nth(2).unwrap_or(&text);
                out.push(body.to_string());
            }
        }
    }

    const TRICKY: &[&str] = &[
        "[x](javascript:alert(1)) [y](JAVASCRIPT:x) [z](data:text/html,x) [w](vbscript:x)",
        "[a](HTTP://x.org) [b](mailto:a@b.org) [c](//evil.example/) [d](<>) [e](?q#f)",
        "[t](/x \"title\") ![i](/i.png) <b>raw</b> <a href=\"/x\">raw</a> &amp; &copy; \u{a0}",
        "# H1\n\n## Ça va?\n\n### x_y-z\n\n> quote *em* **strong** ~~del~~ `code`\n\n1. a\n2. b\n\n- c\n- d\n",
        "```rust\nfn main() {}\n```\n\n    indented\n\n---\n\nline  \nbreak\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n",
        "x[^1]\n\n[^1]: note\n\n5 > 3 and 2 < 4 \"quoted\" 'single'",
        "[a](/a/b%20c/) [b](/ö/) [c](#frag) [d](../up/) [e](x:y) [f](http:x)",
    ];

    #[test]
    fn the_short_way_writes_what_the_sanitiser_writes() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts: Vec<String> = TRICKY.iter().map(|t| t.to_string()).collect();
        markdown_files(&root.join("content"), &mut texts);
        markdown_files(&root.join("tests/fixtures"), &mut texts);
        let mut short = 0;
        for text in &texts {
            let html = rendered(text);
            if let Some(fast) = plain(&html) {
                short += 1;
                assert_eq!(fast, sanitizer().clean(&html).to_string(), "{text}");
            }
        }
        assert!(short * 2 > texts.len(), "{short} of {}", texts.len());
    }

    #[test]
    fn only_plain_output_takes_the_short_way() {
        let plain_body = rendered("## A\n\nSee [the members](/members/) and *more*.\n");
        assert_eq!(
            plain(&plain_body).as_deref(),
            Some(
                "<h2>A</h2>\n<p>See <a href=\"/members/\" rel=\"noopener\">the members</a> and <em>more</em>.</p>\n"
            )
        );
        for text in TRICKY[..3].iter().chain(&TRICKY[4..6]) {
            assert_eq!(plain(&rendered(text)), None, "{text}");
        }
    }
}
