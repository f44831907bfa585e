//! Inputs that once took time or memory quadratic in their size: each must finish
//! within seconds at its size here (the bound is a hang guard, not a benchmark).
use crate::harness::SiteTest;

/// Front matter of a draft version of the fixture's guideline.
fn draft(version: &str) -> String {
    format!("---\ntitle: T\nversion: \"{version}\"\nstatus: draft\ndate: 2011-02-11\n---\n")
}

#[test]
fn two_versions_whose_thousands_of_paragraphs_all_differ_compare_quickly() {
    // Regression: 8,000 short paragraphs took 34 s, 3,000 of 30 words 110 s.
    let s = SiteTest::new("base");
    let text = |tag: &str, n: usize, words: usize| -> String {
        (0..n)
            .map(|i| {
                (0..words)
                    .map(|w| format!("{tag}{}", (i * 31 + w * 7) % 997))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect::<Vec<_>>()
            .join("\n\n")
    };
    let dir = "content/guidelines/self-selection";
    s.write(
        &format!("{dir}/2.0.md"),
        &(draft("2.0") + &text("a", 8000, 3)),
    );
    s.write(
        &format!("{dir}/2.1.md"),
        &(draft("2.1") + &text("b", 8000, 3)),
    );
    s.write(
        &format!("{dir}/3.0.md"),
        &(draft("3.0") + &text("c", 3000, 30)),
    );
    s.write(
        &format!("{dir}/3.1.md"),
        &(draft("3.1") + &text("d", 3000, 30)),
    );
    let run = s.run_within(&["check", "--drafts"], 60);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (0, "0 errors, 0 warnings\n")
    );
}

#[test]
fn a_hundred_thousand_nested_block_quotes_are_one_h3_finding() {
    // Regression: the sanitiser is quadratic in nesting depth (44 s).
    let s = SiteTest::new("base");
    s.write(
        "content/pages/deep.md",
        &format!("---\ntitle: Deep\n---\n{}x\n", "> ".repeat(100_000)),
    );
    let run = s.run_within(&["check", "--format", "json"], 60).expect(1);
    let found: Vec<serde_json::Value> = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (
            &found[0]["rule"],
            &found[0]["line"],
            &found[0]["column"],
            &found[0]["message"]
        ),
        (
            &serde_json::json!("H3"),
            &serde_json::json!(4),
            &serde_json::json!(65),
            &serde_json::json!("Markdown nested more than 32 levels deep")
        )
    );
}

#[test]
fn a_hundred_thousand_unknown_keys_are_reported_fast_and_the_text_form_says_how_many_more() {
    // Regression: the duplicate-key check and quoting each finding's line were quadratic.
    let s = SiteTest::new("base");
    let keys: String = (0..100_000).map(|i| format!("k{i}: v\n")).collect();
    s.write("content/members/zz.yaml", &keys);
    let run = s.run_within(&["check"], 60);
    let run = run.expect(1);
    // 100,000 unknown fields and the 6 required fields missing, all Y1: 200 shown.
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(
        lines[lines.len() - 2..],
        [
            "content/members/zz.yaml: … and 99806 more [Y1] findings in this file (all are in --format json)",
            "100006 errors, 0 warnings",
        ]
    );
    let run = s.run_within(&["check", "--format", "json"], 60);
    let found: Vec<serde_json::Value> = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(found.len(), 100_006);
}

#[test]
fn four_thousand_councillors_on_one_seat_are_checked_in_little_memory() {
    // Regression: C6 compared every pair of terms (4,000 records used 2.3 GB).
    let s = SiteTest::new("base");
    for i in 0..4000 {
        s.write(
            &format!("content/council/p{i}.yaml"),
            &format!(
                "name: P {i}\nterms:\n  - seat: africa\n    from: 2009-01-{:02}\n    to: 2012-03-01\n",
                1 + i % 28
            ),
        );
    }
    let run = s.run_within(&["check", "--format", "json"], 60);
    let found: Vec<serde_json::Value> = serde_json::from_str(&run.stdout).unwrap();
    let count = |rule: &str| found.iter().filter(|d| d["rule"] == rule).count();
    // The 4,000 terms start before the fixture's three africa terms: all but the first
    // three of the 4,003 make a fourth holder (C1); the 4,000 and the fixture's term
    // ending on the same day in 2012 overlap, and all but the first of them is C6.
    assert_eq!((count("C1"), count("C6")), (4000, 4000));
}

/// A meeting with about as many resolutions as 1 MiB holds, each acting on an application,
/// all cited back: the rules and pages stay near-linear (maps, not scans).
#[test]
fn a_meeting_with_twelve_thousand_resolutions_checks_quickly() {
    let s = SiteTest::new("base");
    let n = 12_000;
    let mut meeting = String::from(
        "---\nnumber: 5\ndate: 2011-05-10\nkind: online\nobjections_close: 2011-05-17\nresolutions:\n",
    );
    for i in 1..=n {
        let app = format!("applications/se-{}", day(i));
        meeting.push_str(&format!(
            "  - id: \"5-{i:02}\"\n    title: R{i}\n    acts_on: {app}\n"
        ));
    }
    meeting.push_str("---\n");
    assert!(meeting.len() < 1024 * 1024, "{}", meeting.len());
    s.write("content/meetings/5.md", &meeting);
    for i in (1..=n).step_by(10) {
        s.write(
            &format!("content/applications/se-{}.yaml", day(i)),
            &format!("cctld: se\nmanager: IIS\nreceived: {}\noutcome: rejected\ndecided: 2011-05-10\nresolution: \"5-{i:02}\"\n", day(i)),
        );
    }
    let run = s.run_within(&["check", "--format", "json"], 60);
    // Resolutions acting on the 10,800 applications without a file are K6 findings.
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout.matches("\"rule\": \"K6\"").count(), n - n / 10);
    assert_eq!(run.stdout.matches("\"rule\": \"K5\"").count(), 0);
}

/// A distinct date for each application, from 1911 on (28 days a month).
fn day(i: usize) -> String {
    let (year, rest) = (1911 + i / 336, i % 336);
    format!("{year}-{:02}-{:02}", rest / 28 + 1, rest % 28 + 1)
}
