//! The repository's own `content/` is the bundled ccNSO site.
use std::process::Command;

#[test]
fn bundled_site_checks_with_only_its_two_explained_warnings() {
    // Both warnings are facts of the record, explained in the README: the council's
    // documented terms do not cover 2011-10-07, and the procedure of 2007 was not reviewed.
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
    assert_eq!(rules, [("G4", "warning"), ("C5", "warning")]);
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
