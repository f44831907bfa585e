//! Countries' names and their order in each language (SPEC §8), from CLDR through
//! ICU4X: `{{ m | country }}` is a member's country in the page's language (as its
//! record writes it on English pages, SPEC §8), and `rows | by_country` orders
//! members by that name as the language orders words (French "Égypte" with E, Chinese
//! by pinyin, Russian in Cyrillic order).
use icu_collator::{Collator, CollatorBorrowed, options::CollatorOptions};
use icu_experimental::displaynames::{DisplayNamesOptions, multi::RegionDisplayNames};
use icu_locale_core::{Locale, subtags::Region};
use std::collections::HashMap;
use std::sync::Arc;
use tera::Value;

/// What one language needs to name and order countries.
#[derive(Clone)]
pub(super) struct Countries {
    /// CLDR's names, in a language other than English (whose names are the
    /// records' own).
    names: Option<Arc<RegionDisplayNames>>,
    collator: Arc<CollatorBorrowed<'static>>,
}

impl Countries {
    /// For `lang`.
    pub(super) fn new(lang: &crate::lang::Lang) -> Countries {
        let locale = Locale::try_from_str(lang.as_str()).unwrap_or(Locale::UNKNOWN);
        // SPEC §8: a record's `country` is its English name, shown on English pages.
        let english = lang.as_str().split('-').next() == Some("en");
        let names = (!english)
            .then(|| {
                RegionDisplayNames::try_new(locale.clone().into(), DisplayNamesOptions::default())
                    .ok()
            })
            .flatten()
            .map(Arc::new);
        let collator = Collator::try_new(locale.clone().into(), CollatorOptions::default())
            .or_else(|_| Collator::try_new(Locale::UNKNOWN.into(), CollatorOptions::default()))
            .expect("the root collation is compiled in");
        Countries {
            names,
            collator: Arc::new(collator),
        }
    }

    /// A country by its ISO code (`code`) in this language: CLDR's name, or as the
    /// record writes it (`written`) in English or where CLDR has
    /// no name.
    pub(super) fn name_of<'v>(&'v self, code: &str, written: &'v str) -> &'v str {
        let cldr = self
            .names
            .as_ref()
            .and_then(|names| names.of(Region::try_from_str(code).ok()?));
        cldr.unwrap_or(written)
    }

    /// A member row's country (its `code` and `country`).
    fn name<'v>(&'v self, row: &'v Value) -> &'v str {
        let field = |f: &str| row.get(f).and_then(Value::as_str).unwrap_or_default();
        self.name_of(field("code"), field("country"))
    }
}

/// `{{ row | country }}`.
pub(super) struct Country(pub Countries);

impl tera::Filter for Country {
    fn filter(&self, row: &Value, _: &HashMap<String, Value>) -> tera::Result<Value> {
        Ok(Value::String(self.0.name(row).to_string()))
    }
}

/// `{% for m in rows | by_country %}`: by country in the language's order, then id.
pub(super) struct ByCountry(pub Countries);

impl tera::Filter for ByCountry {
    fn filter(&self, rows: &Value, _: &HashMap<String, Value>) -> tera::Result<Value> {
        let Some(rows) = rows.as_array() else {
            return Err(tera::Error::msg("by_country: expected a list of members"));
        };
        let id = |r: &Value| {
            r.get("id")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        };
        let mut sorted: Vec<&Value> = rows.iter().collect();
        sorted.sort_by(|a, b| {
            let c = &self.0;
            c.collator
                .compare(c.name(a), c.name(b))
                .then_with(|| id(a).cmp(&id(b)))
        });
        Ok(Value::Array(sorted.into_iter().cloned().collect()))
    }
}

#[cfg(test)]
mod tests {
    use super::Countries;
    use crate::lang::Lang;

    #[test]
    fn a_country_is_named_by_cldr_except_in_english_where_the_record_names_it() {
        let named = |l: &str| {
            let c = Countries::new(&Lang::parse(l).unwrap());
            [
                c.name_of("DE", "Germany").to_string(),
                c.name_of("GB", "UK").to_string(),
            ]
        };
        assert_eq!(named("fr"), ["Allemagne", "Royaume-Uni"]);
        assert_eq!(named("zh"), ["德国", "英国"]);
        assert_eq!(named("en"), ["Germany", "UK"]);
        // A code CLDR does not know: the record's name.
        assert_eq!(
            Countries::new(&Lang::parse("ru").unwrap()).name_of("QQ", "Q"),
            "Q"
        );
    }
}
