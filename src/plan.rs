//! Model -> the list of pages (URL, template, typed context) and files: every URL of SPEC §3.
use crate::date::Date;
use crate::markdown;
use crate::model::{Guideline, Member, Region, Seat, Site, Version, VersionStatus};
use crate::urls;
use crate::views::*;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// What a build will write.
pub struct Plan {
    pub site: SiteView,
    pub pages: Vec<PlannedPage>,
    /// Every URL of the build (pages, generated files, static files) and its anchors.
    pub targets: BTreeMap<String, BTreeSet<String>>,
    /// Markdown bodies by content path: the page URL they resolve against.
    pub bodies: BTreeMap<String, String>,
    /// Draft version pages left out of this build (without --drafts), with their anchors.
    pub draft_targets: BTreeMap<String, BTreeSet<String>>,
    /// The content paths of draft versions.
    pub draft_bodies: BTreeSet<String>,
}

/// One HTML page: its URL, its template and what the template shows.
pub struct PlannedPage {
    pub url: String,
    pub template: &'static str,
    /// The content file the page comes from (for messages about it).
    pub source: String,
    pub title: String,
    pub view: View,
}

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
    Growth(crate::growth::GrowthView),
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
        charter: String,
    },
    Guidelines {
        guidelines: Vec<GuidelineSummary>,
    },
    Guideline(Box<GuidelinePage>),
    Version(Box<VersionPage>),
    Changes(Box<ChangesPage>),
    Page {
        summary: Option<String>,
        body: String,
        source: Option<SourceView>,
    },
    NewsItem {
        item: NewsView,
        body: String,
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
    pub body: Option<String>,
    pub history: Vec<VersionRow>,
}

#[derive(Serialize)]
pub struct VersionPage {
    pub version: VersionRow,
    pub guideline_url: String,
    pub current: Option<VersionRow>,
    pub body: String,
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

/// What the plan needs besides the records.
pub struct PlanOptions {
    pub as_of: Date,
    pub drafts: bool,
    pub base_url: Option<String>,
    /// Files of the theme's `static/` folder, relative to it.
    pub theme_files: Vec<String>,
}

/// Rendered Markdown kept between runs, by content path (nothing, for a one-shot run).
#[derive(Default)]
pub struct MarkdownCache {
    keep: bool,
    /// Path -> (text, base URL, result).
    bodies: std::sync::Mutex<HashMap<String, (String, String, markdown::Rendered)>>,
}

impl MarkdownCache {
    pub fn keeping() -> MarkdownCache {
        MarkdownCache {
            keep: true,
            ..MarkdownCache::default()
        }
    }

    pub fn off() -> MarkdownCache {
        MarkdownCache::default()
    }
}

/// Plans every page of the site; `taken` are the URLs every record file takes (read
/// completely or not). Bodies whose text and URL are those of a run kept in `cache`
/// are not rendered again.
pub fn plan(site: &Site, taken: &[String], opts: &PlanOptions, cache: &MarkdownCache) -> Plan {
    let mut p = Planner {
        site,
        opts,
        pages: Vec::new(),
        targets: BTreeMap::new(),
        bodies: BTreeMap::new(),
        draft_targets: BTreeMap::new(),
        draft_bodies: BTreeSet::new(),
        rendered: HashMap::new(),
    };
    let mut timer = crate::timing::Timer::start();
    p.rendered = render_bodies(site, cache);
    timer.lap("plan: Markdown");
    p.home();
    p.members();
    p.regions();
    p.council();
    p.groups();
    p.guidelines();
    p.free_pages();
    p.news();
    p.page(
        urls::NOT_FOUND,
        "404.html",
        "content/site.yaml",
        "Page not found",
        View::NotFound {},
        Vec::new(),
    );
    for file in urls::FILES {
        p.targets.entry(file.to_string()).or_default();
    }
    for url in taken {
        if !p.draft_targets.contains_key(url) {
            p.targets.entry(url.clone()).or_default();
        }
    }
    for file in opts.theme_files.iter().chain(&site.statics) {
        p.targets.entry(urls::static_file(file)).or_default();
    }
    Plan {
        site: site_view(site, opts),
        pages: p.pages,
        targets: p.targets,
        bodies: p.bodies,
        draft_targets: p.draft_targets,
        draft_bodies: p.draft_bodies,
    }
}

fn site_view(site: &Site, opts: &PlanOptions) -> SiteView {
    let settings = site.settings.as_ref();
    let mut nav: Vec<Link> = [
        (urls::MEMBERS, "Members"),
        (urls::COUNCIL, "Council"),
        (urls::WORKING_GROUPS, "Working groups"),
        (urls::GUIDELINES, "Guidelines"),
        (urls::NEWS, "News"),
    ]
    .iter()
    .map(|(url, label)| Link {
        url: url.to_string(),
        label: label.to_string(),
    })
    .collect();
    if site.pages.iter().any(|p| p.slug == "about") {
        nav.push(Link {
            url: urls::page("about"),
            label: "About".into(),
        });
    }
    let mut weighted: Vec<_> = site
        .pages
        .iter()
        .filter_map(|p| p.weight.map(|w| (w, &p.slug, &p.title)))
        .collect();
    weighted.sort();
    SiteView {
        title: settings.map_or_else(String::new, |s| s.title.clone()),
        base_url: opts
            .base_url
            .clone()
            .or_else(|| settings.map(|s| s.base_url.clone()))
            .unwrap_or_default(),
        language: settings.map_or_else(|| "en".into(), |s| s.language.clone()),
        as_of: date(opts.as_of),
        nav,
        menu: weighted
            .into_iter()
            .map(|(_, slug, title)| Link {
                url: urls::page(slug),
                label: title.clone(),
            })
            .collect(),
        drafts: opts.drafts,
    }
}

struct Planner<'a> {
    site: &'a Site,
    opts: &'a PlanOptions,
    pages: Vec<PlannedPage>,
    targets: BTreeMap<String, BTreeSet<String>>,
    bodies: BTreeMap<String, String>,
    draft_targets: BTreeMap<String, BTreeSet<String>>,
    draft_bodies: BTreeSet<String>,
    rendered: std::collections::HashMap<String, markdown::Rendered>,
}

impl<'a> Planner<'a> {
    /// The rendered body of a record file (rendered once, in parallel, up front).
    fn html(&mut self, path: &str) -> markdown::Rendered {
        self.rendered.remove(path).unwrap_or(markdown::Rendered {
            html: String::new(),
            anchors: Vec::new(),
        })
    }

    fn page(
        &mut self,
        url: &str,
        template: &'static str,
        source: &str,
        title: &str,
        view: View,
        anchors: Vec<String>,
    ) {
        self.targets
            .entry(url.to_string())
            .or_default()
            .extend(anchors);
        let page = PlannedPage {
            url: url.into(),
            template,
            source: source.into(),
            title: title.into(),
            view,
        };
        self.pages.push(page);
    }

    fn current_members(&self) -> Vec<&'a Member> {
        let site: &'a Site = self.site;
        let mut members: Vec<&'a Member> = site
            .members
            .iter()
            .filter(|m| m.is_current(self.opts.as_of))
            .collect();
        members.sort_by_cached_key(|m| (m.country.to_lowercase(), m.id.clone()));
        members
    }

    fn rows(&self, members: &[&Member]) -> Vec<MemberRow> {
        members
            .iter()
            .map(|m| member_row(m, self.opts.as_of))
            .collect()
    }

    fn home(&mut self) {
        let as_of = self.opts.as_of;
        let current = self.current_members();
        let by_region = Region::ALL
            .iter()
            .map(|r| {
                (
                    (*r).into(),
                    current
                        .iter()
                        .filter(|m| m.ccnso_region(as_of) == *r)
                        .count(),
                )
            })
            .collect();
        let seats_held = Seat::ALL
            .iter()
            .map(|s| self.site.seat_holders(*s, as_of).len())
            .sum();
        let home = HomeView {
            notice: self.site.settings.as_ref().and_then(|s| s.notice.clone()),
            members: current.len(),
            by_region,
            seats_held,
            active_groups: self
                .site
                .groups
                .iter()
                .filter(|g| g.state(as_of) == crate::model::GroupState::Active)
                .count(),
            guidelines: self
                .site
                .guidelines
                .iter()
                .filter(|g| g.current().is_some() || self.opts.drafts)
                .count(),
            news: self.news_views().into_iter().take(5).collect(),
        };
        let title = self
            .site
            .settings
            .as_ref()
            .map_or_else(String::new, |s| s.title.clone());
        self.page(
            urls::HOME,
            "index.html",
            "content/site.yaml",
            &title,
            View::Home(home),
            Vec::new(),
        );
    }

    fn members(&mut self) {
        let as_of = self.opts.as_of;
        let current = self.current_members();
        let rows = self.rows(&current);
        let count = rows.len();
        self.page(
            urls::MEMBERS,
            "members.html",
            "content/site.yaml",
            "Members",
            View::MemberList {
                members: rows,
                count,
            },
            Vec::new(),
        );
        let regions: Vec<RegionGroup> = Region::ALL
            .iter()
            .map(|r| {
                let ms: Vec<&Member> = current
                    .iter()
                    .copied()
                    .filter(|m| m.ccnso_region(as_of) == *r)
                    .collect();
                RegionGroup {
                    region: (*r).into(),
                    members: self.rows(&ms),
                }
            })
            .collect();
        let anchors = Region::ALL.iter().map(|r| r.id().to_string()).collect();
        self.page(
            urls::MEMBERS_BY_REGION,
            "members_by_region.html",
            "content/site.yaml",
            "Members by region",
            View::ByRegion { regions, count },
            anchors,
        );
        let mut former: Vec<&Member> = self
            .site
            .members
            .iter()
            .filter(|m| m.left.as_ref().is_some_and(|l| **l <= as_of))
            .collect();
        former.sort_by_cached_key(|m| (m.country.to_lowercase(), m.id.clone()));
        let rows = self.rows(&former);
        self.page(
            urls::MEMBERS_FORMER,
            "members_former.html",
            "content/site.yaml",
            "Former members",
            View::Former { members: rows },
            Vec::new(),
        );
        let growth = crate::growth::growth(&self.site.members, as_of);
        self.page(
            urls::MEMBERS_GROWTH,
            "members_growth.html",
            "content/site.yaml",
            "Membership growth",
            View::Growth(growth),
            Vec::new(),
        );
        self.member_pages();
    }

    /// `/members/<label>/` for every member record.
    fn member_pages(&mut self) {
        let as_of = self.opts.as_of;
        for m in &self.site.members {
            let councillors = self
                .site
                .councillors
                .iter()
                .filter(|c| c.cctld.as_ref().is_some_and(|l| l.value == m.id))
                .map(|c| Link {
                    url: String::new(),
                    label: c.name.clone(),
                })
                .collect();
            let view = member_page(m, as_of, councillors);
            let title = format!("{} ({})", view.member.label, m.country);
            self.page(
                &urls::member(&m.id),
                "member.html",
                &m.path,
                &title,
                View::Member(Box::new(view)),
                Vec::new(),
            );
        }
    }

    fn seat_view(&self, seat: Seat) -> SeatView {
        let list: Vec<HolderView> = self
            .site
            .seat_holders(seat, self.opts.as_of)
            .into_iter()
            .map(|h| HolderView {
                name: h.name,
                cctld: h.cctld.map(|l| Link {
                    url: urls::member(&l),
                    label: format!(".{l}"),
                }),
                term_end: h.term_end.map(date),
                roles: h.roles,
            })
            .collect();
        let vacancies = crate::model::SEATS_PER_KIND - list.len();
        SeatView {
            id: seat.id(),
            name: seat_name(seat),
            holders: list,
            vacancies,
        }
    }

    fn regions(&mut self) {
        let as_of = self.opts.as_of;
        let current = self.current_members();
        for r in Region::ALL {
            let ms: Vec<&Member> = current
                .iter()
                .copied()
                .filter(|m| m.ccnso_region(as_of) == r)
                .collect();
            let view = View::Region {
                region: r.into(),
                members: self.rows(&ms),
                seat: self.seat_view(Seat::Region(r)),
            };
            self.page(
                &urls::region(r),
                "region.html",
                "content/site.yaml",
                r.name(),
                view,
                Vec::new(),
            );
        }
    }

    fn council(&mut self) {
        let seats: Vec<SeatView> = Seat::ALL.iter().map(|s| self.seat_view(*s)).collect();
        let held = seats.iter().map(|s| s.holders.len()).sum();
        let anchors = Seat::ALL.iter().map(|s| s.id().to_string()).collect();
        self.page(
            urls::COUNCIL,
            "council.html",
            "content/site.yaml",
            "Council",
            View::Council {
                seats,
                held,
                total: crate::model::SEATS,
            },
            anchors,
        );
    }

    fn groups(&mut self) {
        let as_of = self.opts.as_of;
        let mut views: Vec<(GroupView, String, String, Vec<String>)> = Vec::new();
        for g in &self.site.groups {
            let url = urls::working_group(&g.id);
            let rendered = self.html(&g.path);
            self.bodies.insert(g.path.clone(), url.clone());
            let chair = g.chair.as_ref().map(|c| {
                match self.site.councillors.iter().find(|x| x.id == c.value) {
                    Some(person) => Link {
                        url: urls::COUNCIL.into(),
                        label: person.name.clone(),
                    },
                    None => Link {
                        url: String::new(),
                        label: c.value.clone(),
                    },
                }
            });
            let view = GroupView {
                id: g.id.clone(),
                url: url.clone(),
                name: g.name.clone(),
                short: g.short.clone(),
                status: g.state(as_of),
                created: date(*g.created),
                closed: opt_date(g.closed.as_ref()),
                chair,
                joint_with: g.joint_with.clone(),
                members: g
                    .members
                    .iter()
                    .map(|m| Link {
                        url: urls::member(&m.value),
                        label: format!(".{}", m.value),
                    })
                    .collect(),
                source: g.source.as_ref().map(|s| source(&s.value)),
            };
            views.push((view, rendered.html, g.path.clone(), rendered.anchors));
        }
        use crate::model::GroupState;
        let pick = |status: GroupState| -> Vec<GroupView> {
            let mut v: Vec<GroupView> = views
                .iter()
                .filter(|(g, ..)| g.status == status)
                .map(|(g, ..)| g.clone())
                .collect();
            v.sort_by_cached_key(|g| (g.name.to_lowercase(), g.id.clone()));
            v
        };
        let list = View::Groups {
            active: pick(GroupState::Active),
            closed: pick(GroupState::Closed),
            future: pick(GroupState::NotYetCreated),
        };
        self.page(
            urls::WORKING_GROUPS,
            "working_groups.html",
            "content/site.yaml",
            "Working groups",
            list,
            Vec::new(),
        );
        for (group, charter, path, anchors) in views {
            let (url, title) = (group.url.clone(), group.name.clone());
            self.page(
                &url,
                "working_group.html",
                &path,
                &title,
                View::Group { group, charter },
                anchors,
            );
        }
    }

    fn guidelines(&mut self) {
        let mut summaries = Vec::new();
        for g in &self.site.guidelines {
            summaries.push(self.guideline(g));
        }
        summaries.sort_by(|a, b| a.title.cmp(&b.title));
        let view = View::Guidelines {
            guidelines: summaries,
        };
        self.page(
            urls::GUIDELINES,
            "guidelines.html",
            "content/site.yaml",
            "Guidelines",
            view,
            Vec::new(),
        );
    }

    /// A guideline's page, its versions and their changes; returns its index entry.
    fn guideline(&mut self, g: &'a Guideline) -> GuidelineSummary {
        let drafts = self.opts.drafts;
        let cur = g.current();
        let shown: Vec<&Version> = g
            .versions
            .iter()
            .filter(|v| drafts || *v.status == VersionStatus::Adopted)
            .collect();
        let rows = version_rows(g, &shown, cur);
        let url = urls::guideline(&g.slug);
        let title = cur
            .or(g.versions.last())
            .map_or_else(|| g.slug.clone(), |v| v.title.clone());
        let cur_row = cur
            .and_then(|c| {
                rows.iter()
                    .find(|r| r.version == c.version.value.to_string())
            })
            .cloned();
        let rendered = cur.and_then(|c| self.rendered.get(&c.path).cloned());
        let source = cur.map_or_else(
            || format!("content/guidelines/{}", g.slug),
            |c| c.path.clone(),
        );
        let anchors = rendered
            .as_ref()
            .map(|r| r.anchors.clone())
            .unwrap_or_default();
        let history = rows.iter().rev().cloned().collect();
        let page = GuidelinePage {
            slug: g.slug.clone(),
            current: cur_row.clone(),
            body: rendered.map(|r| r.html),
            history,
        };
        self.page(
            &url,
            "guideline.html",
            &source,
            &title,
            View::Guideline(Box::new(page)),
            anchors,
        );
        for v in &g.versions {
            let row = shown
                .iter()
                .position(|s| s.version.value == v.version.value)
                .map(|i| rows[i].clone());
            self.version(g, v, row, cur_row.clone());
        }
        for (i, pair) in shown.windows(2).enumerate() {
            let (from, to) = (pair[0], pair[1]);
            let page = ChangesPage {
                guideline_url: url.clone(),
                title: to.title.clone(),
                from: rows[i].clone(),
                to: rows[i + 1].clone(),
                current: cur_row.clone(),
                comparison: crate::redline::compare(&from.body.text, &to.body.text),
            };
            let title = format!("Changes in version {} — {}", to.version.value, to.title);
            let curl = rows[i + 1].changes_url.clone().unwrap_or_default();
            self.page(
                &curl,
                "changes.html",
                &to.path,
                &title,
                View::Changes(Box::new(page)),
                Vec::new(),
            );
        }
        let latest_draft = g
            .versions
            .iter()
            .rev()
            .find(|v| *v.status == VersionStatus::Draft && drafts)
            .map(|v| version_row(v, cur, None));
        GuidelineSummary {
            url,
            title,
            current: cur_row,
            latest_draft,
        }
    }

    /// One version's page (`row` is `None` for a draft left out of this build).
    fn version(
        &mut self,
        g: &Guideline,
        v: &Version,
        row: Option<VersionRow>,
        current: Option<VersionRow>,
    ) {
        let vurl = urls::version(&g.slug, &v.version.value);
        self.bodies.insert(v.path.clone(), vurl.clone());
        let rendered = self.html(&v.path);
        if *v.status == VersionStatus::Draft {
            self.draft_bodies.insert(v.path.clone());
        }
        let Some(version) = row else {
            self.draft_targets
                .insert(format!("{vurl}changes/"), BTreeSet::new());
            self.draft_targets
                .insert(vurl, rendered.anchors.into_iter().collect());
            return;
        };
        let page = VersionPage {
            version,
            guideline_url: urls::guideline(&g.slug),
            current,
            body: rendered.html,
            source: v.source.as_ref().map(|s| source(&s.value)),
        };
        let title = format!("{} — version {}", v.title, v.version.value);
        self.page(
            &vurl,
            "version.html",
            &v.path,
            &title,
            View::Version(Box::new(page)),
            rendered.anchors,
        );
    }

    fn free_pages(&mut self) {
        for p in &self.site.pages {
            let url = urls::page(&p.slug);
            let rendered = self.html(&p.path);
            self.bodies.insert(p.path.clone(), url.clone());
            let view = View::Page {
                summary: p.summary.clone(),
                body: rendered.html,
                source: p.source.as_ref().map(|s| source(&s.value)),
            };
            self.page(&url, "page.html", &p.path, &p.title, view, rendered.anchors);
        }
    }

    /// News, newest first (date, then slug descending).
    fn news_views(&self) -> Vec<NewsView> {
        let mut items: Vec<&crate::model::News> = self.site.news.iter().collect();
        items.sort_by(|a, b| b.slug.cmp(&a.slug));
        items
            .iter()
            .map(|n| NewsView {
                url: urls::news_item(&n.slug),
                title: n.title.clone(),
                date: date(n.date),
                summary: n.summary.clone(),
            })
            .collect()
    }

    fn news(&mut self) {
        for n in &self.site.news {
            let url = urls::news_item(&n.slug);
            let rendered = self.html(&n.path);
            self.bodies.insert(n.path.clone(), url.clone());
            let item = NewsView {
                url: url.clone(),
                title: n.title.clone(),
                date: date(n.date),
                summary: n.summary.clone(),
            };
            let view = View::NewsItem {
                item,
                body: rendered.html,
                source: n.source.as_ref().map(|s| source(&s.value)),
            };
            self.page(
                &url,
                "news_item.html",
                &n.path,
                &n.title,
                view,
                rendered.anchors,
            );
        }
        let all = self.news_views();
        let per_page = self
            .site
            .settings
            .as_ref()
            .map_or(urls::NEWS_PER_PAGE, |s| s.news_per_page)
            .max(1);
        let pages = urls::news_pages(all.len(), per_page);
        let page_url = urls::news_page;
        for (i, chunk) in (0..pages).map(|i| {
            (
                i,
                all.iter()
                    .skip(i * per_page)
                    .take(per_page)
                    .cloned()
                    .collect::<Vec<_>>(),
            )
        }) {
            let n = i + 1;
            let view = View::NewsList {
                items: chunk,
                page_number: n,
                pages,
                prev: (n > 1).then(|| page_url(n - 1)),
                next: (n < pages).then(|| page_url(n + 1)),
            };
            let title = if n == 1 {
                "News".to_string()
            } else {
                format!("News — page {n} of {pages}")
            };
            self.page(
                &page_url(n),
                "news_list.html",
                "content/site.yaml",
                &title,
                view,
                Vec::new(),
            );
        }
    }
}

/// Every Markdown body rendered against its page's URL, in parallel, by content path.
fn render_bodies(site: &Site, cache: &MarkdownCache) -> HashMap<String, markdown::Rendered> {
    use rayon::prelude::*;
    let mut jobs: Vec<(&str, &str, String)> = Vec::new();
    jobs.extend(site.groups.iter().map(|g| {
        (
            g.path.as_str(),
            g.body.text.as_str(),
            urls::working_group(&g.id),
        )
    }));
    for g in &site.guidelines {
        jobs.extend(g.versions.iter().map(|v| {
            (
                v.path.as_str(),
                v.body.text.as_str(),
                urls::version(&g.slug, &v.version.value),
            )
        }));
    }
    jobs.extend(
        site.pages
            .iter()
            .map(|p| (p.path.as_str(), p.body.text.as_str(), urls::page(&p.slug))),
    );
    jobs.extend(site.news.iter().map(|n| {
        (
            n.path.as_str(),
            n.body.text.as_str(),
            urls::news_item(&n.slug),
        )
    }));
    if !cache.keep {
        return jobs
            .par_iter()
            .map(|(path, text, base)| (path.to_string(), markdown::to_html(text, base)))
            .collect();
    }
    let old = std::mem::take(&mut *cache.bodies.lock().unwrap_or_else(|e| e.into_inner()));
    let fresh: HashMap<String, (String, String, markdown::Rendered)> = jobs
        .par_iter()
        .map(|(path, text, base)| {
            let rendered = match old.get(*path) {
                Some((t, b, r)) if t == text && b == base => r.clone(),
                _ => markdown::to_html(text, base),
            };
            (path.to_string(), (text.to_string(), base.clone(), rendered))
        })
        .collect();
    let out = fresh
        .iter()
        .map(|(path, (_, _, r))| (path.clone(), r.clone()))
        .collect();
    *cache.bodies.lock().unwrap_or_else(|e| e.into_inner()) = fresh;
    out
}

/// The rows of the versions in this build, in version order; each but the first
/// links the changes from the one before it.
fn version_rows(g: &Guideline, shown: &[&Version], cur: Option<&Version>) -> Vec<VersionRow> {
    shown
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let changes = (i > 0).then(|| urls::changes(&g.slug, &v.version.value));
            version_row(v, cur, changes)
        })
        .collect()
}
