//! The theme's words in each language (SPEC §8): a Fluent file per language,
//! `locales/<lang>.ftl`, compiled in for the default theme and overridable message by
//! message by a site's theme. Plural forms come from CLDR's rules (through Fluent's
//! plural rules); month names and date patterns are messages of the files, so that a
//! translator changes one file.
use crate::diag::{Diagnostics, Pos, Rule};
use crate::lang::{Lang, Languages};
use crate::views::describe::{Arg, Description};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// `(language, text)` of the default theme's words.
pub(super) const BUILTIN: &[(&str, &str)] = &[
    ("en", include_str!("../../themes/default/locales/en.ftl")),
    ("fr", include_str!("../../themes/default/locales/fr.ftl")),
    ("es", include_str!("../../themes/default/locales/es.ftl")),
    ("ar", include_str!("../../themes/default/locales/ar.ftl")),
    ("ru", include_str!("../../themes/default/locales/ru.ftl")),
    ("zh", include_str!("../../themes/default/locales/zh.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

/// The words of every language of a site.
pub struct Words {
    default: Lang,
    bundles: HashMap<Lang, Bundle>,
    /// The id of every message of every file.
    ids: BTreeSet<String>,
    /// Dates already said, by language, ISO date and how they are known (a site
    /// has few distinct dates and many pages).
    dates: std::sync::RwLock<HashMap<(Lang, String, String), String>>,
    /// Countries' names and order, by language.
    countries: HashMap<Lang, super::names::Countries>,
}

/// A site theme's own words file: its path (for T4) and text.
pub(super) struct SiteWords {
    pub lang: Lang,
    pub path: String,
    pub text: String,
}

impl Words {
    /// The default theme's words for `langs`, each overridden by the site theme's
    /// messages in `own`; T4 warnings for words the site's theme lacks in a language.
    pub(super) fn load(
        langs: &Languages,
        own: &[SiteWords],
        locales: &str,
        diags: &mut Diagnostics,
    ) -> Words {
        let mut bundles = HashMap::new();
        for lang in langs.all() {
            let mut bundle = Bundle::new_concurrent(vec![lang_id(lang)]);
            bundle.set_use_isolating(false);
            if let Some((_, text)) = BUILTIN.iter().find(|(l, _)| *l == primary(lang)) {
                add(&mut bundle, text, None, diags);
            }
            for file in own.iter().filter(|f| &f.lang == lang) {
                add(&mut bundle, &file.text, Some(&file.path), diags);
            }
            bundles.insert(lang.clone(), bundle);
        }
        check_complete(langs, own, locales, diags);
        let mut ids: BTreeSet<String> = BUILTIN.iter().flat_map(|(_, t)| message_ids(t)).collect();
        ids.extend(own.iter().flat_map(|f| message_ids(&f.text)));
        let default = langs.default_lang();
        let countries = langs
            .all()
            .iter()
            .map(|l| (l.clone(), super::names::Countries::new(l)))
            .collect();
        Words {
            default: default.clone(),
            bundles,
            ids,
            dates: Default::default(),
            countries,
        }
    }

    /// How `lang` names and orders countries.
    pub(super) fn countries(&self, lang: &Lang) -> &super::names::Countries {
        self.countries
            .get(lang)
            .unwrap_or_else(|| &self.countries[&self.default])
    }

    /// The messages of `lang` that take no variables, formatted once (most of a
    /// page's words), by id.
    pub(super) fn fixed(&self, lang: &Lang) -> HashMap<String, String> {
        let mut out = HashMap::new();
        for id in &self.ids {
            let found = [lang, &self.default].into_iter().find_map(|l| {
                let bundle = self.bundles.get(l)?;
                Some((bundle, bundle.get_message(id)?.value()?))
            });
            let Some((bundle, pattern)) = found else {
                continue;
            };
            let mut errors = Vec::new();
            let said = bundle.format_pattern(pattern, None, &mut errors);
            if errors.is_empty() {
                out.insert(id.clone(), said.into_owned());
            }
        }
        out
    }

    /// A page's title in `lang`: the theme's words in that language around the
    /// record's title, or its translation (`translated`) where the page shows one.
    pub fn title(
        &self,
        lang: &Lang,
        title: &crate::plan::Title,
        translated: Option<&str>,
    ) -> String {
        use crate::plan::Title;
        let say = |key: &str, record: Option<&str>, named: &[(&'static str, String)]| {
            let mut args = FluentArgs::new();
            if let Some(record) = record {
                args.set("title", translated.unwrap_or(record));
            }
            for (name, value) in named {
                args.set(*name, value.as_str());
            }
            self.say(lang, key, Some(&args))
        };
        match title {
            Title::Record(record) => translated.unwrap_or(record).to_string(),
            Title::Words(key, args) => say(key, None, args),
            Title::Of(key, record, args) => say(key, Some(record), args),
            Title::Member {
                label,
                code,
                country,
            } => {
                let name = self.countries(lang).name_of(code, country);
                format!("{label} ({name})")
            }
        }
    }

    /// The message `key` in `lang`, else in the default language, else the key.
    pub fn say(&self, lang: &Lang, key: &str, args: Option<&FluentArgs>) -> String {
        for l in [lang, &self.default] {
            let Some(bundle) = self.bundles.get(l) else {
                continue;
            };
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        key.to_string()
    }

    /// A date (`YYYY-MM-DD` or `YYYY-MM`) as `lang` writes it, after the words that
    /// say how it is known (`about`, `by`, `not-before`; anything else is exact).
    pub fn date(&self, lang: &Lang, iso: &str, known: &str) -> String {
        let key = (lang.clone(), iso.to_string(), known.to_string());
        if let Some(said) = self.dates.read().ok().and_then(|m| m.get(&key).cloned()) {
            return said;
        }
        let said = self.say_date(lang, iso, known);
        if let Ok(mut m) = self.dates.write() {
            m.insert(key, said.clone());
        }
        said
    }

    fn say_date(&self, lang: &Lang, iso: &str, known: &str) -> String {
        let parts: Vec<&str> = iso.split('-').collect();
        let num = |i: usize| parts.get(i).and_then(|p| p.parse::<u32>().ok());
        let (Some(year), Some(month)) = (num(0), num(1)) else {
            return iso.to_string();
        };
        let mut args = FluentArgs::new();
        args.set("year", year.to_string());
        args.set("m", month.to_string());
        args.set("month", self.say(lang, &format!("month-{month}"), None));
        args.set(
            "month-of",
            self.say(lang, &format!("month-of-{month}"), None),
        );
        let (text, text_of, precision) = match num(2) {
            Some(day) => {
                args.set("day", FluentValue::from(day));
                let text = self.say(lang, "date-day", Some(&args));
                (text.clone(), text, "day")
            }
            None => (
                self.say(lang, "date-month", Some(&args)),
                self.say(lang, "date-month-of", Some(&args)),
                "month",
            ),
        };
        match known {
            "about" | "by" | "not-before" => {
                let mut a = FluentArgs::new();
                a.set("date", text);
                a.set("date_of", text_of);
                a.set("precision", precision);
                self.say(lang, &format!("date-{known}"), Some(&a))
            }
            _ => text,
        }
    }

    /// A page's description (`views::describe`) in `lang`; `title` and `as_of`
    /// are the page's, already in `lang`.
    pub fn describe(&self, lang: &Lang, d: &Description, title: &str, as_of: &str) -> String {
        let (key, list) = match d {
            Description::Text(text) => return text.clone(),
            Description::Words(key, list) => (key, list),
        };
        let mut args = FluentArgs::new();
        args.set("title", title);
        args.set("as_of", as_of);
        for (name, arg) in list {
            let value = match arg {
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Text(t) => FluentValue::from(t.as_str()),
                Arg::Date(d) => {
                    FluentValue::from(self.date(lang, &d.iso, d.known.unwrap_or("exact")))
                }
                Arg::Word(key) => FluentValue::from(self.say(lang, key, None)),
                Arg::Country { code, written } => {
                    FluentValue::from(self.countries(lang).name_of(code, written).to_string())
                }
            };
            args.set(*name, value);
        }
        self.say(lang, key, Some(&args))
    }

    /// Every message id of a language's words.
    #[cfg(test)]
    fn ids(text: &str) -> BTreeSet<String> {
        message_ids(text)
    }
}

fn primary(lang: &Lang) -> &str {
    lang.as_str().split('-').next().unwrap_or_default()
}

fn lang_id(lang: &Lang) -> unic_langid::LanguageIdentifier {
    lang.as_str()
        .parse()
        .or_else(|_| primary(lang).parse())
        .unwrap_or_default()
}

/// Adds a file's messages, later ones overriding; a syntax error in a site's file is
/// a T4 warning at its line (its other messages are kept).
fn add(bundle: &mut Bundle, text: &str, path: Option<&str>, diags: &mut Diagnostics) {
    let resource = match FluentResource::try_new(text.to_string()) {
        Ok(r) => r,
        Err((r, errors)) => {
            if let (Some(path), Some(e)) = (path, errors.first()) {
                let line = text[..e.pos.start.min(text.len())].matches('\n').count() as u32 + 1;
                let pos = Pos { line, col: 1 };
                let message = format!(
                    "this entry of the theme's words cannot be read ({:?}): it is left out",
                    e.kind
                );
                diags.warning(Rule::T4, path, pos, message);
            }
            r
        }
    };
    bundle.add_resource_overriding(resource);
}

/// The ids of the messages of a Fluent text (terms excepted).
fn message_ids(text: &str) -> BTreeSet<String> {
    let resource = match FluentResource::try_new(text.to_string()) {
        Ok(r) | Err((r, _)) => r,
    };
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// T4: a word the site's theme gives in one of the site's languages and not in another
/// (where the default theme has no word of that id either).
/// T4: every word of the theme (its own and the built-in ones) in every language of
/// the site; `locales` is the folder a missing file would be written in.
fn check_complete(langs: &Languages, own: &[SiteWords], locales: &str, diags: &mut Diagnostics) {
    let builtin = |lang: &Lang| {
        BUILTIN
            .iter()
            .find(|(l, _)| *l == primary(lang))
            .map(|(_, t)| message_ids(t))
            .unwrap_or_default()
    };
    let mut all: BTreeSet<String> = own.iter().flat_map(|f| message_ids(&f.text)).collect();
    all.extend(builtin(langs.default_lang()));
    for lang in langs.all() {
        let mut has = builtin(lang);
        let file = own.iter().find(|f| &f.lang == lang);
        has.extend(file.map(|f| message_ids(&f.text)).unwrap_or_default());
        let missing: Vec<&str> = all
            .iter()
            .filter(|k| !has.contains(*k))
            .map(String::as_str)
            .collect();
        if missing.is_empty() {
            continue;
        }
        let default = langs.default_lang();
        let listed = listed(&missing);
        let (path, message) = match file {
            Some(f) => (
                f.path.clone(),
                format!("missing in {lang}: {listed} (shown in {default} instead)"),
            ),
            None if has.is_empty() => (
                format!("{locales}/{lang}.ftl"),
                format!(
                    "the theme has no words in {lang}: its pages in {lang} show the words of {default}; write this file (a copy of {default}.ftl, translated)"
                ),
            ),
            None => (
                format!("{locales}/{lang}.ftl"),
                format!("missing in {lang}: {listed} (shown in {default} instead)"),
            ),
        };
        diags.warning(Rule::T4, &path, Pos::START, message);
    }
}

/// The missing words, all of them when few; else how many and the first ten (a
/// file begun for a new language misses hundreds).
fn listed(missing: &[&str]) -> String {
    match missing.len() {
        0..=10 => missing.join(", "),
        n => format!("{n} words, the first {} …", missing[..10].join(", ")),
    }
}

/// The words of a language as a Tera function, `t(key="…", n=3)`: the other
/// arguments are the message's variables (numbers stay numbers, for plural forms).
pub(super) struct Say {
    pub words: Arc<Words>,
    /// `Words::fixed` of the language.
    pub fixed: Arc<HashMap<String, String>>,
    pub lang: Lang,
    /// `th`: the message is escaped here and its `*_html` arguments are kept as markup.
    pub html: bool,
}

/// Stands for the `n`th markup argument while a message is formatted.
fn slot(n: usize) -> String {
    format!("\u{E000}{n}\u{E001}")
}

impl tera::Function for Say {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let key = args
            .get("key")
            .and_then(tera::Value::as_str)
            .ok_or_else(|| tera::Error::msg("t() needs key=\"…\""))?;
        // `in_lang="fr"`: the message in another of the site's languages (the
        // not-found page speaks every language).
        let other = args.get("in_lang").and_then(tera::Value::as_str);
        let lang = match other.map(Lang::parse) {
            None => self.lang.clone(),
            Some(Some(l)) => l,
            Some(None) => return Err(tera::Error::msg("t(): in_lang must be a language tag")),
        };
        if args.len() == 1
            && let Some(said) = self.fixed.get(key)
        {
            let said = if self.html {
                super::escape_html(said)
            } else {
                said.clone()
            };
            return Ok(tera::Value::String(said));
        }
        let mut fluent = FluentArgs::new();
        let mut markup = Vec::new();
        let mut names: Vec<&String> = args
            .keys()
            .filter(|n| *n != "key" && *n != "in_lang")
            .collect();
        names.sort();
        for name in names {
            match &args[name] {
                tera::Value::String(s) if self.html && name.ends_with("_html") => {
                    fluent.set(name.clone(), slot(markup.len()));
                    markup.push(s.clone());
                }
                tera::Value::Number(n) => {
                    fluent.set(name.clone(), FluentValue::from(n.as_f64().unwrap_or(0.0)))
                }
                tera::Value::String(s) => fluent.set(name.clone(), s.clone()),
                other => fluent.set(name.clone(), other.to_string()),
            }
        }
        let said = self.words.say(&lang, key, Some(&fluent));
        if !self.html {
            return Ok(tera::Value::String(said));
        }
        let mut out = super::escape_html(&said);
        for (n, html) in markup.iter().enumerate() {
            out = out.replace(&slot(n), html);
        }
        Ok(tera::Value::String(out))
    }

    fn is_safe(&self) -> bool {
        self.html
    }
}

/// A date view (`{iso, known}`) as a language writes it: `{{ d | date }}`.
pub(super) struct DateFilter {
    pub words: Arc<Words>,
    pub lang: Lang,
}

impl tera::Filter for DateFilter {
    fn filter(
        &self,
        value: &tera::Value,
        _: &HashMap<String, tera::Value>,
    ) -> tera::Result<tera::Value> {
        let iso = value
            .get("iso")
            .and_then(tera::Value::as_str)
            .unwrap_or_default();
        let known = value
            .get("known")
            .and_then(tera::Value::as_str)
            .unwrap_or("exact");
        Ok(tera::Value::String(self.words.date(&self.lang, iso, known)))
    }
}

/// A number written with a decimal point (`57.1 %`, `12.500000`) as a language writes
/// it: `{{ share | num }}` puts the language's decimal separator in place of the point.
pub(super) struct NumberFilter {
    pub decimal: String,
}

impl tera::Filter for NumberFilter {
    fn filter(
        &self,
        value: &tera::Value,
        _: &HashMap<String, tera::Value>,
    ) -> tera::Result<tera::Value> {
        let text = match value {
            tera::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        if self.decimal == "." {
            return Ok(tera::Value::String(text));
        }
        Ok(tera::Value::String(text.replace('.', &self.decimal)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> Words {
        let langs = ["en", "fr", "es", "ar", "ru", "zh"].map(|l| Lang::parse(l).unwrap());
        let langs = Languages::new(langs.to_vec()).unwrap();
        Words::load(
            &langs,
            &[],
            "themes/default/locales",
            &mut Diagnostics::default(),
        )
    }

    #[test]
    fn every_language_of_the_default_theme_has_every_word() {
        let en = Words::ids(BUILTIN[0].1);
        for (lang, text) in BUILTIN {
            assert_eq!(Words::ids(text), en, "{lang}");
            assert!(
                FluentResource::try_new(text.to_string()).is_ok(),
                "{lang} parses"
            );
        }
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        let w = words();
        let cases = [
            ("en", "7 October 2011", "October 2011", "1 May 2003"),
            ("fr", "7 octobre 2011", "octobre 2011", "1er mai 2003"),
            (
                "es",
                "7 de octubre de 2011",
                "octubre de 2011",
                "1 de mayo de 2003",
            ),
            ("ar", "7 أكتوبر 2011", "أكتوبر 2011", "1 مايو 2003"),
            (
                "ru",
                "7 октября 2011\u{a0}г.",
                "октябрь 2011\u{a0}г.",
                "1 мая 2003\u{a0}г.",
            ),
            ("zh", "2011年10月7日", "2011年10月", "2003年5月1日"),
        ];
        for (lang, day, month, first) in cases {
            let l = Lang::parse(lang).unwrap();
            assert_eq!(w.date(&l, "2011-10-07", "exact"), day);
            assert_eq!(w.date(&l, "2011-10", "exact"), month);
            assert_eq!(w.date(&l, "2003-05-01", "exact"), first);
        }
        let known = [
            ("en", "on or about 18 March 2011", "by October 2011"),
            ("fr", "vers le 18 mars 2011", "au plus tard en octobre 2011"),
            (
                "es",
                "hacia el 18 de marzo de 2011",
                "a más tardar en octubre de 2011",
            ),
            (
                "ru",
                "около 18 марта 2011\u{a0}г.",
                "не позднее октября 2011\u{a0}г.",
            ),
            ("ar", "في حوالي 18 مارس 2011", "في موعد أقصاه أكتوبر 2011"),
            ("zh", "约2011年3月18日", "不晚于2011年10月"),
        ];
        for (lang, about, by) in known {
            let l = Lang::parse(lang).unwrap();
            assert_eq!(w.date(&l, "2011-03-18", "about"), about);
            assert_eq!(w.date(&l, "2011-10", "by"), by);
        }
    }

    #[test]
    fn plural_forms_follow_each_languages_rules() {
        let w = words();
        let groups = |lang: &str, n: u32| {
            let mut a = FluentArgs::new();
            a.set("n", FluentValue::from(n));
            a.set("count_html", n.to_string());
            w.say(&Lang::parse(lang).unwrap(), "home-groups", Some(&a))
        };
        let golden = [
            ("en", 1, "1 active working group"),
            ("en", 2, "2 active working groups"),
            ("fr", 1, "1 groupe de travail actif"),
            ("fr", 12, "12 groupes de travail actifs"),
            ("es", 1, "1 grupo de trabajo activo"),
            ("es", 5, "5 grupos de trabajo activos"),
            ("ru", 1, "1 действующая рабочая группа"),
            ("ru", 3, "3 действующие рабочие группы"),
            ("ru", 5, "5 действующих рабочих групп"),
            ("ru", 21, "21 действующая рабочая группа"),
            ("ar", 2, "2 مجموعتا عمل نشطتان"),
            ("ar", 3, "3 مجموعات عمل نشطة"),
            ("ar", 11, "11 مجموعة عمل نشطة"),
            ("zh", 12, "活跃的工作组 12 个"),
        ];
        for (lang, n, said) in golden {
            assert_eq!(groups(lang, n), said, "{lang} {n}");
        }
    }
}
