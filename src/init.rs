//! `ccpub init DIR`: a new site that `ccpub check --strict` passes on the day it is
//! written — one record of every kind, dated relative to that day — and the GitHub
//! Actions workflows that publish it and check its pull requests, pinned to the
//! revision of ccpub that wrote them.
use crate::date::Date;
use anyhow::{Context, bail};
use std::path::Path;

/// Where the workflows fetch ccpub from, and at which revision.
pub struct Pin {
    /// A git repository URL; empty when unknown (the workflows then say to set it).
    pub git: String,
    pub rev: String,
}

impl Pin {
    /// The revision this ccpub was built from, and the repository its build knew
    /// (`git remote get-url origin` at build time, when an http(s) URL), unless given.
    pub fn of_this_build(git: Option<String>) -> Pin {
        let known = env!("CCPUB_SOURCE");
        Pin {
            git: git.unwrap_or_else(|| known.to_string()),
            rev: env!("CCPUB_REVISION")
                .trim_end_matches("-dirty")
                .to_string(),
        }
    }
}

/// What `init` wrote.
pub struct Written {
    pub files: usize,
    /// Said to the user: what the workflows need before they run.
    pub notes: Vec<String>,
}

/// Writes a new site into `dir`, which must be absent or empty, as of `today`.
pub fn init(dir: &Path, today: Date, pin: &Pin) -> anyhow::Result<Written> {
    if dir.exists() {
        let mut entries = std::fs::read_dir(dir)
            .with_context(|| format!("failed to read `{}`", dir.display()))?;
        if entries.next().is_some() {
            bail!("{} is not empty: choose a new folder", dir.display());
        }
    }
    std::fs::create_dir_all(dir)
        .with_context(|| format!("failed to create `{}`", dir.display()))?;
    let files = site_files(today)
        .into_iter()
        .chain(workflow_files(pin))
        .collect::<Vec<_>>();
    for (rel, text) in &files {
        crate::scaffold::write_new(dir, rel, text)?;
    }
    let mut notes = Vec::new();
    if pin.git.is_empty() {
        notes.push("set CCPUB_GIT at the top of .github/workflows/publish.yml and pull-request.yml to the git repository ccpub is installed from (or run init again with --ccpub-git URL)".to_string());
    }
    if env!("CCPUB_REVISION").ends_with("-dirty") || pin.rev == "unknown" {
        notes.push(format!(
            "this ccpub was built from a modified or unknown revision; the workflows install {}: check that it is the one you mean",
            pin.rev
        ));
    }
    Ok(Written {
        files: files.len(),
        notes,
    })
}

/// The two workflows, with the pin written in.
fn workflow_files(pin: &Pin) -> Vec<(String, String)> {
    let fill = |text: &str| {
        text.replace("@CCPUB_GIT@", &pin.git)
            .replace("@CCPUB_REV@", &pin.rev)
    };
    vec![
        (
            ".github/workflows/publish.yml".to_string(),
            fill(include_str!("init/publish.yml")),
        ),
        (
            ".github/workflows/pull-request.yml".to_string(),
            fill(include_str!("init/pull-request.yml")),
        ),
    ]
}

/// The day `n` days before `today`.
fn ago(today: Date, n: i64) -> Date {
    Date::from_days(today.days() - n)
}

/// The records, dated relative to `today` so that every rule holds on that day.
fn site_files(today: Date) -> Vec<(String, String)> {
    let d = |n: i64| ago(today, n).to_string();
    // The day the Council approved the application (the meeting's).
    let applied = ago(today, 30);
    let mut files = vec![
        ("content/site.yaml".to_string(), site_yaml()),
        (".gitignore".to_string(), "/public\n".to_string()),
        ("content/static/.gitkeep".to_string(), String::new()),
        (
            "content/pages/about.md".to_string(),
            "---\ntitle: About\nweight: 1\n---\nWhat the organisation does, in Markdown. See the [members](/members/) and the\n[Council](/council/).\n".to_string(),
        ),
        (
            format!("content/news/{}-welcome.md", d(1)),
            "---\ntitle: Welcome\nsummary: The new site is online.\n---\nThe site publishes the members, the Council, its meetings and decisions, the\nguidelines and the elections, checked against the organisation's rules.\n".to_string(),
        ),
    ];
    for (label, country, manager, site) in MEMBERS {
        let text = format!(
            "# An example member: replace with your own records. One file per ccTLD, named by\n# its label (an IDN by its xn-- A-label).\ncctld: {label}\ncountry: {country}\nmanager: {manager}\nregion: europe\nregion_basis: un-statistics\njoined: {}\nwebsite: {site}\n",
            d(400)
        );
        files.push((format!("content/members/{label}.yaml"), text));
    }
    files.push((
        "content/members/be.yaml".to_string(),
        format!("# Joined through the application in applications/ and the Council's resolution.\ncctld: be\ncountry: Belgium\nmanager: DNS Belgium\nregion: europe\nregion_basis: un-statistics\njoined: {applied}\nwebsite: https://www.dnsbelgium.be\n"),
    ));
    files.extend(decision_files(today));
    files.extend(election_files(today));
    files
}

/// Example members of one region, enough to nominate, second and vote.
const MEMBERS: [(&str, &str, &str, &str); 4] = [
    ("nl", "Netherlands", "SIDN", "https://www.sidn.nl"),
    ("de", "Germany", "DENIC eG", "https://www.denic.de"),
    ("fr", "France", "AFNIC", "https://www.afnic.fr"),
    (
        "se",
        "Sweden",
        "Internetstiftelsen",
        "https://internetstiftelsen.se",
    ),
];

fn site_yaml() -> String {
    "title: My ccNSO site
base_url: https://example.org
language: en
# languages: [en, fr, es, ar, ru, zh]   # the first is the default; see ccpub new translation
news_per_page: 20
# The records are what your sources document, not yet the whole organisation: a
# Council seat without a record reads \"Not documented\" rather than \"Vacant\". Remove
# this line once every seat is recorded.
coverage: partial
# The licence of the open data in /data/ (an SPDX id or a URL): choose yours.
data_licence: CC-BY-4.0
"
    .to_string()
}

/// A councillor, a working group, a guideline adopted at a Council meeting whose
/// resolutions also approve a membership application.
fn decision_files(today: Date) -> Vec<(String, String)> {
    let d = |n: i64| ago(today, n).to_string();
    let meeting = ago(today, 30);
    let term_from = ago(today, 365);
    vec![
        (
            "content/council/jane-doe.yaml".to_string(),
            format!(
                "# One file per councillor, with all their terms (`to` is exclusive).\nname: Jane Doe\ncctld: nl\nterms:\n  - seat: europe\n    from: {term_from}\n    to: {end}\nroles:\n  - role: chair\n    from: {term_from}\n    to: {end}\n",
                end = term_from.add_years(3)
            ),
        ),
        (
            "content/working-groups/example-group.md".to_string(),
            format!(
                "---\nname: Example Working Group\nstatus: active\ncreated: {}\nchair: jane-doe\nmembers: [nl, de]\n---\nThe charter of the group, in Markdown: its purpose, scope and way of working.\n",
                d(200)
            ),
        ),
        (
            "content/guidelines/example-guideline/1.0.md".to_string(),
            format!(
                "---\ntitle: Example Guideline\nversion: \"1.0\"\nstatus: adopted\ndate: {}\nadopted: {meeting}\nadopted_by: ccNSO Council\nresolution: \"1-02\"\nsummary: First version\n---\n## 1. Purpose\n\n1.1. The text of the guideline, with numbered clauses.\n\n## 2. Review\n\n2.1. The Council reviews the guideline every year.\n",
                d(60)
            ),
        ),
        (
            "content/applications/be-".to_string() + &d(40) + ".yaml",
            format!(
                "cctld: be\nmanager: DNS Belgium\nreceived: {}\niana_check: {}\noutcome: approved\ndecided: {meeting}\nresolution: \"1-01\"\n",
                d(40),
                d(35)
            ),
        ),
        (
            "content/meetings/1.md".to_string(),
            format!(
                "---\nnumber: 1\ndate: {meeting}\nkind: call\npresent: [jane-doe]\nresolutions:\n  - id: \"1-01\"\n    title: Membership application of .be\n    acts_on: applications/be-{}\n    text: The Council approves the application of DNS Belgium for .be.\n  - id: \"1-02\"\n    title: Adoption of the Example Guideline\n    acts_on: guidelines/example-guideline/1.0\nactions:\n  - id: \"1-01\"\n    text: Publish the adopted guideline\n    status: completed\n---\nThe minutes of the call, in Markdown.\n",
                d(40)
            ),
        ),
    ]
}

/// A contested election counted by STV, and a vote of the members.
fn election_files(today: Date) -> Vec<(String, String)> {
    let d = |n: i64| ago(today, n).to_string();
    vec![
        (
            "content/elections/board-example.yaml".to_string(),
            format!("# A contested election: two accepted candidates for one seat, counted by STV\n# (`ccpub count board-example` prints the count round by round).\ntitle: Example Board election\noffice: board\nelectorate: all\nseats: 1\ncall: {}\nnominations_close: {}\nmethod: stv\nnominations:\n  - candidate: Alex Example\n    date: {}\n    by: nl\n    seconds: [de]\n  - candidate: Sam Example\n    date: {}\n    by: fr\n    seconds: [se]\ncloses: {}\nballots:\n  - ranking: [Alex Example, Sam Example]\n    count: 3\n  - ranking: [Sam Example]\n    count: 1\n", d(120), d(99), d(110), d(105), d(90)),
        ),
        (
            "content/votes/example-amendment.yaml".to_string(),
            format!("title: Example amendment of the rules\nelectorate: all\nopens: {}\ncloses: {}\nquorum: 50\nthreshold: 66.67\nfor: 3\nagainst: 1\nabstentions: 0\noutcome: passed\n", d(80), d(60)),
        ),
        (
            "content/votes/example-amendment.md".to_string(),
            "---\ntitle: Example amendment of the rules\n---\nThe text of the proposal, in Markdown.\n".to_string(),
        ),
    ]
}
