//! A site built from what sources document (extensions of SPEC §1): how exactly a
//! date is known, an undocumented manager, partial coverage, reported counts.
use crate::harness::{SiteTest, assert_findings};

const NL: &str = "content/members/nl.yaml";

fn nl(extra: &str) -> String {
    format!(
        "cctld: nl\ncountry: Netherlands\nregion: europe\nregion_basis: un-statistics\njoined: 2008-07-30\n{extra}"
    )
}

/// A date derived from an approval by silence, or known only as an upper bound, is
/// never shown as exact.
#[test]
fn a_derived_joining_date_is_shown_as_on_or_about_or_by() {
    let s = SiteTest::new("base");
    s.write(NL, &nl("manager: SIDN\njoined_accuracy: about\n"));
    s.write(
        "content/members/no.yaml",
        "cctld: no\ncountry: Norway\nmanager: Norid\nregion: europe\nregion_basis: un-statistics\njoined: 2008-09\njoined_accuracy: by\n",
    );
    s.ok(&["build"]);
    let page = s.read("public/members/nl/index.html");
    assert!(
        page.contains("<time datetime=\"2008-07-30\">on or about 30 July 2008</time>"),
        "{page}"
    );
    let list = s.read("public/members/index.html");
    assert!(
        list.contains("<time datetime=\"2008-09\">by September 2008</time>"),
        "{list}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&s.read("public/data/members.json")).unwrap();
    let nl = json
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["cctld"] == "nl")
        .unwrap();
    assert_eq!(
        (nl["joined"].as_str(), nl["joined_accuracy"].as_str()),
        (Some("2008-07-30"), Some("about"))
    );
}

#[test]
fn an_unknown_accuracy_is_y1_at_its_value() {
    let s = SiteTest::new("base");
    s.write(NL, &nl("manager: SIDN\njoined_accuracy: roughly\n"));
    assert_findings(
        &s,
        1,
        &[
            "content/members/nl.yaml:7:18: error[Y1]: unknown joined_accuracy \"roughly\" (expected one of: exact, about, by, not-before)",
        ],
    );
}

/// A manager no source names is left out only when the record says so.
#[test]
fn a_manager_may_be_left_out_only_as_undocumented() {
    let s = SiteTest::new("base");
    s.write(NL, &nl("undocumented: [manager]\n"));
    assert_findings(&s, 0, &[]);
    s.ok(&["build"]);
    let page = s.read("public/members/nl/index.html");
    assert!(
        page.contains(
            "<dt>ccTLD manager</dt><dd><span class=\"undocumented\">not documented</span></dd>"
        ),
        "{page}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&s.read("public/data/members.json")).unwrap();
    let record = json
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["cctld"] == "nl")
        .unwrap();
    assert!(record["manager"].is_null());

    s.write(NL, &nl(""));
    assert_findings(
        &s,
        1,
        &["content/members/nl.yaml:1:1: error[Y1]: missing required field `manager`"],
    );
    s.write(NL, &nl("undocumented: [manager, country]\n"));
    assert_findings(
        &s,
        1,
        &[
            "content/members/nl.yaml:6:25: error[Y1]: `undocumented` may list only: manager, found \"country\"",
        ],
    );
}

/// `coverage: partial`: figures say "documented", and a seat no record covers is
/// "Not documented" rather than "Vacant".
#[test]
fn a_partial_site_says_documented_and_not_vacant() {
    let s = SiteTest::new("base");
    s.remove("content/council/africa-1.yaml");
    s.ok(&["build"]);
    assert!(
        s.read("public/council/index.html")
            .contains("<li class=\"vacant\">Vacant</li>")
    );
    let site = s.read("content/site.yaml");
    s.write("content/site.yaml", &format!("{site}coverage: partial\n"));
    s.ok(&["build"]);
    let council = s.read("public/council/index.html");
    assert!(
        council.contains("<li class=\"vacant\">Not documented</li>"),
        "{council}"
    );
    assert!(!council.contains(">Vacant<"));
    let home = s.read("public/index.html");
    assert!(home.contains("members documented</a>"), "{home}");
    assert!(
        home.contains("of 18 Council seats documented as held</a>"),
        "{home}"
    );
}

/// The counts the organisation reported are points on the growth chart and a list
/// with their sources, beside the members the site lists.
#[test]
fn reported_counts_are_drawn_and_listed_with_their_sources() {
    let s = SiteTest::new("base");
    let site = s.read("content/site.yaml");
    s.write(
        "content/site.yaml",
        &format!("{site}counts:\n  - date: 2009-12-03\n    total: 100\n    source: https://example.org/100\n    note: .mz became the 100th member.\n  - date: 2012-06\n    total: 137\n    source: https://example.org/137\n"),
    );
    s.ok(&["build"]);
    let page = s.read("public/members/growth/index.html");
    assert_eq!(
        page.matches("<path class=\"reported\"").count(),
        1,
        "a count after as_of is not drawn"
    );
    assert!(page.contains("<text class=\"reported-label\""), "{page}");
    assert!(page.contains("<li><strong>100</strong> members on <time datetime=\"2009-12-03\">3 December 2009</time>: <bdi>.mz became the 100th member.</bdi> (<a href=\"https://example.org/100\">source</a>)</li>"), "{page}");
    // The value axis reaches the reported count.
    assert!(page.contains(">100</text>"), "{page}");
}

/// A councillor's ccTLD that is known to be a member only "by" a later date is no
/// C4 finding for a term that started before it.
#[test]
fn an_upper_bound_on_joining_is_no_affiliation_warning() {
    let s = SiteTest::new("base");
    s.write(
        NL,
        &nl("manager: SIDN\n").replace("2008-07-30", "2010-09-20"),
    );
    let (_, findings) = s.findings(&[]);
    assert!(findings.iter().any(|f| f.contains("[C4]")), "{findings:?}");
    s.write(
        NL,
        &nl("manager: SIDN\njoined_accuracy: by\n").replace("2008-07-30", "2010-09-20"),
    );
    assert_findings(&s, 0, &[]);
}

/// Terms may be dated by month, and a term end known only approximately says so.
#[test]
fn a_term_dated_by_month_shows_the_month_and_its_accuracy() {
    let s = SiteTest::new("base");
    s.write(
        "content/council/europe-1.yaml",
        "name: Jane Doe\ncctld: nl\nterms:\n  - seat: europe\n    from: 2009-03\n    to: 2012-03\n    to_accuracy: about\n",
    );
    assert_findings(&s, 0, &[]);
    s.ok(&["build"]);
    let council = s.read("public/council/index.html");
    assert!(
        council.contains("term ends <time datetime=\"2012-03\">on or about March 2012</time>"),
        "{council}"
    );
}
