//! `translations.json` (SPEC §8): per language and per file, whether each text that
//! may be translated has an up-to-date translation, an out-of-date one, or none.
use super::pretty;
use crate::model::Site;
use crate::model::translations::TextState;
use serde_json::json;

/// The status of every language other than the default, with a line per text.
pub(crate) fn translations_json(site: &Site) -> Vec<u8> {
    let default = site
        .settings
        .as_ref()
        .map(|s| s.languages.default_lang().to_string());
    let languages: Vec<serde_json::Value> = crate::model::translations::status(site)
        .iter()
        .map(|s| {
            let (translated, up, out, missing) = s.counts();
            let files: Vec<serde_json::Value> = s
                .texts
                .iter()
                .map(|(text, state)| {
                    let (translation, translates, hash) = match state {
                        TextState::UpToDate(t) => (Some(&t.path), Some(&t.translates.value), None),
                        TextState::OutOfDate(t, now) => {
                            (Some(&t.path), Some(&t.translates.value), Some(*now))
                        }
                        TextState::Missing => (None, None, None),
                    };
                    json!({
                        "original": text.path,
                        "title": text.title,
                        "status": state.id(),
                        "translation": translation,
                        "translates": translates,
                        "original_hash_now": hash,
                    })
                })
                .collect();
            json!({
                "language": s.lang,
                "texts": s.texts.len(),
                "translated": translated,
                "up_to_date": up,
                "out_of_date": out,
                "missing": missing,
                "files": files,
            })
        })
        .collect();
    pretty(&json!({ "default_language": default, "languages": languages }))
}
