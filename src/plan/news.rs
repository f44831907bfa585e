//! The announcements: one page each, and the list, newest first, in pages.
use super::members::SITE_YAML;
use super::{Cx, Planned};
use crate::model::News;
use crate::urls;
use crate::views::{NewsView, View, date, provenance};

pub(super) fn plan(cx: &Cx, out: &mut Planned) {
    use rayon::prelude::*;
    // Thousands of announcements: their views are made in parallel, kept in order.
    let items: Vec<(View, Vec<String>)> = cx
        .site
        .news
        .par_iter()
        .map(|n| {
            let body = cx.body(&n.path);
            let view = View::NewsItem {
                item: news_view(n),
                body: body.html,
                source: provenance(n.source.as_ref(), n.note.as_ref()),
            };
            (view, body.anchors)
        })
        .collect();
    for (n, (view, anchors)) in cx.site.news.iter().zip(items) {
        let page = out.page(&urls::news_item(&n.slug), &n.path, &n.title, view, anchors);
        page.lastmod = Some(n.date);
        page.text = Some(n.path.clone());
    }
    list_pages(cx, out);
}

/// `/news/`, `/news/page/2/` …: `news_per_page` announcements a page.
fn list_pages(cx: &Cx, out: &mut Planned) {
    let all = newest_first(cx, usize::MAX);
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
            items: chunk.cloned().collect(),
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
    items.sort_by(|a, b| b.slug.cmp(&a.slug));
    items.into_iter().take(n).map(news_view).collect()
}

fn news_view(n: &News) -> NewsView {
    NewsView {
        url: urls::news_item(&n.slug),
        title: n.title.clone(),
        date: date(n.date),
        summary: n.summary.clone(),
    }
}
