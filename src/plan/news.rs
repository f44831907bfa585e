//! The announcements: one page each, and the list, newest first, in pages.
use super::members::SITE_YAML;
use super::page::{Cx, Planned, PlannedPage, Title};
use crate::key::Key;
use crate::model::News;
use crate::urls;
use crate::views::{NewsView, View, date, provenance};
use std::sync::Arc;

/// The list pages, from the announcements' pages (`Cx::news`, planned first: each is
/// kept between runs by its declared key).
pub(super) fn plan(cx: &Cx, out: &mut Planned) {
    let items = cx.site.news.iter().zip(cx.news);
    let items = items.filter_map(|(n, page)| match &*page.view {
        View::NewsItem { item, .. } => Some((&**n, item)),
        _ => None,
    });
    list_pages(cx, items.collect(), out);
}

/// The key of what the list pages read: every announcement's view and the length of a
/// list page.
pub(super) fn inputs(cx: &Cx) -> Key {
    let keys: Vec<Key> = cx.news.iter().map(|p| p.view_key()).collect();
    crate::key::of(&(per_page(cx), keys))
}

/// An announcement's page, its view's key declared from what the view is made of.
pub(super) fn item_page(cx: &Cx, n: &News) -> Arc<PlannedPage> {
    let body = cx.body(&n.path);
    let view = View::NewsItem {
        item: news_view(n),
        body: body.html,
        source: provenance(n.source.as_ref(), n.note.as_ref()),
    };
    let url = urls::news_item(&n.slug);
    let mut page = PlannedPage::new(
        url,
        &n.path,
        (&n.title).into(),
        Arc::new(view),
        body.anchors,
    );
    page.text = Some(n.path.clone());
    page.made_of(item_key(cx, n));
    Arc::new(page)
}

/// The key of an announcement's view: its record (every field the view reads, named
/// in `view_inputs`) and its rendered body.
pub(super) fn item_key(cx: &Cx, n: &News) -> Key {
    crate::key::of(&(view_inputs(n), cx.body_key(&n.path)))
}

/// What an announcement's view reads of its record besides its body (every field is
/// named: one added later must be said here to be read or not).
fn view_inputs<'a>(n: &'a News) -> impl std::hash::Hash + 'a {
    let News {
        path,
        slug,
        date,
        title,
        summary,
        source,
        note,
        body: _,
    } = n;
    // A month-precision date equals the first of its month, but reads differently.
    let value = |a: &'a Option<crate::model::At<String>>| a.as_ref().map(|a| &a.value);
    (
        (path, slug),
        (date.key(), date.month_only),
        title,
        summary,
        value(source),
        value(note),
    )
}

fn per_page(cx: &Cx) -> usize {
    cx.site
        .settings
        .as_ref()
        .map_or(urls::NEWS_PER_PAGE, |s| s.news_per_page)
        .max(1)
}

/// `/news/`, `/news/page/2/` …: `news_per_page` announcements a page.
fn list_pages(cx: &Cx, mut all: Vec<(&News, &NewsView)>, out: &mut Planned) {
    all.sort_by(|a, b| newest(a.0, b.0));
    let per_page = per_page(cx);
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
        let title = match n {
            1 => Title::words("title-news"),
            _ => {
                let args = vec![("n", n.to_string()), ("total", pages.to_string())];
                Title::Words("title-news-page".into(), args)
            }
        };
        out.page(&urls::news_page(n), SITE_YAML, title, view, Vec::new());
    }
}

/// The first `n` announcements, newest first (date, then slug descending).
pub(super) fn newest_first(cx: &Cx, n: usize) -> Vec<NewsView> {
    let mut items: Vec<&News> = cx.site.news.iter().map(|n| &**n).collect();
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
