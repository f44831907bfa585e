//! Elections and votes of the members (SPEC §7): the count, the rules, the pages.
//!
//! The Meek count is tested against Droop.py's published `meek-prf` counts of four
//! elections (`../shared/data/stv/`) in `src/blt/published.rs`; the tests here use
//! ballots made for them.
use crate::harness::{SiteTest, assert_findings};

/// `ccpub count FILE.blt` counts a ballot file of OpenSTV and Droop by Meek's method
/// and prints it round by round.
#[test]
fn count_prints_a_ballot_file_round_by_round() {
    let s = SiteTest::new("base");
    s.write(
        "chair.blt",
        "3 1\n4 1 0\n3 2 0\n2 3 2 0\n0\n\"Ann\" \"Bo\" \"Cy\"\n\"Chair 2011\"\n",
    );
    let run = s.run(&["count", "chair.blt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "Chair 2011: 1 seat, 9 ballots, 3 candidates (Meek STV)\n\n\
         Round 1: quota 4.500000001\n  Ann             4.000000000\n  Bo              3.000000000\n  Cy              2.000000000\n  exhausted       0.000000000\n  Cy excluded: fewest votes\n\n\
         Round 2: quota 4.500000001\n  Ann             4.000000000\n  Bo              5.000000000\n  exhausted       0.000000000\n  Bo elected: reached the quota\n\n\
         Round 3: quota 4.500000001\n  Ann             4.000000000\n  Bo              5.000000000\n  exhausted       0.000000000\n  Ann excluded: no seat left\n\n\
         Elected: Bo\n"
    );
    s.write("bad.blt", "3 1\n4 1 4 0\n");
    let run = s.run(&["count", "bad.blt"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: bad.blt: line 2: \"4\" is not a candidate (1 to 3)\n"
        )
    );
}

const AFRICA: &str = "content/elections/africa-2010.yaml";
const BOARD: &str = "content/elections/board-2010.yaml";
const VOTE: &str = "content/votes/amendment-2011.yaml";

fn africa() -> String {
    "title: Council election, Africa, 2010\noffice: council\nelectorate: africa\nseats: 1\ncall: 2010-08-31\nnominations_close: 2010-09-21\nterm_from: 2011-03-01\nmethod: majority\nnominations:\n  - candidate: africa-3\n    date: 2010-09-10\n    by: ke\n    seconds: [gh]\n  - candidate: Jane Roe\n    date: 2010-09-12\n    by: ci\n    seconds: [bf]\nrounds:\n  - closes: 2010-10-20\n    votes: {africa-3: 3, Jane Roe: 1}\n".to_string()
}

fn board() -> String {
    "title: ICANN Board seat, 2010\noffice: board\nelectorate: all\nseats: 2\ncall: 2010-09-15\nnominations_close: 2010-10-01\nmethod: stv\nnominations:\n  - candidate: Ann\n    date: 2010-09-17\n    by: au\n    seconds: [nl]\n  - candidate: Bo\n    date: 2010-09-18\n    by: br\n    seconds: [no]\n  - candidate: Cy\n    date: 2010-09-20\n    by: self\n    seconds: [ca, za]\ncloses: 2010-10-20\nballots:\n  - ranking: [Ann, Bo]\n    count: 4\n  - ranking: [Bo]\n    count: 3\n  - ranking: [Cy, Bo]\n    count: 3\n".to_string()
}

fn vote() -> String {
    "title: Amendment of clause 5.3\nelectorate: all\nopens: 2011-05-01\ncloses: 2011-05-21\nquorum: 50\nthreshold: 66.67\nfor: 8\nagainst: 2\npetition: [au, nl]\noutcome: passed\n".to_string()
}

/// The base fixture with four more African members, a majority council election, an
/// STV board election and a petitioned vote.
fn elections_site() -> SiteTest {
    let s = SiteTest::new("base");
    for (code, country, joined) in [
        ("ke", "Kenya", "2005-01-01"),
        ("gh", "Ghana", "2006-01-01"),
        ("ci", "Côte d'Ivoire", "2007-01-01"),
        ("bf", "Burkina Faso", "2008-01-01"),
    ] {
        s.write(
            &format!("content/members/{code}.yaml"),
            &format!("cctld: {code}\ncountry: {country}\nmanager: M\nregion: africa\nregion_basis: un-statistics\njoined: {joined}\n"),
        );
    }
    s.write(AFRICA, &africa());
    s.write(BOARD, &board());
    s.write(VOTE, &vote());
    s.write(
        "content/votes/amendment-2011.md",
        "---\ntitle: Amendment of clause 5.3\n---\nClause 5.3 is replaced by the following.\n",
    );
    s
}

#[test]
fn the_elections_fixture_checks_clean() {
    assert_findings(&elections_site(), 0, &[]);
}

#[test]
fn e1_nominators_and_seconders_are_members_of_the_electorate() {
    let s = elections_site();
    s.write(
        AFRICA,
        &africa()
            .replace("by: ke\n    seconds: [gh]", "by: nl\n    seconds: [gh, gh]")
            .replace("by: ci\n    seconds: [bf]", "by: xx\n    seconds: [gh]"),
    );
    s.write(
        BOARD,
        &board().replace(
            "by: self\n    seconds: [ca, za]",
            "by: self\n    seconds: [ca]",
        ),
    );
    assert_findings(
        &s,
        1,
        &[
            "content/elections/africa-2010.yaml:10:5: error[E1]: a nomination needs 1 seconder, found 2",
            "content/elections/africa-2010.yaml:12:9: error[E1]: .nl is not in the electorate: its ccNSO region on 2010-08-31 is europe",
            "content/elections/africa-2010.yaml:13:19: error[E1]: .gh nominates or seconds this candidate twice",
            "content/elections/africa-2010.yaml:16:9: error[E1]: no member record \"xx\" (content/members/xx.yaml)",
            "content/elections/africa-2010.yaml:17:15: error[E1]: .gh already seconds another candidate in this election",
            "content/elections/board-2010.yaml:17:5: error[E1]: a self-nomination needs 2 seconders, found 1",
        ],
    );
}

#[test]
fn e2_the_calendar_runs_in_order() {
    let s = elections_site();
    s.write(
        AFRICA,
        &africa()
            .replace("date: 2010-09-12", "date: 2010-09-22")
            .replace(
                "rounds:\n  - closes: 2010-10-20",
                "rounds:\n  - closes: 2010-09-21",
            ),
    );
    s.write(
        BOARD,
        &board().replace(
            "nominations_close: 2010-10-01",
            "nominations_close: 2010-09-15",
        ),
    );
    assert_findings(
        &s,
        1,
        &[
            "content/elections/africa-2010.yaml:15:11: error[E2]: the nomination is dated 2010-09-22, outside the call (2010-08-31 to 2010-09-21)",
            "content/elections/africa-2010.yaml:19:13: error[E2]: the ballot closes on 2010-09-21, not after nominations close (2010-09-21)",
            "content/elections/board-2010.yaml:6:20: error[E2]: `nominations_close` (2010-09-15) is not after `call` (2010-09-15)",
            "content/elections/board-2010.yaml:10:11: error[E2]: the nomination is dated 2010-09-17, outside the call (2010-09-15 to 2010-09-15)",
            "content/elections/board-2010.yaml:14:11: error[E2]: the nomination is dated 2010-09-18, outside the call (2010-09-15 to 2010-09-15)",
            "content/elections/board-2010.yaml:18:11: error[E2]: the nomination is dated 2010-09-20, outside the call (2010-09-15 to 2010-09-15)",
        ],
    );
}

#[test]
fn e3_a_vote_is_held_exactly_when_contested_on_accepted_candidates() {
    let s = elections_site();
    s.write(
        AFRICA,
        &africa().replace(
            "    seconds: [bf]\n",
            "    seconds: [bf]\n    accepted: false\n",
        ),
    );
    s.write(
        BOARD,
        &board()
            .replace("ranking: [Cy, Bo]", "ranking: [Cy, Dee, Cy]")
            .replace("ranking: [Bo]", "ranking: []"),
    );
    assert_findings(
        &s,
        1,
        &[
            "content/elections/africa-2010.yaml:20:3: error[E3]: 1 accepted candidate for 1 seat: elected unopposed, no vote is held",
            "content/elections/africa-2010.yaml:21:26: error[E3]: \"Jane Roe\" is not an accepted candidate of this election",
            "content/elections/board-2010.yaml:25:14: error[E3]: a ranking names at least one candidate",
            "content/elections/board-2010.yaml:27:19: error[E3]: \"Dee\" is not an accepted candidate of this election",
            "content/elections/board-2010.yaml:27:24: error[E3]: the ranking names \"Cy\" twice",
        ],
    );
}

#[test]
fn e4_one_member_one_vote() {
    let s = elections_site();
    s.write(
        AFRICA,
        &africa().replace("{africa-3: 3, Jane Roe: 1}", "{africa-3: 5, Jane Roe: 1}"),
    );
    assert_findings(
        &s,
        1,
        &[
            "content/elections/africa-2010.yaml:19:13: error[E4]: 6 ballots, but the electorate has 5 members on 2010-10-20",
        ],
    );
}

#[test]
fn e5_the_count_fills_every_seat() {
    let s = elections_site();
    // A first round short of the quorum of the electorate elects no one; the second does.
    s.write(
        AFRICA,
        &africa().replace("{africa-3: 3, Jane Roe: 1}", "{africa-3: 1, Jane Roe: 1}"),
    );
    assert_findings(
        &s,
        1,
        &[
            "content/council/africa-3.yaml:3:5: warning[E6]: this africa term from 2011-03-01 belongs to no one elected by africa-2010",
            "content/elections/africa-2010.yaml:19:13: error[E5]: the last round elects no one: a further round is held",
        ],
    );
    s.write(
        AFRICA,
        &africa().replace(
            "{africa-3: 3, Jane Roe: 1}\n",
            "{africa-3: 1, Jane Roe: 1}\n  - closes: 2010-11-10\n    votes: {africa-3: 2, Jane Roe: 1}\n",
        ),
    );
    assert_findings(&s, 0, &[]);
}

#[test]
fn e6_a_council_result_agrees_with_the_terms() {
    let s = elections_site();
    s.write(
        AFRICA,
        &africa().replace("{africa-3: 3, Jane Roe: 1}", "{africa-3: 1, Jane Roe: 3}"),
    );
    assert_findings(
        &s,
        0,
        &[
            "content/council/africa-3.yaml:3:5: warning[E6]: this africa term from 2011-03-01 belongs to no one elected by africa-2010",
        ],
    );
}

#[test]
fn v1_v2_v3_a_vote_is_dated_counted_petitioned_and_decided_as_written() {
    let s = elections_site();
    s.write(
        VOTE,
        &vote()
            .replace("closes: 2011-05-21", "closes: 2011-05-01")
            .replace("for: 8", "for: 12")
            .replace("petition: [au, nl]", "petition: [au, au, cm]"),
    );
    assert_findings(
        &s,
        1,
        &[
            "content/votes/amendment-2011.yaml:4:9: error[V1]: `closes` (2011-05-01) is not after `opens` (2011-05-01)",
            "content/votes/amendment-2011.yaml:7:6: error[V1]: 14 ballots, but the electorate has 12 members on 2011-05-01",
            "content/votes/amendment-2011.yaml:9:11: error[V2]: cm is not a member current on 2011-05-01",
            "content/votes/amendment-2011.yaml:9:11: error[V2]: the petition lists au twice",
        ],
    );
    s.write(
        VOTE,
        &vote()
            .replace("for: 8\nagainst: 2", "for: 6\nagainst: 4")
            .replace("petition: [au, nl]", "petition: [au]"),
    );
    assert_findings(
        &s,
        1,
        &[
            "content/votes/amendment-2011.yaml:9:11: error[V2]: 1 petitioners, fewer than 10% of the 12 members current on 2011-05-01",
            "content/votes/amendment-2011.yaml:10:10: error[V3]: `outcome` is passed, but the vote failed",
        ],
    );
}

/// The pages and data of §7: a majority council election, an STV board election with
/// its count round by round, a vote with its petition and proposal.
#[test]
fn the_election_and_vote_pages_show_nominations_counts_and_outcomes() {
    let s = elections_site();
    s.ok(&["build"]);
    for (name, file) in [
        ("elections", "elections/index.html"),
        ("election_majority", "elections/africa-2010/index.html"),
        ("election_stv", "elections/board-2010/index.html"),
        ("votes", "votes/index.html"),
        ("vote", "votes/amendment-2011/index.html"),
    ] {
        insta::assert_snapshot!(
            name,
            crate::harness::main_of(&s.read(&format!("public/{file}")))
        );
    }
    let json: serde_json::Value =
        serde_json::from_str(&s.read("public/data/elections.json")).unwrap();
    assert_eq!(json[0]["slug"], "africa-2010");
    assert_eq!(json[0]["elected"], serde_json::json!(["africa-3"]));
    assert_eq!(json[0]["turnout"], serde_json::json!([0.8]));
    assert_eq!(json[1]["elected"], serde_json::json!(["Ann", "Bo"]));
    assert_eq!(json[1]["turnout"], serde_json::json!(0.8333));
    let votes: serde_json::Value = serde_json::from_str(&s.read("public/data/votes.json")).unwrap();
    assert_eq!(
        votes[0].to_string(),
        r#"{"slug":"amendment-2011","title":"Amendment of clause 5.3","electorate_id":"all","opens":"2011-05-01","closes":"2011-05-21","quorum":50,"threshold":66.67,"for":8,"against":2,"abstentions":0,"petition":["au","nl"],"source":null,"electorate":12,"turnout":0.8333,"outcome":"passed"}"#
    );
}

/// `ccpub count <election>` prints an election's count from the site's records.
#[test]
fn count_prints_an_election_of_the_site() {
    let s = elections_site();
    let run = s.run(&["count", "africa-2010"]);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (
            0,
            "Council election, Africa, 2010: 1 seat, 2 accepted candidates\n\nRound 1, closed 2010-10-20: 4 ballots of 5 members (quorate)\n  africa-3: 3  elected\n  Jane Roe: 1\n\nElected: africa-3\n"
        )
    );
    let run = s.run(&["count", "board-2010"]);
    assert!(run.stdout.starts_with("ICANN Board seat, 2010: 2 seats, 3 accepted candidates\n\nRound 1: quota 3.333333334\n  Ann"), "{}", run.stdout);
    assert!(
        run.stdout.ends_with("\n\nElected: Ann, Bo\n"),
        "{}",
        run.stdout
    );
    let run = s.run(&["count", "nope"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: no election \"nope\" (elections: africa-2010, board-2010)\n"
        )
    );
}

/// A 100,000-ballot STV election with 30 candidates counts at once (a hang guard, not
/// a benchmark: the count merges ballots by what they still say each round).
#[test]
fn a_hundred_thousand_ballots_count_quickly() {
    let s = SiteTest::new("base");
    let mut blt = String::from("30 7\n");
    let mut seed: u64 = 3;
    for _ in 0..100_000 {
        let mut ranking: Vec<usize> = Vec::new();
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        let len = 1 + (seed >> 33) as usize % 30;
        while ranking.len() < len {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let c = 1 + (seed >> 33) as usize % 30;
            if !ranking.contains(&c) {
                ranking.push(c);
            }
        }
        let line: Vec<String> = ranking.iter().map(|c| c.to_string()).collect();
        blt.push_str(&format!("1 {} 0\n", line.join(" ")));
    }
    blt.push_str("0\n");
    for c in 1..=30 {
        blt.push_str(&format!("\"C{c}\"\n"));
    }
    blt.push_str("\"Load\"\n");
    s.write("load.blt", &blt);
    let run = s.run_within(&["count", "load.blt"], 60);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("Load: 7 seats, 100000 ballots, 30 candidates (Meek STV)\n")
    );
    let elected = run.stdout.lines().last().unwrap();
    assert_eq!(elected.matches(", ").count(), 6, "{elected}");
}

/// Plurality: the seats go to the most votes; a tie for the last seat is E5.
#[test]
fn e5_a_plurality_tie_for_the_last_seat() {
    let s = elections_site();
    let other = "title: Working group seats, 2010\noffice: other\nelectorate: all\nseats: 2\ncall: 2010-09-15\nnominations_close: 2010-10-01\nmethod: plurality\nnominations:\n  - candidate: Ann\n    date: 2010-09-17\n    by: au\n    seconds: [nl]\n  - candidate: Bo\n    date: 2010-09-18\n    by: br\n    seconds: [no]\n  - candidate: Cy\n    date: 2010-09-20\n    by: self\n    seconds: [ca, za]\nrounds:\n  - closes: 2010-10-20\n    votes: {Ann: 5, Bo: 3, Cy: 3}\n";
    s.write("content/elections/wg-2010.yaml", other);
    assert_findings(
        &s,
        1,
        &["content/elections/wg-2010.yaml:22:13: error[E5]: a tie for the last seat: Bo, Cy"],
    );
    s.write(
        "content/elections/wg-2010.yaml",
        &other.replace("Cy: 3}", "Cy: 2}"),
    );
    assert_findings(&s, 0, &[]);
    s.ok(&["build"]);
    let json: serde_json::Value =
        serde_json::from_str(&s.read("public/data/elections.json")).unwrap();
    assert_eq!(json[2]["elected"], serde_json::json!(["Ann", "Bo"]));
}

/// Generated election and vote records, well-formed and not, never make check panic:
/// every run ends with findings (exit 1) or none (exit 0).
#[test]
fn no_election_or_vote_record_makes_check_panic() {
    const PIECES: &[&str] = &[
        "title: T\n",
        "office: council\n",
        "office: board\n",
        "electorate: africa\n",
        "electorate: all\n",
        "seats: 1\n",
        "seats: 3\n",
        "call: 2010-08-31\n",
        "nominations_close: 2010-09-21\n",
        "method: stv\n",
        "method: majority\n",
        "method: plurality\n",
        "nominations:\n",
        "  - candidate: A\n    date: 2010-09-01\n    by: ke\n    seconds: [gh]\n",
        "  - candidate: B\n    by: self\n    seconds: []\n",
        "rounds:\n",
        "  - closes: 2010-10-01\n    votes: {A: 2, B: 9999999}\n",
        "closes: 2010-10-01\n",
        "ballots:\n",
        "  - ranking: [A, B, A]\n    count: 0\n",
        "  - ranking: []\n",
        "undocumented: [result]\n",
        "term_from: 2011-03\n",
        "x: [\n",
        "seats: -1\n",
        "opens: 2011-01-01\n",
        "quorum: 100.5\n",
        "threshold: 66.666\n",
        "for: 3\n",
        "against: 1\n",
        "petition: [au, au]\n",
        "outcome: passed\n",
    ];
    let s = SiteTest::new("base");
    let mut seed: u64 = 11;
    for i in 0..150 {
        let mut text = String::new();
        for _ in 0..12 {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            text.push_str(PIECES[(seed >> 33) as usize % PIECES.len()]);
        }
        let folder = if i % 2 == 0 { "elections" } else { "votes" };
        s.write(&format!("content/{folder}/r{i}.yaml"), &text);
    }
    let run = s.run_within(&["check", "--format", "json"], 60);
    assert!(
        run.code == 0 || run.code == 1,
        "exit {}: {}",
        run.code,
        run.stderr
    );
    assert!(run.stdout.starts_with('['), "{}", run.stderr);
}

/// A councillor's page: terms and roles as exactly as they are known, the elections
/// and the meetings; a councillor file may not take the URL of a page of the site.
#[test]
fn a_councillor_page_names_terms_elections_and_meetings() {
    let s = elections_site();
    s.write(
        "content/meetings/12.md",
        "---\nnumber: 12\ndate: 2011-05-10\nkind: call\npresent: [africa-3]\napologies: [africa-1]\n---\n",
    );
    s.write(
        "content/council/africa-3.yaml",
        "name: Councillor africa 3\nterms:\n  - seat: africa\n    from: 2011-03-01\n    to: 2014-03\n    to_accuracy: about\nroles:\n  - role: vice-chair\n    from: 2011-05-01\n    to: 2011-11-08\n    to_accuracy: not-before\n",
    );
    s.ok(&["build"]);
    let page = crate::harness::main_of(&s.read("public/council/africa-3/index.html")).to_string();
    for expected in [
        "<li><a href=\"/regions/africa/\">Africa</a>: from <time datetime=\"2011-03-01\">1 March 2011</time>; ends <time datetime=\"2014-03\">on or about March 2014</time></li>",
        "<li>vice-chair: from <time datetime=\"2011-05-01\">1 May 2011</time>; ends <time datetime=\"2011-11-08\">not before 8 November 2011</time></li>",
        "<li><a href=\"/elections/africa-2010/\">Council election, Africa, 2010</a>: elected</li>",
        "<li><a href=\"/council/meetings/12/\">Meeting 12 of 10 May 2011</a>: present</li>",
    ] {
        assert!(page.contains(expected), "{expected}\n{page}");
    }
    let meeting = s.read("public/council/meetings/12/index.html");
    assert!(
        meeting.contains(
            "<dt>Apologies</dt><dd><a href=\"/council/africa-1/\">Councillor africa 1</a></dd>"
        ),
        "{meeting}"
    );
    s.write(
        "content/council/meetings.yaml",
        "name: X\nterms:\n  - seat: africa\n    from: 2011-03-01\n",
    );
    assert_findings(
        &s,
        1,
        &[
            "content/council/meetings.yaml:1:1: error[F1]: the file name takes /council/meetings/, a page of the site",
        ],
    );
}
