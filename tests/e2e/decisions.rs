//! The Council's decisions (SPEC §6): meetings, resolutions, applications; their rules
//! K1–K7 and P1–P4 with exact positions, and their pages.
use crate::harness::{SiteTest, assert_findings, main_of};

const M11: &str = "content/meetings/11.md";
const M12: &str = "content/meetings/12.md";
const M13: &str = "content/meetings/13.md";
const SE: &str = "content/applications/se-2011-04-20.yaml";

const PRESENT: &str = "[africa-1, africa-2, africa-3, asia-pacific-1, asia-pacific-2, europe-1, europe-2, latin-america-1, nomcom-1, north-america-1]";

fn meeting_11() -> String {
    format!(
        "---\nnumber: 11\ndate: 2011-03-05\nkind: meeting\nplace: San Francisco\npresent: {PRESENT}\napologies: [europe-3]\nresolutions:\n  - id: \"11-01\"\n    title: Adoption of the self-selection procedure\n    acts_on: guidelines/self-selection/1.0\n    text: The Council adopts the procedure.\nactions:\n  - id: \"11-01\"\n    text: Publish the procedure.\n    status: completed\n---\nThe Council met in San Francisco.\n"
    )
}

fn meeting_12() -> &'static str {
    "---\nnumber: 12\ndate: 2011-05-10\nkind: online\nobjections_close: 2011-05-17\nresolutions:\n  - id: \"12-01\"\n    title: Membership application of .se\n    acts_on: applications/se-2011-04-20\n  - id: \"12-02\"\n    title: Membership application of .dk\n    acts_on: applications/dk-2011-04-22\n---\n"
}

fn meeting_13() -> &'static str {
    "---\nnumber: 13\ndate: 2011-06-07\nkind: call\npresent: [africa-1, europe-2, nomcom-3]\nactions:\n  - id: \"13-01\"\n    text: Find a quorum.\n    status: open\n---\n"
}

fn se_application() -> &'static str {
    "cctld: se\nmanager: IIS\nreceived: 2011-04-20\niana_check: 2011-04-25\noutcome: approved\ndecided: 2011-05-10\nresolution: \"12-01\"\n"
}

/// The base fixture with three meetings (a quorate meeting that adopts a guideline, an
/// online decision on two applications, an inquorate call) and three applications
/// (approved, rejected, pending).
fn decisions_site() -> SiteTest {
    let s = SiteTest::new("base");
    s.write(M11, &meeting_11());
    s.write(M12, meeting_12());
    s.write(M13, meeting_13());
    s.write(SE, se_application());
    s.write(
        "content/applications/dk-2011-04-22.yaml",
        "cctld: dk\nmanager: DIFO\nreceived: 2011-04-22\noutcome: rejected\ndecided: 2011-05-10\nresolution: \"12-02\"\n",
    );
    s.write(
        "content/applications/ir-2011-09-23.yaml",
        "cctld: ir\nmanager: IPM\nreceived: 2011-09-23\noutcome: pending\n",
    );
    s.write(
        "content/members/se.yaml",
        "cctld: se\ncountry: Sweden\nmanager: IIS\nregion: europe\nregion_basis: un-statistics\njoined: 2011-05-10\n",
    );
    let v = s.read("content/guidelines/self-selection/1.0.md");
    s.write(
        "content/guidelines/self-selection/1.0.md",
        &v.replace("resolution: \"2011-03-05-02\"", "resolution: \"11-01\""),
    );
    s
}

#[test]
fn the_decisions_fixture_checks_clean() {
    assert_findings(&decisions_site(), 0, &[]);
}

#[test]
fn k1_number_is_the_file_name_and_numbers_increase_with_dates() {
    let s = decisions_site();
    s.write(M13, &meeting_13().replace("number: 13", "number: 14"));
    s.write(
        "content/meetings/9.md",
        "---\nnumber: 9\ndate: 2011-06-01\nkind: call\npresent: []\n---\n",
    );
    assert_findings(
        &s,
        1,
        &[
            "content/meetings/11.md:2:9: error[K1]: meeting 11 is dated 2011-03-05, before meeting 9 (2011-06-01): numbers increase with dates",
            "content/meetings/12.md:2:9: error[K1]: meeting 12 is dated 2011-05-10, before meeting 9 (2011-06-01): numbers increase with dates",
            "content/meetings/13.md:2:9: error[K1]: `number` 14 differs from the file name \"13\"",
            "content/meetings/13.md:7:9: error[K2]: action 13-01 is not of meeting 14",
        ],
    );
}

#[test]
fn k2_ids_are_of_their_meeting_and_numbered_without_gaps() {
    let s = decisions_site();
    s.write(
        M12,
        &meeting_12()
            .replace("\"12-02\"", "\"12-03\"")
            .replace("\"12-01\"", "\"11-01\""),
    );
    s.write(M13, &meeting_13().replace("\"13-01\"", "\"13.1\""));
    assert_findings(
        &s,
        1,
        &[
            "content/applications/dk-2011-04-22.yaml:6:13: error[K5]: no resolution 12-02 in the records of the Council's meetings",
            "content/applications/se-2011-04-20.yaml:7:13: error[K5]: no resolution 12-01 in the records of the Council's meetings",
            "content/meetings/12.md:7:9: error[K2]: resolution 11-01 is not of meeting 12",
            "content/meetings/12.md:10:9: error[K2]: 12-03 is numbered out of order: expected 12-01",
            "content/meetings/13.md:7:9: error[K2]: action id \"13.1\" is not of the form 13-<nn> (\"13-01\")",
        ],
    );
}

#[test]
fn k2_a_split_resolution_counts_once() {
    let s = decisions_site();
    s.write(
        M11,
        &meeting_11().replace(
            "actions:",
            "  - id: \"11-02 A\"\n    title: First part\n  - id: \"11-02 B\"\n    title: Second part\n  - id: \"11-03\"\n    title: Next\nactions:",
        ),
    );
    assert_findings(&s, 0, &[]);
}

#[test]
fn k3_attendance_holds_a_seat_and_is_listed_once() {
    let s = decisions_site();
    s.write(
        M13,
        &meeting_13().replace(
            "present: [africa-1, europe-2, nomcom-3]",
            "present: [africa-1, europe-2, nomcom-3, nobody]\napologies: [africa-1]",
        ),
    );
    s.write(
        "content/meetings/10.md",
        "---\nnumber: 10\ndate: 2009-01-10\nkind: call\npresent: [africa-1]\n---\n",
    );
    assert_findings(
        &s,
        1,
        &[
            "content/meetings/10.md:5:11: error[K3]: africa-1 holds no council seat on 2009-01-10",
            "content/meetings/13.md:5:41: error[K3]: no council record \"nobody\" (content/council/nobody.yaml)",
            "content/meetings/13.md:6:13: error[K3]: africa-1 is listed more than once in `present` and `apologies`",
        ],
    );
}

#[test]
fn k4_a_call_that_resolves_is_quorate_and_an_online_round_closes_after_it_opens() {
    let s = decisions_site();
    s.write(
        M13,
        &meeting_13().replace(
            "actions:",
            "resolutions:\n  - id: \"13-01\"\n    title: Not quorate\nactions:",
        ),
    );
    s.write(M12, &meeting_12().replace("2011-05-17", "2011-05-10"));
    assert_findings(
        &s,
        1,
        &[
            "content/meetings/12.md:5:19: error[K4]: `objections_close` (2011-05-10) is not after `date` (2011-05-10)",
            "content/meetings/13.md:4:7: error[K4]: a call that resolves must be quorate: 3 of 18 seated councillors present, more than half needed (take the decision online instead)",
        ],
    );
}

#[test]
fn k5_a_cited_resolution_is_of_the_decision_date_and_acts_on_the_record() {
    let s = decisions_site();
    s.write(SE, &se_application().replace("\"12-01\"", "\"11-01\""));
    let pf = s.read("content/members/pf.yaml");
    s.write(
        "content/members/pf.yaml",
        &format!("{pf}    resolution: \"12-02\"\n"),
    );
    assert_findings(
        &s,
        1,
        &[
            "content/applications/se-2011-04-20.yaml:7:13: error[K5]: resolution 11-01 is of meeting 11 on 2011-03-05, not of this record's decision date 2011-05-10",
            "content/members/pf.yaml:12:17: error[K5]: resolution 12-02 is of meeting 12 on 2011-05-10, not of this record's decision date 2008-03-05",
        ],
    );
    s.write(SE, &se_application().replace("\"12-01\"", "\"12-02\""));
    s.write("content/members/pf.yaml", &pf);
    assert_findings(
        &s,
        1,
        &[
            "content/applications/se-2011-04-20.yaml:7:13: error[K5]: resolution 12-02 acts on applications/dk-2011-04-22, not on applications/se-2011-04-20",
        ],
    );
}

#[test]
fn k6_acts_on_names_a_record_of_its_day_once() {
    let s = decisions_site();
    s.write(
        M12,
        &meeting_12().replace("applications/dk-2011-04-22", "applications/se-2011-04-20"),
    );
    s.write(
        M11,
        &meeting_11().replace(
            "actions:",
            "  - id: \"11-02\"\n    title: A group\n    acts_on: working-groups/foiwg\n  - id: \"11-03\"\n    title: Nothing\n    acts_on: pages/about\nactions:",
        ),
    );
    assert_findings(
        &s,
        1,
        &[
            "content/applications/dk-2011-04-22.yaml:6:13: error[K5]: resolution 12-02 acts on applications/se-2011-04-20, not on applications/dk-2011-04-22",
            "content/meetings/11.md:15:14: error[K6]: resolution of 2011-03-05 acts on working-groups/foiwg, created 2011-03-16 and not closed that day",
            "content/meetings/11.md:18:14: error[K6]: `acts_on` \"pages/about\" is not applications/<id>, guidelines/<slug>/<version>, working-groups/<slug>, members/<label> or council/<person>",
            "content/meetings/12.md:12:14: error[K6]: applications/se-2011-04-20 is already decided by resolution 12-01",
        ],
    );
}

#[test]
fn k7_a_meeting_after_as_of_is_a_warning() {
    let s = decisions_site();
    s.write(
        "content/meetings/14.md",
        "---\nnumber: 14\ndate: 2011-10-26\nkind: meeting\npresent: []\n---\n",
    );
    assert_findings(
        &s,
        0,
        &[
            "content/meetings/14.md:3:7: warning[K7]: meeting 14 is dated 2011-10-26, after as_of 2011-10-07",
        ],
    );
}

#[test]
fn p1_dates_in_order_and_decided_exactly_when_decided() {
    let s = decisions_site();
    s.write(
        SE,
        &se_application().replace("iana_check: 2011-04-25", "iana_check: 2011-04-19"),
    );
    s.write(
        "content/applications/ir-2011-09-23.yaml",
        "cctld: ir\nmanager: IPM\nreceived: 2011-09-23\noutcome: pending\ndecided: 2011-10-01\n",
    );
    assert_findings(
        &s,
        1,
        &[
            "content/applications/ir-2011-09-23.yaml:4:10: error[P1]: `decided` is given but the application is pending",
            "content/applications/se-2011-04-20.yaml:4:13: error[P1]: `iana_check` (2011-04-19) is before `received` (2011-04-20)",
        ],
    );
}

#[test]
fn p2_an_approved_application_matches_the_member_record() {
    let s = decisions_site();
    let se = s.read("content/members/se.yaml");
    s.write(
        "content/members/se.yaml",
        &se.replace("2011-05-10", "2011-05-11"),
    );
    assert_findings(
        &s,
        1,
        &[
            "content/applications/se-2011-04-20.yaml:6:10: error[P2]: approved on 2011-05-10, but the member record says joined 2011-05-11",
        ],
    );
    s.remove("content/members/se.yaml");
    assert_findings(
        &s,
        1,
        &[
            "content/applications/se-2011-04-20.yaml:6:10: error[P2]: approved on 2011-05-10, but there is no member record content/members/se.yaml",
        ],
    );
}

#[test]
fn p3_a_current_member_does_not_apply() {
    let s = decisions_site();
    s.write(
        "content/applications/nl-2011-01-10.yaml",
        "cctld: nl\nmanager: SIDN\nreceived: 2011-01-10\noutcome: withdrawn\n",
    );
    assert_findings(
        &s,
        1,
        &[
            "content/applications/nl-2011-01-10.yaml:3:11: error[P3]: .nl is already a member on 2011-01-10 (joined 2004-03-15)",
        ],
    );
}

#[test]
fn p4_an_application_pending_for_more_than_90_days_is_a_warning() {
    let s = decisions_site();
    s.write(
        "content/applications/ir-2011-06-01.yaml",
        "cctld: ir\nmanager: IPM\nreceived: 2011-06-01\noutcome: pending\n",
    );
    assert_findings(
        &s,
        0,
        &[
            "content/applications/ir-2011-06-01.yaml:4:10: warning[P4]: pending for 128 days on 2011-10-07 (received 2011-06-01)",
        ],
    );
}

/// The file names and the schema of the new kinds (SPEC §1 treatment).
#[test]
fn decision_files_are_named_and_read_as_the_spec_writes_them() {
    let s = decisions_site();
    s.write("content/meetings/011.md", "---\nnumber: 11\n---\n");
    s.write("content/applications/se.yaml", "cctld: se\n");
    s.write(
        SE,
        &se_application().replace("received: 2011-04-20", "received: 2011-04-21"),
    );
    s.write(
        M13,
        &meeting_13().replace(
            "kind: call\npresent: [africa-1, europe-2, nomcom-3]\n",
            "kind: call\nobjections_close: 2011-06-10\n",
        ),
    );
    assert_findings(
        &s,
        1,
        &[
            "content/applications/se-2011-04-20.yaml:3:11: error[Y1]: `received` (2011-04-21) differs from the date of the file name (2011-04-20)",
            "content/applications/se.yaml:1:1: error[F1]: file name does not follow <label>-<yyyy-mm-dd>.yaml (lower-case letters, digits and single hyphens)",
            "content/meetings/011.md:1:1: error[F1]: file name does not follow <number>.md (the meeting's number, digits without a leading zero)",
            "content/meetings/13.md:1:1: error[Y1]: missing required field `present`",
            "content/meetings/13.md:5:19: error[Y1]: `objections_close` is only for an online decision (this is a call)",
        ],
    );
}

/// The pages of §6 for a fixture with a quorate meeting, an online decision, an
/// inquorate call, and an approved, a rejected and a pending application.
#[test]
fn the_decision_pages_show_meetings_resolutions_and_applications() {
    let s = decisions_site();
    s.ok(&["build"]);
    for (name, file) in [
        ("meetings", "council/meetings/index.html"),
        ("meeting_quorate", "council/meetings/11/index.html"),
        ("meeting_online", "council/meetings/12/index.html"),
        ("meeting_inquorate", "council/meetings/13/index.html"),
        ("resolutions", "council/resolutions/index.html"),
        ("applications", "members/applications/index.html"),
    ] {
        insta::assert_snapshot!(name, main_of(&s.read(&format!("public/{file}"))));
    }
    let m11 = s.read("public/council/meetings/11/index.html");
    assert!(m11.contains("<dt>Quorum</dt><dd>10 of 18 seated councillors present: quorate</dd>"));
    let m13 = s.read("public/council/meetings/13/index.html");
    assert!(m13.contains(
        "3 of 18 seated councillors present: not quorate (more than half must be present)"
    ));
    let history = s.read("public/guidelines/self-selection/index.html");
    assert!(
        history.contains("<a href=\"/council/meetings/11/#11-01\">Resolution 11-01</a>"),
        "{history}"
    );
    let member = s.read("public/members/se/index.html");
    assert!(
        member.contains("<a href=\"/council/meetings/12/#12-01\">Resolution 12-01</a>"),
        "{member}"
    );
    assert_eq!(
        s.read("public/data/resolutions.json"),
        "[\n  {\n    \"id\": \"11-01\",\n    \"meeting\": 11,\n    \"date\": \"2011-03-05\",\n    \"title\": \"Adoption of the self-selection procedure\",\n    \"acts_on\": \"guidelines/self-selection/1.0\"\n  },\n  {\n    \"id\": \"12-01\",\n    \"meeting\": 12,\n    \"date\": \"2011-05-10\",\n    \"title\": \"Membership application of .se\",\n    \"acts_on\": \"applications/se-2011-04-20\"\n  },\n  {\n    \"id\": \"12-02\",\n    \"meeting\": 12,\n    \"date\": \"2011-05-10\",\n    \"title\": \"Membership application of .dk\",\n    \"acts_on\": \"applications/dk-2011-04-22\"\n  }\n]\n"
    );
    let atom = s.read("public/atom.xml");
    assert!(
        atom.contains("<title>Resolution 12-01: Membership application of .se</title>"),
        "{atom}"
    );
}
