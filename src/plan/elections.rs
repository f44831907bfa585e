//! Elections and votes (SPEC §7): the lists, newest first, and a page for each.
use super::members::SITE_YAML;
use super::page::Title;
use super::page::{Cx, Planned};
use crate::model::{Election, Vote};
use crate::urls;
use crate::views::View;
use crate::views::elections::{election_page, election_row, vote_view};

pub(super) fn plan(cx: &Cx, out: &mut Planned) {
    let mut elections: Vec<&Election> = cx.site.elections.iter().collect();
    elections.sort_by_key(|e| (std::cmp::Reverse(*e.call), e.slug.clone()));
    let mut rows = Vec::new();
    for e in elections {
        let outcome = cx.tallies.election(cx.site, e);
        rows.push(election_row(cx.site, e, &outcome));
        let view = View::Election(Box::new(election_page(cx.site, e, &outcome)));
        let url = urls::election(&e.slug);
        out.page(&url, &e.path, &e.title, view, Vec::new());
    }
    let list = View::Elections { elections: rows };
    out.page(
        urls::ELECTIONS,
        SITE_YAML,
        Title::words("title-elections"),
        list,
        Vec::new(),
    );
    let mut votes: Vec<&Vote> = cx.site.votes.iter().collect();
    votes.sort_by_key(|v| (std::cmp::Reverse(*v.closes), v.slug.clone()));
    let mut views = Vec::new();
    for v in votes {
        let text = v.text.as_ref().map(|t| cx.body(&t.path));
        let anchors = text.as_ref().map(|t| t.anchors.clone()).unwrap_or_default();
        let counted = cx.tallies.vote(cx.site, v);
        let view = vote_view(cx.site, v, counted, text.map(|t| t.html));
        views.push(view.clone());
        let url = urls::vote(&v.slug);
        out.page(&url, &v.path, &v.title, View::Vote(Box::new(view)), anchors);
    }
    out.page(
        urls::VOTES,
        SITE_YAML,
        Title::words("title-votes"),
        View::Votes { votes: views },
        Vec::new(),
    );
}
