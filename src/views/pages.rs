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
    pub comparison: crate::redline::Comparison,
}

impl View {
    /// The theme's template for this kind of page.
    pub fn template(&self) -> &'static str {
        match self {
            View::Home(_) => "index.html",
            View::MemberList { .. } => "members.html",
            View::ByRegion { .. } => "members_by_region.html",
            View::Former { .. } => "members_former.html",
            View::Growth(_) => "members_growth.html",
            View::Member(_) => "member.html",
            View::Region { .. } => "region.html",
            View::Council { .. } => "council.html",
            View::Groups { .. } => "working_groups.html",
            View::Group { .. } => "working_group.html",
            View::Guidelines { .. } => "guidelines.html",
            View::Guideline(_) => "guideline.html",
            View::Version(_) => "version.html",
            View::Changes(_) => "changes.html",
            View::Page { .. } => "page.html",
            View::NewsItem { .. } => "news_item.html",
            View::NewsList { .. } => "news_list.html",
            View::NotFound {} => "404.html",
        }
    }
}
