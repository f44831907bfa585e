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
            View::Applications { .. } => "applications.html",
            View::Meetings { .. } => "meetings.html",
            View::Meeting(_) => "meeting.html",
            View::Resolutions { .. } => "resolutions.html",
            View::Elections { .. } => "elections.html",
            View::Election(_) => "election.html",
            View::Translations(_) => "translations.html",
            View::Votes { .. } => "votes.html",
            View::Vote(_) => "vote.html",
            View::Region { .. } => "region.html",
            View::Council { .. } => "council.html",
            View::Councillor(_) => "councillor.html",
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

impl View {
    /// One sentence for search engines and link previews (`<meta name="description">`):
    /// the record's summary where it has one, else what the page shows, as of
    /// `as_of` (the date as readers read it).
    pub fn description(&self, title: &str, as_of: &str) -> String {
        self.of_members(title, as_of)
            .or_else(|| self.of_bodies(title, as_of))
            .or_else(|| self.of_decisions(title, as_of))
            .unwrap_or_else(|| "There is no page at this address.".to_string())
    }

    /// The pages about members and the Council.
    fn of_members(&self, title: &str, as_of: &str) -> Option<String> {
        let current = |n: usize| plural(n, "current member", "current members");
        Some(match self {
            View::Home(h) => format!(
                "{title}: {} and {} of {} Council seats held on {as_of}; its working groups, guidelines and news.",
                plural(h.members, "member", "members"),
                h.seats_held,
                crate::model::SEATS
            ),
            View::MemberList { count, .. } => {
                format!(
                    "The {} on {as_of}, alphabetically by country.",
                    current(*count)
                )
            }
            View::ByRegion { count, .. } => {
                format!("The {} on {as_of}, by ccNSO region.", current(*count))
            }
            View::Former { members } => format!(
                "{} that left by {as_of}, with the dates they joined and left.",
                plural(members.len(), "former member", "former members")
            ),
            View::Growth(_) => format!("Membership over time, by ccNSO region, up to {as_of}."),
            View::Member(m) => format!(
                "{}, {}: {} on {as_of}, ccNSO region {}.",
                m.member.label, m.member.country, m.status, m.member.region.name
            ),
            View::Region {
                region, members, ..
            } => format!(
                "{}: its {} and its Council seats on {as_of}.",
                region.name,
                plural(members.len(), "member", "members")
            ),
            View::Council { held, total, .. } => format!(
                "The Council on {as_of}: {held} of {total} seats held, by seat, with roles and term ends."
            ),
            View::Councillor(c) => format!(
                "{title}: a councillor of the ccNSO, with {} and the meetings attended.",
                plural(c.terms.len(), "term", "terms")
            ),
            _ => return None,
        })
    }

    /// The pages of groups, guidelines, free pages and news.
    fn of_bodies(&self, title: &str, as_of: &str) -> Option<String> {
        let or_first = |summary: &Option<String>, body: &Html, otherwise: String| {
            summary
                .clone()
                .or_else(|| first_paragraph(body))
                .unwrap_or(otherwise)
        };
        Some(match self {
            View::Groups { active, closed, .. } => format!(
                "Working groups on {as_of}: {} active, {} closed.",
                active.len(),
                closed.len()
            ),
            View::Group { group, .. } => {
                format!(
                    "{}: a working group, created {}.",
                    group.name, group.created.text
                )
            }
            View::Guidelines { guidelines } => format!(
                "{}, with their current versions and adoption dates.",
                plural(guidelines.len(), "guideline", "guidelines")
            ),
            View::Guideline(g) => match &g.current {
                Some(c) => format!(
                    "{title}: the text in force (version {}) and its version history.",
                    c.version
                ),
                None => format!("{title}: its versions; none is adopted yet."),
            },
            View::Version(v) => {
                let summary = v.version.summary.as_deref();
                let what =
                    summary.map_or_else(String::new, |s| format!(": {}", s.trim_end_matches('.')));
                format!("{title}, text of {}{what}.", v.version.date.text)
            }
            View::Changes(c) => format!(
                "What changed from version {} to version {}: {} words added, {} removed.",
                c.from.version, c.to.version, c.comparison.words_added, c.comparison.words_removed
            ),
            View::Page { summary, body, .. } => {
                or_first(summary, body, format!("{title}: a page of the site."))
            }
            View::NewsItem { item, body, .. } => or_first(
                &item.summary,
                body,
                format!("{title}: an announcement of {}.", item.date.text),
            ),
            View::NewsList {
                page_number, pages, ..
            } => {
                format!("Announcements, newest first (page {page_number} of {pages}).")
            }
            _ => return None,
        })
    }
}

impl View {
    /// The pages of the Council's decisions.
    fn of_decisions(&self, title: &str, as_of: &str) -> Option<String> {
        Some(match self {
            View::Applications { pending, decided } => format!(
                "Membership applications on {as_of}: {} pending, {} decided.",
                pending.len(),
                decided.len()
            ),
            View::Meetings { meetings } => format!(
                "The Council's {}, newest first, with their resolutions.",
                plural(meetings.len(), "meeting", "meetings")
            ),
            View::Meeting(m) => format!(
                "{title}: a Council {} of {}, with {}.",
                m.meeting.kind,
                m.meeting.date.text,
                plural(m.resolutions.len(), "resolution", "resolutions")
            ),
            View::Resolutions { count, .. } => format!(
                "The Council's {} by year, newest first.",
                plural(*count, "resolution", "resolutions")
            ),
            View::Elections { elections } => format!(
                "{} of the members, newest first, with who was elected.",
                plural(elections.len(), "election", "elections")
            ),
            View::Election(e) => format!(
                "{title}: {} for {} seat{}, {}.",
                e.election.electorate,
                e.election.seats,
                if e.election.seats == 1 { "" } else { "s" },
                e.election.result
            ),
            View::Translations(t) => format!(
                "How far the site is translated into {}: texts translated, up to date, out of date and missing.",
                t.languages
                    .iter()
                    .map(|l| l.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            View::Votes { votes } => format!(
                "{} of the members, with turnout, quorum and outcome.",
                plural(votes.len(), "vote", "votes")
            ),
            View::Vote(v) => format!(
                "{title}: a vote of {}, {} ({} for, {} against).",
                v.electorate_name, v.outcome, v.for_votes, v.against
            ),
            _ => return None,
        })
    }
}

/// `1 member`, `3 members`.
fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// The text of the first paragraph of rendered HTML, tags removed, at most about 200
/// characters (cut after a word, with `…`).
fn first_paragraph(html: &str) -> Option<String> {
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
