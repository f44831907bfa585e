//! `ccpub changes` on a git repository made by the test.
use crate::harness::SiteTest;
use std::process::Command;

pub fn git(s: &SiteTest, args: &[&str]) {
    let ok = Command::new("git")
        .args([
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.org",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(&s.dir)
        .output()
        .unwrap();
    assert!(
        ok.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&ok.stderr)
    );
}

fn repo() -> SiteTest {
    let s = SiteTest::new("base");
    git(&s, &["init", "-q", "-b", "main"]);
    git(&s, &["add", "-A"]);
    git(&s, &["commit", "-q", "-m", "base"]);
    s
}

/// A join, a resignation, a region change request, a council turnover and a new draft.
fn second_commit(s: &SiteTest) {
    s.write("content/members/fr.yaml", "cctld: fr\ncountry: France\nmanager: AFNIC\nregion: europe\nregion_basis: un-statistics\njoined: 2011-09-01\n");
    s.write("content/members/no.yaml", "cctld: no\ncountry: Norway\nmanager: Norid\nregion: europe\nregion_basis: un-statistics\njoined: 2005-06\nleft: 2011-09-30\nleft_reason: resignation\n");
    let pf = s.read("content/members/pf.yaml");
    s.write(
        "content/members/pf.yaml",
        &format!("{pf}  - requested: 2013-06-01\n    outcome: pending\n    to: europe\n"),
    );
    s.write("content/council/africa-1.yaml", "name: Councillor africa 1\nterms:\n  - seat: africa\n    from: 2009-03-01\n    to: 2011-09-01\n");
    s.write(
        "content/council/ana-diaz.yaml",
        "name: Ana Diaz\nterms:\n  - seat: africa\n    from: 2011-09-01\n    to: 2012-03-01\n",
    );
    s.write("content/guidelines/self-selection/1.2.md", "---\ntitle: Procedures for the Self-Selection of ccNSO Regions\nversion: \"1.2\"\nstatus: draft\ndate: 2011-10-01\n---\nNew text.\n");
    git(s, &["add", "-A"]);
    git(s, &["commit", "-q", "-m", "September"]);
}

#[test]
fn summarises_joins_resignations_region_changes_council_turnover_and_drafts() {
    let s = repo();
    second_commit(&s);
    let run = s.run(&["changes", "HEAD~1", "HEAD"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "Members:\n\
         \x20 - .fr (France) joined on 2011-09-01\n\
         \x20 - .no (Norway) left on 2011-09-30 (resignation)\n\
         \x20 - .pf (French Polynesia): asked on 2013-06-01 to change region to europe (pending)\n\
         Council:\n\
         \x20 - Councillor africa 1: africa term ends on 2011-09-01\n\
         \x20 - Ana Diaz seated on the africa seat from 2011-09-01 to 2012-03-01\n\
         Guidelines:\n\
         \x20 - Procedures for the Self-Selection of ccNSO Regions version 1.2 added (draft)\n"
    );
}

#[test]
fn markdown_format_and_the_working_tree_by_default() {
    let s = repo();
    s.write(
        "content/news/2011-10-08-third.md",
        "---\ntitle: Third\n---\nText.\n",
    );
    s.write(
        "content/pages/about.md",
        "---\ntitle: About the ccNSO\nweight: 1\n---\nChanged.\n",
    );
    let run = s.run(&["changes", "HEAD", "--format", "markdown"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "### Pages\n\n- **About the ccNSO** edited (about)\n\n### News\n\n- **Third** added (2011-10-08-third)\n\n"
    );
    let run = s.run(&["changes", "HEAD", "HEAD"]);
    assert_eq!(run.stdout, "No change in the records.\n");
}

#[test]
fn an_unknown_revision_or_a_folder_outside_git_is_a_usage_error() {
    let s = repo();
    let run = s.run(&["changes", "nosuch"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: no revision \"nosuch\" in the git repository of .\n"
        )
    );
    let plain = SiteTest::new("base");
    let outside = std::env::temp_dir().join(format!("ccpub-no-git-{}", std::process::id()));
    std::fs::create_dir_all(&outside).unwrap();
    let run = plain.run(&["changes", "HEAD", "--site", outside.to_str().unwrap()]);
    let _ = std::fs::remove_dir_all(&outside);
    let run = run.expect(2);
    assert_eq!(
        run.stderr,
        format!("error: {} is not in a git repository\n", outside.display())
    );
}

#[test]
fn the_errors_of_a_revision_whose_records_are_broken_are_reported_not_dropped() {
    let s = repo();
    s.write("content/members/fr.yaml", "cctld: fr\ncountry: France\nmanager: AFNIC\nregion: eurpoe\nregion_basis: un-statistics\njoined: 2011-09-01\n");
    git(&s, &["add", "-A"]);
    git(&s, &["commit", "-q", "-m", "broken"]);
    let run = s.ok(&["changes", "HEAD~1", "HEAD"]);
    assert_eq!(
        run.stdout,
        "No change in the records.\nThe records of HEAD have errors (1 error, 0 warnings); what they are about is left out of this comparison:\n  content/members/fr.yaml:4:9: error[M2]: unknown region \"eurpoe\" (expected one of: africa, asia-pacific, europe, latin-america, north-america)\n"
    );
    let run = s.ok(&["changes", "HEAD~1", "HEAD", "--format", "markdown"]);
    assert_eq!(
        run.stdout,
        "No change in the records.\n\n### Not compared\n\nThe records of HEAD have errors (1 error, 0 warnings); what they are about is left out of this comparison:\n\n- `content/members/fr.yaml:4:9: error[M2]: unknown region \"eurpoe\" (expected one of: africa, asia-pacific, europe, latin-america, north-america)`\n\n"
    );
}

/// Meetings, resolutions and applications in the organisation's terms.
#[test]
fn reports_meetings_resolutions_and_applications() {
    let s = repo();
    s.write(
        "content/applications/ir-2011-09-23.yaml",
        "cctld: ir\nmanager: IPM\nreceived: 2011-09-23\noutcome: pending\n",
    );
    git(&s, &["add", "-A"]);
    git(&s, &["commit", "-q", "-m", "application"]);
    s.write("content/applications/ir-2011-09-23.yaml", "cctld: ir\nmanager: IPM\nreceived: 2011-09-23\noutcome: approved\ndecided: 2011-10-04\nresolution: \"67-01\"\n");
    s.write("content/members/ir.yaml", "cctld: ir\ncountry: Iran\nmanager: IPM\nregion: asia-pacific\nregion_basis: un-statistics\njoined: 2011-10-04\n");
    s.write("content/meetings/67.md", "---\nnumber: 67\ndate: 2011-10-04\nkind: online\nobjections_close: 2011-10-06\nresolutions:\n  - id: \"67-01\"\n    title: Membership application of .ir\n    acts_on: applications/ir-2011-09-23\n---\n");
    let run = s.run(&["changes", "HEAD"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "Members:\n  - .ir (Iran) joined on 2011-10-04\nDecisions:\n  - Council online decision 67 of 2011-10-04 recorded\n  - Resolution 67-01 (2011-10-04) approves the application of .ir: Membership application of .ir\n  - Application of .ir: pending → approved on 2011-10-04\n"
    );
}

/// Elections and votes in the organisation's terms: a call, its nominations, who it
/// elects; a vote and its outcome.
#[test]
fn reports_elections_and_votes() {
    let s = repo();
    s.write("content/elections/board-2011.yaml", "title: Board seat 2011\noffice: board\nelectorate: all\nseats: 1\ncall: 2011-09-15\nnominations_close: 2011-10-01\nnominations:\n  - candidate: Ann\n    date: 2011-09-17\n    by: au\n    seconds: [nl]\n");
    s.write("content/votes/rules-2011.yaml", "title: Rules\nopens: 2011-05-01\ncloses: 2011-05-21\nquorum: 0\nthreshold: 50\nfor: 3\nagainst: 1\n");
    let run = s.run(&["changes", "HEAD"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "Elections and votes:\n  - Board seat 2011: call for nominations of 2011-09-15 recorded\n  - Board seat 2011: Ann nominated\n  - Board seat 2011: Ann elected (unopposed)\n  - Vote \"Rules\" of 2011-05-21: passed\n"
    );
}
