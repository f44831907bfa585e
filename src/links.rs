//! Rule L1: every internal link (Markdown or template) resolves to a page, anchor or file.
use crate::diag::{Diagnostics, Pos, Rule};
use crate::key::{FastMap as HashMap, FastSet as HashSet};
use crate::load::BodyLinks;
use crate::plan::Plan;
use crate::urls;
use std::collections::BTreeSet;

/// What a link may point at: the URLs and anchors of the finished plan, and the ids
/// found in the rendered pages.
pub struct LinkIndex<'a> {
    plan: &'a Plan,
    /// The plan's pages and files with their anchors, for a lookup without comparing
    /// strings (tens of thousands of links a run).
    targets: HashMap<&'a str, &'a BTreeSet<String>>,
    /// The `id`s of each rendered page, by URL.
    rendered: HashMap<&'a str, &'a [String]>,
}

impl<'a> LinkIndex<'a> {
    /// The index of a plan whose pages were rendered and scanned (`scans` in the order
    /// of `plan.pages`; empty when nothing was rendered).
    pub fn new(plan: &'a Plan, scans: &'a [PageLinks]) -> LinkIndex<'a> {
        let rendered = plan
            .pages
            .iter()
            .zip(scans)
            .map(|(page, links)| (page.url.as_str(), links.scan.ids.as_slice()))
            .collect();
        let targets = plan.targets.iter().map(|(k, v)| (k.as_str(), v)).collect();
        LinkIndex {
            plan,
            targets,
            rendered,
        }
    }

    /// Whether `url` (a page or file of this build) has the anchor `id`.
    fn has_anchor(&self, url: &str, anchors: &BTreeSet<String>, id: &str) -> bool {
        anchors.contains(id)
            || self
                .rendered
                .get(url)
                .is_some_and(|ids| ids.iter().any(|i| i == id))
    }
}

/// Checks the links of every Markdown body; returns the hrefs they render as
/// (percent-decoded: the renderer encodes what Markdown wrote as `ö` or a space), so
/// the scan of rendered pages does not report them twice.
pub fn check_bodies(
    links: &BodyLinks,
    index: &LinkIndex,
    diags: &mut Diagnostics,
) -> HashSet<String> {
    use rayon::prelude::*;
    // Tens of thousands of links: each body's in parallel, findings kept in file order.
    let checked: Vec<(Diagnostics, Vec<String>)> = links
        .par_iter()
        .map(|body| check_body(&body.0, &body.1, index))
        .collect();
    let mut seen = HashSet::default();
    for (found, hrefs) in checked {
        diags.extend(found);
        seen.extend(hrefs);
    }
    seen
}

/// The findings of one body's links, and the hrefs they render as.
fn check_body(
    path: &str,
    list: &[crate::markdown::Link],
    index: &LinkIndex,
) -> (Diagnostics, Vec<String>) {
    let (mut diags, mut hrefs) = (Diagnostics::default(), Vec::new());
    let plan = index.plan;
    let Some(base) = plan.bodies.get(path) else {
        return (diags, hrefs);
    };
    let draft = plan.draft_bodies.contains(path);
    for link in list {
        let href = crate::urls::resolve(&link.url, base).unwrap_or_else(|| link.url.clone());
        // Most links are plain paths of the site: one lookup, nothing decoded.
        if href.starts_with('/') && !href.contains(['#', '%', '?', ':', '\\']) {
            if !index.targets.contains_key(href.as_str())
                && let Some(message) = problem(&href, base, index, draft)
            {
                diags.error(Rule::L1, path, link.pos, message);
            }
            hrefs.push(href);
            continue;
        }
        if let Some(message) = problem(&href, base, index, draft) {
            diags.error(Rule::L1, path, link.pos, message);
        }
        hrefs.push(urls::percent_decode(&href));
    }
    (diags, hrefs)
}

/// The anchors (`id`) and links (`href`, `src`) of a rendered page, entities decoded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scanned {
    pub ids: Vec<String>,
    pub links: Vec<String>,
}

/// One pass over a rendered page for its `id`, `href` and `src` attribute values.
pub fn scan(html: &str) -> Scanned {
    let bytes = html.as_bytes();
    let mut out = Scanned::default();
    let mut i = 0;
    // `str::find` of a character searches with memchr.
    while let Some(offset) = html[i..].find('=') {
        let eq = i + offset;
        i = eq + 1;
        if bytes.get(eq + 1) != Some(&b'"') {
            continue;
        }
        let name_start = bytes[..eq]
            .iter()
            .rposition(|&b| b == b' ' || b == b'\n')
            .map_or(0, |p| p + 1);
        let target = match &html[name_start..eq] {
            "id" => &mut out.ids,
            "href" | "src" => &mut out.links,
            _ => continue,
        };
        let start = eq + 2;
        let Some(len) = html[start..].find('"') else {
            break;
        };
        let value = &html[start..start + len];
        target.push(if value.contains('&') {
            unescape(value)
        } else {
            value.to_string()
        });
        i = start + len + 1;
    }
    out
}

fn unescape(value: &str) -> String {
    value
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Checks the internal links of a rendered page (its `href` and `src` values).
pub fn check_rendered(
    links: &[String],
    page: &crate::plan::PlannedPage,
    index: &LinkIndex,
    skip: &HashSet<String>,
    diags: &mut Diagnostics,
) {
    for href in links {
        let seen = if href.contains('%') {
            skip.contains(&urls::percent_decode(href))
        } else {
            skip.contains(href)
        };
        if seen {
            continue;
        }
        if let Some(problem) = problem(href, &page.url, index, false) {
            let message = format!(
                "{problem} (in the page {}, template {})",
                page.url,
                page.template()
            );
            diags.error(Rule::L1, &page.source, Pos::START, message);
        }
    }
}

/// The site path an internal link points at (against `base`, the page's URL) and its
/// fragment; `None` for an external link or an empty one.
fn target<'h>(href: &'h str, base: &str) -> Option<(String, Option<&'h str>)> {
    if href.is_empty() || urls::scheme(href).is_some() {
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
        urls::percent_decode(path)
    };
    Some((path, fragment))
}

/// The paths of every page and file of a build, for a lookup without comparing
/// strings (made once a run, shared by every page's `keep_unsure`).
pub struct Known<'a> {
    plan: &'a Plan,
    paths: HashSet<&'a str>,
}

impl<'a> Known<'a> {
    pub fn new(plan: &'a Plan) -> Known<'a> {
        let paths = plan.targets.keys().map(String::as_str).collect();
        Known { plan, paths }
    }
}

/// A rendered page's scan (shared with the pages `serve` keeps) and the links of it
/// that the check must look at.
pub struct PageLinks {
    pub scan: std::sync::Arc<Scanned>,
    pub unsure: std::sync::Arc<Vec<String>>,
}

/// The key of what `keep_unsure` sorts links against: the plan's pages, files and
/// their anchors.
pub fn targets_key(plan: &Plan) -> crate::key::Key {
    plan.targets_key
}

/// The links of a page just scanned that are not sound whatever the other pages hold:
/// sound are those to a page or file of the build without a fragment, or to an anchor
/// the plan or this page gives. The others are checked once every page is scanned, so
/// a build keeps a few links a page rather than all of them.
pub fn keep_unsure(scan: std::sync::Arc<Scanned>, url: &str, known: &Known) -> PageLinks {
    let ids = &scan.ids;
    let sound = |href: &String| {
        // Most links are plain paths of the site: one lookup, nothing decoded.
        if href.starts_with('/') && !href.contains(['#', '%', '?', ':', '\\']) {
            return known.paths.contains(href.as_str());
        }
        let Some((path, fragment)) = target(href, url) else {
            return true;
        };
        let Some(anchors) = known.plan.targets.get(&path) else {
            return false;
        };
        match fragment {
            None | Some("") => true,
            Some(f) => {
                let f = urls::percent_decode(f);
                anchors.contains(&f) || (path == url && ids.contains(&f))
            }
        }
    };
    let unsure = scan.links.iter().filter(|h| !sound(h)).cloned().collect();
    PageLinks {
        scan,
        unsure: std::sync::Arc::new(unsure),
    }
}

/// What is wrong with an internal link, if anything; external links are not checked.
fn problem(href: &str, base: &str, index: &LinkIndex, in_draft: bool) -> Option<String> {
    let plan = index.plan;
    let (path, fragment) = target(href, base)?;
    let anchors = index
        .targets
        .get(path.as_str())
        .copied()
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
        Some(f) if !f.is_empty() && !index.has_anchor(&path, anchors, &urls::percent_decode(f)) => {
            Some(format!(
                "link to \"{href}\" resolves to no anchor \"{f}\" on {path}"
            ))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scan_finds_ids_hrefs_and_srcs_decoded() {
        let html = r##"<h2 id="a-b">x</h2><a href="/a/?x=1&amp;y=2">a</a><img src="/i.png" alt="x=&quot;1&quot;"><a class="x" href="#top" data-id="no">t</a>"##;
        let s = scan(html);
        assert_eq!(s.ids, ["a-b"]);
        assert_eq!(s.links, ["/a/?x=1&y=2", "/i.png", "#top"]);
    }
}
