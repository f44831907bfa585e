//! Guideline revisions: changes pages and `ccpub diff`.
use crate::harness::{SiteTest, main_of};

const CHANGES: &str = "public/guidelines/self-selection/1.1/changes/index.html";

#[test]
fn a_drafts_changes_page_exists_only_with_drafts() {
    let s = SiteTest::new("base");
    s.ok(&["build"]);
    assert!(!s.path("public/guidelines/self-selection/1.1").exists());
    s.ok(&["build", "--drafts"]);
    // The page (banner, summary, redline, side by side) is the snapshot pages::changes,
    // and the history that links it pages::guideline.
    assert!(s.path(CHANGES).is_file());
}

#[test]
fn identical_versions_say_there_is_no_change() {
    let s = SiteTest::new("base");
    let v1 = s.read("content/guidelines/self-selection/1.0.md");
    let body = &v1[v1.rfind("---\n").unwrap() + 4..];
    s.write(
        "content/guidelines/self-selection/1.1.md",
        &format!("---\ntitle: T\nversion: \"1.1\"\nstatus: draft\ndate: 2011-09-01\n---\n{body}"),
    );
    s.ok(&["build", "--drafts"]);
    insta::assert_snapshot!("identical_versions", main_of(&s.read(CHANGES)));
}

#[test]
fn diff_prints_the_comparison_plainly_when_not_a_terminal() {
    let s = SiteTest::new("base");
    let run = s.run(&["diff", "self-selection", "1.0", "1.1"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "Procedures for the Self-Selection of ccNSO Regions: 1.0 (adopted, 11 February 2011) -> 1.1 (draft, 1 September 2011)\n\
         2 words added, 1 words removed, in: 2. Procedure (changed)\n\n\
         ## 2. Procedure\n\nRequests are sent by [-fax-]{+e-mail+}.\n\n"
    );
}

#[test]
fn diff_of_an_unknown_guideline_or_version_is_a_usage_error() {
    let s = SiteTest::new("base");
    let run = s.run(&["diff", ".", "nosuch", "1.0", "1.1"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: no guideline \"nosuch\" (guidelines: self-selection)\n"
        )
    );
    let run = s.run(&["diff", "self-selection", "1.0", "3"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: guideline self-selection has no version \"3\" (versions: 1.0, 1.1)\n"
        )
    );
}

/// A table changed between versions is shown in the redline as a table, cell by cell,
/// not as pipe-separated text.
#[test]
fn a_changed_table_is_shown_as_a_table_cell_by_cell() {
    let s = SiteTest::new("base");
    let table = "| Region | Seats |\n|---|---|\n| Africa | 3 |\n";
    let v10 = s.read("content/guidelines/self-selection/1.0.md");
    s.write(
        "content/guidelines/self-selection/1.0.md",
        &format!("{v10}\n{table}"),
    );
    let v11 = s.read("content/guidelines/self-selection/1.1.md");
    s.write(
        "content/guidelines/self-selection/1.1.md",
        &format!("{v11}\n{}", table.replace("| 3 |", "| 4 |")),
    );
    s.ok(&["build", "--drafts"]);
    let page = s.read(CHANGES);
    let start = page
        .find("<table class=\"rl-table\">")
        .expect("a table in the redline");
    let end = start + page[start..].find("</table>").unwrap();
    assert_eq!(
        &page[start..end],
        "<table class=\"rl-table\">\n\
         <tr id=\"change-5\" class=\"rl-same\"><th scope=\"col\">Region</th><th scope=\"col\">Seats</th></tr>\n\
         <tr id=\"change-6\" class=\"rl-changed\"><td>Africa</td><td><del><span class=\"vh\">[deleted: </span>3<span class=\"vh\">]</span></del><ins><span class=\"vh\">[inserted: </span>4<span class=\"vh\">]</span></ins></td></tr>\n"
    );
}
