//! Elections and votes of the members (SPEC §7): the count, the rules, the pages.
use crate::harness::SiteTest;

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
         Round 1: quota 4.500000001\n  Ann             4.000000000\n  Bo              3.000000000\n  Cy              2.000000000\n  exhausted       0.000000000\n  excluded: Cy (fewest votes)\n\n\
         Round 2: quota 4.500000001\n  Ann             4.000000000\n  Bo              5.000000000\n  exhausted       0.000000000\n  elected: Bo (reached the quota)\n\n\
         Round 3: quota 4.500000001\n  Ann             4.000000000\n  Bo              5.000000000\n  exhausted       0.000000000\n  excluded: Ann (no seat left)\n\n\
         Elected: Bo\n"
    );
    s.write("bad.blt", "3 1\n4 1 4 0\n");
    let run = s.run(&["count", "bad.blt"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: bad.blt: line 2: candidate 4 is unknown or ranked twice\n"
        )
    );
}
