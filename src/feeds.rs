//! The generated files that are not pages: Atom feed, sitemap, open data (JSON, CSV).
use crate::date::Date;
use crate::model::Closed as _;
use crate::model::{Member, Seat, Site, VersionStatus};
use crate::plan::Plan;
use serde_json::{Map, Value, json};
use std::fmt::Write as _;

/// `(path relative to the output folder, bytes)` for every generated file.
pub fn files(site: &Site, plan: &Plan, as_of: Date) -> Vec<(String, Vec<u8>)> {
    use crate::urls::{ATOM, COUNCIL_JSON, MEMBERS_CSV, MEMBERS_JSON, SITEMAP, output_path};
    vec![
        (output_path(ATOM), atom(site, plan).into_bytes()),
        (output_path(SITEMAP), sitemap(plan).into_bytes()),
        (
            output_path(MEMBERS_JSON),
            pretty(&members_json(site, as_of)),
        ),
        (
            output_path(MEMBERS_CSV),
            members_csv(site, as_of).into_bytes(),
        ),
        (
            output_path(COUNCIL_JSON),
            pretty(&council_json(site, as_of)),
        ),
    ]
}

fn pretty(v: &Value) -> Vec<u8> {
    let mut s = serde_json::to_string_pretty(v).expect("JSON values serialise");
    s.push('\n');
    s.into_bytes()
}

/// XML text: `&`, `<`, `>`, `"` escaped.
pub fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

struct Entry {
    date: Date,
    title: String,
    url: String,
    summary: String,
}

/// The feed: news and guideline adoptions, newest first.
fn atom(site: &Site, plan: &Plan) -> String {
    let base = &plan.site.base_url;
    let entries = feed_entries(site);
    let updated = entries
        .first()
        .map_or_else(|| Date::from_days(0), |e| e.date);
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n",
    );
    let _ = writeln!(out, "  <title>{}</title>", xml_escape(&plan.site.title));
    let _ = writeln!(
        out,
        "  <link href=\"{}/\"/>\n  <link rel=\"self\" href=\"{}{}\"/>",
        xml_escape(base),
        xml_escape(base),
        crate::urls::ATOM
    );
    let _ = writeln!(
        out,
        "  <id>{}/</id>\n  <updated>{}T00:00:00Z</updated>",
        xml_escape(base),
        day(updated)
    );
    let _ = writeln!(
        out,
        "  <author><name>{}</name></author>",
        xml_escape(&plan.site.title)
    );
    for e in entries {
        write_entry(&mut out, base, &e);
    }
    out.push_str("</feed>\n");
    out
}

fn write_entry(out: &mut String, base: &str, e: &Entry) {
    let url = xml_escape(&format!("{base}{}", e.url));
    let _ = writeln!(
        out,
        "  <entry>\n    <title>{}</title>\n    <link href=\"{url}\"/>\n    <id>{url}</id>",
        xml_escape(&e.title)
    );
    let _ = writeln!(out, "    <updated>{}T00:00:00Z</updated>", day(e.date));
    if !e.summary.is_empty() {
        let _ = writeln!(out, "    <summary>{}</summary>", xml_escape(&e.summary));
    }
    out.push_str("  </entry>\n");
}

/// News and guideline adoptions, newest first.
fn feed_entries(site: &Site) -> Vec<Entry> {
    let mut entries: Vec<Entry> = site
        .news
        .iter()
        .map(|n| Entry {
            date: n.date,
            title: n.title.clone(),
            url: crate::urls::news_item(&n.slug),
            summary: n.summary.clone().unwrap_or_default(),
        })
        .collect();
    for g in &site.guidelines {
        for v in g
            .versions
            .iter()
            .filter(|v| *v.status == VersionStatus::Adopted)
        {
            let Some(adopted) = &v.adopted else { continue };
            entries.push(Entry {
                date: adopted.value,
                title: format!("Adopted: {}, version {}", v.title, v.version.value),
                url: crate::urls::version(&g.slug, &v.version.value),
                summary: v.summary.clone().unwrap_or_default(),
            });
        }
    }
    entries.sort_by(|a, b| (b.date, &b.url).cmp(&(a.date, &a.url)));
    entries
}

fn day(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

fn sitemap(plan: &Plan) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut urls: Vec<&str> = plan
        .pages
        .iter()
        .map(|p| p.url.as_str())
        .filter(|u| u.ends_with('/'))
        .collect();
    urls.sort_unstable();
    for url in urls {
        let _ = writeln!(
            out,
            "  <url><loc>{}</loc></url>",
            xml_escape(&format!("{}{url}", plan.site.base_url))
        );
    }
    out.push_str("</urlset>\n");
    out
}

fn members_sorted(site: &Site) -> Vec<&Member> {
    let mut ms: Vec<&Member> = site.members.iter().collect();
    ms.sort_by(|a, b| a.cctld.value.cmp(&b.cctld.value).then(a.id.cmp(&b.id)));
    ms
}

/// The scalar fields of a member as written, in SPEC order.
fn scalars(m: &Member) -> Vec<(&'static str, Option<String>)> {
    let s = |v: Option<&crate::model::At<String>>| v.map(|v| v.value.clone());
    vec![
        ("cctld", Some(m.cctld.value.clone())),
        ("unicode", s(m.unicode.as_ref())),
        ("iso3166", s(m.iso3166.as_ref())),
        ("country", Some(m.country.clone())),
        ("manager", Some(m.manager.clone())),
        ("region", Some(m.region.id().to_string())),
        ("region_basis", Some(m.region_basis.id().to_string())),
        ("joined", Some(m.joined.value.to_string())),
        ("left", m.left.as_ref().map(|d| d.value.to_string())),
        (
            "left_reason",
            m.left_reason.as_ref().map(|r| r.id().to_string()),
        ),
        ("website", s(m.website.as_ref())),
        ("source", s(m.source.as_ref())),
    ]
}

fn members_json(site: &Site, as_of: Date) -> Value {
    let items = members_sorted(site)
        .into_iter()
        .map(|m| {
            let mut obj = Map::new();
            for (k, v) in scalars(m) {
                if let Some(v) = v {
                    obj.insert(k.into(), Value::String(v));
                }
            }
            if !m.region_changes.is_empty() {
                let changes = m.region_changes.iter().map(|c| {
                    let mut o = Map::new();
                    o.insert("requested".into(), json!(c.requested.value.to_string()));
                    if let Some(d) = &c.decided {
                        o.insert("decided".into(), json!(d.value.to_string()));
                    }
                    o.insert("outcome".into(), json!(c.outcome.id()));
                    o.insert("to".into(), json!(c.to.id()));
                    o.insert("extraordinary".into(), json!(c.extraordinary));
                    if let Some(r) = &c.reason {
                        o.insert("reason".into(), json!(r));
                    }
                    Value::Object(o)
                });
                obj.insert("region_changes".into(), Value::Array(changes.collect()));
            }
            obj.insert("current".into(), json!(m.is_current(as_of)));
            obj.insert("ccnso_region".into(), json!(m.ccnso_region(as_of).id()));
            Value::Object(obj)
        })
        .collect();
    Value::Array(items)
}

fn members_csv(site: &Site, as_of: Date) -> String {
    let mut out = String::new();
    let header: Vec<&str> = scalars_header()
        .into_iter()
        .chain(["current", "ccnso_region"])
        .collect();
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for m in members_sorted(site) {
        let mut cells: Vec<String> = scalars(m)
            .into_iter()
            .map(|(_, v)| csv_cell(&v.unwrap_or_default()))
            .collect();
        cells.push(m.is_current(as_of).to_string());
        cells.push(m.ccnso_region(as_of).id().to_string());
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

fn scalars_header() -> Vec<&'static str> {
    vec![
        "cctld",
        "unicode",
        "iso3166",
        "country",
        "manager",
        "region",
        "region_basis",
        "joined",
        "left",
        "left_reason",
        "website",
        "source",
    ]
}

/// RFC 4180: quoted when it holds a comma, quote or line break.
pub fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn council_json(site: &Site, as_of: Date) -> Value {
    let mut out = Vec::new();
    for seat in Seat::ALL {
        let list = site.seat_holders(seat, as_of);
        for h in &list {
            out.push(json!({
                "seat": seat.id(),
                "name": h.name,
                "cctld": h.cctld,
                "term_end": h.term_end.map(|d| d.to_string()),
                "roles": h.roles,
            }));
        }
        for _ in list.len()..3 {
            out.push(json!({"seat": seat.id(), "name": null, "cctld": null, "term_end": null, "roles": []}));
        }
    }
    Value::Array(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_only_when_needed() {
        assert_eq!(csv_cell("SIDN"), "SIDN");
        assert_eq!(
            csv_cell(".CO Internet S.A.S., Bogotá"),
            "\".CO Internet S.A.S., Bogotá\""
        );
        assert_eq!(csv_cell("a \"b\""), "\"a \"\"b\"\"\"");
    }
}
