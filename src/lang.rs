//! Languages (SPEC §8): a language tag as site.yaml and translation file names write
//! it, its direction and its name in itself.
use serde::Serialize;
use std::fmt;

/// A language tag: a lower-case primary subtag of 2 or 3 letters, then optional
/// lower-case subtags of 2 to 8 letters or digits (`en`, `zh`, `pt-br`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Lang(String);

/// Languages written right to left (by primary subtag).
const RTL: [&str; 10] = ["ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "ug", "syr"];

/// Each language's name in itself, for the language switcher.
const ENDONYMS: [(&str, &str); 6] = [
    ("ar", "العربية"),
    ("en", "English"),
    ("es", "Español"),
    ("fr", "Français"),
    ("ru", "Русский"),
    ("zh", "中文"),
];

impl Lang {
    /// `Some` when `s` is a tag as SPEC §8 writes it.
    pub fn parse(s: &str) -> Option<Lang> {
        let mut parts = s.split('-');
        let primary = parts.next()?;
        let primary_ok =
            (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_lowercase());
        let rest_ok = parts.all(|p| {
            (2..=8).contains(&p.len())
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
        (primary_ok && rest_ok).then(|| Lang(s.to_string()))
    }

    /// True when `s` has the shape of a tag in any case (`EN`, `en-GB`): a file name
    /// part that a person may have meant as one.
    pub fn looks_like(s: &str) -> bool {
        Lang::parse(&s.to_ascii_lowercase()).is_some()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn primary(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }

    /// `rtl` or `ltr`, as `<html dir>` takes it.
    pub fn dir(&self) -> &'static str {
        if RTL.contains(&self.primary()) {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The language's name in itself (the tag when the theme does not know it).
    pub fn endonym(&self) -> &str {
        ENDONYMS
            .iter()
            .find(|(tag, _)| *tag == self.primary())
            .map_or(self.as_str(), |(_, name)| name)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The languages of a site: the default first, never empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Languages(Vec<Lang>);

impl Languages {
    /// `None` when `list` is empty.
    pub fn new(list: Vec<Lang>) -> Option<Languages> {
        (!list.is_empty()).then_some(Languages(list))
    }

    pub fn one(lang: Lang) -> Languages {
        Languages(vec![lang])
    }

    pub fn default_lang(&self) -> &Lang {
        &self.0[0]
    }

    pub fn all(&self) -> &[Lang] {
        &self.0
    }

    /// The languages other than the default, in site.yaml's order.
    pub fn others(&self) -> &[Lang] {
        &self.0[1..]
    }

    pub fn is_other(&self, lang: &Lang) -> bool {
        self.others().contains(lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_lower_case_with_subtags_of_two_to_eight() {
        for ok in ["en", "zh", "ckb", "pt-br", "zh-hans", "es-419"] {
            assert_eq!(Lang::parse(ok).map(|l| l.0), Some(ok.to_string()), "{ok}");
        }
        for bad in ["", "e", "EN", "en-GB", "engl", "en-", "en-x", "1a", "en_gb"] {
            assert_eq!(Lang::parse(bad), None, "{bad}");
        }
        assert!(Lang::looks_like("EN") && Lang::looks_like("en-GB"));
        assert!(!Lang::looks_like("1") && !Lang::looks_like("draft_2"));
    }

    #[test]
    fn arabic_is_right_to_left_and_every_language_has_a_name() {
        let tag = |s| Lang::parse(s).unwrap();
        assert_eq!((tag("ar").dir(), tag("ar-eg").dir()), ("rtl", "rtl"));
        assert_eq!((tag("fr").dir(), tag("zh").dir()), ("ltr", "ltr"));
        assert_eq!(tag("ru").endonym(), "Русский");
        assert_eq!(tag("pt-br").endonym(), "pt-br");
    }
}
