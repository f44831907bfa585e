//! Markdown: the options ccpub reads it with, and the checks of its content (H1, H2).
use crate::diag::{Diagnostics, Pos};
use crate::model::Body;
use pulldown_cmark::{Event, Options, Parser, Tag};

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

/// Reports raw HTML (H1) and links or images with a scheme other than http, https or
/// mailto (H2); returns the body's other links, for the link check (L1).
pub fn check(path: &str, body: &Body, diags: &mut Diagnostics) -> Vec<Link> {
    let lines = LineIndex::new(&body.text, body.first_line);
    let mut links = Vec::new();
    let mut in_html_block = false;
    for (event, range) in Parser::new_ext(&body.text, options()).into_offset_iter() {
        match event {
            Event::Start(Tag::HtmlBlock) => {
                in_html_block = true;
                diags.error(
                    "H1",
                    path,
                    lines.pos(range.start),
                    "raw HTML is not allowed in Markdown",
                );
            }
            Event::End(pulldown_cmark::TagEnd::HtmlBlock) => in_html_block = false,
            Event::Html(_) if !in_html_block => {
                diags.error(
                    "H1",
                    path,
                    lines.pos(range.start),
                    "raw HTML is not allowed in Markdown",
                );
            }
            Event::InlineHtml(_) => diags.error(
                "H1",
                path,
                lines.pos(range.start),
                "raw HTML is not allowed in Markdown",
            ),
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. }) => {
                let pos = lines.pos(dest_start(&body.text, range));
                match scheme(&dest_url) {
                    Some(s) if !is_allowed_scheme(&s) => {
                        diags.error("H2", path, pos, format!("link to \"{dest_url}\": only http, https and mailto links are allowed"));
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

/// The URL scheme of `url` as a browser sees it (tabs, newlines and leading blanks
/// removed, lower-cased), if it has one.
pub fn scheme(url: &str) -> Option<String> {
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

pub fn is_allowed_scheme(scheme: &str) -> bool {
    matches!(scheme, "http" | "https" | "mailto")
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
        let links = check(
            "p.md",
            &Body {
                text: text.into(),
                first_line: 5,
            },
            &mut d,
        );
        (d.finish(false), links)
    }

    #[test]
    fn finds_raw_html_inline_and_in_blocks_with_position() {
        let (d, _) = run("Text <b>bold</b>\n\n<div>\nx\n</div>\n\n<!-- note -->\n");
        let at: Vec<(u32, u32, &str)> = d.iter().map(|d| (d.line, d.column, d.rule)).collect();
        assert_eq!(
            at,
            vec![(5, 6, "H1"), (5, 13, "H1"), (7, 1, "H1"), (11, 1, "H1")]
        );
    }

    #[test]
    fn rejects_javascript_links_even_with_entities() {
        let (d, links) =
            run("[a](https://x.org) [b](java&#9;script:alert(1)) ![c](data:x)\n<mailto:a@b.org>\n");
        let at: Vec<(u32, u32, &str)> = d.iter().map(|d| (d.line, d.column, d.rule)).collect();
        assert_eq!(at, vec![(5, 24, "H2"), (5, 54, "H2")]);
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
    fn scheme_detection_follows_browsers() {
        assert_eq!(scheme(" JavaScript:x").as_deref(), Some("javascript"));
        assert_eq!(scheme("/members/"), None);
        assert_eq!(scheme("a b:c"), None);
        assert_eq!(scheme("#top"), None);
    }
}
