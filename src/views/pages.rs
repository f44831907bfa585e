//! What each kind of page shows: the context its template receives, and the template.
use super::growth::GrowthView;
use super::*;
use serde::Serialize;

/// Rendered, sanitised HTML of a Markdown body, shared between the pages that show it.
pub type Html = std::sync::Arc<str>;

/// The context of each kind of page.
#[derive(Serialize)]
#[serde(untagged)]
pub enum View {
    Home(HomeView),
    MemberList {
        members: Vec<MemberRow>,
        count: usize,
    },
    ByRegion {
        regions: Vec<RegionGroup>,
        count: usize,
    },
    Former {
        members: Vec<MemberRow>,
    },
    Growth(GrowthView),
    Member(Box<MemberPage>),
    Applications {
        pending: Vec<decisions::ApplicationRow>,
        decided: Vec<decisions::ApplicationRow>,
    },
    Meetings {
        meetings: Vec<decisions::MeetingRow>,
    },
    Meeting(Box<decisions::MeetingPage>),
    Resolutions {
        years: Vec<decisions::ResolutionYear>,
        count: usize,
    },
    Elections {
        elections: Vec<elections::ElectionRow>,
    },
    Election(Box<elections::ElectionPage>),
    Translations(Box<super::translations::TranslationsPage>),
    Votes {
        votes: Vec<elections::VoteView>,
    },
    Vote(Box<elections::VoteView>),
    Region {
        region: RegionView,
        members: Vec<MemberRow>,
        seat: SeatView,
    },
    Council {
        seats: Vec<SeatView>,
        held: usize,
        total: usize,
    },
    Councillor(Box<councillor::CouncillorPage>),
    Groups {
        active: Vec<GroupView>,
        closed: Vec<GroupView>,
        future: Vec<GroupView>,
    },
    Group {
        group: GroupView,
        charter: Html,
    },
    Guidelines {
        guidelines: Vec<GuidelineSummary>,
    },
    Guideline(Box<GuidelinePage>),
    Version(Box<VersionPage>),
    Changes(Box<ChangesPage>),
    Page {
        summary: Option<String>,
        body: Html,
        source: Option<SourceView>,
    },
    NewsItem {
        item: NewsView,
        body: Html,
        source: Option<SourceView>,
    },
    NewsList {
        items: Vec<NewsView>,
        page_number: usize,
        pages: usize,
        prev: Option<String>,
        next: Option<String>,
    },
    NotFound {},
}

#[derive(Serialize)]
pub struct HomeView {
    pub notice: Option<String>,
    pub members: usize,
    pub by_region: Vec<(RegionView, usize)>,
    pub seats_held: usize,
    pub active_groups: usize,
    pub guidelines: usize,
    pub news: Vec<NewsView>,
}

#[derive(Serialize)]
pub struct GuidelineSummary {
    pub url: String,
    pub title: String,
    pub current: Option<VersionRow>,
    pub latest_draft: Option<VersionRow>,
}

#[derive(Serialize)]
pub struct GuidelinePage {
    pub slug: String,
    pub current: Option<VersionRow>,
    pub body: Option<Html>,
    pub history: Vec<VersionRow>,
}

#[derive(Serialize)]
pub struct VersionPage {
    pub version: VersionRow,
    pub guideline_url: String,
    pub current: Option<VersionRow>,
    pub body: Html,
    pub source: Option<SourceView>,
}

#[derive(Serialize)]
pub struct ChangesPage {
    pub guideline_url: String,
    pub title: String,
    pub from: VersionRow,
    pub to: VersionRow,
    pub current: Option<VersionRow>,
    /// Shared with the cache of redlines (`serve`).
    pub comparison: std::sync::Arc<crate::redline::Comparison>,
}

/// Defines `View::template` and `TEMPLATES` from one list, so that every kind of page
/// has a template the theme is checked to hold.
macro_rules! templates {
    ($($view:ident => $file:literal,)*) => {
        impl View {
            /// The theme's template for this kind of page.
            pub fn template(&self) -> &'static str {
                match self {
                    $(View::$view { .. } => $file,)*
                }
            }
        }

        /// The template of every kind of page.
        pub const TEMPLATES: &[&str] = &[$($file,)*];
    };
}

templates! {
    Home => "index.html",
    MemberList => "members.html",
    ByRegion => "members_by_region.html",
    Former => "members_former.html",
    Growth => "members_growth.html",
    Member => "member.html",
    Applications => "applications.html",
    Meetings => "meetings.html",
    Meeting => "meeting.html",
    Resolutions => "resolutions.html",
    Elections => "elections.html",
    Election => "election.html",
    Translations => "translations.html",
    Votes => "votes.html",
    Vote => "vote.html",
    Region => "region.html",
    Council => "council.html",
    Councillor => "councillor.html",
    Groups => "working_groups.html",
    Group => "working_group.html",
    Guidelines => "guidelines.html",
    Guideline => "guideline.html",
    Version => "version.html",
    Changes => "changes.html",
    Page => "page.html",
    NewsItem => "news_item.html",
    NewsList => "news_list.html",
    NotFound => "404.html",
}

/// The text of the first paragraph of rendered HTML, tags removed, at most about 200
/// characters (cut after a word, with `…`).
pub(super) fn first_paragraph(html: &str) -> Option<String> {
    let start = html.find("<p>")? + 3;
    let end = start + html[start..].find("</p>")?;
    let mut text = String::new();
    let mut in_tag = false;
    for c in html[start..end].chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'");
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return None;
    }
    if text.chars().count() <= 200 {
        return Some(text);
    }
    let cut: String = text.chars().take(200).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    Some(format!("{cut}…"))
}
