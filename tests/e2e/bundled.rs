//! The repository's own `content/` is the bundled ccNSO site.
use std::process::Command;

#[test]
fn bundled_site_checks_with_only_its_explained_warning() {
    // A fact of the record, explained in the README: the procedure of 2007 was not
    // reviewed. (The seat no source fills is not a vacancy: the site's coverage is
    // partial, and its Council page says "Not documented".)
    let out = Command::new(env!("CARGO_BIN_EXE_ccpub"))
        .args(["check", env!("CARGO_MANIFEST_DIR"), "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let items: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let rules: Vec<(&str, &str)> = items
        .iter()
        .map(|d| (d["rule"].as_str().unwrap(), d["level"].as_str().unwrap()))
        .collect();
    assert_eq!(rules, [("G4", "warning")]);
}

/// The editorial "about this record" notes are `note:` fields, not part of the text:
/// the redline of the bundled draft shows only what the revision changes.
#[test]
fn an_editorial_note_is_not_a_change_to_the_text() {
    let out = Command::new(env!("CARGO_BIN_EXE_ccpub"))
        .args([
            "diff",
            env!("CARGO_MANIFEST_DIR"),
            "region-self-selection",
            "1.0",
            "1.1",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let summary = text.lines().nth(1).unwrap();
    assert!(
        !summary.contains("the opening text"),
        "the opening note is not compared: {summary}"
    );
    assert!(!text.contains("About this record"), "{text}");
}

/// The bundled site is the ccNSO of 7 October 2011 as far as sources document it:
/// 30 members current then, 17 of the 18 seats, every record with its source and
/// every member and councillor with a note on how its dates are known.
#[test]
fn bundled_site_lists_the_documented_members_and_seats_of_october_2011() {
    let out = Command::new(env!("CARGO_BIN_EXE_ccpub"))
        .args(["check", env!("CARGO_MANIFEST_DIR"), "--format", "json"])
        .output()
        .unwrap();
    let items: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(items.iter().all(|d| d["rule"] != "C5"), "coverage: partial");
    let council = Command::new(env!("CARGO_BIN_EXE_ccpub"))
        .args(["build", env!("CARGO_MANIFEST_DIR"), "--out"])
        .arg(std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("bundled-council"))
        .output()
        .unwrap();
    assert_eq!(council.status.code(), Some(0));
    let page = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join("bundled-council/council/index.html"),
    )
    .unwrap();
    assert_eq!(
        page.matches("Not documented").count(),
        1,
        "the third Latin America seat"
    );
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let mut members = 0;
    for folder in ["members", "council", "working-groups", "pages", "news"] {
        for entry in std::fs::read_dir(root.join(folder)).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            let name = path.file_name().unwrap().to_string_lossy();
            if name.matches('.').count() == 2 {
                // A translation: its source is its original's (SPEC §8).
                assert!(text.contains("\ntranslates: "), "{name}");
                continue;
            }
            assert!(
                text.contains("\nsource: "),
                "{} names no source",
                path.display()
            );
            if folder == "members" || folder == "council" {
                assert!(text.contains("\nnote: "), "{} has no note", path.display());
            }
            members += usize::from(folder == "members" && !text.contains("\nleft: "));
        }
    }
    assert_eq!(members, 30);
}

/// The bundled site built into a temporary folder of its own (`name`); the caller
/// removes it.
fn built(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("ccpub-bundled-{name}-{}", std::process::id()));
    let out = Command::new(env!("CARGO_BIN_EXE_ccpub"))
        .args(["build", env!("CARGO_MANIFEST_DIR"), "--out"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    dir
}

/// A working group whose creation date no source gives is not shown as created on the
/// site's date: it existed "by" then.
#[test]
fn an_undocumented_creation_date_is_shown_as_an_upper_bound() {
    let dir = built("wg");
    let page = std::fs::read_to_string(dir.join("working-groups/technical/index.html")).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        page.contains(
            "<dt>Created</dt><dd><time datetime=\"2011-10-07\">by 7 October 2011</time></dd>"
        ),
        "{page}"
    );
}

/// The showcase fixture (an example of every page kind, for the HTML and accessibility
/// checks of `.ci/run`) stays free of findings.
#[test]
fn the_showcase_fixture_checks_clean() {
    let out = Command::new(env!("CARGO_BIN_EXE_ccpub"))
        .args(["check", "--format", "json"])
        .arg(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/showcase"))
        .output()
        .unwrap();
    assert_eq!(
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).trim()
        ),
        (Some(0), "[]")
    );
}

/// The bundled site in its six languages: every page in each, the translations and
/// their status, and byte-identical output from two builds.
#[test]
fn the_bundled_site_in_six_languages_builds_byte_identically_twice() {
    let tmp = std::env::temp_dir().join(format!("ccpub-six-{}", std::process::id()));
    let build = |out: &str| {
        let run = Command::new(env!("CARGO_BIN_EXE_ccpub"))
            .args(["build", env!("CARGO_MANIFEST_DIR"), "--out"])
            .arg(tmp.join(out))
            .env_remove("SOURCE_DATE_EPOCH")
            .output()
            .unwrap();
        assert_eq!(
            run.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        crate::harness::tree(&tmp.join(out))
    };
    let (first, second) = (build("one"), build("two"));
    let _ = std::fs::remove_dir_all(&tmp);
    assert!(first == second, "two builds differ");
    let pages = |prefix: &str| {
        first
            .keys()
            .filter(|p| p.ends_with(".html") && p.starts_with(prefix))
            .count()
    };
    let all = pages("");
    for lang in ["fr/", "es/", "ar/", "ru/", "zh/"] {
        assert_eq!(pages(lang) * 6, all, "{lang}");
    }
    let status: serde_json::Value =
        serde_json::from_slice(&first["data/translations.json"]).unwrap();
    for lang in status["languages"].as_array().unwrap() {
        // About, membership and joining in each of the five other languages.
        assert_eq!(lang["up_to_date"], 3, "{}", lang["language"]);
        assert_eq!(lang["out_of_date"], 0, "{}", lang["language"]);
    }
    let ar = String::from_utf8(first["ar/membership/index.html"].clone()).unwrap();
    assert!(ar.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"));
    assert!(ar.contains("<h1>العضوية</h1>"), "{ar}");
}

/// The countries of a members page, in the order shown.
fn countries_of(page: &str) -> Vec<String> {
    let main = crate::harness::main_of(page);
    // The first cell after each row's header.
    main.split("<th scope=\"row\">")
        .skip(1)
        .filter_map(|row| {
            let cell = row.split_once("<td data-label=\"")?.1;
            let text = cell.split_once("\">")?.1;
            Some(text.split_once("</td>")?.0.to_string())
        })
        .collect()
}

/// The members list of each language names the countries in that language (CLDR) and
/// orders them as that language orders words; the orders below are checked by hand
/// (French accents with their letter, Russian in Cyrillic order, Chinese by pinyin).
#[test]
fn each_language_lists_the_members_by_their_countries_names_in_its_own_order() {
    let dir = built("names");
    let read = |rel: &str| std::fs::read_to_string(dir.join(rel)).unwrap();
    let (fr, ru, zh) = (
        read("fr/members/index.html"),
        read("ru/members/index.html"),
        read("zh/members/index.html"),
    );
    let en = read("members/index.html");
    let germany = read("fr/members/de/index.html");
    let _ = std::fs::remove_dir_all(&dir);
    // A member's page is titled with its country in the page's language.
    assert!(
        germany.contains(
            "<title>.de (Allemagne) — Country Code Names Supporting Organisation</title>"
        ),
        "{germany}"
    );
    assert!(
        germany.contains("<meta name=\"description\" content=\".de, Allemagne : membre actuel"),
        "{germany}"
    );
    let words = |s: &str| s.split('|').map(str::to_string).collect::<Vec<_>>();
    assert_eq!(
        countries_of(&fr),
        words(
            "Afrique du Sud|Allemagne|Arménie|Azerbaïdjan|Brésil|Bulgarie|Burundi|Cameroun|\
             Canada|Colombie|Guernesey|Israël|Japon|Jersey|Libye|Luxembourg|Mexique|Moldavie|\
             Mozambique|Namibie|Niue|Norvège|Nouvelle-Zélande|Papouasie-Nouvelle-Guinée|\
             Portugal|Royaume-Uni|Samoa|Somalie|Soudan|Union européenne"
        )
    );
    assert_eq!(
        countries_of(&ru),
        words(
            "Азербайджан|Армения|Болгария|Бразилия|Бурунди|Великобритания|Германия|Гернси|\
             Джерси|Европейский союз|Израиль|Камерун|Канада|Колумбия|Ливия|Люксембург|Мексика|\
             Мозамбик|Молдова|Намибия|Ниуэ|Новая Зеландия|Норвегия|Папуа — Новая Гвинея|\
             Португалия|Самоа|Сомали|Судан|Южно-Африканская Республика|Япония"
        )
    );
    assert_eq!(
        countries_of(&zh),
        words(
            "阿塞拜疆|巴布亚新几内亚|巴西|保加利亚|布隆迪|德国|哥伦比亚|根西岛|加拿大|喀麦隆|\
             利比亚|卢森堡|摩尔多瓦|莫桑比克|墨西哥|纳米比亚|南非|纽埃|挪威|欧盟|葡萄牙|日本|\
             萨摩亚|苏丹|索马里|新西兰|亚美尼亚|以色列|英国|泽西岛"
        )
    );
    // The default language shows the countries as the records write them.
    let english = countries_of(&en);
    assert_eq!(english.len(), 30);
    assert_eq!(&english[..3], ["Armenia", "Azerbaijan", "Brazil"]);
    // No English name of a country on another language's list, but for the names
    // French writes the same way.
    let same_in_french = [
        "Burundi",
        "Canada",
        "Jersey",
        "Luxembourg",
        "Mozambique",
        "Niue",
        "Portugal",
        "Samoa",
    ];
    let main = crate::harness::main_of(&fr);
    for name in english
        .iter()
        .filter(|n| !same_in_french.contains(&n.as_str()))
    {
        assert!(!main.contains(name.as_str()), "{name} on /fr/members/");
    }
}
