//! What the sections of the plan share: the context they read (`Cx`), what they
//! return (`Planned`), and the planned page with its typed title.
use crate::date::Date;
use crate::key::FastMap as HashMap;
use crate::key::Key;
use crate::markdown::Rendered;
use crate::model::{Body, Site};
use crate::redline::Comparison;
use crate::views::View;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, OnceLock};

/// A redline, shared between the keeper and the pages that show it.
pub(crate) type Redline = Arc<Comparison>;

/// A record's title and text in another language, rendered.
#[derive(Clone, Debug)]
pub struct TranslatedText {
    pub title: String,
    pub summary: Option<String>,
    pub body: std::sync::Arc<str>,
    /// The original changed since it was translated (T2).
    pub outdated: bool,
}

/// One HTML page: its URL, what it shows, and the anchors its content gives it.
#[derive(Clone)]
pub struct PlannedPage {
    pub url: String,
    /// The content file the page comes from (for messages about it).
    pub source: String,
    pub title: Title,
    /// Shared: a section kept between runs hands its pages on, views and keys with them.
    pub view: Arc<View>,
    /// The key of what the view shows: the view's own, or one its planner declared
    /// from what it made the view of (see `view_key`).
    pub(crate) view_key: OnceLock<Key>,
    pub anchors: Vec<String>,
    /// The Markdown record whose title and text the page shows, which a translation
    /// replaces in its language (SPEC §8).
    pub text: Option<String>,
}

/// A page's title, typed: `render` writes it in the page's language (one function,
/// `Words::title`), so that no word of the theme's reaches a page in another language
/// in English.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Title {
    /// A record's own title as written (its translation, on a page in a language that
    /// has one).
    Record(String),
    /// A page of the theme's own (a list, a region, a meeting): a message of the
    /// theme's words and its arguments.
    Words(String, Vec<(&'static str, String)>),
    /// A record's title inside a message of the theme's (its `$title`): a version, the
    /// changes in a version.
    Of(&'static str, String, Vec<(&'static str, String)>),
    /// A member's page: its label and its country in the page's language (`code`: the
    /// country's ISO code, `country`: as the record writes it).
    Member {
        label: String,
        code: String,
        country: String,
    },
}

impl Title {
    /// The theme's message `key`, without arguments.
    pub fn words(key: &str) -> Title {
        Title::Words(key.to_string(), Vec::new())
    }

    /// The record's title the page shows, if any (which a translation replaces).
    pub fn record(&self) -> Option<&str> {
        match self {
            Title::Record(t) | Title::Of(_, t, _) => Some(t),
            Title::Words(..) | Title::Member { .. } => None,
        }
    }
}

impl From<&str> for Title {
    fn from(title: &str) -> Title {
        Title::Record(title.to_string())
    }
}

impl From<&String> for Title {
    fn from(title: &String) -> Title {
        Title::Record(title.clone())
    }
}

impl PlannedPage {
    /// A page at `url` (its text and title words unset).
    pub(crate) fn new(
        url: String,
        source: &str,
        title: Title,
        view: Arc<View>,
        anchors: Vec<String>,
    ) -> PlannedPage {
        PlannedPage {
            url,
            source: source.to_string(),
            title,
            view,
            view_key: OnceLock::new(),
            anchors,
            text: None,
        }
    }

    /// The key of the page's view (which its page in every language shows): the one
    /// its planner declared, or the view's own hash, computed once.
    pub fn view_key(&self) -> Key {
        *self.view_key.get_or_init(|| {
            let mut h = crate::key::Hasher::new();
            crate::key::feed(&*self.view, &mut h);
            h.digest128()
        })
    }

    /// Declares the key of the page's view: the key of everything the view was made
    /// of (cheaper than hashing the view, which holds whole bodies). What a declared
    /// key leaves out is shown stale by `serve`.
    pub(crate) fn made_of(&mut self, key: Key) {
        self.view_key = OnceLock::from(key);
    }

    /// The theme's template for the page.
    pub fn template(&self) -> &'static str {
        self.view.template()
    }
}

/// What the plan needs besides the records.
pub struct PlanOptions {
    pub as_of: Date,
    pub drafts: bool,
    pub base_url: Option<String>,
    /// Files of the theme's `static/` folder, relative to it.
    pub theme_files: Vec<String>,
    /// Links stay at the root whatever the path of the base URL (`serve`).
    pub at_root: bool,
}

/// A body rendered, with the key of what it was rendered from (its text, its page's
/// URL and heading depth).
pub(crate) struct Made {
    pub key: Key,
    pub rendered: Arc<Rendered>,
}

/// What every section reads: the records, the options, every body rendered and every
/// redline compared. Nothing in it changes while sections are planned.
pub(crate) struct Cx<'a> {
    pub site: &'a Site,
    pub opts: &'a PlanOptions,
    pub bodies: &'a HashMap<String, Made>,
    pub redlines: &'a HashMap<Key, Redline>,
    /// The results of the elections and votes, counted once.
    pub tallies: &'a crate::tally::Tallies,
    /// The announcements' pages, in the order of `site.news` (planned before the
    /// sections, whose lists show them).
    pub news: &'a [Arc<PlannedPage>],
}

impl Cx<'_> {
    /// The rendered body of a record file.
    pub fn body(&self, path: &str) -> Rendered {
        self.bodies
            .get(path)
            .map(|c| (*c.rendered).clone())
            .unwrap_or_default()
    }

    /// The key of a record file's rendered body (0 for a file without one).
    pub fn body_key(&self, path: &str) -> Key {
        self.bodies.get(path).map_or(0, |c| c.key)
    }

    /// The redline from one text to another (compared before the sections are
    /// planned: `guidelines::compared` says which), and its key.
    pub fn redline(&self, old: &Body, new: &Body) -> (Key, Redline) {
        let key = redline_key(old, new);
        let redline = self.redlines.get(&key).cloned();
        let redline =
            redline.unwrap_or_else(|| Arc::new(crate::redline::compare(&old.text, &new.text)));
        (key, redline)
    }

    pub fn as_of(&self) -> Date {
        self.opts.as_of
    }
}

pub(crate) fn redline_key(old: &Body, new: &Body) -> Key {
    crate::key::of(&(old.key, new.key))
}

/// What the sections plan: pages, and the draft versions left out of the build.
#[derive(Clone, Default)]
pub(crate) struct Planned {
    pub pages: Vec<Arc<PlannedPage>>,
    pub draft_targets: BTreeMap<String, BTreeSet<String>>,
    pub draft_bodies: BTreeSet<String>,
}

impl Planned {
    /// Adds a page; its text and title words may be set on the page returned.
    pub fn page(
        &mut self,
        url: &str,
        source: &str,
        title: impl Into<Title>,
        view: View,
        anchors: Vec<String>,
    ) -> &mut PlannedPage {
        let title = title.into();
        let page = PlannedPage::new(url.to_string(), source, title, Arc::new(view), anchors);
        self.pages.push(Arc::new(page));
        let last = self.pages.len() - 1;
        Arc::get_mut(&mut self.pages[last]).expect("a page just made")
    }
}
