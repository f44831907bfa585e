//! What a theme's templates may reach and how deep they may go: no function that reads
//! outside the site (the environment, the clock, random numbers), tags and expressions
//! nested at most `MAX_DEPTH` deep (checked before Tera parses, whose parser recurses),
//! and no macro that calls itself, so that rendering on a thread of `RENDER_STACK` bytes
//! never reaches the end of its stack.
use std::collections::HashMap;
use tera::ast::{Expr, ExprVal, Node};

/// How deep tags (`if`, `for`, `block`, `macro`, `filter`), brackets in an expression,
/// and the chain of macros called and templates included may nest, in all.
pub(crate) const MAX_DEPTH: usize = 100;

/// The stack of a thread that renders pages: room for `MAX_DEPTH` levels of Tera's
/// recursion with a wide margin.
pub(crate) const RENDER_STACK: usize = 64 << 20;

/// Tera's built-in functions that read outside the site or make each build differ.
const OUTSIDE: [(&str, &str); 3] = [
    ("get_env", "reads the environment"),
    ("now", "reads the clock"),
    ("get_random", "makes random numbers"),
];

/// Refuses, before parsing, a template whose tags or expressions nest deeper than
/// `MAX_DEPTH`: "template page.html line 3: …".
pub(crate) fn check_nesting(name: &str, text: &str) -> Result<(), String> {
    let mut tags = 0usize;
    let mut rest = text;
    let line = |rest: &str| text[..text.len() - rest.len()].matches('\n').count() + 1;
    while let Some(start) = rest.find('{') {
        rest = &rest[start..];
        let close = match rest.get(..2) {
            Some("{{") => "}}",
            Some("{%") => "%}",
            Some("{#") => "#}",
            _ => {
                rest = &rest[1..];
                continue;
            }
        };
        let found = match close {
            "#}" => rest[2..].find(close),
            _ => tag_end(&rest[2..], close),
        };
        let (tag, end) = match found {
            Some(i) => (&rest[2..2 + i], i + 4),
            None => (&rest[2..], rest.len()),
        };
        if close != "#}" && brackets(tag) > MAX_DEPTH {
            return Err(too_deep(name, line(rest), "brackets in an expression"));
        }
        let word = tag.trim_start_matches('-').split_whitespace().next();
        match (close, word) {
            ("%}", Some("if" | "for" | "block" | "macro" | "filter")) => tags += 1,
            ("%}", Some(w)) if w.starts_with("end") => tags = tags.saturating_sub(1),
            _ => {}
        }
        if tags > MAX_DEPTH {
            return Err(too_deep(
                name,
                line(rest),
                "tags (if, for, block, macro, filter)",
            ));
        }
        rest = &rest[end..];
        if close == "%}" && word == Some("raw") {
            rest = rest.find("endraw").map_or("", |i| &rest[i..]);
        }
    }
    Ok(())
}

fn too_deep(name: &str, line: usize, what: &str) -> String {
    format!("template {name} line {line}: {what} nested more than {MAX_DEPTH} deep")
}

/// Where a tag's closing mark is, outside quoted strings.
fn tag_end(tag: &str, close: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in tag.char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if matches!(c, '"' | '\'' | '`') => quote = Some(c),
            None if tag[i..].starts_with(close) => return Some(i),
            None => {}
        }
    }
    None
}

/// The deepest nesting of brackets in a tag, outside quoted strings.
fn brackets(tag: &str) -> usize {
    let (mut depth, mut deepest, mut quote) = (0usize, 0usize, None);
    for c in tag.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'' | '`') => quote = Some(c),
            (None, '(' | '[' | '{') => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            (None, ')' | ']' | '}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// Refuses, after parsing, a template that calls a function reading outside the site,
/// a macro that calls itself (directly or through others), and a chain of macros and
/// included templates deeper than `MAX_DEPTH`. `texts` are the templates' sources, for
/// the line of what is refused.
pub(crate) fn check_calls(tera: &tera::Tera, texts: &[(String, String)]) -> Result<(), String> {
    let mut graph = Graph::default();
    for (name, text) in texts {
        let Ok(t) = tera.get_template(name) else {
            continue;
        };
        let mut found = Found::default();
        nodes(&t.ast, 0, &mut found);
        let caller = Callee::Template(name.clone());
        graph.add(caller, found, t, text)?;
        for (m, def) in &t.macros {
            let mut found = Found::default();
            nodes(&def.body, 0, &mut found);
            graph.add(Callee::Macro(name.clone(), m.clone()), found, t, text)?;
        }
    }
    graph.deepest()
}

/// A template's body, or one of its macros.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Callee {
    Template(String),
    Macro(String, String),
}

/// What a body calls: functions by name, macros by namespace and name, templates it
/// includes or extends, each with the nesting at which it stands.
#[derive(Default)]
struct Found {
    functions: Vec<String>,
    macros: Vec<(String, String, usize)>,
    templates: Vec<(String, usize)>,
    deepest: usize,
}

#[derive(Default)]
struct Graph {
    /// Each body: its own nesting, and what it calls at which nesting.
    edges: HashMap<Callee, (usize, Vec<(Callee, usize)>)>,
    /// Where each body is defined, for messages: (template, line).
    lines: HashMap<Callee, usize>,
}

impl Graph {
    fn add(
        &mut self,
        caller: Callee,
        found: Found,
        t: &tera::Template,
        text: &str,
    ) -> Result<(), String> {
        let name = &t.name;
        if let Some((f, why)) = OUTSIDE
            .iter()
            .find(|(f, _)| found.functions.iter().any(|c| c == f))
        {
            let line = line_of(text, &format!("{f}("));
            return Err(format!(
                "template {name} line {line}: {f}() is not available: it {why}, and a template sees only the site (the same records build the same pages)"
            ));
        }
        let namespace = |ns: &str| match ns {
            "self" => Some(name.clone()),
            ns => t
                .imported_macro_files
                .iter()
                .find(|(_, n)| n == ns)
                .map(|(file, _)| file.clone()),
        };
        let mut calls: Vec<(Callee, usize)> = found
            .macros
            .iter()
            .filter_map(|(ns, m, at)| Some((Callee::Macro(namespace(ns)?, m.clone()), *at)))
            .collect();
        calls.extend(
            found
                .templates
                .iter()
                .map(|(n, at)| (Callee::Template(n.clone()), *at)),
        );
        // A child's blocks are rendered inside its parent's: counted on top of them.
        if let Some(parent) = &t.parent {
            calls.push((Callee::Template(parent.clone()), found.deepest));
        }
        let line = match &caller {
            Callee::Macro(_, m) => line_of(text, &format!("macro {m}")),
            Callee::Template(_) => 1,
        };
        self.lines.insert(caller.clone(), line);
        self.edges.insert(caller, (found.deepest, calls));
        Ok(())
    }

    /// The deepest chain from any body; `Err` on a cycle of macros or past `MAX_DEPTH`.
    fn deepest(&self) -> Result<(), String> {
        let mut done: HashMap<&Callee, usize> = HashMap::new();
        let mut keys: Vec<&Callee> = self.edges.keys().collect();
        keys.sort();
        for start in keys {
            let depth = self.depth(start, &mut done, &mut Vec::new())?;
            if depth > MAX_DEPTH {
                let (template, what) = match start {
                    Callee::Template(t) => (t, String::new()),
                    Callee::Macro(t, m) => (t, format!(" (macro {m})")),
                };
                return Err(format!(
                    "template {template} line {}{what}: nests more than {MAX_DEPTH} levels deep, counting the macros it calls and the templates it includes",
                    self.lines.get(start).copied().unwrap_or(1)
                ));
            }
        }
        Ok(())
    }

    fn depth<'a>(
        &'a self,
        at: &'a Callee,
        done: &mut HashMap<&'a Callee, usize>,
        path: &mut Vec<&'a Callee>,
    ) -> Result<usize, String> {
        if let Some(d) = done.get(at) {
            return Ok(*d);
        }
        if let Some(i) = path.iter().position(|c| *c == at) {
            return Err(self.cycle(&path[i..], at));
        }
        let Some((own, calls)) = self.edges.get(at) else {
            return Ok(0);
        };
        path.push(at);
        let mut deepest = *own;
        for (callee, nesting) in calls {
            deepest = deepest.max(nesting + 1 + self.depth(callee, done, path)?);
            if deepest > MAX_DEPTH {
                break;
            }
        }
        path.pop();
        done.insert(at, deepest);
        Ok(deepest)
    }

    fn cycle(&self, path: &[&Callee], back: &Callee) -> String {
        let label = |c: &Callee| match c {
            Callee::Template(t) => t.clone(),
            Callee::Macro(t, m) => format!("{t}::{m}"),
        };
        let mut names: Vec<String> = path.iter().map(|c| label(c)).collect();
        names.push(label(back));
        let template = match back {
            Callee::Template(t) | Callee::Macro(t, _) => t,
        };
        let what = match back {
            Callee::Macro(_, m) => format!("macro {m} calls itself"),
            Callee::Template(t) => format!("template {t} includes itself"),
        };
        format!(
            "template {template} line {}: {what} ({}), which could recurse without end",
            self.lines.get(back).copied().unwrap_or(1),
            names.join(" -> ")
        )
    }
}

/// The line (from 1) of the first `needle` in `text`, or 1.
fn line_of(text: &str, needle: &str) -> usize {
    text.find(needle)
        .map_or(1, |i| text[..i].matches('\n').count() + 1)
}

fn nodes(list: &[Node], nesting: usize, found: &mut Found) {
    found.deepest = found.deepest.max(nesting);
    for node in list {
        node_calls(node, nesting, found);
    }
}

fn node_calls(node: &Node, n: usize, found: &mut Found) {
    match node {
        Node::VariableBlock(_, e) => expr(e, n, found),
        Node::Set(_, s) => expr(&s.value, n, found),
        Node::Include(_, names, _) => {
            found.templates.extend(names.iter().map(|t| (t.clone(), n)));
        }
        Node::Block(_, b, _) => nodes(&b.body, n + 1, found),
        Node::FilterSection(_, f, _) => {
            call_args(&f.filter.args, n, found);
            nodes(&f.body, n + 1, found);
        }
        Node::Forloop(_, f, _) => {
            expr(&f.container, n, found);
            nodes(&f.body, n + 1, found);
            nodes(f.empty_body.as_deref().unwrap_or_default(), n + 1, found);
        }
        Node::If(i, _) => {
            for (_, cond, body) in &i.conditions {
                expr(cond, n, found);
                nodes(body, n + 1, found);
            }
            if let Some((_, body)) = &i.otherwise {
                nodes(body, n + 1, found);
            }
        }
        _ => {}
    }
}

fn call_args(args: &HashMap<String, Expr>, n: usize, found: &mut Found) {
    args.values().for_each(|e| expr(e, n, found));
}

fn expr(e: &Expr, n: usize, found: &mut Found) {
    for f in &e.filters {
        call_args(&f.args, n, found);
    }
    value(&e.val, n, found);
}

fn value(v: &ExprVal, n: usize, found: &mut Found) {
    match v {
        ExprVal::Math(m) => [&m.lhs, &m.rhs].iter().for_each(|e| expr(e, n, found)),
        ExprVal::Logic(l) => [&l.lhs, &l.rhs].iter().for_each(|e| expr(e, n, found)),
        ExprVal::In(i) => [&i.lhs, &i.rhs].iter().for_each(|e| expr(e, n, found)),
        ExprVal::Test(t) => t.args.iter().for_each(|e| expr(e, n, found)),
        ExprVal::Array(items) => items.iter().for_each(|e| expr(e, n, found)),
        ExprVal::StringConcat(s) => s.values.iter().for_each(|v| value(v, n, found)),
        ExprVal::FunctionCall(f) => {
            found.functions.push(f.name.clone());
            call_args(&f.args, n, found);
        }
        ExprVal::MacroCall(m) => {
            found.macros.push((m.namespace.clone(), m.name.clone(), n));
            call_args(&m.args, n, found);
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compiled(templates: &[(&str, &str)]) -> Result<(), String> {
        let texts: Vec<(String, String)> = templates
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect();
        for (n, t) in &texts {
            check_nesting(n, t)?;
        }
        let mut tera = tera::Tera::default();
        tera.add_raw_templates(texts.clone())
            .map_err(|e| e.to_string())?;
        check_calls(&tera, &texts)
    }

    #[test]
    fn functions_that_read_outside_the_site_are_refused_at_their_line() {
        assert_eq!(
            compiled(&[("page.html", "a\n\n  {{ get_env(name=\"CI_SECRET\") }}")]),
            Err("template page.html line 3: get_env() is not available: it reads the environment, and a template sees only the site (the same records build the same pages)".to_string())
        );
        // Inside a filter's argument, a loop's container and a macro too.
        let hidden = "{% macro m() %}{% for x in [1] | concat(with=get_env(name=\"X\")) %}{% endfor %}{% endmacro %}";
        assert!(
            compiled(&[("m.html", hidden)])
                .unwrap_err()
                .contains("get_env()")
        );
        assert_eq!(
            compiled(&[("ok.html", "{{ range(end=3) | length }}")]),
            Ok(())
        );
    }

    #[test]
    fn nesting_past_the_bound_is_refused_before_parsing() {
        let deep = "{% if x %}".repeat(20_000);
        assert_eq!(
            compiled(&[("deep.html", &deep)]),
            Err("template deep.html line 1: tags (if, for, block, macro, filter) nested more than 100 deep".to_string())
        );
        let parens = format!("\n{{{{ {}1{} }}}}", "(".repeat(500), ")".repeat(500));
        assert_eq!(
            compiled(&[("p.html", &parens)]),
            Err(
                "template p.html line 2: brackets in an expression nested more than 100 deep"
                    .to_string()
            )
        );
        let fine = format!("{}{}", "{% if x %}".repeat(40), "{% endif %}".repeat(40));
        assert_eq!(compiled(&[("fine.html", &fine)]), Ok(()));
        // Strings and raw blocks do not count.
        let raw = format!(
            "{{% raw %}}{}{{% endraw %}}{{{{ \"{}\" }}}}",
            "{% if x %}".repeat(200),
            "(".repeat(200)
        );
        assert_eq!(compiled(&[("raw.html", &raw)]), Ok(()));
    }

    #[test]
    fn a_macro_that_calls_itself_is_refused() {
        let own = "x\n{% macro m(n) %}{{ self::m(n=n - 1) }}{% endmacro %}{{ self::m(n=5000) }}";
        assert_eq!(
            compiled(&[("r.html", own)]),
            Err("template r.html line 2: macro m calls itself (r.html::m -> r.html::m), which could recurse without end".to_string())
        );
        let a = "{% import \"b.html\" as b %}{% macro f() %}{{ b::g() }}{% endmacro %}";
        let b = "{% import \"a.html\" as a %}{% macro g() %}{{ a::f() }}{% endmacro %}";
        assert!(
            compiled(&[("a.html", a), ("b.html", b)])
                .unwrap_err()
                .contains("(a.html::f -> b.html::g -> a.html::f)")
        );
    }

    #[test]
    fn a_chain_of_macros_deeper_than_the_bound_is_refused() {
        let mut text = String::new();
        for i in 0..150 {
            text.push_str(&format!(
                "{{% macro m{i}() %}}{{{{ self::m{}() }}}}{{% endmacro %}}\n",
                i + 1
            ));
        }
        text.push_str("{% macro m150() %}end{% endmacro %}{{ self::m0() }}");
        let err = compiled(&[("chain.html", &text)]).unwrap_err();
        assert!(err.starts_with("template chain.html line "), "{err}");
        assert!(err.ends_with("nests more than 100 levels deep, counting the macros it calls and the templates it includes"), "{err}");
    }
}
