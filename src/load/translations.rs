//! `X.<lang>.md` translations (SPEC §8): recognised by name in every record folder,
//! read as front matter (`title`, `summary`, `translates`) and Markdown, and joined to
//! what their original is (its hash, or why it cannot be translated).
use super::Parsed;
use super::fields::Fields;
use crate::diag::{Diagnostics, Pos};
use crate::model::{OriginalState, Translation};
use sha2::{Digest, Sha256};
use std::path::Path;

/// The folders whose `.md` records may be translated (a guideline's versions are in
/// `content/guidelines/<slug>/`).
const TRANSLATED: [&str; 3] = ["content/pages", "content/news", "content/working-groups"];

/// `(original stem, language as written)` when `name` is `X.<lang>.md` with a part
/// that has the shape of a language tag in any case (`about.fr.md`, `x.EN.md`).
pub(super) fn split_name(name: &str) -> Option<(&str, &str)> {
    let (stem, tag) = name.strip_suffix(".md")?.rsplit_once('.')?;
    (!stem.is_empty() && crate::lang::Lang::looks_like(tag)).then_some((stem, tag))
}

/// The first 12 hex digits of the SHA-256 of `bytes`, as `translates` writes them.
pub fn short_hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest[..6].iter().map(|b| format!("{b:02x}")).collect()
}

/// Reads a translation; `stem` is its language as the file name writes it.
pub(super) fn translation(
    rel: &str,
    stem: &str,
    p: Parsed,
    diags: &mut Diagnostics,
) -> Option<Translation> {
    let mut f = Fields::new(p.map, Pos::START, rel, diags);
    let title = f.req_str("title");
    let summary = f.str("summary");
    let translates = f.req_str("translates");
    let complete = f.finish();
    let (dir, name) = rel.rsplit_once('/')?;
    let (original, _) = split_name(name)?;
    let t = Translation {
        path: rel.to_string(),
        original: format!("{dir}/{original}.md"),
        lang: stem.to_string(),
        title: title?.value,
        summary: summary.map(|s| s.value),
        translates: translates?,
        body: p.body,
        original_state: OriginalState::Missing,
    };
    complete.then_some(t)
}

/// What the original of a translation in `dir` is.
pub(super) fn original_state(site: &Path, original: &str) -> OriginalState {
    let translated = original.rsplit_once('/').is_some_and(|(dir, _)| {
        TRANSLATED.contains(&dir) || dir.starts_with("content/guidelines/")
    });
    let yaml = format!("{}.yaml", original.trim_end_matches(".md"));
    let is_file = |rel: &str| {
        matches!(
            crate::fsx::entry_kind(&site.join(rel)),
            Ok(crate::fsx::EntryKind::File)
        )
    };
    if !is_file(original) {
        return match is_file(&yaml) {
            true => OriginalState::Yaml,
            false => OriginalState::Missing,
        };
    }
    if !translated {
        return OriginalState::Untranslated;
    }
    let name = original.rsplit('/').next().unwrap_or(original);
    if split_name(name).is_some() {
        return OriginalState::Translation;
    }
    let mut d = Diagnostics::default();
    match super::raw(site, original, &mut d) {
        Some(bytes) => OriginalState::Text {
            hash: short_hash(&bytes),
        },
        None => OriginalState::Missing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_translation_is_named_by_a_part_shaped_like_a_language_tag() {
        assert_eq!(split_name("about.fr.md"), Some(("about", "fr")));
        assert_eq!(split_name("1.1.ar.md"), Some(("1.1", "ar")));
        assert_eq!(split_name("x.en-GB.md"), Some(("x", "en-GB")));
        assert_eq!(split_name("x.EN.md"), Some(("x", "EN")));
        for not in [
            "about.md",
            "1.1.md",
            "1.10.md",
            ".fr.md",
            "x.fr.yaml",
            "x.draft_2.md",
        ] {
            assert_eq!(split_name(not), None, "{not}");
        }
    }

    #[test]
    fn the_hash_is_the_first_twelve_hex_digits_of_sha_256() {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223…
        assert_eq!(short_hash(b"abc"), "ba7816bf8f01");
    }
}
