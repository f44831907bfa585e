//! Languages (SPEC §8): `languages:` in site.yaml, `X.<lang>.md` translations and their
//! rules T1–T4 with exact positions, and the pages of every language.
use crate::harness::{SiteTest, assert_findings};

const SITE: &str = "content/site.yaml";
const ABOUT_FR: &str = "content/pages/about.fr.md";
/// The first 12 hex digits of the SHA-256 of the base fixture's `pages/about.md`.
const ABOUT_HASH: &str = "406d969c6344";

/// The base fixture in English, French and Arabic, with the about page in French.
pub fn bilingual_site() -> SiteTest {
    let s = SiteTest::new("base");
    let yaml = s.read(SITE);
    s.write(
        SITE,
        &format!("{yaml}language: en\nlanguages: [en, fr, ar]\n"),
    );
    s.write(ABOUT_FR, &about_fr(ABOUT_HASH));
    s
}

fn about_fr(hash: &str) -> String {
    format!(
        "---\ntitle: À propos de la ccNSO\ntranslates: {hash}\n---\nLa ccNSO est l’[organisation de soutien aux noms de domaine de premier niveau géographiques](https://ccnso.icann.org).\nVoir les [membres](/members/).\n"
    )
}

#[test]
fn the_bilingual_fixture_checks_clean() {
    assert_findings(&bilingual_site(), 0, &[]);
}

#[test]
fn y1_languages_are_tags_listed_once_the_first_being_language() {
    let s = bilingual_site();
    let yaml = s
        .read(SITE)
        .replace("languages: [en, fr, ar]", "languages: [fr, FR, es, es]");
    s.write(SITE, &yaml);
    s.remove(ABOUT_FR);
    assert_findings(
        &s,
        1,
        &[
            "content/site.yaml:5:11: error[Y1]: `language` is \"en\" but the first of `languages` is \"fr\": they must be equal",
            "content/site.yaml:6:17: error[Y1]: \"FR\" in `languages` is not a language tag such as `fr` or `pt-br` (lower case)",
            "content/site.yaml:6:25: error[Y1]: language \"es\" is listed twice in `languages`",
        ],
    );
    s.write(SITE, &s.read(SITE).replace("[fr, FR, es, es]", "[]"));
    assert_findings(
        &s,
        1,
        &[
            "content/site.yaml:6:12: error[Y1]: `languages` must list at least one language (the first is the default)",
        ],
    );
    let yaml = s.read(SITE).replace("languages: []\n", "");
    s.write(SITE, &yaml.replace("language: en", "language: English"));
    assert_findings(
        &s,
        1,
        &[
            "content/site.yaml:5:11: error[Y1]: `language` must be a language tag such as `en` or `pt-br` (lower case), found \"English\"",
        ],
    );
}

#[test]
fn t1_a_translation_names_another_language_of_the_site_and_a_text_to_translate() {
    let s = bilingual_site();
    let page = about_fr(ABOUT_HASH);
    s.write("content/pages/about.EN-GB.md", &page);
    s.write("content/pages/about.FR.md", &page);
    s.write("content/pages/about.en.md", &page);
    s.write("content/pages/about.de.md", &page);
    s.write("content/pages/gone.fr.md", &page);
    s.write("content/members/ca.fr.md", &page);
    // Regression: a translation of a translation was taken as out of date (T2).
    s.write("content/pages/about.fr.fr.md", &page);
    assert_findings(
        &s,
        1,
        &[
            "content/members/ca.fr.md:1:1: error[T1]: content/members/ca.yaml is a YAML record: YAML records are not translated (their pages show them in each language's words)",
            "content/pages/about.EN-GB.md:1:1: error[T1]: \"EN-GB\" is not one of the site's languages (the site's other languages are fr, ar)",
            "content/pages/about.FR.md:1:1: error[T1]: the language in the file name is written \"FR\": language tags are lower case (\"fr\")",
            "content/pages/about.de.md:1:1: error[T1]: \"de\" is not one of the site's languages (the site's other languages are fr, ar)",
            "content/pages/about.en.md:1:1: error[T1]: a translation into en, the default language: the original is already in it",
            "content/pages/about.fr.fr.md:1:1: error[T1]: content/pages/about.fr.md is itself a translation: translate its original, content/pages/about.md",
            "content/pages/gone.fr.md:1:1: error[T1]: the original content/pages/gone.md does not exist",
        ],
    );
}

#[test]
fn t2_an_out_of_date_translation_gives_the_hash_to_write() {
    let s = bilingual_site();
    let about = s.read("content/pages/about.md");
    s.write(
        "content/pages/about.md",
        &format!("{about}It has members in five regions.\n"),
    );
    let now = ccpub_hash(&s.read("content/pages/about.md"));
    let expected = format!(
        "content/pages/about.fr.md:3:13: warning[T2]: out of date: it translates {ABOUT_HASH} of content/pages/about.md, which is now {now}; bring the translation up to date, then write `translates: {now}`"
    );
    assert_findings(&s, 0, &[expected.as_str()]);
    s.write(ABOUT_FR, &about_fr(&now));
    assert_findings(&s, 0, &[]);
}

#[test]
fn t3_translates_is_twelve_lower_case_hex_digits() {
    let s = bilingual_site();
    s.write(ABOUT_FR, &about_fr(&ABOUT_HASH.to_uppercase()));
    let expected = format!(
        "content/pages/about.fr.md:3:13: error[T3]: `translates` must be 12 lower-case hex digits (the start of the SHA-256 of the original's bytes), found \"{}\"; content/pages/about.md is now {ABOUT_HASH}",
        ABOUT_HASH.to_uppercase()
    );
    assert_findings(&s, 1, &[expected.as_str()]);
}

#[test]
fn a_translation_has_a_title_and_translates_and_nothing_else() {
    let s = bilingual_site();
    s.write(ABOUT_FR, "---\nweight: 2\n---\nTexte.\n");
    assert_findings(
        &s,
        1,
        &[
            "content/pages/about.fr.md:1:1: error[Y1]: missing required field `title`",
            "content/pages/about.fr.md:1:1: error[Y1]: missing required field `translates`",
            "content/pages/about.fr.md:2:1: error[Y1]: unknown field \"weight\" (expected one of: summary, title, translates)",
        ],
    );
}

/// The first 12 hex digits of SHA-256, computed here independently of ccpub (by the
/// `sha256sum` every CI machine has).
pub fn sha256_12(text: &str) -> String {
    ccpub_hash(text)
}

fn ccpub_hash(text: &str) -> String {
    use std::io::Write;
    let mut child = std::process::Command::new("sha256sum")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    String::from_utf8(out.stdout).unwrap()[..12].to_string()
}

/// The `<link rel="alternate" hreflang>` of a page: `(hreflang, href)`.
fn alternates(html: &str) -> Vec<(String, String)> {
    html.lines()
        .filter_map(|l| l.strip_prefix("<link rel=\"alternate\" hreflang=\""))
        .map(|rest| {
            let (lang, rest) = rest.split_once("\" href=\"").unwrap();
            (lang.to_string(), rest.trim_end_matches("\">").to_string())
        })
        .collect()
}

#[test]
fn every_page_is_in_every_language_with_symmetric_alternates_and_a_switcher() {
    let s = bilingual_site();
    s.ok(&["build"]);
    let base = "https://ccnso.example.org";
    let pages = crate::harness::tree(&s.path("public"));
    let english: Vec<&String> = pages
        .keys()
        .filter(|p| p.ends_with("index.html") && !p.starts_with("fr/") && !p.starts_with("ar/"))
        .collect();
    assert!(english.len() > 40, "{}", english.len());
    for page in english {
        let url = format!("/{}", page.trim_end_matches("index.html"));
        let expected = vec![
            ("en".to_string(), format!("{base}{url}")),
            ("fr".to_string(), format!("{base}/fr{url}")),
            ("ar".to_string(), format!("{base}/ar{url}")),
            ("x-default".to_string(), format!("{base}{url}")),
        ];
        for (lang, file) in [
            ("en", page.clone()),
            ("fr", format!("fr/{page}")),
            ("ar", format!("ar/{page}")),
        ] {
            let html = String::from_utf8(pages[&file].clone()).unwrap();
            assert_eq!(alternates(&html), expected, "{file}");
            let dir = if lang == "ar" { "rtl" } else { "ltr" };
            assert!(
                html.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\">")),
                "{file}"
            );
            assert!(
                html.contains(&format!(
                    "<link rel=\"canonical\" href=\"{base}{}{url}\">",
                    if lang == "en" {
                        String::new()
                    } else {
                        format!("/{lang}")
                    }
                )),
                "{file}"
            );
        }
    }
    let about = s.read("public/ar/about/index.html");
    let switcher = "<nav class=\"languages\" aria-label=\"اللغات\">\n<ul>\n<li><a hreflang=\"en\" lang=\"en\" dir=\"ltr\" href=\"/about/\">English</a></li>\n<li><a hreflang=\"fr\" lang=\"fr\" dir=\"ltr\" href=\"/fr/about/\">Français</a></li>\n<li><span aria-current=\"page\" lang=\"ar\" dir=\"rtl\">العربية</span></li>\n</ul>\n</nav>";
    assert!(about.contains(switcher), "{about}");
}

#[test]
fn a_translation_replaces_the_text_and_a_missing_one_shows_the_original_marked_with_a_notice() {
    let s = bilingual_site();
    s.ok(&["build"]);
    let fr = crate::harness::main_of(&s.read("public/fr/about/index.html")).to_string();
    assert!(fr.contains("<h1>À propos de la ccNSO</h1>\n<div class=\"prose\"><p>La ccNSO est l’<a href=\"https://ccnso.icann.org\" rel=\"noopener\">organisation de soutien aux noms de domaine de premier niveau géographiques</a>.\nVoir les <a href=\"/fr/members/\" rel=\"noopener\">membres</a>.</p>\n</div>"), "{fr}");
    assert!(!fr.contains("lang-note"), "{fr}");
    let ar = crate::harness::main_of(&s.read("public/ar/about/index.html")).to_string();
    assert!(
        ar.contains("<p class=\"lang-note\" role=\"note\">هذا النص متاح باللغة الإنجليزية فقط.</p>"),
        "{ar}"
    );
    assert!(
        ar.contains(
            "<h1 lang=\"en\" dir=\"ltr\">About the ccNSO</h1>\n<div class=\"prose\" lang=\"en\" dir=\"ltr\"><p>The ccNSO"
        ),
        "{ar}"
    );
    assert!(
        ar.contains("See the <a href=\"/ar/members/\" rel=\"noopener\">members</a>"),
        "{ar}"
    );
    // The French title names the page in the menu of every French page.
    let members = s.read("public/fr/members/index.html");
    assert!(
        members.contains("<li><a href=\"/fr/about/\">À propos de la ccNSO</a></li>"),
        "{members}"
    );
    assert!(
        members.contains("<a href=\"/data/members.json\">membres (JSON)</a>"),
        "{members}"
    );
    assert!(
        members.contains("<a href=\"/fr/atom.xml\">Flux Atom</a>"),
        "{members}"
    );
}

#[test]
fn an_out_of_date_translation_is_shown_with_a_notice_that_links_the_original() {
    let s = bilingual_site();
    let about = s.read("content/pages/about.md");
    s.write(
        "content/pages/about.md",
        &format!("{about}It has members in five regions.\n"),
    );
    s.ok(&["build"]);
    let fr = crate::harness::main_of(&s.read("public/fr/about/index.html")).to_string();
    assert!(fr.contains("<p class=\"lang-note\" role=\"note\">L’original en anglais a changé depuis cette traduction : elle n’est peut-être plus à jour. <a hreflang=\"en\" href=\"/about/\">Lire l’original</a></p>"), "{fr}");
    assert!(fr.contains("<h1>À propos de la ccNSO</h1>"), "{fr}");
}

#[test]
fn each_language_has_its_feed_and_the_sitemap_lists_every_page_with_its_alternates() {
    let s = bilingual_site();
    s.ok(&["build"]);
    let feed = s.read("public/fr/atom.xml");
    assert!(feed.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\">\n"), "{feed}");
    assert!(
        feed.contains("<link rel=\"self\" href=\"https://ccnso.example.org/fr/atom.xml\"/>"),
        "{feed}"
    );
    assert!(
        feed.contains("  <id>https://ccnso.example.org/fr/</id>\n"),
        "{feed}"
    );
    let english = s.read("public/atom.xml");
    assert!(english.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n"), "{english}");
    let entry = "  <entry xml:lang=\"en\">\n    <title>Site launched</title>\n    <link href=\"https://ccnso.example.org/fr/news/2011-10-07-launch/\"/>\n";
    assert!(feed.contains(entry), "{feed}");
    let sitemap = s.read("public/sitemap.xml");
    let about = "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://ccnso.example.org/about/\"/><xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"https://ccnso.example.org/fr/about/\"/><xhtml:link rel=\"alternate\" hreflang=\"ar\" href=\"https://ccnso.example.org/ar/about/\"/><xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://ccnso.example.org/about/\"/></url>";
    for loc in ["/about/", "/fr/about/", "/ar/about/"] {
        let line = format!("  <url><loc>https://ccnso.example.org{loc}</loc>{about}");
        assert!(sitemap.contains(&line), "{loc}: {sitemap}");
    }
    let pages = sitemap.matches("<url>").count();
    let html = crate::harness::tree(&s.path("public"))
        .keys()
        .filter(|p| p.ends_with("index.html"))
        .count();
    assert_eq!(pages, html);
}

#[test]
fn a_bilingual_build_is_byte_identical_twice() {
    let s = bilingual_site();
    s.ok(&["build"]);
    let first = crate::harness::tree(&s.path("public"));
    s.ok(&["build"]);
    assert_eq!(crate::harness::tree(&s.path("public")), first);
}

#[test]
fn the_translations_page_and_data_give_each_languages_status_with_the_lists() {
    let s = bilingual_site();
    let about = s.read("content/pages/about.md");
    s.write(
        "content/pages/about.md",
        &format!("{about}It has members in five regions.\n"),
    );
    s.ok(&["build"]);
    let main = crate::harness::main_of(&s.read("public/translations/index.html")).to_string();
    let rows = "<tr><th scope=\"row\"><a href=\"#lang-fr\" lang=\"fr\" dir=\"ltr\">Français</a></th><td data-label=\"Translated\">1 of 6</td><td data-label=\"Up to date\">0</td><td data-label=\"Out of date\">1</td><td data-label=\"Missing\">5</td></tr>\n<tr><th scope=\"row\"><a href=\"#lang-ar\" lang=\"ar\" dir=\"rtl\">العربية</a></th><td data-label=\"Translated\">0 of 6</td><td data-label=\"Up to date\">0</td><td data-label=\"Out of date\">0</td><td data-label=\"Missing\">6</td></tr>";
    assert!(main.contains(rows), "{main}");
    let now = ccpub_hash(&s.read("content/pages/about.md"));
    let stale = format!(
        "<details open>\n<summary>Out of date (1)</summary>\n<ul class=\"texts\">\n<li><a href=\"/fr/about/\" hreflang=\"fr\">About the ccNSO</a> <code>content/pages/about.fr.md</code> — translates {ABOUT_HASH}, the original is now {now}</li>\n</ul>\n</details>"
    );
    assert!(main.contains(&stale), "{main}");
    let ar = crate::harness::main_of(&s.read("public/ar/translations/index.html")).to_string();
    assert!(ar.contains("<h1>الترجمات</h1>"), "{ar}");
    let json: serde_json::Value =
        serde_json::from_str(&s.read("public/data/translations.json")).unwrap();
    assert_eq!(json["default_language"], "en");
    let fr = &json["languages"][0];
    assert_eq!(
        (
            fr["language"].as_str(),
            fr["texts"].as_u64(),
            fr["out_of_date"].as_u64(),
            fr["missing"].as_u64()
        ),
        (Some("fr"), Some(6), Some(1), Some(5))
    );
    let about = fr["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["original"] == "content/pages/about.md")
        .unwrap();
    assert_eq!(about["status"], "out-of-date");
    assert_eq!(about["translates"], ABOUT_HASH);
    assert_eq!(about["original_hash_now"], now.as_str());
}

#[test]
fn a_site_in_one_language_has_no_translation_status() {
    let s = SiteTest::new("base");
    s.ok(&["build"]);
    assert!(!s.path("public/translations").exists());
    assert!(!s.path("public/data/translations.json").exists());
    let run = s.run(&["translations"]);
    assert_eq!(
        run.stderr,
        "error: the site has one language: list the site's languages in content/site.yaml, the default first (`languages: [en, fr]`), and translate with `ccpub new translation`\n"
    );
    assert_eq!(run.code, 2);
    // Regression: "the language must be one of the site's other languages ()".
    let run = s.run(&["new", "translation", "content/pages/about.md", "fr"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: the site has one language (en): to translate into fr, list the site's languages in content/site.yaml, the default first (`languages: [en, fr]`)\n"
        )
    );
}

#[test]
fn translations_lists_the_work_and_shows_what_changed_in_git_since_the_translated_revision() {
    use crate::changes::git;
    let s = bilingual_site();
    git(&s, &["init", "-q"]);
    git(&s, &["add", "-A"]);
    git(&s, &["commit", "-qm", "first"]);
    let about = s.read("content/pages/about.md");
    s.write(
        "content/pages/about.md",
        &about.replace("See the", "See all the"),
    );
    let now = ccpub_hash(&s.read("content/pages/about.md"));
    let run = s.ok(&["translations", "--lang", "fr"]);
    let expected = format!(
        "fr (Français): 1 of 6 texts translated: 0 up to date, 1 out of date, 5 missing\n  out of date: content/pages/about.fr.md translates {ABOUT_HASH} of content/pages/about.md, which is now {now}\n"
    );
    assert!(run.stdout.starts_with(&expected), "{}", run.stdout);
    let head = std::process::Command::new("git")
        .args(["rev-parse", "HEAD"])
        .current_dir(&s.dir)
        .output()
        .unwrap();
    let head = String::from_utf8(head.stdout).unwrap()[..12].to_string();
    let changed = format!(
        "      changes since {head} (1 words added, 0 removed):\n      The ccNSO is the Country Code Names Supporting Organisation. See {{+all +}}the members.\n"
    );
    assert!(run.stdout.contains(&changed), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("  missing: content/news/2011-10-07-launch.md (Site launched)\n"),
        "{}",
        run.stdout
    );
    let json: serde_json::Value =
        serde_json::from_str(&s.ok(&["translations", "--format", "json"]).stdout).unwrap();
    let todo = &json[0]["to_do"];
    let stale = todo
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["status"] == "out-of-date")
        .unwrap();
    assert_eq!(stale["translation"], "content/pages/about.fr.md");
    assert_eq!(
        stale["translated_revision"].as_str().map(str::len),
        Some(40)
    );
    assert_eq!(json[1]["language"], "ar");
}

#[test]
fn new_translation_writes_the_original_to_translate_with_its_hash() {
    let s = bilingual_site();
    let run = s.run(&[
        "new",
        "translation",
        "content/news/2011-10-07-launch.md",
        "ar",
    ]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (0, "created content/news/2011-10-07-launch.ar.md\n")
    );
    let hash = ccpub_hash(&s.read("content/news/2011-10-07-launch.md"));
    let written = s.read("content/news/2011-10-07-launch.ar.md");
    let original = s.read("content/news/2011-10-07-launch.md");
    let text = original.splitn(3, "---\n").nth(2).unwrap();
    assert_eq!(
        written,
        format!(
            "---\n# Translate the title, summary and text into العربية (ar); keep `translates`.\ntitle: Site launched\ntranslates: {hash}\n---\n{text}"
        )
    );
    assert_findings(&s, 0, &[]);
    let run = s.run(&["new", "translation", "content/members/ca.yaml", "fr"]);
    assert_eq!(
        run.stderr,
        "error: content/members/ca.yaml is not a text that may be translated (a page, news item, working group or guideline version that checks)\n"
    );
    let run = s.run(&["new", "translation", "content/pages/about.md", "de"]);
    assert_eq!(
        run.stderr,
        "error: the language must be one of the site's other languages (fr, ar)\n"
    );
    let run = s.run(&["new", "translation", "content/pages/about.md", "fr"]);
    assert_eq!(
        run.stderr,
        "error: content/pages/about.fr.md already exists\n"
    );
}

#[test]
fn t4_a_word_of_the_sites_theme_missing_in_a_language_is_shown_in_the_default() {
    let s = bilingual_site();
    let yaml = s.read(SITE);
    s.write(SITE, &format!("{yaml}theme: house\n"));
    s.write(
        "themes/house/locales/en.ftl",
        "nav-news = Announcements\nhouse-motto = Names, numbers, nations\n",
    );
    s.write("themes/house/locales/fr.ftl", "nav-news = Annonces\n");
    s.write("themes/house/locales/EN.ftl", "x = y\n");
    assert_findings(
        &s,
        1,
        &[
            "themes/house/locales/EN.ftl:1:1: error[F1]: expected <lang>.ftl files (the theme's words in one language, lang a lower-case tag such as fr)",
            // Arabic has no file yet: the finding names the one to write.
            "themes/house/locales/ar.ftl:1:1: warning[T4]: missing in ar: house-motto (shown in en instead)",
            "themes/house/locales/fr.ftl:1:1: warning[T4]: missing in fr: house-motto (shown in en instead)",
        ],
    );
    s.remove("themes/house/locales/EN.ftl");
    s.ok(&["build"]);
    assert!(
        s.read("public/fr/index.html")
            .contains("<li><a href=\"/fr/news/\">Annonces</a></li>")
    );
    assert!(
        s.read("public/index.html")
            .contains("<li><a href=\"/news/\">Announcements</a></li>")
    );
}

/// The showcase fixture (every page kind) in the six languages of the bundled site.
fn showcase_in_six_languages() -> SiteTest {
    let s = SiteTest::new("showcase");
    let yaml = s.read(SITE);
    s.write(
        SITE,
        &format!("{yaml}languages: [en, fr, es, ar, ru, zh]\n"),
    );
    s
}

#[test]
fn decisions_elections_and_votes_speak_each_language_with_its_numbers_and_punctuation() {
    let s = showcase_in_six_languages();
    // Every word of the default theme exists in all six languages: no T4.
    assert_findings(&s, 0, &[]);
    s.ok(&["build"]);
    let stv = s.read("public/fr/elections/board-2010/index.html");
    assert!(stv.contains("<p>10 bulletins pour 12 membres (participation 83,3\u{a0}%), dépouillés selon la méthode de Meek : "), "{stv}");
    assert!(
        stv.contains("<li>Cy : éliminé, plus aucun siège à pourvoir</li>"),
        "{stv}"
    );
    let stv_ru = s.read("public/ru/elections/board-2010/index.html");
    assert!(
        stv_ru.contains("<td class=\"stv-elected\">4,000000 <strong>избран</strong>"),
        "{stv_ru}"
    );
    let call = s.read("public/ar/council/meetings/13/index.html");
    assert!(
        call.contains("<h1>المؤتمر الهاتفي للمجلس رقم 13</h1>"),
        "{call}"
    );
    assert!(call.contains("<meta name=\"description\" content=\"المؤتمر الهاتفي للمجلس رقم 13: مؤتمر هاتفي للمجلس بتاريخ 7 يونيو 2011، وعدد القرارات 0.\">"), "{call}");
    let call_ru = s.read("public/ru/council/meetings/13/index.html");
    assert!(call_ru.contains("<dt>Кворум</dt><dd>Присутствовали 3 из 18 действующих членов Совета: кворума нет (должно присутствовать более половины)</dd>"), "{call_ru}");
    let vote = s.read("public/zh/votes/amendment-2011/index.html");
    assert!(vote.contains("<dt>计票结果</dt><dd>赞成 8 票，反对 2 票：赞成比例 80.0\u{a0}%，门槛 66.67\u{a0}%</dd>"), "{vote}");
    // The proposal is the record's own text: marked as English on a Chinese page.
    assert!(
        vote.contains("<div class=\"prose\" lang=\"en\" dir=\"ltr\"><p>Clause 5.3"),
        "{vote}"
    );
    // A ccTLD label or a name is isolated from the Arabic text around it.
    let election = s.read("public/ar/elections/board-2010/index.html");
    assert!(
        election.contains("<a href=\"/ar/members/au/\"><bdi>.au</bdi></a>"),
        "{election}"
    );
}

#[test]
fn t4_a_language_the_theme_has_no_words_for_names_the_file_to_write() {
    let s = SiteTest::new("base");
    let yaml = s.read(SITE);
    s.write(SITE, &format!("{yaml}languages: [en, pt, fr-ca]\n"));
    // Canadian French takes the default theme's French; Portuguese has no words.
    assert_findings(
        &s,
        0,
        &[
            "themes/default/locales/pt.ftl:1:1: warning[T4]: the theme has no words in pt: its pages in pt show the words of en; write this file (a copy of en.ftl, translated)",
        ],
    );
    s.write("themes/default/locales/pt.ftl", "nav-news = Notícias\n");
    // A file begun for a new language: how many words it lacks, and the first ten.
    assert_findings(
        &s,
        0,
        &[
            "themes/default/locales/pt.ftl:1:1: warning[T4]: missing in pt: 493 words, the first about-region, action-completed, action-open, acts-on, acts-on-application, acts-on-member, acts-on-version, adopted-by, adopted-on, all-news … (shown in en instead)",
        ],
    );
    s.ok(&["build"]);
    let home = s.read("public/pt/index.html");
    assert!(home.contains("<html lang=\"pt\" dir=\"ltr\">"), "{home}");
    assert!(
        home.contains("<li><a href=\"/pt/news/\">Notícias</a></li>"),
        "{home}"
    );
    assert!(
        home.contains("<li><a href=\"/pt/members/\">Members</a></li>"),
        "{home}"
    );
    assert!(
        s.read("public/fr-ca/index.html")
            .contains("<li><a href=\"/fr-ca/news/\">Actualités</a></li>")
    );
}

#[test]
fn a_guidelines_page_shows_the_translation_of_its_current_version() {
    let s = bilingual_site();
    let original = s.read("content/guidelines/self-selection/1.0.md");
    let hash = sha256_12(&original);
    s.write(
        "content/guidelines/self-selection/1.0.fr.md",
        &format!("---\ntitle: Procédures d’auto-sélection des régions de la ccNSO\ntranslates: {hash}\n---\n## 1. Introduction\n\nUn membre peut choisir une autre région.\n\n## 2. Procédure\n\nLes demandes sont envoyées par télécopie.\n"),
    );
    assert_findings(&s, 0, &[]);
    s.ok(&["build"]);
    let fr = s.read("public/fr/guidelines/self-selection/index.html");
    assert!(
        fr.contains("<h1>Procédures d’auto-sélection des régions de la ccNSO</h1>"),
        "{fr}"
    );
    assert!(
        fr.contains("<p>Un membre peut choisir une autre région.</p>"),
        "{fr}"
    );
    assert!(!fr.contains("lang-note"), "{fr}");
    let list = s.read("public/fr/guidelines/index.html");
    assert!(list.contains("<a href=\"/fr/guidelines/self-selection/\">Procédures d’auto-sélection des régions de la ccNSO</a>"), "{list}");
    let ar = s.read("public/ar/guidelines/self-selection/index.html");
    assert!(
        ar.contains("<p class=\"lang-note\" role=\"note\">هذا النص متاح باللغة الإنجليزية فقط."),
        "{ar}"
    );
    assert!(
        ar.contains(
            "<h1 lang=\"en\" dir=\"ltr\">Procedures for the Self-Selection of ccNSO Regions</h1>"
        ),
        "{ar}"
    );
    let ar_list = s.read("public/ar/guidelines/index.html");
    assert!(ar_list.contains("<a href=\"/ar/guidelines/self-selection/\"><span lang=\"en\" dir=\"ltr\">Procedures for the Self-Selection of ccNSO Regions</span></a>"), "{ar_list}");
}

/// Regression: the history was walked once per out-of-date translation, and each of its
/// revisions shown by a git process of its own (5,000 commits × 5 translations took
/// 45 s). Now git runs twice, whatever the number of translations and commits.
#[cfg(unix)]
#[test]
fn translations_walks_the_history_once_for_every_out_of_date_translation() {
    use crate::changes::git;
    let s = bilingual_site();
    git(&s, &["init", "-q"]);
    let news = [
        "2011-10-07-launch",
        "2011-11-01-a",
        "2011-11-02-b",
        "2011-11-03-c",
    ];
    for slug in &news[1..] {
        s.write(
            &format!("content/news/{slug}.md"),
            &format!("---\ntitle: {slug}\n---\nFirst text of {slug}.\n"),
        );
    }
    let originals: Vec<String> = news
        .iter()
        .map(|n| format!("content/news/{n}.md"))
        .collect();
    for (i, original) in originals.iter().enumerate() {
        let text = s.read(original);
        let fr = original.replace(".md", ".fr.md");
        s.write(
            &fr,
            &format!(
                "---\ntitle: Nouvelle {i}\ntranslates: {}\n---\nTexte.\n",
                ccpub_hash(&text)
            ),
        );
    }
    git(&s, &["add", "-A"]);
    git(&s, &["commit", "-qm", "translated"]);
    for round in 0..20 {
        for original in &originals {
            let text = s.read(original);
            s.write(original, &format!("{text}Change {round}.\n"));
        }
        git(&s, &["commit", "-qam", &format!("change {round}")]);
    }
    // A git that logs each call, then runs the real one.
    let real = String::from_utf8(
        std::process::Command::new("sh")
            .args(["-c", "command -v git"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let bin = s.path("fake-bin");
    std::fs::create_dir_all(&bin).unwrap();
    let log = s.path("git-calls.log");
    let wrapper = format!(
        "#!/bin/sh\necho \"$@\" >> '{}'\nexec '{}' \"$@\"\n",
        log.display(),
        real.trim()
    );
    std::fs::write(bin.join("git"), wrapper).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(bin.join("git"), std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    let run = s.run_env(&["translations", "--lang", "fr"], &[("PATH", &path)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for original in &originals {
        let fr = original.replace(".md", ".fr.md");
        assert!(
            run.stdout
                .contains(&format!("  out of date: {fr} translates")),
            "{}",
            run.stdout
        );
    }
    // Each found the commit it translates.
    assert_eq!(
        run.stdout.matches("      changes since ").count(),
        4,
        "{}",
        run.stdout
    );
    let calls = std::fs::read_to_string(&log).unwrap();
    assert_eq!(calls.lines().count(), 2, "{calls}");
    assert!(calls.lines().next().unwrap().starts_with("-C "), "{calls}");
}

/// GitHub Pages serves `/404.html` for every missing address, `/fr/…` too: it speaks
/// every language of the site, and has no canonical address or alternates of its own.
#[test]
fn the_not_found_page_speaks_every_language_and_claims_no_address() {
    let s = bilingual_site();
    s.ok(&["build"]);
    let page = s.read("public/404.html");
    let head = &page[..page.find("</head>").unwrap()];
    assert!(!head.contains("rel=\"canonical\""), "{head}");
    assert!(!head.contains("hreflang"), "{head}");
    assert!(!head.contains("og:url"), "{head}");
    assert!(
        !page.contains("class=\"languages\""),
        "no switcher to other 404 pages"
    );
    let main = crate::harness::main_of(&page);
    assert!(main.contains("<h1>Page not found</h1>"), "{main}");
    assert!(
        main.contains("<section class=\"not-found-other\" lang=\"fr\" dir=\"ltr\">\n<h2>Page introuvable</h2>\n<p>Il n’y a pas de page à cette adresse. Essayez la <a hreflang=\"fr\" href=\"/fr/\">page d’accueil</a>, les <a hreflang=\"fr\" href=\"/fr/members/\">membres</a> ou les <a hreflang=\"fr\" href=\"/fr/guidelines/\">lignes directrices</a>.</p>\n</section>"),
        "{main}"
    );
    assert!(
        main.contains("<section class=\"not-found-other\" lang=\"ar\" dir=\"rtl\">"),
        "{main}"
    );
    // The French one leads in French and offers English and Arabic.
    let fr = s.read("public/fr/404.html");
    let main = crate::harness::main_of(&fr);
    assert!(main.contains("<h1>Page introuvable</h1>"), "{main}");
    assert!(
        main.contains("<a href=\"/fr/members/\">membres</a>"),
        "{main}"
    );
    assert!(
        main.contains(
            "<section class=\"not-found-other\" lang=\"en\" dir=\"ltr\">\n<h2>Page not found</h2>"
        ),
        "{main}"
    );
    assert!(
        main.contains("<a hreflang=\"en\" href=\"/\">home page</a>"),
        "{main}"
    );
}

/// Words of the theme's English (`en.ftl`) found in no other place a page in `lang`
/// may take them from: that language's words and the titles and names of the site's
/// records.
fn english_only_words(site: &SiteTest, lang: &str) -> std::collections::BTreeSet<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/locales");
    let words = |text: &str| -> std::collections::BTreeSet<String> {
        text.split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() >= 4)
            .map(str::to_lowercase)
            .collect()
    };
    let values = |file: &str| {
        let text = std::fs::read_to_string(root.join(file)).unwrap();
        // Message values only: not the ids, comments or placeables' names.
        let values: Vec<String> = text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| l.split_once(" = ").map_or(l, |(_, v)| v).to_string())
            .map(|l| {
                l.split('{')
                    .map(|p| p.split_once('}').map_or(p, |(_, t)| t))
                    .collect()
            })
            .collect();
        words(&values.join("\n"))
    };
    // The titles and names of records (what a page's title and heading show of them).
    let content: String = crate::harness::tree(&site.path("content"))
        .values()
        .flat_map(|b| {
            let text = String::from_utf8_lossy(b).into_owned();
            let titles: Vec<String> = text
                .lines()
                .map(|l| l.trim_start().trim_start_matches("- "))
                .filter_map(|l| l.split_once(": "))
                .filter(|(k, _)| ["title", "name", "country", "short"].contains(k))
                .map(|(_, v)| v.to_string())
                .collect();
            titles
        })
        .collect::<Vec<_>>()
        .join("\n");
    let (en, other, content) = (
        values("en.ftl"),
        values(&format!("{lang}.ftl")),
        words(&content),
    );
    en.into_iter()
        .filter(|w| !other.contains(w) && !content.contains(w))
        .collect()
}

/// The texts of `<tag>` elements in `html` (tags inside them removed).
fn texts_of(html: &str, tag: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(&format!("<{tag}")) {
        let after = &rest[at + tag.len() + 1..];
        if !after.starts_with(['>', ' ']) {
            rest = after;
            continue;
        }
        let start = after.find('>').unwrap() + 1;
        let end = after.find(&format!("</{tag}>")).unwrap();
        let mut text = String::new();
        let mut in_tag = false;
        for c in after[start..end].chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        out.push(text);
        rest = &after[end..];
    }
    out
}

/// Every page kind, in French, Arabic and Chinese: no word of the theme's English
/// reaches a page's `<title>`, its `<h1>` or an entry of the language's feed.
#[test]
fn no_english_word_of_the_theme_is_in_a_title_heading_or_feed_entry_of_another_language() {
    let s = SiteTest::new("showcase");
    let yaml = s.read(SITE).replace("news_per_page: 2", "news_per_page: 1");
    s.write(SITE, &format!("{yaml}languages: [en, fr, ar, zh]\n"));
    s.ok(&["build", "--drafts"]);
    let site = crate::harness::tree(&s.path("public"));
    assert!(
        site.contains_key("fr/news/page/2/index.html"),
        "a second page of news"
    );
    let mut found = Vec::new();
    for lang in ["fr", "ar", "zh"] {
        let english = english_only_words(&s, lang);
        // The words the test looks for include those of list pages and redlines.
        for w in ["news", "changes", "adopted", "resolution", "page"] {
            assert!(
                english.contains(w) || lang == "fr" && w == "page",
                "{lang}: {w}"
            );
        }
        let in_lang = site
            .iter()
            .filter(|(path, _)| path.starts_with(&format!("{lang}/")));
        for (path, bytes) in in_lang {
            let text = String::from_utf8_lossy(bytes);
            let texts = match path.ends_with(".xml") {
                true => texts_of(&text, "title"),
                false if path.ends_with(".html") => {
                    let mut t = texts_of(&text, "title");
                    t.extend(texts_of(&text, "h1"));
                    t
                }
                false => continue,
            };
            for t in texts {
                let words = t.split(|c: char| !c.is_alphabetic()).map(str::to_lowercase);
                if let Some(w) = words.into_iter().find(|w| english.contains(w)) {
                    found.push(format!("{path}: `{w}` in {t:?}"));
                }
            }
        }
    }
    assert_eq!(found, Vec::<String>::new());
}
