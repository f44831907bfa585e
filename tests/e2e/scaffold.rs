//! `ccpub new`: every kind of record, prefilled, checks clean; refusals are clear.
use crate::harness::SiteTest;

/// 2023-11-14 as "today".
const TODAY: (&str, &str) = ("SOURCE_DATE_EPOCH", "1700000000");

fn new(s: &SiteTest, args: &[&str]) -> crate::harness::Run {
    let mut all = vec!["new"];
    all.extend(args);
    s.run_env(&all, &[TODAY])
}

/// Writes the manager a new record leaves for the secretariat to fill in.
fn fill_in_manager(s: &SiteTest, rel: &str) {
    let text = s.read(rel);
    assert!(text.contains("\nmanager:\n"), "{text}");
    s.write(
        rel,
        &text.replace("\nmanager:\n", "\nmanager: A Registry\n"),
    );
}

fn checks_clean(s: &SiteTest) {
    let run = s.run(&["check", "--format", "json", "--as-of", "2023-11-14"]);
    let errors: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.contains("\"level\": \"error\""))
        .collect();
    assert_eq!((run.code, errors.len()), (0, 0), "{}", run.stdout);
}

#[test]
fn new_member_is_prefilled_from_the_tables() {
    let s = SiteTest::new("base");
    let run = new(&s, &["member", "fr"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (0, "created content/members/fr.yaml\n")
    );
    // Regression: `manager: The France ccTLD manager` passed check and would have been
    // published as a fact. What ccpub cannot know is left for check to ask for.
    assert_eq!(
        s.read("content/members/fr.yaml"),
        "cctld: fr\ncountry: France\n# manager: the organisation that manages the ccTLD, as its source names it (IANA's\n# root zone database, the application); `check` asks for it until it is written.\nmanager:\nregion: europe\n# region_basis: un-statistics, or citizenship for a territory that ICANN assigns\n# to a region by the citizenship of its people (needed to self-select a region).\nregion_basis: un-statistics\njoined: 2023-11-14\n"
    );
    let run = s.run(&["check", "--format", "json", "--as-of", "2023-11-14"]);
    let errors: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.contains("\"message\""))
        .collect();
    assert!(
        run.stdout.contains("\"path\": \"content/members/fr.yaml\",\n    \"line\": 1,\n    \"column\": 1,\n    \"level\": \"error\",\n    \"rule\": \"Y1\",\n    \"message\": \"missing required field `manager`: line 5 has `manager:` with no value; write it there\""),
        "{}",
        run.stdout
    );
    assert_eq!(run.code, 1, "{errors:?}");
    fill_in_manager(&s, "content/members/fr.yaml");
    let run = new(&s, &["member", "xn--90ae", "--joined", "2010-05-01"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let idn = s.read("content/members/xn--90ae.yaml");
    assert!(
        idn.starts_with("cctld: xn--90ae\nunicode: бг\niso3166: bg\ncountry: Bulgaria\n")
            && idn.contains("\nmanager:\n")
            && idn.ends_with("joined: 2010-05-01\n"),
        "{idn}"
    );
    fill_in_manager(&s, "content/members/xn--90ae.yaml");
    checks_clean(&s);
}

#[test]
fn new_member_refuses_unknown_codes_and_existing_files() {
    let s = SiteTest::new("base");
    let run = new(&s, &["member", "zz"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: \"zz\" is not an assigned ISO 3166-1 alpha-2 code, ac, eu, uk or an IDN A-label\n"
        )
    );
    let run = new(&s, &["member", "nl"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (2, "error: content/members/nl.yaml already exists\n")
    );
}

#[test]
fn new_councillor_working_group_news_and_guideline_version_check_clean() {
    let s = SiteTest::new("base");
    assert_eq!(
        new(
            &s,
            &[
                "councillor",
                "jane-roe",
                "--seat",
                "europe",
                "--from",
                "2030-03-01"
            ]
        )
        .code,
        0
    );
    assert_eq!(
        s.read("content/council/jane-roe.yaml"),
        "name: Jane Roe\n# cctld: the member record this councillor comes from (optional)\nterms:\n  - seat: europe\n    from: 2030-03-01\n    to: 2033-03-01\n"
    );
    new(&s, &["working-group", "tech-day"]).expect(0);
    assert!(s.read("content/working-groups/tech-day.md").starts_with(
        "---\nname: Tech Day Working Group\nstatus: active\ncreated: 2023-11-14\n---\n"
    ));
    let run = new(&s, &["news", "council-elected"]);
    assert_eq!(
        run.stderr,
        "created content/news/2023-11-14-council-elected.md\n"
    );
    let run = new(&s, &["guideline-version", "self-selection"]);
    assert_eq!(
        run.stderr,
        "created content/guidelines/self-selection/1.2.md\n"
    );
    let v = s.read("content/guidelines/self-selection/1.2.md");
    assert!(v.starts_with("---\ntitle: Procedures for the Self-Selection of ccNSO Regions\nversion: \"1.2\"\nstatus: draft\ndate: 2023-11-14\nsummary: Draft revision of version 1.1\n---\n## 1. Introduction"), "{v}");
    assert!(v.ends_with("Requests are sent by e-mail.\n"), "{v}");
    checks_clean(&s);
}

#[test]
fn new_refuses_bad_names_and_unknown_guidelines() {
    let s = SiteTest::new("base");
    let run = new(&s, &["guideline-version", "nosuch"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: no guideline \"nosuch\" (content/guidelines/nosuch/)\n"
        )
    );
    let run = new(&s, &["news", "Big News"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: \"Big News\" is not a valid news name (lower-case letters, digits and single hyphens)\n"
        )
    );
    let run = new(&s, &["councillor", "x", "--seat", "asia"]);
    let run = run.expect(2);
    assert!(
        run.stderr.contains("unknown seat \"asia\""),
        "{}",
        run.stderr
    );
}

#[test]
fn new_councillor_refuses_a_term_that_would_end_after_9999() {
    // Regression: `--from 9999-12-31` wrote `to: 10002-12-31`, which check rejects.
    let s = SiteTest::new("base");
    let late = |from: &str| {
        let args = [
            "councillor",
            "late-person",
            "--seat",
            "europe",
            "--from",
            from,
        ];
        new(&s, &args)
    };
    let run = late("9999-12-31");
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: a three-year term from 9999-12-31 would end in 10002, after the last date a record can hold (9999-12-31)\n"
        )
    );
    assert!(!s.path("content/council/late-person.yaml").exists());
    late("9996-12-31").expect(0);
    assert_eq!(
        s.read("content/council/late-person.yaml"),
        "name: Late Person\n# cctld: the member record this councillor comes from (optional)\nterms:\n  - seat: europe\n    from: 9996-12-31\n    to: 9999-12-31\n"
    );
}

/// `new meeting` lists the councillors seated on its date as the attendance to edit
/// and gives the first resolution id; `new application` a pending application.
#[test]
fn new_meeting_and_application_are_prefilled_and_check_clean() {
    let s = SiteTest::new("base");
    s.remove("content/council/africa-3.yaml");
    let run = new(&s, &["meeting", "15", "--date", "2011-02-01"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (0, "created content/meetings/15.md\n")
    );
    assert_eq!(
        s.read("content/meetings/15.md"),
        "---\nnumber: 15\ndate: 2011-02-01\n# meeting, call, or online (a decision on the list: then objections_close instead of present)\nkind: call\n# place: the city of an ICANN meeting\n# The councillors seated on 2011-02-01: move those absent to apologies (or remove them).\npresent: [africa-1, africa-2, asia-pacific-1, asia-pacific-2, europe-1, europe-2, latin-america-1, latin-america-2, nomcom-1, nomcom-2, north-america-1, north-america-2]\napologies: []\n# resolutions:\n#   - id: \"15-01\"\n#     title: The decision, in a few words\n#     acts_on: applications/<label>-<yyyy-mm-dd>\n#     text: The Council approves the application.\nactions: []\n---\nThe minutes, in Markdown.\n"
    );
    let run = new(&s, &["application", "se"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (0, "created content/applications/se-2023-11-14.yaml\n")
    );
    assert!(s
        .read("content/applications/se-2023-11-14.yaml")
        .starts_with("cctld: se\n# manager: the applicant, the organisation that manages the ccTLD of Sweden, as the\n# application names it; `check` asks for it until it is written.\nmanager:\nreceived: 2023-11-14\n"));
    fill_in_manager(&s, "content/applications/se-2023-11-14.yaml");
    checks_clean(&s);
    let run = new(&s, &["application", "zz"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: \"zz\" is not an assigned ISO 3166-1 alpha-2 code, ac, eu, uk or an IDN A-label of the built-in table\n"
        )
    );
    assert_eq!(
        new(&s, &["meeting", "15"]).stderr,
        "error: content/meetings/15.md already exists\n"
    );
}

/// `new election` opens a call for nominations of three weeks; it checks clean.
#[test]
fn new_election_opens_a_call_and_checks_clean() {
    let s = SiteTest::new("base");
    let run = new(
        &s,
        &[
            "election",
            "council-africa-2011",
            "--electorate",
            "africa",
            "--call",
            "2011-08-31",
        ],
    );
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (0, "created content/elections/council-africa-2011.yaml\n")
    );
    let text = s.read("content/elections/council-africa-2011.yaml");
    assert!(text.starts_with("title: Council Africa 2011\n# council (a region's seat), board or other\noffice: council\nelectorate: africa\nseats: 1\ncall: 2011-08-31\nnominations_close: 2011-09-21\n"), "{text}");
    assert!(text.ends_with("nominations: []\n"));
    checks_clean(&s);
    let run = new(&s, &["election", "x", "--electorate", "mars"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: unknown electorate \"mars\" (expected all or one of: africa, asia-pacific, europe, latin-america, north-america)\n"
        )
    );
}

/// A link committed at a new record's place, or a linked folder on the way, must not
/// make `new` write outside the site (a pull request could aim one at `~/.bash_profile`).
#[cfg(unix)]
#[test]
fn new_never_writes_through_a_symbolic_link() {
    use std::os::unix::fs::symlink;
    let s = crate::languages::bilingual_site();
    let name = s.dir.file_name().unwrap().to_string_lossy();
    let outside = s.dir.with_file_name(format!("{name}-outside"));
    let _ = std::fs::remove_dir_all(&outside);
    std::fs::create_dir_all(&outside).unwrap();
    let cases: &[(&[&str], &str)] = &[
        (&["member", "fr"], "content/members/fr.yaml"),
        (
            &["councillor", "jane-doe", "--seat", "europe"],
            "content/council/jane-doe.yaml",
        ),
        (&["news", "hello"], "content/news/2023-11-14-hello.md"),
        (&["working-group", "wg"], "content/working-groups/wg.md"),
        (
            &["application", "se"],
            "content/applications/se-2023-11-14.yaml",
        ),
        (
            &["election", "e", "--electorate", "all"],
            "content/elections/e.yaml",
        ),
        (&["meeting", "9"], "content/meetings/9.md"),
        (
            &["translation", "content/pages/about.md", "ar"],
            "content/pages/about.ar.md",
        ),
    ];
    for (i, (args, rel)) in cases.iter().enumerate() {
        let target = outside.join(format!("target-{i}"));
        std::fs::create_dir_all(s.path(rel).parent().unwrap()).unwrap();
        symlink(&target, s.path(rel)).unwrap();
        let run = new(&s, args);
        assert_eq!(
            (run.code, run.stderr.clone()),
            (
                2,
                format!(
                    "error: refusing to write {rel}: {rel} is a symbolic link or not a folder (ccpub writes only inside the site, never through a link)\n"
                )
            ),
            "{args:?}"
        );
        assert!(!target.exists(), "{args:?} wrote through the link");
        std::fs::remove_file(s.path(rel)).unwrap();
    }
    // A folder on the way that is a link to a folder outside.
    s.remove("content/news");
    symlink(&outside, s.path("content/news")).unwrap();
    let run = new(&s, &["news", "hello"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: refusing to write content/news/2023-11-14-hello.md: content/news is a symbolic link or not a folder (ccpub writes only inside the site, never through a link)\n"
        )
    );
    assert_eq!(std::fs::read_dir(&outside).unwrap().count(), 0);
    std::fs::remove_dir_all(&outside).unwrap();
}

/// Regression: `--call 9999-12-20` wrote `nominations_close: 10000-01-10`, which no
/// record can hold.
#[test]
fn new_election_refuses_a_call_whose_close_would_be_after_9999() {
    let s = SiteTest::new("base");
    let args = [
        "election",
        "late",
        "--electorate",
        "all",
        "--call",
        "9999-12-20",
    ];
    let run = new(&s, &args);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: a call for nominations of three weeks from 9999-12-20 would close in 10000, after the last date a record can hold (9999-12-31)\n"
        )
    );
    assert!(!s.path("content/elections/late.yaml").exists());
}

/// Regression: `new application au` for a current member wrote a file that fails P3.
#[test]
fn new_application_refuses_a_current_member() {
    let s = SiteTest::new("base");
    let run = new(&s, &["application", "au", "--received", "2011-01-05"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: .au is already a member on 2011-01-05 (joined 2004-01-10): an application is for a ccTLD that is not a member\n"
        )
    );
    assert!(!s.path("content/applications/au-2011-01-05.yaml").exists());
    // Before it joined, it may apply.
    new(&s, &["application", "au", "--received", "2003-12-01"]).expect(0);
}
