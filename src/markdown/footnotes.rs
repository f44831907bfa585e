//! Footnotes: numbered in the order they are first cited, gathered at the end of their
//! body, each with a back-link to every place that cites it.
use pulldown_cmark::{CowStr, Event, Tag, TagEnd};
use std::collections::HashMap;

/// Takes the footnote definitions out of the flow of `events`, replaces every citation
/// with its number (`<sup>` linking `#fn-N`, id `fnref-N`, `fnref-N-2` for a second
/// citation …) and appends the cited notes as an ordered list. A citation of a label
/// that has no definition stays as written; a definition nobody cites is dropped.
pub(super) fn gather(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let (mut flow, mut defs) = split(events);
    if defs.is_empty() {
        return flow;
    }
    let mut notes = Numbering::default();
    notes.cite_in(&mut flow);
    let mut list = Vec::new();
    let mut next = 0;
    // A note may cite another note: that one is numbered after the notes before it.
    while next < notes.order.len() {
        let label = notes.order[next].clone();
        next += 1;
        let mut body = defs.remove(&label).unwrap_or_default();
        notes.cite_in(&mut body);
        list.push((next, label, body));
    }
    flow.push(Event::Html(CowStr::from(
        "<div class=\"footnotes\">\n<ol>\n",
    )));
    for (n, label, body) in list {
        let cited = notes.citations.get(&label).copied().unwrap_or(1);
        flow.extend(item(n, cited, body));
    }
    flow.push(Event::Html(CowStr::from("</ol>\n</div>\n")));
    flow
}

/// The events outside footnote definitions, and each label's first definition.
fn split(events: Vec<Event<'_>>) -> (Vec<Event<'_>>, HashMap<String, Vec<Event<'_>>>) {
    let mut flow = Vec::with_capacity(events.len());
    let mut defs: HashMap<String, Vec<Event>> = HashMap::new();
    let mut current: Option<(String, Vec<Event>)> = None;
    let mut depth = 0usize;
    for event in events {
        match (&event, current.as_mut()) {
            (Event::Start(Tag::FootnoteDefinition(label)), None) => {
                current = Some((label.to_string(), Vec::new()));
                depth = 1;
            }
            (Event::Start(Tag::FootnoteDefinition(_)), Some((_, body))) => {
                depth += 1;
                body.push(event);
            }
            (Event::End(TagEnd::FootnoteDefinition), Some((_, body))) => {
                depth -= 1;
                if depth > 0 {
                    body.push(event);
                } else if let Some((label, body)) = current.take() {
                    defs.entry(label).or_insert(body);
                }
            }
            (_, Some((_, body))) => body.push(event),
            (_, None) => flow.push(event),
        }
    }
    (flow, defs)
}

/// Numbers in citation order, and how often each label has been cited.
#[derive(Default)]
struct Numbering {
    order: Vec<String>,
    numbers: HashMap<String, usize>,
    citations: HashMap<String, usize>,
}

impl Numbering {
    /// Replaces each citation in `events` (of a label `known` to be defined) by its number.
    fn cite_in(&mut self, events: &mut [Event<'_>]) {
        for event in events.iter_mut() {
            let Event::FootnoteReference(label) = event else {
                continue;
            };
            let label = label.to_string();
            let n = match self.numbers.get(&label) {
                Some(n) => *n,
                None => {
                    self.order.push(label.clone());
                    self.numbers.insert(label.clone(), self.order.len());
                    self.order.len()
                }
            };
            let count = self.citations.entry(label).or_insert(0);
            *count += 1;
            let id = ref_id(n, *count);
            *event = Event::Html(CowStr::from(format!(
                "<sup class=\"footnote-ref\" id=\"{id}\"><a href=\"#fn-{n}\">{n}</a></sup>"
            )));
        }
    }
}

/// The id of the `k`-th citation of note `n`.
fn ref_id(n: usize, k: usize) -> String {
    if k == 1 {
        format!("fnref-{n}")
    } else {
        format!("fnref-{n}-{k}")
    }
}

/// One note of the list: its body with the back-links at the end of its last paragraph.
fn item(n: usize, cited: usize, mut body: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let links: String = (1..=cited)
        .map(|k| {
            let mark = if k == 1 { String::new() } else { format!("<sup>{k}</sup>") };
            format!(
                " <a href=\"#{}\" class=\"footnote-backref\" aria-label=\"Back to citation {n}{}\">↩{mark}</a>",
                ref_id(n, k),
                if k == 1 { String::new() } else { format!(" ({k})") }
            )
        })
        .collect();
    let back = Event::Html(CowStr::from(links));
    match body
        .iter()
        .rposition(|e| matches!(e, Event::End(TagEnd::Paragraph)))
    {
        Some(i) if i + 1 == body.len() => body.insert(i, back),
        _ => body.push(back),
    }
    let mut out = Vec::with_capacity(body.len() + 2);
    out.push(Event::Html(CowStr::from(format!("<li id=\"fn-{n}\">"))));
    out.extend(body);
    out.push(Event::Html(CowStr::from("</li>\n")));
    out
}
