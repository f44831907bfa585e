//! How far each language is translated (SPEC §8): for every text that may be
//! translated (pages, news, working groups, guideline versions), whether a language
//! has an up-to-date translation, an out-of-date one, or none.
use super::{OriginalState, Site, Translation};
use crate::lang::Lang;

impl Translation {
    /// `translates` is 12 lower-case hex digits (T3).
    pub fn well_formed(&self) -> bool {
        let v = &self.translates.value;
        v.len() == 12
            && v.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    }

    /// For a translation of a text, with a well-formed hash: whether the original has
    /// changed since (T2). `None` for one that T1 or T3 rejects.
    pub fn outdated(&self) -> Option<bool> {
        match &self.original_state {
            OriginalState::Text { hash } if self.well_formed() => {
                Some(self.translates.value != *hash)
            }
            _ => None,
        }
    }
}

/// A text that may be translated: its file and its title in the default language.
#[derive(Clone, Debug)]
pub struct Text<'a> {
    pub path: &'a str,
    pub title: &'a str,
    pub summary: Option<&'a str>,
    pub body: &'a str,
}

/// Where one language stands on one text.
#[derive(Clone, Debug)]
pub enum TextState<'a> {
    UpToDate(&'a Translation),
    /// The translation, and the hash of the original now.
    OutOfDate(&'a Translation, &'a str),
    Missing,
}

impl TextState<'_> {
    pub fn id(&self) -> &'static str {
        match self {
            TextState::UpToDate(_) => "up-to-date",
            TextState::OutOfDate(..) => "out-of-date",
            TextState::Missing => "missing",
        }
    }
}

/// One language's status: every text with its state, in file order.
pub struct LanguageStatus<'a> {
    pub lang: Lang,
    pub texts: Vec<(Text<'a>, TextState<'a>)>,
}

impl LanguageStatus<'_> {
    /// `(translated, up to date, out of date, missing)`.
    pub fn counts(&self) -> (usize, usize, usize, usize) {
        let count = |id: &str| self.texts.iter().filter(|(_, s)| s.id() == id).count();
        let (up, out, missing) = (count("up-to-date"), count("out-of-date"), count("missing"));
        (up + out, up, out, missing)
    }
}

/// Every text that may be translated, in path order.
pub fn texts<'s>(site: &'s Site) -> Vec<Text<'s>> {
    let mut out: Vec<Text> = Vec::new();
    let text = |path: &'s str, title, summary: Option<&'s str>, body: &'s super::Body| Text {
        path,
        title,
        summary,
        body: &body.text,
    };
    out.extend(
        site.pages
            .iter()
            .map(|p| text(&p.path, &p.title, p.summary.as_deref(), &p.body)),
    );
    out.extend(
        site.news
            .iter()
            .map(|n| text(&n.path, &n.title, n.summary.as_deref(), &n.body)),
    );
    out.extend(
        site.groups
            .iter()
            .map(|g| text(&g.path, &g.name, None, &g.body)),
    );
    for g in &site.guidelines {
        out.extend(
            g.versions
                .iter()
                .map(|v| text(&v.path, &v.title, v.summary.as_deref(), &v.body)),
        );
    }
    out.sort_by(|a, b| a.path.cmp(b.path));
    out
}

/// The status of each of the site's languages other than the default (a translation
/// with a T1 or T3 finding counts as missing).
pub fn status(site: &Site) -> Vec<LanguageStatus<'_>> {
    let Some(settings) = &site.settings else {
        return Vec::new();
    };
    let texts = texts(site);
    settings
        .languages
        .others()
        .iter()
        .map(|lang| LanguageStatus {
            lang: lang.clone(),
            texts: texts
                .iter()
                .map(|t| (t.clone(), state(site, t.path, lang)))
                .collect(),
        })
        .collect()
}

fn state<'a>(site: &'a Site, path: &str, lang: &Lang) -> TextState<'a> {
    let found = site
        .translations
        .iter()
        .find(|t| t.original == path && t.lang == lang.as_str());
    let Some(t) = found else {
        return TextState::Missing;
    };
    match (&t.original_state, t.outdated()) {
        (_, Some(false)) => TextState::UpToDate(t),
        (OriginalState::Text { hash }, Some(true)) => TextState::OutOfDate(t, hash),
        _ => TextState::Missing,
    }
}
