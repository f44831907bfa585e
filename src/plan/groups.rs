//! The working groups: the list (active, closed, not yet created) and one page each.
use super::members::SITE_YAML;
use super::page::{Cx, Planned, Title};
use crate::model::{GroupState, WorkingGroup};
use crate::urls;
use crate::views::{GroupView, Link, View, opt_date, provenance};

pub(super) fn plan(cx: &Cx, out: &mut Planned) {
    let views: Vec<GroupView> = cx.site.groups.iter().map(|g| group_view(cx, g)).collect();
    let pick = |state: GroupState| -> Vec<GroupView> {
        let mut v: Vec<GroupView> = views
            .iter()
            .filter(|g| g.status == state)
            .cloned()
            .collect();
        v.sort_by_cached_key(|g| (g.name.to_lowercase(), g.id.clone()));
        v
    };
    let list = View::Groups {
        active: pick(GroupState::Active),
        closed: pick(GroupState::Closed),
        future: pick(GroupState::NotYetCreated),
    };
    out.page(
        urls::WORKING_GROUPS,
        SITE_YAML,
        Title::words("title-working-groups"),
        list,
        Vec::new(),
    );
    for (g, group) in cx.site.groups.iter().zip(views) {
        let body = cx.body(&g.path);
        let (url, title) = (group.url.clone(), group.name.clone());
        let view = View::Group {
            group,
            charter: body.html,
        };
        let page = out.page(&url, &g.path, &title, view, body.anchors);
        page.text = Some(g.path.clone());
    }
}

fn group_view(cx: &Cx, g: &WorkingGroup) -> GroupView {
    let chair =
        g.chair.as_ref().map(
            |c| match cx.site.councillors.iter().find(|x| x.id == c.value) {
                Some(person) => Link {
                    url: urls::COUNCIL.into(),
                    label: person.name.clone(),
                },
                None => Link {
                    url: String::new(),
                    label: c.value.clone(),
                },
            },
        );
    let members = g
        .members
        .iter()
        .map(|m| Link {
            url: urls::member(&m.value),
            label: format!(".{}", m.value),
        })
        .collect();
    GroupView {
        id: g.id.clone(),
        url: urls::working_group(&g.id),
        name: g.name.clone(),
        short: g.short.clone(),
        status: g.state(cx.as_of()),
        created: crate::views::date_known(*g.created, g.created_accuracy),
        closed: opt_date(g.closed.as_ref()),
        chair,
        joint_with: g.joint_with.clone(),
        members,
        source: provenance(g.source.as_ref(), g.note.as_ref()),
    }
}
