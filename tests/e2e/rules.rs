//! One fixture per rule of SPEC §2: the base site with one file broken, and the exact finding.
use crate::harness::{SiteTest, assert_findings};

const NL: &str = "content/members/nl.yaml";

fn member(extra: &str) -> String {
    format!(
        "cctld: nl\ncountry: Netherlands\nmanager: SIDN\nregion: europe\nregion_basis: un-statistics\njoined: 2004-03-15\n{extra}"
    )
}

fn base() -> SiteTest {
    SiteTest::new("base")
}

#[test]
fn base_fixture_checks_clean() {
    assert_findings(&base(), 0, &[]);
}

#[test]
fn y1_unknown_field_names_the_expected_ones() {
    let s = base();
    s.write(NL, &member("regoin: europe\n"));
    assert_findings(
        &s,
        1,
        &[
            "content/members/nl.yaml:7:1: error[Y1]: unknown field \"regoin\" (expected one of: cctld, country, iso3166, joined, left, left_reason, manager, note, region, region_basis, region_changes, source, unicode, website)",
        ],
    );
}

#[test]
fn y1_missing_required_field_points_at_start_of_file() {
    let s = base();
    s.write(NL, "cctld: nl\ncountry: Netherlands\nregion: europe\nregion_basis: un-statistics\njoined: 2004-03-15\n");
    assert_findings(
        &s,
        1,
        &["content/members/nl.yaml:1:1: error[Y1]: missing required field `manager`"],
    );
}

#[test]
fn y1_missing_field_of_a_list_item_points_at_its_first_key() {
    let s = base();
    s.write(
        "content/council/africa-1.yaml",
        "name: A\nterms:\n  - seat: africa\n    to: 2012-03-01\n",
    );
    assert_findings(
        &s,
        1,
        &[
            "content/council/africa-1.yaml:3:5: error[Y1]: missing required field `from`",
            "content/site.yaml:3:8: warning[C5]: 17 of 18 seats held on 2011-10-07; vacant: africa (1)",
        ],
    );
}

#[test]
fn y1_value_outside_the_listed_values() {
    let s = base();
    s.write(NL, &member("left: 2010-01-01\nleft_reason: resigned\n"));
    assert_findings(
        &s,
        1,
        &[
            "content/members/nl.yaml:8:14: error[Y1]: unknown left_reason \"resigned\" (expected one of: resignation, administrative)",
        ],
    );
}

#[test]
fn y1_invalid_date_and_month_only_where_not_allowed() {
    let s = base();
    s.write(
        "content/working-groups/foiwg.md",
        "---\nname: G\nstatus: active\ncreated: 2011-03\n---\nText.\n",
    );
    assert_findings(
        &s,
        1,
        &[
            "content/working-groups/foiwg.md:4:10: error[Y1]: invalid date \"2011-03\" for `created` (expected YYYY-MM-DD)",
        ],
    );
}

#[test]
fn y1_duplicate_key_points_at_the_second() {
    let s = base();
    s.write(NL, &member("country: Nederland\n"));
    assert_findings(
        &s,
        1,
        &["content/members/nl.yaml:7:1: error[Y1]: duplicate key \"country\" (first at line 2)"],
    );
}

#[test]
fn y1_news_date_differs_from_file_name() {
    let s = base();
    s.write(
        "content/news/2011-10-07-launch.md",
        "---\ntitle: Launch\ndate: 2011-10-08\n---\nText.\n",
    );
    assert_findings(
        &s,
        1,
        &[
            "content/news/2011-10-07-launch.md:3:7: error[Y1]: `date` 2011-10-08 differs from the file name's date 2011-10-07",
        ],
    );
}

#[test]
fn y1_front_matter_missing_or_unclosed() {
    let s = base();
    s.write("content/pages/about.md", "title: About\n\nText.\n");
    s.write("content/pages/join.md", "---\ntitle: Join\nText.\n");
    assert_findings(
        &s,
        1,
        &[
            "content/pages/about.md:1:1: error[Y1]: missing front matter: the file must start with a line `---`",
            "content/pages/join.md:1:1: error[Y1]: the front matter is not closed by a line `---`",
        ],
    );
}

#[test]
fn y1_positions_in_front_matter_count_from_the_start_of_the_file() {
    let s = base();
    s.write(
        "content/pages/about.md",
        "---\ntitle: About\nweight: heavy\n---\nText.\n",
    );
    assert_findings(
        &s,
        1,
        &[
            "content/pages/about.md:3:9: error[Y1]: `weight` must be a whole number from -1000000 to 1000000",
        ],
    );
}

#[test]
fn f1_upper_case_and_foreign_file_names() {
    let s = base();
    s.write("content/members/NL.yaml", &member(""));
    s.write("content/pages/About Us.md", "---\ntitle: x\n---\n");
    s.write("content/notes.txt", "x");
    assert_findings(
        &s,
        1,
        &[
            "content/members/NL.yaml:1:1: error[F1]: file name does not follow <label>.yaml (lower-case letters, digits and single hyphens)",
            "content/notes.txt:1:1: error[F1]: unexpected entry in content/ (expected site.yaml, members/, council/, working-groups/, guidelines/, pages/, news/, meetings/, applications/, elections/, votes/ or static/)",
            "content/pages/About Us.md:1:1: error[F1]: file name does not follow <slug>.md (lower-case letters, digits and single hyphens)",
        ],
    );
}

#[test]
fn f1_page_or_static_file_taking_a_generated_url() {
    let s = base();
    s.write(
        "content/pages/council.md",
        "---\ntitle: Council\n---\nText.\n",
    );
    s.write("content/static/index.html", "<p>x</p>");
    s.write("content/static/about/index.html", "<p>x</p>");
    assert_findings(
        &s,
        1,
        &[
            "content/pages/council.md:1:1: error[F1]: /council/ is already generated by the site itself",
            "content/static/about/index.html:1:1: error[F1]: /about/ is already generated by content/pages/about.md",
            "content/static/index.html:1:1: error[F1]: / is already generated by the site itself",
        ],
    );
}

#[cfg(unix)]
#[test]
fn f1_symbolic_link_is_reported_not_followed() {
    let s = base();
    std::os::unix::fs::symlink("/etc/passwd", s.path("content/members/fr.yaml")).unwrap();
    assert_findings(
        &s,
        1,
        &["content/members/fr.yaml:1:1: error[F1]: symbolic links are not allowed in content/"],
    );
}

#[test]
fn m1_label_differs_from_file_name_or_is_not_a_code() {
    let s = base();
    s.write(NL, &member("").replace("cctld: nl", "cctld: NL"));
    s.write(
        "content/members/zz.yaml",
        &member("").replace("cctld: nl", "cctld: zz"),
    );
    assert_findings(
        &s,
        1,
        &[
            "content/members/nl.yaml:1:8: error[M1]: \"NL\" is not an assigned ISO 3166-1 alpha-2 code, ac, eu, uk or an IDN A-label",
            "content/members/nl.yaml:1:8: error[M1]: `cctld` \"NL\" differs from the file name \"nl\"",
            "content/members/zz.yaml:1:8: error[M1]: \"zz\" is not an assigned ISO 3166-1 alpha-2 code, ac, eu, uk or an IDN A-label",
        ],
    );
}

#[test]
fn m1_idn_needs_its_u_label_and_country() {
    let s = base();
    let rf = "content/members/xn--p1ai.yaml";
    s.write(rf, "cctld: xn--p1ai\nunicode: рус\ncountry: Russia\nmanager: CC\nregion: europe\nregion_basis: un-statistics\njoined: 2010-05-12\n");
    s.write(NL, &member("iso3166: nl\n"));
    assert_findings(
        &s,
        1,
        &[
            "content/members/nl.yaml:7:10: error[M1]: `iso3166` is for IDN ccTLDs only (\"nl\" is not an xn-- label)",
            "content/members/xn--p1ai.yaml:1:8: error[M1]: an IDN ccTLD needs `iso3166`: its country's alpha-2 code",
            "content/members/xn--p1ai.yaml:2:10: error[M1]: `unicode` \"рус\" is not the U-label of xn--p1ai (рф)",
        ],
    );
}

#[test]
fn m1_idn_country_must_match_the_built_in_table() {
    let s = base();
    let rf = "content/members/xn--p1ai.yaml";
    s.write(rf, "cctld: xn--p1ai\nunicode: рф\niso3166: ua\ncountry: Russia\nmanager: CC\nregion: europe\nregion_basis: un-statistics\njoined: 2010-05-12\n");
    assert_findings(
        &s,
        1,
        &[
            "content/members/xn--p1ai.yaml:3:10: error[M1]: `iso3166` \"ua\" differs from the built-in IDN table's \"ru\" for xn--p1ai",
        ],
    );
}

#[test]
fn m2_unknown_region_and_change_target() {
    let s = base();
    s.write(NL, &member("").replace("region: europe", "region: eurpoe"));
    s.write("content/members/pf.yaml", "cctld: pf\ncountry: French Polynesia\nmanager: OPT\nregion: europe\nregion_basis: citizenship\njoined: 2007-01\nregion_changes:\n  - requested: 2008-01-10\n    decided: 2008-03-05\n    outcome: approved\n    to: oceania\n");
    assert_findings(
        &s,
        1,
        &[
            "content/members/nl.yaml:4:9: error[M2]: unknown region \"eurpoe\" (expected one of: africa, asia-pacific, europe, latin-america, north-america)",
            "content/members/pf.yaml:11:9: error[M2]: unknown region \"oceania\" (expected one of: africa, asia-pacific, europe, latin-america, north-america)",
        ],
    );
}

#[test]
fn m3_left_before_joined_or_without_reason() {
    let s = base();
    s.write(NL, &member("left: 2003-01\nleft_reason: resignation\n"));
    s.write("content/members/no.yaml", "cctld: no\ncountry: Norway\nmanager: Norid\nregion: europe\nregion_basis: un-statistics\njoined: 2005-06\nleft: 2010-06\n");
    assert_findings(
        &s,
        1,
        &[
            "content/council/europe-1.yaml:4:5: warning[C4]: nl is not a current member of europe on 2009-03-01, when this term starts",
            "content/members/nl.yaml:7:7: error[M3]: `left` (2003-01) is not after `joined` (2004-03-15)",
            "content/members/no.yaml:7:7: error[M3]: `left` needs `left_reason` (resignation or administrative)",
        ],
    );
}

#[test]
fn m4_region_differs_from_icann_and_m5_joined_after_as_of_are_warnings() {
    let s = base();
    s.write(
        NL,
        &member("")
            .replace("region: europe", "region: africa")
            .replace("2004-03-15", "2012-01-01"),
    );
    assert_findings(
        &s,
        0,
        &[
            "content/council/europe-1.yaml:4:5: warning[C4]: nl is not a current member of europe on 2009-03-01, when this term starts",
            "content/members/nl.yaml:4:9: warning[M4]: region africa differs from ICANN's region for nl (Netherlands): europe",
            "content/members/nl.yaml:6:9: warning[M5]: `joined` (2012-01-01) is after as_of (2011-10-07)",
        ],
    );
}

#[test]
fn strict_counts_warnings_as_errors() {
    let s = base();
    s.write(NL, &member("").replace("2004-03-15", "2012-01-01"));
    let (code, lines) = s.findings(&["--strict"]);
    assert_eq!(
        lines,
        [
            "content/council/europe-1.yaml:4:5: error[C4]: nl is not a current member of europe on 2009-03-01, when this term starts",
            "content/members/nl.yaml:6:9: error[M5]: `joined` (2012-01-01) is after as_of (2011-10-07)"
        ]
    );
    assert_eq!(code, 1);
}

fn pf(basis: &str, changes: &str) -> String {
    format!(
        "cctld: pf\ncountry: French Polynesia\nmanager: OPT\nregion: europe\nregion_basis: {basis}\njoined: 2007-01\nregion_changes:\n{changes}"
    )
}

const PF: &str = "content/members/pf.yaml";

#[test]
fn r1_region_change_needs_citizenship_basis() {
    let s = base();
    s.write(PF, &pf("un-statistics", "  - requested: 2008-01-10\n    decided: 2008-03-05\n    outcome: approved\n    to: asia-pacific\n"));
    assert_findings(
        &s,
        1,
        &[
            "content/members/pf.yaml:8:5: error[R1]: a region change requires `region_basis: citizenship` (self-selection is open only to territories assigned by citizenship)",
        ],
    );
}

#[test]
fn r2_request_while_not_a_member() {
    let s = base();
    s.write(PF, &pf("citizenship", "  - requested: 2006-12-31\n    decided: 2008-03-05\n    outcome: approved\n    to: asia-pacific\n"));
    assert_findings(
        &s,
        1,
        &[
            "content/members/pf.yaml:8:16: error[R2]: the change is requested on 2006-12-31, when pf is not a member",
        ],
    );
}

#[test]
fn r3_decision_before_request_and_pending_with_a_decision() {
    let s = base();
    let changes = "  - requested: 2008-01-10\n    decided: 2008-01-09\n    outcome: rejected\n    to: asia-pacific\n  - requested: 2008-02-10\n    decided: 2008-03-05\n    outcome: pending\n    to: asia-pacific\n";
    s.write(PF, &pf("citizenship", changes));
    assert_findings(
        &s,
        1,
        &[
            "content/members/pf.yaml:9:14: error[R3]: `decided` (2008-01-09) precedes `requested` (2008-01-10)",
            "content/members/pf.yaml:14:14: error[R3]: a decided change cannot be pending",
        ],
    );
}

#[test]
fn r4_no_new_request_within_five_years_unless_extraordinary() {
    let s = base();
    let changes = "  - requested: 2008-01-10\n    decided: 2008-03-05\n    outcome: approved\n    to: asia-pacific\n  - requested: 2010-01-10\n    outcome: pending\n    to: europe\n  - requested: 2011-01-10\n    outcome: pending\n    to: europe\n    extraordinary: true\n    reason: The territory's status changed.\n";
    s.write(PF, &pf("citizenship", changes));
    assert_findings(
        &s,
        1,
        &[
            "content/members/pf.yaml:12:16: error[R4]: requested on 2010-01-10, within five years of the change approved on 2008-03-05 (until 2013-03-05); only an extraordinary request with a `reason` is allowed",
        ],
    );
}

#[test]
fn r4_five_years_from_29_february_end_on_28_february() {
    let s = base();
    let changes = "  - requested: 2008-01-10\n    decided: 2008-02-29\n    outcome: approved\n    to: asia-pacific\n  - requested: 2013-02-28\n    outcome: pending\n    to: europe\n  - requested: 2013-02-27\n    outcome: pending\n    to: europe\n";
    s.write(PF, &pf("citizenship", changes));
    assert_findings(
        &s,
        1,
        &[
            "content/members/pf.yaml:15:16: error[R4]: requested on 2013-02-27, within five years of the change approved on 2008-02-29 (until 2013-02-28); only an extraordinary request with a `reason` is allowed",
        ],
    );
}

#[test]
fn r5_change_to_the_region_already_held() {
    let s = base();
    s.write(
        PF,
        &pf(
            "citizenship",
            "  - requested: 2008-01-10\n    outcome: pending\n    to: europe\n",
        ),
    );
    assert_findings(
        &s,
        1,
        &[
            "content/members/pf.yaml:10:9: error[R5]: `to` is europe, already the ccNSO region of pf on 2008-01-10",
        ],
    );
}

fn councillor(name: &str, terms: &str) -> String {
    format!("name: {name}\nterms:\n{terms}")
}

#[test]
fn c1_a_fourth_holder_of_a_seat() {
    let s = base();
    s.write(
        "content/council/extra.yaml",
        &councillor(
            "Extra",
            "  - seat: africa\n    from: 2011-06-01\n    to: 2015-06-01\n",
        ),
    );
    assert_findings(
        &s,
        1,
        &[
            "content/council/extra.yaml:3:5: error[C1]: 4 councillors would hold africa seats on 2011-06-01 (at most 3)",
        ],
    );
}

#[test]
fn c2_reversed_and_overlapping_terms() {
    let s = base();
    s.write(
        "content/council/africa-1.yaml",
        &councillor(
            "A",
            "  - seat: africa\n    from: 2009-03-01\n    to: 2009-03-01\n",
        ),
    );
    s.write("content/council/africa-2.yaml", &councillor("B", "  - seat: africa\n    from: 2010-03-01\n    to: 2013-03-01\n  - seat: nomcom\n    from: 2012-03-01\n"));
    assert_findings(
        &s,
        1,
        &[
            "content/council/africa-1.yaml:5:9: error[C2]: the term ends (2009-03-01) on or before it starts (2009-03-01)",
            "content/council/africa-2.yaml:6:5: error[C2]: this term overlaps the term from 2010-03-01 of the same person",
            "content/site.yaml:3:8: warning[C5]: 17 of 18 seats held on 2011-10-07; vacant: africa (1)",
        ],
    );
}

#[test]
fn c3_role_outside_terms_and_two_chairs() {
    let s = base();
    s.write("content/council/africa-1.yaml", "name: A\nterms:\n  - seat: africa\n    from: 2009-03-01\n    to: 2012-03-01\nroles:\n  - role: vice-chair\n    from: 2009-03-01\n  - role: chair\n    from: 2011-01-01\n    to: 2012-01-01\n");
    assert_findings(
        &s,
        1,
        &[
            "content/council/africa-1.yaml:7:5: error[C3]: the vice-chair role from 2009-03-01 open-ended lies outside A's terms",
            "content/council/africa-1.yaml:9:5: error[C3]: a second chair from 2011-01-01: Jane Doe is chair until 2012-03-01",
        ],
    );
}

#[test]
fn c3_contiguous_terms_count_as_one_span() {
    let s = base();
    s.write("content/council/africa-1.yaml", "name: A\nterms:\n  - seat: africa\n    from: 2006-03-01\n    to: 2009-03-01\n  - seat: africa\n    from: 2009-03-01\n    to: 2012-03-01\nroles:\n  - role: vice-chair\n    from: 2008-03-01\n    to: 2010-03-01\n");
    assert_findings(&s, 0, &[]);
}

#[test]
fn c4_councillor_cctld_not_a_member_of_the_seat_region() {
    let s = base();
    s.write(
        "content/council/africa-1.yaml",
        "name: A\ncctld: nl\nterms:\n  - seat: africa\n    from: 2009-03-01\n    to: 2012-03-01\n",
    );
    assert_findings(
        &s,
        0,
        &[
            "content/council/africa-1.yaml:4:5: warning[C4]: nl is not a current member of africa on 2009-03-01, when this term starts",
        ],
    );
}

#[test]
fn c5_vacant_seats_at_as_of() {
    let s = base();
    s.remove("content/council/asia-pacific-3.yaml")
        .remove("content/council/nomcom-3.yaml");
    assert_findings(
        &s,
        0,
        &[
            "content/site.yaml:3:8: warning[C5]: 16 of 18 seats held on 2011-10-07; vacant: asia-pacific (1), nomcom (1)",
        ],
    );
}

/// A site that states its records are what sources document (`coverage: partial`):
/// a seat without a record is not documented, not known to be vacant.
#[test]
fn c5_is_not_reported_where_the_coverage_is_partial() {
    let s = base();
    s.remove("content/council/nomcom-3.yaml");
    let site = s.read("content/site.yaml");
    s.write("content/site.yaml", &format!("{site}coverage: partial\n"));
    assert_findings(&s, 0, &[]);
}

#[test]
fn c5_points_at_1_1_when_as_of_comes_from_the_command_line() {
    let s = base();
    let (code, lines) = s.findings(&["--as-of", "2020-01-01"]);
    assert_eq!(code, 0);
    assert!(lines.contains(&"content/site.yaml:1:1: warning[C5]: 0 of 18 seats held on 2020-01-01; vacant: africa (3), asia-pacific (3), europe (3), latin-america (3), north-america (3), nomcom (3)".to_string()), "{lines:#?}");
}

#[test]
fn c6_terms_of_one_region_ending_in_the_same_year() {
    let s = base();
    s.write(
        "content/council/europe-2.yaml",
        &councillor(
            "B",
            "  - seat: europe\n    from: 2010-03-01\n    to: 2012-10-01\n",
        ),
    );
    assert_findings(
        &s,
        0,
        &[
            "content/council/europe-2.yaml:5:9: warning[C6]: this europe term and Jane Doe's both end in 2012: terms should be staggered",
        ],
    );
}

#[test]
fn w1_closed_group_without_closing_date_and_active_with_one() {
    let s = base();
    s.write(
        "content/working-groups/foiwg.md",
        "---\nname: G\nstatus: closed\ncreated: 2011-03-16\n---\nText.\n",
    );
    s.write(
        "content/working-groups/jig.md",
        "---\nname: J\nstatus: active\ncreated: 2011-03-16\nclosed: 2011-03-16\n---\nText.\n",
    );
    assert_findings(
        &s,
        1,
        &[
            "content/working-groups/foiwg.md:3:9: error[W1]: a closed group needs `closed` (the date it closed)",
            "content/working-groups/jig.md:5:9: error[W1]: `closed` is given but `status` is active",
        ],
    );
}

#[test]
fn w2_references_that_resolve_to_no_record() {
    let s = base();
    s.write("content/working-groups/foiwg.md", "---\nname: G\nstatus: active\ncreated: 2011-03-16\nchair: keith-davidson\nmembers: [nl, fr]\n---\nText.\n");
    s.write(
        "content/working-groups/jig.md",
        "---\nname: J\nstatus: active\ncreated: 2011-03-16\nchair: Edmon Chung\n---\nText.\n",
    );
    s.write(
        "content/council/africa-1.yaml",
        "name: A\ncctld: ke\nterms:\n  - seat: africa\n    from: 2009-03-01\n    to: 2012-03-01\n",
    );
    assert_findings(
        &s,
        1,
        &[
            "content/council/africa-1.yaml:2:8: error[W2]: no member record \"ke\" (content/members/ke.yaml)",
            "content/working-groups/foiwg.md:5:8: error[W2]: no councillor record \"keith-davidson\" (content/council/keith-davidson.yaml); write a free name with capitals or spaces",
            "content/working-groups/foiwg.md:6:15: error[W2]: no member record \"fr\" (content/members/fr.yaml)",
        ],
    );
}

fn version(v: &str, fields: &str) -> String {
    format!("---\ntitle: T\nversion: {v}\n{fields}---\nText.\n")
}

const GDIR: &str = "content/guidelines/self-selection";

#[test]
fn g1_unquoted_mismatched_and_non_canonical_versions() {
    let s = base();
    s.write(
        &format!("{GDIR}/1.1.md"),
        &version("1.1", "status: draft\ndate: 2011-09-01\n"),
    );
    s.write(
        &format!("{GDIR}/1.2.md"),
        &version("\"1.3\"", "status: draft\ndate: 2011-09-01\n"),
    );
    s.write(
        &format!("{GDIR}/1.00.md"),
        &version("\"1.00\"", "status: draft\ndate: 2011-09-01\n"),
    );
    s.write(
        &format!("{GDIR}/v2.md"),
        &version("\"2\"", "status: draft\ndate: 2011-09-01\n"),
    );
    assert_findings(
        &s,
        1,
        &[
            "content/guidelines/self-selection/1.00.md:3:10: error[G1]: invalid version \"1.00\" (expected dotted numbers without leading zeros, such as 1.1)",
            "content/guidelines/self-selection/1.1.md:3:10: error[G1]: `version` must be quoted (\"1.1\"): other YAML tools read a plain 1.1 as a number",
            "content/guidelines/self-selection/1.2.md:3:10: error[G1]: version \"1.3\" differs from the file name 1.2.md",
            "content/guidelines/self-selection/v2.md:1:1: error[F1]: file name does not follow <version>.md (dotted numbers, such as 1.1.md)",
        ],
    );
}

#[test]
fn g2_adoption_fields_exactly_on_adopted_versions() {
    let s = base();
    s.write(
        &format!("{GDIR}/1.1.md"),
        &version(
            "\"1.1\"",
            "status: draft\ndate: 2011-09-01\nadopted_by: ccNSO Council\n",
        ),
    );
    s.write(
        &format!("{GDIR}/1.0.md"),
        &version(
            "\"1.0\"",
            "status: adopted\ndate: 2011-02-11\nadopted: 2011-03-05\neffective: 2011-03-01\n",
        ),
    );
    assert_findings(
        &s,
        1,
        &[
            "content/guidelines/self-selection/1.0.md:4:9: error[G2]: an adopted version needs `adopted_by`",
            "content/guidelines/self-selection/1.0.md:7:12: error[G2]: `effective` (2011-03-01) is before `adopted` (2011-03-05)",
            "content/guidelines/self-selection/1.1.md:6:13: error[G2]: a draft has no `adopted_by`",
        ],
    );
}

#[test]
fn g3_adoption_dates_increase_with_versions() {
    let s = base();
    s.write(
        &format!("{GDIR}/1.1.md"),
        &version(
            "\"1.1\"",
            "status: adopted\ndate: 2011-01-01\nadopted: 2011-02-01\nadopted_by: ccNSO Council\n",
        ),
    );
    assert_findings(
        &s,
        1,
        &[
            "content/guidelines/self-selection/1.1.md:6:10: error[G3]: version 1.1 is adopted on 2011-02-01, not after version 1.0 (2011-03-05)",
        ],
    );
}

#[test]
fn g4_current_version_older_than_a_year_is_a_warning() {
    let s = base();
    let (code, lines) = s.findings(&["--as-of", "2012-03-06"]);
    assert_eq!(code, 0);
    assert!(lines.contains(&"content/guidelines/self-selection/1.0.md:6:10: warning[G4]: the current version 1.0 was adopted on 2011-03-05, more than a year before 2012-03-06 (guidelines are reviewed annually)".to_string()), "{lines:#?}");
    let (_, lines) = s.findings(&["--as-of", "2012-03-05"]);
    assert!(!lines.iter().any(|l| l.contains("[G4]")), "{lines:#?}");
}

#[test]
fn h1_raw_html_and_comments_in_markdown_with_position() {
    let s = base();
    s.write(
        "content/pages/about.md",
        "---\ntitle: About\n---\nSome <em>text</em>.\n\n<!-- hidden -->\n",
    );
    assert_findings(
        &s,
        1,
        &[
            "content/pages/about.md:4:6: error[H1]: raw HTML is not allowed in Markdown",
            "content/pages/about.md:4:14: error[H1]: raw HTML is not allowed in Markdown",
            "content/pages/about.md:6:1: error[H1]: raw HTML is not allowed in Markdown",
        ],
    );
}

#[test]
fn h2_link_schemes_website_and_source_urls() {
    let s = base();
    s.write("content/pages/about.md", "---\ntitle: About\nsource: ftp://example.org/a\n---\nSee [this](javascript:alert(1)) and ![x](data:image/png;base64,AA).\n");
    s.write(
        NL,
        &member("website: www.sidn.nl\nsource: ccNSO Council resolution 2004-03-15\n"),
    );
    assert_findings(
        &s,
        1,
        &[
            "content/members/nl.yaml:7:10: error[H2]: `website` must be an http or https URL, found \"www.sidn.nl\"",
            "content/pages/about.md:3:9: error[H2]: `source` must be an http or https URL, found \"ftp://example.org/a\"",
            "content/pages/about.md:5:12: error[H2]: link to \"javascript:alert(1)\": only http, https and mailto links are allowed",
            "content/pages/about.md:5:42: error[H2]: link to \"data:image/png;base64,AA\": only http, https and mailto links are allowed",
        ],
    );
}

/// The pages of councillors, meetings, elections and votes are generated URLs too: a
/// static file may not take them.
#[test]
fn f1_a_static_file_taking_a_councillor_or_decision_page() {
    let s = base();
    s.write(
        "content/meetings/5.md",
        "---\nnumber: 5\ndate: 2011-05-10\nkind: call\npresent: []\n---\n",
    );
    s.write("content/static/council/africa-1/index.html", "<p>x</p>");
    s.write("content/static/council/meetings/5/index.html", "<p>x</p>");
    assert_findings(
        &s,
        1,
        &[
            "content/static/council/africa-1/index.html:1:1: error[F1]: /council/africa-1/ is already generated by the site itself",
            "content/static/council/meetings/5/index.html:1:1: error[F1]: /council/meetings/5/ is already generated by the site itself",
        ],
    );
}

#[test]
fn l1_links_a_template_writes_are_checked_once_every_page_is_rendered() {
    let s = base();
    let yaml = s.read("content/site.yaml");
    s.write("content/site.yaml", &format!("{yaml}theme: house\n"));
    // Sound: a page, an anchor of another page's plan (a region), the page's own id.
    // Broken: a missing page, an anchor no page has, an anchor of this page it lacks.
    s.write(
        "themes/house/templates/page.html",
        "{% extends \"base.html\" %}{% block content %}<h1 id=\"top\">{{ page.title }}</h1>\
<a href=\"/members/\">m</a> <a href=\"/council/#europe\">e</a> <a href=\"#top\">t</a> \
<a href=\"/nowhere/\">n</a> <a href=\"/council/#mars\">c</a> <a href=\"#bottom\">b</a>{% endblock content %}",
    );
    // `check` does not render; `build` checks what the templates wrote, and fails.
    let run = s.run(&["build"]).expect(1);
    let found: Vec<&str> = run.stderr.lines().filter(|l| l.contains("[L1]")).collect();
    assert_eq!(
        found,
        [
            "content/pages/about.md:1:1: error[L1]: link to \"#bottom\" resolves to no anchor \"bottom\" on /about/ (in the page /about/, template page.html)",
            "content/pages/about.md:1:1: error[L1]: link to \"/council/#mars\" resolves to no anchor \"mars\" on /council/ (in the page /about/, template page.html)",
            "content/pages/about.md:1:1: error[L1]: link to \"/nowhere/\" resolves to no page or file of the site (in the page /about/, template page.html)",
        ],
        "{}",
        run.stderr
    );
}
