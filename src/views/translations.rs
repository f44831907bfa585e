//! `/translations/` (SPEC §8): for each language, how many texts are translated, up
//! to date, out of date and missing, with the lists.
use crate::model::Site;
use crate::model::translations::{LanguageStatus, TextState};
use serde::Serialize;
use std::collections::HashMap;

#[derive(Clone, Debug, Serialize)]
pub struct TranslationsPage {
    /// The default language (the originals').
    pub default: String,
    pub languages: Vec<LanguageRow>,
}

#[derive(Clone, Debug, Serialize)]
pub struct LanguageRow {
    pub lang: String,
    pub name: String,
    pub dir: &'static str,
    pub texts: usize,
    pub translated: usize,
    pub up_to_date: TextList,
    pub out_of_date: Vec<TextRow>,
    pub missing: TextList,
}

/// A list of texts that may be long (10,000 untranslated announcements), written once
/// as its `<li>` items, each on a line of its own, for every language's page: a
/// template loop over them on six pages was half a second of a six-language build.
#[derive(Clone, Debug, Default, Serialize)]
pub struct TextList {
    pub count: usize,
    pub items_html: String,
}

impl TextList {
    fn push(&mut self, r: &TextRow, lang: &str) {
        use crate::html::escape_html as e;
        use std::fmt::Write as _;
        let title = e(&r.title);
        let _ = match &r.url {
            Some(url) => write!(
                self.items_html,
                "\n<li><a href=\"{}\" hreflang=\"{}\">{title}</a>",
                e(url),
                e(lang)
            ),
            None => write!(self.items_html, "\n<li>{title}"),
        };
        let file = r.translation.as_ref().unwrap_or(&r.path);
        let _ = write!(self.items_html, " <code>{}</code></li>", e(file));
        self.count += 1;
    }
}

/// A text in a status list: its title, the page that shows it (in the language the
/// list is about) and its file; for a translation, its file and hashes.
#[derive(Clone, Debug, Serialize)]
pub struct TextRow {
    pub title: String,
    pub url: Option<String>,
    pub path: String,
    pub translation: Option<String>,
    pub translates: Option<String>,
    pub now: Option<String>,
}

/// The page's view; `urls` gives the page of each text (by path) in the default
/// language (texts that no page shows, such as drafts in a build without them, have
/// none).
pub fn translations_page(site: &Site, urls: &HashMap<&str, &str>) -> TranslationsPage {
    let default = site.settings.as_ref().map_or_else(
        || "en".to_string(),
        |s| s.languages.default_lang().to_string(),
    );
    use rayon::prelude::*;
    // Each language lists every text of the site: made in parallel, kept in order.
    let languages = crate::model::translations::status(site)
        .par_iter()
        .map(|s| language_row(s, urls))
        .collect();
    TranslationsPage { default, languages }
}

fn language_row(s: &LanguageStatus, urls: &HashMap<&str, &str>) -> LanguageRow {
    let (translated, ..) = s.counts();
    let mut row = LanguageRow {
        lang: s.lang.to_string(),
        name: s.lang.endonym().to_string(),
        dir: s.lang.dir(),
        texts: s.texts.len(),
        translated,
        up_to_date: TextList::default(),
        out_of_date: Vec::new(),
        missing: TextList::default(),
    };
    for (text, state) in &s.texts {
        let url = urls
            .get(text.path)
            .map(|u| crate::urls::in_language(&s.lang, false, u));
        let mut r = TextRow {
            title: text.title.to_string(),
            url,
            path: text.path.to_string(),
            translation: None,
            translates: None,
            now: None,
        };
        match state {
            TextState::UpToDate(t) => {
                r.translation = Some(t.path.clone());
                row.up_to_date.push(&r, &row.lang);
            }
            TextState::OutOfDate(t, now) => {
                r.translation = Some(t.path.clone());
                r.translates = Some(t.translates.value.clone());
                r.now = Some(now.to_string());
                row.out_of_date.push(r);
            }
            TextState::Missing => row.missing.push(&r, &row.lang),
        }
    }
    row
}
