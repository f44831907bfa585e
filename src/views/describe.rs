//! One sentence for search engines and link previews (`<meta name="description">`):
//! the record's summary where it has one, else the theme's words for what the page
//! shows, which the renderer says in the page's language.
use super::pages::first_paragraph;
use super::{DateView, Html, View};

/// What a page's description says.
#[derive(Clone, Debug, PartialEq)]
pub enum Description {
    /// A record's own words (its summary or first paragraph).
    Text(String),
    /// A message of the theme and its arguments; `title` and `as_of` are the
    /// renderer's, in the page's language.
    Words(&'static str, Vec<(&'static str, Arg)>),
}

/// An argument of a description's message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Number(usize),
    Text(String),
    Date(DateView),
    /// Another message of the theme, said first (a region's name, a status).
    Word(String),
    /// A country by its ISO code, named in the page's language (`written`: as its
    /// record writes it, for the site's default language).
    Country {
        code: String,
        written: String,
    },
}

use Arg::{Date, Number as N, Text, Word};
use Description::Words;

impl View {
    /// The page's description; `summary` and `body` are the text the page shows in
    /// its language (a translation's, where there is one).
    pub fn description(&self, summary: Option<&str>, body: Option<&str>) -> Description {
        let own = summary
            .map(str::to_string)
            .or_else(|| body.and_then(first_paragraph));
        match (self, own) {
            (View::Page { .. } | View::NewsItem { .. }, Some(text)) => Description::Text(text),
            _ => self
                .of_members()
                .or_else(|| self.of_bodies())
                .or_else(|| self.of_decisions())
                .unwrap_or(Words("desc-not-found", vec![])),
        }
    }

    /// The summary and body of a page that shows a Markdown record.
    pub fn own_text(&self) -> (Option<&str>, Option<&Html>) {
        match self {
            View::Page { summary, body, .. } => (summary.as_deref(), Some(body)),
            View::NewsItem { item, body, .. } => (item.summary.as_deref(), Some(body)),
            _ => (None, None),
        }
    }

    /// The pages about members and the Council.
    fn of_members(&self) -> Option<Description> {
        Some(match self {
            View::Home(h) => Words(
                "desc-home",
                vec![
                    ("members", N(h.members)),
                    ("held", N(h.seats_held)),
                    ("seats", N(crate::model::SEATS)),
                ],
            ),
            View::MemberList { count, .. } => Words("desc-members", vec![("n", N(*count))]),
            View::ByRegion { count, .. } => Words("desc-by-region", vec![("n", N(*count))]),
            View::Former { members } => Words("desc-former", vec![("n", N(members.len()))]),
            View::Growth(_) => Words("desc-growth", vec![]),
            View::Member(m) => Words(
                "desc-member",
                vec![
                    ("label", Text(m.member.label.clone())),
                    (
                        "country",
                        Arg::Country {
                            code: m.member.code.clone(),
                            written: m.member.country.clone(),
                        },
                    ),
                    ("status", Word(m.status_key.to_string())),
                    ("region", region(m.member.region.id)),
                ],
            ),
            View::Region {
                region: r, members, ..
            } => Words(
                "desc-region",
                vec![("region", region(r.id)), ("n", N(members.len()))],
            ),
            View::Council { held, total, .. } => Words(
                "desc-council",
                vec![("held", N(*held)), ("total", N(*total))],
            ),
            View::Councillor(c) => Words("desc-councillor", vec![("terms", N(c.terms.len()))]),
            _ => return None,
        })
    }

    /// The pages of groups, guidelines, free pages and news.
    fn of_bodies(&self) -> Option<Description> {
        Some(match self {
            View::Groups { active, closed, .. } => Words(
                "desc-groups",
                vec![("active", N(active.len())), ("closed", N(closed.len()))],
            ),
            View::Group { group, .. } => Words(
                "desc-group",
                vec![
                    ("name", Text(group.name.clone())),
                    ("created", Date(group.created.clone())),
                ],
            ),
            View::Guidelines { guidelines } => {
                Words("desc-guidelines", vec![("n", N(guidelines.len()))])
            }
            View::Guideline(g) => match &g.current {
                Some(c) => Words("desc-guideline", vec![("version", Text(c.version.clone()))]),
                None => Words("desc-guideline-none", vec![]),
            },
            View::Version(v) => {
                let date = ("date", Date(v.version.date.clone()));
                match v.version.summary.as_deref() {
                    Some(summary) => Words(
                        "desc-version-summary",
                        vec![
                            date,
                            ("summary", Text(summary.trim_end_matches('.').into())),
                        ],
                    ),
                    None => Words("desc-version", vec![date]),
                }
            }
            View::Changes(c) => Words(
                "desc-changes",
                vec![
                    ("from", Text(c.from.version.clone())),
                    ("to", Text(c.to.version.clone())),
                    ("added", N(c.comparison.words_added)),
                    ("removed", N(c.comparison.words_removed)),
                ],
            ),
            View::Page { .. } => Words("desc-page", vec![]),
            View::NewsItem { item, .. } => {
                Words("desc-news-item", vec![("date", Date(item.date.clone()))])
            }
            View::NewsList {
                page_number, pages, ..
            } => Words(
                "desc-news-list",
                vec![("page", N(*page_number)), ("pages", N(*pages))],
            ),
            _ => return None,
        })
    }

    /// The pages of the Council's decisions, the elections and the translations.
    fn of_decisions(&self) -> Option<Description> {
        Some(match self {
            View::Applications { pending, decided } => Words(
                "desc-applications",
                vec![("pending", N(pending.len())), ("decided", N(decided.len()))],
            ),
            View::Meetings { meetings } => Words("desc-meetings", vec![("n", N(meetings.len()))]),
            View::Meeting(m) => Words(
                "desc-meeting",
                vec![
                    ("kind", Word(format!("kind-{}", m.meeting.kind))),
                    ("date", Date(m.meeting.date.clone())),
                    ("n", N(m.resolutions.len())),
                ],
            ),
            View::Resolutions { count, .. } => Words("desc-resolutions", vec![("n", N(*count))]),
            View::Elections { elections } => {
                Words("desc-elections", vec![("n", N(elections.len()))])
            }
            View::Election(e) => Words(
                "desc-election",
                vec![
                    ("electorate", electorate(e.election.electorate)),
                    ("seats", N(e.election.seats as usize)),
                    ("result", Word(format!("result-{}", e.election.result))),
                ],
            ),
            View::Translations(t) => {
                let names: Vec<&str> = t.languages.iter().map(|l| l.name.as_str()).collect();
                Words(
                    "desc-translations",
                    vec![("languages", Text(names.join(", ")))],
                )
            }
            View::Votes { votes } => Words("desc-votes", vec![("n", N(votes.len()))]),
            View::Vote(v) => Words(
                "desc-vote",
                vec![
                    ("electorate", electorate(v.electorate_id)),
                    ("outcome", Word(format!("outcome-{}", v.outcome))),
                    ("yes", N(v.for_votes as usize)),
                    ("no", N(v.against as usize)),
                ],
            ),
            _ => return None,
        })
    }
}

fn region(id: &str) -> Arg {
    Word(format!("region-{id}"))
}

/// Who votes, as the theme says it: all members, or the members of a region.
fn electorate(id: &str) -> Arg {
    match id {
        "all" => Word("electorate-all".to_string()),
        region => Word(format!("electorate-of-{region}")),
    }
}
