//! The theme's fixed words written into its templates, once per language: a call
//! `t(key="…")` with a literal key and no other argument gives the same text on every
//! page of a language, so each language's copy of the templates holds that text as a
//! string literal instead of calling `t` for every page (Tera escapes a literal as it
//! escapes what `t` gives). `th(key="…")` alone in `{{ }}` becomes its markup.
use std::collections::HashMap;
use tera::ast::{Expr, ExprVal, FunctionCall, Node};

/// The fixed messages of one language, by key (as `t` gives them, not escaped).
type Fixed = HashMap<String, String>;

/// Folds the fixed words of one language into every template of `tera`.
pub(super) fn fold_words(tera: &mut tera::Tera, fixed: &Fixed) {
    for template in tera.templates.values_mut() {
        nodes(&mut template.ast, fixed);
        for m in template.macros.values_mut() {
            nodes(&mut m.body, fixed);
        }
        for b in template.blocks.values_mut() {
            nodes(&mut b.body, fixed);
        }
        for definitions in template.blocks_definitions.values_mut() {
            for (_, b) in definitions {
                nodes(&mut b.body, fixed);
            }
        }
    }
}

/// The message a call `name(key="…")` with no other argument gives, if it is fixed.
fn fixed_call<'f>(call: &FunctionCall, name: &str, fixed: &'f Fixed) -> Option<&'f String> {
    if call.name != name || call.args.len() != 1 {
        return None;
    }
    let key = call.args.get("key")?;
    match &key.val {
        ExprVal::String(k) if key.filters.is_empty() && !key.negated => fixed.get(k),
        _ => None,
    }
}

fn nodes(list: &mut [Node], fixed: &Fixed) {
    for n in list {
        node(n, fixed);
    }
}

fn node(n: &mut Node, fixed: &Fixed) {
    match n {
        Node::VariableBlock(_, e) => {
            if let Some(markup) = fixed_markup(e, fixed) {
                *n = Node::Text(markup);
            } else {
                expr(e, fixed);
            }
        }
        Node::Set(_, s) => expr(&mut s.value, fixed),
        Node::MacroDefinition(_, m, _) => nodes(&mut m.body, fixed),
        Node::Block(_, b, _) => nodes(&mut b.body, fixed),
        Node::FilterSection(_, f, _) => {
            args(&mut f.filter.args, fixed);
            nodes(&mut f.body, fixed);
        }
        Node::Forloop(_, f, _) => {
            expr(&mut f.container, fixed);
            nodes(&mut f.body, fixed);
            if let Some(empty) = &mut f.empty_body {
                nodes(empty, fixed);
            }
        }
        Node::If(i, _) => {
            for (_, condition, body) in &mut i.conditions {
                expr(condition, fixed);
                nodes(body, fixed);
            }
            if let Some((_, body)) = &mut i.otherwise {
                nodes(body, fixed);
            }
        }
        _ => {}
    }
}

/// `{{ th(key="…") }}` alone: the message's markup, as `th` writes it.
fn fixed_markup(e: &Expr, fixed: &Fixed) -> Option<String> {
    match &e.val {
        ExprVal::FunctionCall(call) if e.filters.is_empty() && !e.negated => {
            fixed_call(call, "th", fixed).map(|said| crate::html::escape_html(said))
        }
        _ => None,
    }
}

fn args(args: &mut HashMap<String, Expr>, fixed: &Fixed) {
    for e in args.values_mut() {
        expr(e, fixed);
    }
}

fn expr(e: &mut Expr, fixed: &Fixed) {
    value(&mut e.val, fixed);
    for f in &mut e.filters {
        args(&mut f.args, fixed);
    }
}

fn value(v: &mut ExprVal, fixed: &Fixed) {
    match v {
        ExprVal::FunctionCall(call) => match fixed_call(call, "t", fixed) {
            Some(said) => *v = ExprVal::String(said.clone()),
            None => args(&mut call.args, fixed),
        },
        ExprVal::MacroCall(m) => args(&mut m.args, fixed),
        ExprVal::Math(m) => [&mut m.lhs, &mut m.rhs]
            .into_iter()
            .for_each(|e| expr(e, fixed)),
        ExprVal::Logic(l) => [&mut l.lhs, &mut l.rhs]
            .into_iter()
            .for_each(|e| expr(e, fixed)),
        ExprVal::In(i) => [&mut i.lhs, &mut i.rhs]
            .into_iter()
            .for_each(|e| expr(e, fixed)),
        ExprVal::Test(t) => t.args.iter_mut().for_each(|e| expr(e, fixed)),
        ExprVal::Array(items) => items.iter_mut().for_each(|e| expr(e, fixed)),
        ExprVal::StringConcat(s) => s.values.iter_mut().for_each(|v| value(v, fixed)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders `text` with `t`/`th` that fail if called, after folding `fixed`.
    fn folded(text: &str) -> Result<String, String> {
        struct Refuse;
        impl tera::Function for Refuse {
            fn call(&self, _: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
                Err(tera::Error::msg("called"))
            }
        }
        let mut tera = tera::Tera::default();
        tera.autoescape_on(vec![".html"]);
        tera.add_raw_templates([
            ("base.html", "<{% block b %}{% endblock b %}>"),
            ("p.html", text),
        ])
        .unwrap();
        tera.register_function("t", Refuse);
        tera.register_function("th", Refuse);
        let fixed: Fixed = [("a", "A & B"), ("b", "<i>")]
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .into();
        fold_words(&mut tera, &fixed);
        tera.render("p.html", &tera::Context::new())
            .map_err(|e| format!("{e:?}").contains("called").to_string())
    }

    #[test]
    fn fixed_words_are_written_in_and_escaped_as_t_and_th_would() {
        let text = r#"{% extends "base.html" %}{% block b %}{{ t(key="a") }}|{{ th(key="b") }}|{% set s = t(key="b") %}{{ s }}|{{ "x" ~ t(key="a") | upper }}|{% for i in [1] %}{% if true %}{{ t(key="a") | length }}{% endif %}{% endfor %}{% endblock b %}"#;
        assert_eq!(
            folded(text),
            Ok("<A &amp; B|&lt;i&gt;|&lt;i&gt;|XA &amp; B|5>".to_string())
        );
    }

    #[test]
    fn calls_with_arguments_or_unknown_keys_are_left_to_t() {
        // `Err("true")`: the call reached `t`.
        assert_eq!(folded(r#"{{ t(key="a", n=1) }}"#), Err("true".into()));
        assert_eq!(folded(r#"{{ t(key="zz") }}"#), Err("true".into()));
        assert_eq!(
            folded(r#"{{ t(key="a", in_lang="fr") }}"#),
            Err("true".into())
        );
        assert_eq!(
            folded(r#"{% set k = "a" %}{{ t(key=k) }}"#),
            Err("true".into())
        );
    }
}
