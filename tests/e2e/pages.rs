//! Exact snapshots of the `<main>` of one page of each kind (and of the feed and
//! sitemap), from the base fixture built with drafts. A snapshot that no page uses
//! any more fails `every_snapshot_is_used`.
use crate::harness::{SiteTest, main_of};

/// The pages snapshotted: snapshot name, then the output file.
const PAGES: &[(&str, &str)] = &[
    ("home", "index.html"),
    ("members", "members/index.html"),
    ("members_by_region", "members/by-region/index.html"),
    ("members_former", "members/former/index.html"),
    ("members_growth", "members/growth/index.html"),
    ("member", "members/nl/index.html"),
    ("member_idn", "members/xn--p1ai/index.html"),
    ("member_region_change", "members/pf/index.html"),
    ("region", "regions/europe/index.html"),
    ("council", "council/index.html"),
    ("working_groups", "working-groups/index.html"),
    ("working_group", "working-groups/foiwg/index.html"),
    ("guidelines", "guidelines/index.html"),
    ("guideline", "guidelines/self-selection/index.html"),
    (
        "version_current",
        "guidelines/self-selection/1.0/index.html",
    ),
    ("version_draft", "guidelines/self-selection/1.1/index.html"),
    (
        "changes",
        "guidelines/self-selection/1.1/changes/index.html",
    ),
    ("page", "about/index.html"),
    ("news_item", "news/2011-10-07-launch/index.html"),
    ("news_list", "news/index.html"),
    ("not_found", "404.html"),
];

/// The whole files snapshotted.
const FILES: &[(&str, &str)] = &[("atom", "atom.xml"), ("sitemap", "sitemap.xml")];

#[test]
fn the_main_of_each_kind_of_page_is_as_snapshotted() {
    let s = SiteTest::new("base");
    s.ok(&["build", "--drafts"]);
    for (name, file) in PAGES {
        let html = s.read(&format!("public/{file}"));
        insta::assert_snapshot!(*name, main_of(&html));
    }
    for (name, file) in FILES {
        insta::assert_snapshot!(*name, s.read(&format!("public/{file}")));
    }
}

/// One page of every kind of the showcase fixture (which has every kind of record).
const KINDS: &[(&str, &str)] = &[
    ("home", "index.html"),
    ("members", "members/index.html"),
    ("members_by_region", "members/by-region/index.html"),
    ("members_former", "members/former/index.html"),
    ("members_growth", "members/growth/index.html"),
    ("member", "members/nl/index.html"),
    ("applications", "members/applications/index.html"),
    ("region", "regions/africa/index.html"),
    ("council", "council/index.html"),
    ("councillor", "council/europe-1/index.html"),
    ("meetings", "council/meetings/index.html"),
    ("meeting", "council/meetings/12/index.html"),
    ("resolutions", "council/resolutions/index.html"),
    ("elections", "elections/index.html"),
    ("election", "elections/africa-2010/index.html"),
    ("votes", "votes/index.html"),
    ("vote", "votes/amendment-2011/index.html"),
    ("working_groups", "working-groups/index.html"),
    ("working_group", "working-groups/foiwg/index.html"),
    ("guidelines", "guidelines/index.html"),
    ("guideline", "guidelines/self-selection/index.html"),
    ("version", "guidelines/self-selection/1.0/index.html"),
    (
        "changes",
        "guidelines/self-selection/1.1/changes/index.html",
    ),
    ("page", "about/index.html"),
    ("news_item", "news/2011-10-07-launch/index.html"),
    ("news_list", "news/index.html"),
    ("translations", "translations/index.html"),
    ("not_found", "404.html"),
];

/// The languages whose pages of every kind are snapshotted, beside English: one
/// written right to left, one without spaces between words.
const SNAPSHOT_LANGUAGES: [&str; 2] = ["ar", "zh"];

/// The names of the snapshots of `KINDS`: in English the pages the base fixture has
/// none of, then every kind in each of `SNAPSHOT_LANGUAGES`.
fn kind_snapshots() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = ["councillor", "translations"]
        .iter()
        .map(|k| {
            let file = KINDS.iter().find(|(n, _)| n == k).unwrap().1;
            (format!("showcase_{k}"), file.to_string())
        })
        .collect();
    for lang in SNAPSHOT_LANGUAGES {
        out.extend(
            KINDS
                .iter()
                .map(|(n, f)| (format!("{lang}_{n}"), format!("{lang}/{f}"))),
        );
    }
    out
}

#[test]
fn every_kind_of_page_in_arabic_and_chinese_is_as_snapshotted() {
    let s = SiteTest::new("showcase");
    let yaml = s.read("content/site.yaml");
    s.write(
        "content/site.yaml",
        &format!("{yaml}languages: [en, ar, zh]\n"),
    );
    s.ok(&["build", "--drafts"]);
    for (name, file) in kind_snapshots() {
        let html = s.read(&format!("public/{file}"));
        insta::assert_snapshot!(name, main_of(&html));
    }
}

#[test]
fn every_snapshot_is_used() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/snapshots");
    let mut found: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".snap"))
        .collect();
    found.sort();
    let kinds: Vec<String> = kind_snapshots().into_iter().map(|(n, _)| n).collect();
    let mut used: Vec<String> = crate::SNAPSHOTS
        .iter()
        .chain(PAGES.iter().chain(FILES).map(|(n, _)| n))
        .copied()
        .chain(kinds.iter().map(String::as_str))
        .map(|n| format!("e2e__{}.snap", snapshot_module(n)))
        .collect();
    used.sort();
    assert_eq!(found, used, "snapshots in tests/e2e/snapshots/");
}

/// The file stem insta gives a snapshot: `<module>__<name>`.
fn snapshot_module(name: &str) -> String {
    match name.split_once("::") {
        Some((module, n)) => format!("{module}__{n}"),
        None => format!("pages__{name}"),
    }
}
