//! Hostile or broken files get one clear finding each: no panic, no hang, no blow-up.
use crate::harness::{SiteTest, assert_findings};

const NL: &str = "content/members/nl.yaml";

#[test]
fn malformed_yaml_is_y1_with_the_parser_position() {
    let s = SiteTest::new("base");
    s.write(NL, "cctld: nl\ncountry: [Netherlands\nmanager: SIDN\n");
    let (code, lines) = s.findings(&[]);
    assert_eq!(code, 1);
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(
        lines[0].starts_with("content/members/nl.yaml:3:"),
        "{}",
        lines[0]
    );
    assert!(
        lines[0].contains("error[Y1]: invalid YAML: "),
        "{}",
        lines[0]
    );
}

#[test]
fn billion_laughs_is_rejected_at_the_first_anchor() {
    let s = SiteTest::new("base");
    let mut doc = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for (name, prev) in ["b", "c", "d", "e", "f", "g", "h", "i"]
        .iter()
        .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
    {
        doc.push_str(&format!("{name}: &{name} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"));
    }
    s.write(NL, &doc);
    assert_findings(
        &s,
        1,
        &["content/members/nl.yaml:1:4: error[Y1]: anchors are not allowed"],
    );
}

#[test]
fn aliases_tags_and_merge_keys_are_not_allowed() {
    let s = SiteTest::new("base");
    s.write(NL, "cctld: nl\ncountry: !!str Netherlands\n");
    s.write("content/members/no.yaml", "<<: {cctld: no}\n");
    assert_findings(
        &s,
        1,
        &[
            "content/members/nl.yaml:2:10: error[Y1]: tags are not allowed",
            "content/members/no.yaml:1:1: error[Y1]: merge keys are not allowed",
        ],
    );
}

#[test]
fn thousands_of_nesting_levels_are_refused_without_overflow() {
    let s = SiteTest::new("base");
    s.write(NL, &format!("cctld: {}\n", "[".repeat(50_000)));
    let block: String = (0..100).map(|i| format!("{}k:\n", " ".repeat(i))).collect();
    s.write("content/members/no.yaml", &block);
    let (code, lines) = s.findings(&[]);
    assert_eq!(code, 1);
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert!(
        lines[0].starts_with("content/members/nl.yaml:1:")
            && lines[0].contains("error[Y1]: invalid YAML: recursion limit exceeded"),
        "{}",
        lines[0]
    );
    assert_eq!(
        lines[1],
        "content/members/no.yaml:33:33: error[Y1]: nesting deeper than 32 levels"
    );
}

#[test]
fn a_file_over_one_mebibyte_is_refused_unread() {
    let s = SiteTest::new("base");
    let big = format!(
        "---\ntitle: Big\n---\n{}",
        "word ".repeat(1024 * 1024 / 5 + 10)
    );
    s.write("content/pages/big.md", &big);
    assert_findings(
        &s,
        1,
        &["content/pages/big.md:1:1: error[Y1]: the file is larger than 1 MiB"],
    );
}

#[test]
fn a_file_that_is_not_utf8_points_at_the_first_bad_byte() {
    let s = SiteTest::new("base");
    s.write_bytes(NL, b"cctld: nl\ncountry: Nederl\xe4nd\n");
    assert_findings(
        &s,
        1,
        &["content/members/nl.yaml:2:16: error[Y1]: the file is not valid UTF-8"],
    );
}

#[test]
fn an_empty_file_says_so() {
    let s = SiteTest::new("base");
    s.write(NL, "");
    s.write("content/pages/empty.md", "---\n---\n");
    assert_findings(
        &s,
        1,
        &[
            "content/members/nl.yaml:1:1: error[Y1]: the file is empty (expected a mapping of fields)",
            "content/pages/empty.md:1:1: error[Y1]: the file is empty (expected a mapping of fields)",
        ],
    );
}

#[test]
fn a_byte_order_mark_and_crlf_line_ends_are_accepted() {
    let s = SiteTest::new("base");
    s.write(NL, "\u{feff}cctld: nl\r\ncountry: Netherlands\r\nmanager: SIDN\r\nregion: eurpoe\r\nregion_basis: un-statistics\r\njoined: 2004-03-15\r\n");
    assert_findings(
        &s,
        1,
        &[
            "content/members/nl.yaml:4:9: error[M2]: unknown region \"eurpoe\" (expected one of: africa, asia-pacific, europe, latin-america, north-america)",
        ],
    );
}

#[test]
fn cctld_no_is_norway_not_false() {
    // YAML 1.1 readers turn a plain `no` into a boolean; SPEC §1 reads it as the string.
    let s = SiteTest::new("base");
    s.write("content/members/no.yaml", "cctld: no\ncountry: Norway\nmanager: Norid\nregion: africa\nregion_basis: un-statistics\njoined: 2005-06\n");
    assert_findings(
        &s,
        0,
        &[
            "content/members/no.yaml:4:9: warning[M4]: region africa differs from ICANN's region for no (Norway): europe",
        ],
    );
}

#[test]
fn names_differing_only_in_case_cannot_both_be_records() {
    let s = SiteTest::new("base");
    s.write("content/members/Nl.yaml", "cctld: nl\n");
    assert_findings(
        &s,
        1,
        &[
            "content/members/Nl.yaml:1:1: error[F1]: file name does not follow <label>.yaml (lower-case letters, digits and single hyphens)",
        ],
    );
}

#[test]
fn dot_files_are_ignored_outside_static() {
    let s = SiteTest::new("base");
    s.write("content/members/.nl.yaml.swp", "garbage: [");
    s.write("content/.git-keep", "");
    assert_findings(&s, 0, &[]);
}

#[cfg(unix)]
#[test]
fn a_fifo_is_reported_without_being_opened() {
    let s = SiteTest::new("base");
    let fifo = s.path("content/members/fr.yaml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    assert_findings(
        &s,
        1,
        &[
            "content/members/fr.yaml:1:1: error[F1]: not a regular file or folder (a FIFO, socket or device)",
        ],
    );
}

#[test]
fn every_error_of_every_file_is_reported_in_one_run() {
    let s = SiteTest::new("base");
    s.write(NL, "cctld: nl\ncountry: Netherlands\nmanager: SIDN\nregion: eurpoe\nregion_basis: un-statistics\njoined: 2004-03-15\nwebsite: ftp://x\nextra: 1\n");
    s.write(
        "content/pages/about.md",
        "---\ntitle: A\ncolour: red\n---\n<b>x</b>\n",
    );
    let (code, lines) = s.findings(&[]);
    assert_eq!(code, 1);
    assert_eq!(
        lines,
        [
            "content/members/nl.yaml:4:9: error[M2]: unknown region \"eurpoe\" (expected one of: africa, asia-pacific, europe, latin-america, north-america)",
            "content/members/nl.yaml:8:1: error[Y1]: unknown field \"extra\" (expected one of: cctld, country, iso3166, joined, left, left_reason, manager, note, region, region_basis, region_changes, source, unicode, website)",
            "content/pages/about.md:3:1: error[Y1]: unknown field \"colour\" (expected one of: note, source, summary, title, weight)",
            "content/pages/about.md:5:1: error[H1]: raw HTML is not allowed in Markdown",
            "content/pages/about.md:5:5: error[H1]: raw HTML is not allowed in Markdown",
        ]
    );
}

#[test]
fn one_bad_setting_keeps_the_valid_as_of_and_reports_only_itself() {
    // Regression: `news_per_page: 0` discarded `as_of` too, and C5 and G4 followed at
    // the machine's date.
    let s = SiteTest::new("base");
    s.write(
        "content/site.yaml",
        "title: Test ccNSO\nbase_url: https://ccnso.example.org\nas_of: 2011-10-07\nnews_per_page: 0\n",
    );
    assert_findings(
        &s,
        1,
        &[
            "content/site.yaml:4:16: error[Y1]: `news_per_page` must be a whole number from 1 to 10000",
        ],
    );
    s.write(
        "content/site.yaml",
        "title: Test ccNSO\nbase_url: https://ccnso.example.org\nas_of: 2011-10-07\ntheme: Bad_Theme\n",
    );
    assert_findings(
        &s,
        1,
        &[
            "content/site.yaml:4:8: error[Y1]: `theme` must be a theme folder name (lower-case letters, digits and single hyphens), found \"Bad_Theme\"",
        ],
    );
}

#[test]
fn a_malformed_as_of_is_the_only_finding_not_warnings_at_the_machines_date() {
    let s = SiteTest::new("base");
    s.write(
        "content/site.yaml",
        "title: Test ccNSO\nbase_url: https://ccnso.example.org\nas_of: 2011-13-07\n",
    );
    assert_findings(
        &s,
        1,
        &[
            "content/site.yaml:3:8: error[Y1]: invalid date \"2011-13-07\" for `as_of` (expected YYYY-MM-DD)",
        ],
    );
}

#[test]
fn control_characters_and_bidi_overrides_in_values_are_y1() {
    // Regression: U+0001, ESC and U+202E reached pages unchanged.
    let s = SiteTest::new("base");
    s.write(
        "content/members/nl.yaml",
        "cctld: nl\ncountry: \"Nether\\x1blands\"\nmanager: \"SI\\u202eDN\"\nregion: europe\nregion_basis: un-statistics\njoined: 2004-03-15\nwebsite: \"https://sidn.nl/\\u0001\"\n",
    );
    assert_findings(
        &s,
        1,
        &[
            "content/members/nl.yaml:2:10: error[Y1]: `country` contains the control character U+001B (control characters and bidirectional overrides are not allowed in text)",
            "content/members/nl.yaml:3:10: error[Y1]: `manager` contains the control character U+202E (control characters and bidirectional overrides are not allowed in text)",
            "content/members/nl.yaml:7:10: error[Y1]: `website` contains the control character U+0001 (control characters and bidirectional overrides are not allowed in text)",
        ],
    );
}
