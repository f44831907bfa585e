//! Rule L1: every internal link (Markdown or template) resolves to a page, anchor or file.
use crate::diag::{Diagnostics, Pos};
use crate::markdown;
use crate::plan::Plan;
use crate::validate::BodyLinks;
use std::collections::BTreeSet;

/// Checks the links of every Markdown body; returns the hrefs they render as, so the
/// scan of rendered pages does not report them twice.
pub fn check_bodies(links: &BodyLinks, plan: &Plan, diags: &mut Diagnostics) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    for (path, list) in links {
        let Some(base) = plan.bodies.get(path) else {
            continue;
        };
        let draft = plan.draft_bodies.contains(path);
        for link in list {
            let href = markdown::resolve(&link.url, base).unwrap_or_else(|| link.url.clone());
            if let Some(message) = problem(&href, base, plan, draft) {
                diags.error("L1", path, link.pos, message);
            }
            seen.insert(href);
        }
    }
    seen
}

/// Checks the internal links of a rendered page (`href` and `src` attributes).
pub fn check_rendered(
    html: &str,
    url: &str,
    source: &str,
    template: &str,
    plan: &Plan,
    skip: &BTreeSet<String>,
    diags: &mut Diagnostics,
) {
    for href in attribute_values(html) {
        if skip.contains(&href) {
            continue;
        }
        if let Some(problem) = problem(&href, url, plan, false) {
            diags.error(
                "L1",
                source,
                Pos::START,
                format!("{problem} (in the page {url}, template {template})"),
            );
        }
    }
}

/// What is wrong with an internal link, if anything; external links are not checked.
fn problem(href: &str, base: &str, plan: &Plan, in_draft: bool) -> Option<String> {
    if href.is_empty() || markdown::scheme(href).is_some() {
        return None;
    }
    let (path, fragment) = match href.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (href, None),
    };
    let path = path.split('?').next().unwrap_or_default();
    let path = if path.is_empty() {
        base.to_string()
    } else {
        percent_decode(path)
    };
    let anchors = plan
        .targets
        .get(&path)
        .or_else(|| in_draft.then(|| plan.draft_targets.get(&path)).flatten());
    let Some(anchors) = anchors else {
        if plan.draft_targets.contains_key(&path) {
            return Some(format!(
                "link to \"{href}\": that version is a draft, published only with --drafts"
            ));
        }
        return Some(format!(
            "link to \"{href}\" resolves to no page or file of the site"
        ));
    };
    match fragment {
        Some(f) if !f.is_empty() && !anchors.contains(&percent_decode(f)) => Some(format!(
            "link to \"{href}\" resolves to no anchor \"{f}\" on {path}"
        )),
        _ => None,
    }
}

/// The `id` attributes of a rendered page: its anchors.
pub fn ids(html: &str) -> Vec<String> {
    values(html, &[" id=\""])
}

/// The values of `href="…"` and `src="…"` attributes, entities decoded.
fn attribute_values(html: &str) -> Vec<String> {
    values(html, &[" href=\"", " src=\""])
}

fn values(html: &str, attrs: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for attr in attrs {
        let mut rest = html;
        while let Some(i) = rest.find(attr) {
            rest = &rest[i + attr.len()..];
            let end = rest.find('"').unwrap_or(rest.len());
            out.push(
                rest[..end]
                    .replace("&quot;", "\"")
                    .replace("&#39;", "'")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&amp;", "&"),
            );
            rest = &rest[end..];
        }
    }
    out
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
    fn finds_href_and_src_values_decoded() {
        let html = r##"<a href="/a/?x=1&amp;y=2">a</a><img src="/i.png" alt=""><a class="x" href="#top">t</a>"##;
        assert_eq!(attribute_values(html), ["/a/?x=1&y=2", "#top", "/i.png"]);
    }

    #[test]
    fn percent_decoding_of_paths() {
        assert_eq!(percent_decode("/files/my%20file.pdf"), "/files/my file.pdf");
        assert_eq!(percent_decode("/100%"), "/100%");
    }
}
