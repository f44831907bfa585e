//! `ccpub check` as a user meets it: formats, exit statuses, messages outside the content.
use crate::harness::SiteTest;

#[test]
fn text_report_quotes_the_line_with_a_caret_and_counts() {
    let s = SiteTest::new("base");
    s.write("content/members/nl.yaml", "cctld: nl\ncountry: Netherlands\nmanager: SIDN\nregion: eurpoe\nregion_basis: un-statistics\njoined: 2004-03-15\n");
    let run = s.run(&["check"]);
    let run = run.expect(1);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "content/members/nl.yaml:4:9: error[M2]: unknown region \"eurpoe\" (expected one of: africa, asia-pacific, europe, latin-america, north-america)\n\
         4 | region: eurpoe\n  |         ^\n1 error, 0 warnings\n"
    );
}

#[test]
fn clean_site_prints_only_the_count_line_and_exits_0() {
    let run = SiteTest::new("base").run(&["check"]);
    assert_eq!(
        (run.code, run.stderr.as_str(), run.stdout.as_str()),
        (0, "0 errors, 0 warnings\n", "")
    );
}

#[test]
fn json_format_prints_an_empty_array_for_a_clean_site() {
    let run = SiteTest::new("base").run(&["check", "--format", "json"]);
    assert_eq!(
        (run.code, run.stdout.as_str(), run.stderr.as_str()),
        (0, "[]\n", "")
    );
}

#[test]
fn github_format_prints_workflow_commands() {
    let s = SiteTest::new("base");
    s.write("content/members/nl.yaml", "cctld: nl\ncountry: Netherlands\nmanager: SIDN\nregion: eurpoe\nregion_basis: un-statistics\njoined: 2004-03-15\n");
    let run = s.run(&["check", "--format", "github"]);
    let run = run.expect(1);
    assert_eq!(
        run.stdout,
        "::error file=content/members/nl.yaml,line=4,col=9,title=M2::unknown region \"eurpoe\" (expected one of: africa, asia-pacific, europe, latin-america, north-america)\n"
    );
}

#[test]
fn a_folder_without_site_yaml_is_a_usage_error() {
    let s = SiteTest::new("base");
    s.remove("content/site.yaml");
    let run = s.run(&["check"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: . is not a ccpub site (no content/site.yaml)\n  to start a new site there: ccpub init .\n"
        )
    );
    for command in ["check", "build", "diff"] {
        let args: &[&str] = match command {
            "diff" => &["diff", "no-such-folder", "g", "1", "2"],
            c => &[c, "no-such-folder"],
        };
        let run = s.run(args);
        assert_eq!(
            (run.code, run.stderr.as_str()),
            (
                2,
                "error: no-such-folder is not a ccpub site (no content/site.yaml)\n  to start a new site there: ccpub init no-such-folder\n"
            ),
            "{command}"
        );
    }
}

#[test]
fn a_bad_as_of_flag_is_a_usage_error() {
    let run = SiteTest::new("base").run(&["check", "--as-of", "2011-13-01"]);
    let run = run.expect(2);
    assert!(
        run.stderr
            .contains("invalid date \"2011-13-01\" (expected YYYY-MM-DD)"),
        "{}",
        run.stderr
    );
}

#[test]
fn every_command_has_help() {
    let run = SiteTest::new("base").run(&["check", "--help"]);
    let run = run.expect(0);
    assert!(
        run.stdout.contains("--format <FORMAT>") && run.stdout.contains("--strict"),
        "{}",
        run.stdout
    );
}

/// `ccpub init` writes a site that `check --strict` passes on the day it is written
/// (regression: a guideline "more than a year" old and 17 empty seats failed it), with
/// a record of every kind, and the workflows pinned to this ccpub's revision.
#[test]
fn init_writes_a_site_that_passes_check_strict_on_its_day_with_every_kind_of_record() {
    let s = SiteTest::new("base");
    // Another day than the machine's: the dates follow the day it is written.
    let day = [("SOURCE_DATE_EPOCH", "1893456000")]; // 2030-01-01
    let run = s.run_env(
        &[
            "init",
            "fresh",
            "--ccpub-git",
            "https://example.org/ccpub.git",
        ],
        &day,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.starts_with("created a new site with 20 files in fresh, and workflows that publish it on GitHub Pages\nnext: ccpub check --strict fresh && ccpub serve fresh\n"),
        "{}",
        run.stderr
    );
    let run = s.run_env(&["check", "fresh", "--strict", "--format", "json"], &day);
    assert_eq!((run.code, run.stdout.as_str()), (0, "[]\n"));
    for record in [
        "content/site.yaml",
        "content/members/nl.yaml",
        "content/council/jane-doe.yaml",
        "content/working-groups/example-group.md",
        "content/guidelines/example-guideline/1.0.md",
        "content/pages/about.md",
        "content/news/2029-12-31-welcome.md",
        "content/meetings/1.md",
        "content/applications/be-2029-11-22.yaml",
        "content/elections/board-example.yaml",
        "content/votes/example-amendment.yaml",
    ] {
        assert!(s.path(&format!("fresh/{record}")).is_file(), "{record}");
    }
    let publish = s.read("fresh/.github/workflows/publish.yml");
    let revision = s.ok(&["--version"]).stdout;
    let revision = revision
        .split(['(', ')'])
        .nth(1)
        .unwrap()
        .trim_end_matches("-dirty")
        .to_string();
    assert!(
        publish.contains("\n  CCPUB_GIT: \"https://example.org/ccpub.git\"\n  CCPUB_REV: \""),
        "{publish}"
    );
    assert!(
        publish.contains(&format!("CCPUB_REV: \"{revision}\"")),
        "{publish}"
    );
    let run = s.run_env(&["build", "fresh"], &day);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        s.path("fresh/public/council/meetings/1/index.html")
            .is_file()
    );
    let count = s.run_env(&["count", "board-example", "--site", "fresh"], &day);
    assert!(
        count.stdout.ends_with("Elected: Alex Example\n"),
        "{}",
        count.stdout
    );
    let again = s.run(&["init", "fresh"]);
    assert_eq!(
        (again.code, again.stderr.as_str()),
        (2, "error: fresh is not empty: choose a new folder\n")
    );
}

/// `ccpub --version` names the version and the git revision it was built from (what
/// the workflows `init` writes pin).
#[test]
fn version_names_the_revision_it_was_built_from() {
    let s = SiteTest::new("base");
    let run = s.ok(&["--version"]);
    let head = std::process::Command::new("git")
        .args(["rev-parse", "HEAD"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    let version = concat!("ccpub ", env!("CARGO_PKG_VERSION"), " (");
    assert!(run.stdout.starts_with(version), "{}", run.stdout);
    let revision = run.stdout[version.len()..].trim_end().trim_end_matches(')');
    match head {
        Some(head) => assert!(
            revision == head || revision == format!("{head}-dirty"),
            "{revision} against {head}"
        ),
        None => assert_eq!(revision, "unknown"),
    }
}
