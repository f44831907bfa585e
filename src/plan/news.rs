//! The announcements: one page each, and the list, newest first, in pages.
use super::members::SITE_YAML;
use super::{Cx, Planned, PlannedPage};
use crate::model::News;
use crate::urls;
use crate::views::{NewsView, View, date, provenance};
use std::collections::HashSet;
use std::sync::Arc;

pub(super) fn plan(cx: &Cx, out: &mut Planned) {
    use rayon::prelude::*;
    let cache = cx.cache;
    let mut kept = std::mem::take(&mut *cache.news.lock().unwrap_or_else(|e| e.into_inner()));
    // Thousands of announcements: their pages are made in parallel (each view kept
    // from the last run when made from the same record and body), in order.
    let pages: Vec<(PlannedPage, bool)> = cx
        .site
        .news
        .par_iter()
        .map(|n| {
            let body = cx.body(&n.path);
            let (view, reused) = match kept.get(&n.path) {
                Some(k) if k.made_from(n, &body.html) => (Arc::clone(&k.view), true),
                _ => {
                    let view = View::NewsItem {
                        item: news_view(n),
                        body: body.html,
                        source: provenance(n.source.as_ref(), n.note.as_ref()),
                    };
                    (Arc::new(view), false)
                }
            };
            (item_page(n, view, body.anchors), reused)
        })
        .collect();
    if cache.keep {
        for (n, (page, reused)) in cx.site.news.iter().zip(&pages) {
            if !reused {
                let view = Arc::clone(&page.view);
                kept.insert(
                    n.path.clone(),
                    KeptView {
                        record: n.clone(),
                        view,
                    },
                );
            }
        }
        // Every announcement has its entry: any other is of a file that is gone.
        if kept.len() > cx.site.news.len() {
            let paths: HashSet<&str> = cx.site.news.iter().map(|n| n.path.as_str()).collect();
            kept.retain(|path, _| paths.contains(path.as_str()));
        }
        *cache.news.lock().unwrap_or_else(|e| e.into_inner()) = kept;
    }
    let mut lists = Planned::default();
    let items = cx.site.news.iter().zip(&pages);
    let items = items.filter_map(|(n, (page, _))| match &*page.view {
        View::NewsItem { item, .. } => Some((n, item)),
        _ => None,
    });
    list_pages(cx, items.collect(), &mut lists);
    out.pages.extend(pages.into_iter().map(|(page, _)| page));
    out.pages.extend(lists.pages);
}

/// An announcement's page.
fn item_page(n: &News, view: Arc<View>, anchors: Vec<String>) -> PlannedPage {
    let url = match &*view {
        View::NewsItem { item, .. } => item.url.clone(),
        _ => urls::news_item(&n.slug),
    };
    let mut page = PlannedPage::new(url, &n.path, &n.title, view, anchors);
    page.text = Some(n.path.clone());
    page
}

/// An announcement's view kept between runs, with the record it was made from.
pub(super) struct KeptView {
    record: News,
    view: Arc<View>,
}

impl KeptView {
    /// Whether the view is the one `n` and its rendered body make.
    fn made_from(&self, n: &News, body: &Arc<str>) -> bool {
        let View::NewsItem { body: html, .. } = &*self.view else {
            return false;
        };
        // The body kept by the Markdown cache is handed on: the same pointer.
        Arc::ptr_eq(html, body) && view_inputs(&self.record) == view_inputs(n)
    }
}

/// What an announcement's view reads of its record besides its body (every field is
/// named: one added later must be said here to be read or not).
fn view_inputs(n: &News) -> impl PartialEq + '_ {
    let News {
        path: _,
        slug,
        date,
        title,
        summary,
        source,
        note,
        body: _,
    } = n;
    // A month-precision date equals the first of its month, but reads differently.
    (
        slug,
        (date.key(), date.month_only),
        title,
        summary,
        source,
        note,
    )
}

/// `/news/`, `/news/page/2/` …: `news_per_page` announcements a page.
fn list_pages(cx: &Cx, mut all: Vec<(&News, &NewsView)>, out: &mut Planned) {
    all.sort_by(|a, b| newest(a.0, b.0));
    let per_page = cx
        .site
        .settings
        .as_ref()
        .map_or(urls::NEWS_PER_PAGE, |s| s.news_per_page)
        .max(1);
    let pages = urls::news_pages(all.len(), per_page);
    for (i, chunk) in (0..pages).map(|i| (i, all.iter().skip(i * per_page).take(per_page))) {
        let n = i + 1;
        let view = View::NewsList {
            items: chunk.map(|(_, v)| (*v).clone()).collect(),
            page_number: n,
            pages,
            prev: (n > 1).then(|| urls::news_page(n - 1)),
            next: (n < pages).then(|| urls::news_page(n + 1)),
        };
        let title = if n == 1 {
            "News".to_string()
        } else {
            format!("News — page {n} of {pages}")
        };
        out.page(&urls::news_page(n), SITE_YAML, &title, view, Vec::new());
    }
}

/// The first `n` announcements, newest first (date, then slug descending).
pub(super) fn newest_first(cx: &Cx, n: usize) -> Vec<NewsView> {
    let mut items: Vec<&News> = cx.site.news.iter().collect();
    items.sort_by(|a, b| newest(a, b));
    items.into_iter().take(n).map(news_view).collect()
}

/// Newest first: the slug starts with the date; the same date, slug descending.
fn newest(a: &News, b: &News) -> std::cmp::Ordering {
    b.slug.cmp(&a.slug)
}

fn news_view(n: &News) -> NewsView {
    NewsView {
        url: urls::news_item(&n.slug),
        title: n.title.clone(),
        date: date(n.date),
        summary: n.summary.clone(),
    }
}
