//! T1–T3 (SPEC §8): a translation names a language of the site and an original that
//! is translated, and says which bytes of it it translates.
use crate::diag::{Diagnostics, Pos, Rule};
use crate::lang::{Lang, Languages};
use crate::model::{OriginalState, Site, Translation};

pub(super) fn check(site: &Site, diags: &mut Diagnostics) {
    let Some(settings) = &site.settings else {
        return;
    };
    for t in &site.translations {
        if let Some(message) = language(t, &settings.languages).or_else(|| original(t)) {
            diags.error(Rule::T1, &t.path, Pos::START, message);
            continue;
        }
        check_hash(t, diags);
    }
}

/// T1: the file name's language is one of the site's other languages.
fn language(t: &Translation, langs: &Languages) -> Option<String> {
    let written = t.lang.as_str();
    let others: Vec<&str> = langs.others().iter().map(Lang::as_str).collect();
    let listed = match others.is_empty() {
        true => format!(
            "site.yaml's `languages` lists no language besides {}",
            langs.default_lang()
        ),
        false => format!("the site's other languages are {}", others.join(", ")),
    };
    let lower = written.to_ascii_lowercase();
    match Lang::parse(written) {
        Some(l) if langs.is_other(&l) => None,
        Some(l) if &l == langs.default_lang() => Some(format!(
            "a translation into {l}, the default language: the original is already in it"
        )),
        None if others.contains(&lower.as_str()) => Some(format!(
            "the language in the file name is written \"{written}\": language tags are lower case (\"{lower}\")"
        )),
        _ => Some(format!(
            "\"{written}\" is not one of the site's languages ({listed})"
        )),
    }
}

/// T1: the original exists and is a text that is translated.
fn original(t: &Translation) -> Option<String> {
    let o = &t.original;
    match &t.original_state {
        OriginalState::Text { .. } => None,
        OriginalState::Yaml => Some(format!(
            "{}.yaml is a YAML record: YAML records are not translated (their pages show them in each language's words)",
            o.trim_end_matches(".md")
        )),
        OriginalState::Untranslated => Some(format!(
            "{o} is not translated: pages, news, working groups and guideline versions are"
        )),
        OriginalState::Translation => Some(format!(
            "{o} is itself a translation: translate its original, {}.md",
            o.trim_end_matches(".md")
                .rsplit_once('.')
                .map_or(o.as_str(), |(stem, _)| stem)
        )),
        OriginalState::Missing => Some(format!("the original {o} does not exist")),
    }
}

/// T3: `translates` is 12 lower-case hex digits; T2: they are the original's hash.
fn check_hash(t: &Translation, diags: &mut Diagnostics) {
    let OriginalState::Text { hash } = &t.original_state else {
        return;
    };
    let written = &t.translates;
    if !t.well_formed() {
        let message = format!(
            "`translates` must be 12 lower-case hex digits (the start of the SHA-256 of the original's bytes), found \"{}\"; {} is now {hash}",
            written.value, t.original
        );
        diags.error(Rule::T3, &t.path, written.pos, message);
    } else if &written.value != hash {
        let message = format!(
            "out of date: it translates {} of {}, which is now {hash}; bring the translation up to date, then write `translates: {hash}`",
            written.value, t.original
        );
        diags.warning(Rule::T2, &t.path, written.pos, message);
    }
}
