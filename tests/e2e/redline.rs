//! Guideline revisions: changes pages and `ccpub diff`.
use crate::harness::SiteTest;

const CHANGES: &str = "public/guidelines/self-selection/1.1/changes/index.html";

#[test]
fn a_drafts_changes_page_exists_only_with_drafts() {
    let s = SiteTest::new("base");
    assert_eq!(s.run(&["build"]).code, 0);
    assert!(!s.path("public/guidelines/self-selection/1.1").exists());
    assert_eq!(s.run(&["build", "--drafts"]).code, 0);
    let page = s.read(CHANGES);
    assert!(page.contains("<strong>DRAFT</strong>"), "{page}");
    assert!(
        page.contains(
            "<p><strong>2</strong> words added, <strong>1</strong> word removed, in 1 clause:</p>"
        ),
        "{page}"
    );
    assert!(
        page.contains("<li><a href=\"#change-4\">2. Procedure</a> — changed</li>"),
        "{page}"
    );
    assert!(
        page.contains("<p>Requests are sent by <del><span class=\"vh\">[deleted: </span>fax<span class=\"vh\">]</span></del><ins><span class=\"vh\">[inserted: </span>e-mail<span class=\"vh\">]</span></ins>.</p>"),
        "{page}"
    );
    assert!(page.contains("<details class=\"side-by-side\">"), "{page}");
    let history = s.read("public/guidelines/self-selection/index.html");
    assert!(history.contains("<a href=\"/guidelines/self-selection/1.1/changes/\">changes from the previous version</a>"), "{history}");
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
    assert_eq!(s.run(&["build", "--drafts"]).code, 0);
    assert!(s.read(CHANGES).contains(
        "<p class=\"notice\">No change: the texts of versions 1.0 and 1.1 are identical.</p>"
    ));
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
