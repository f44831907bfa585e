//! Content findings (`Diagnostic`) and their printing as text, JSON or GitHub annotations.
use serde::Serialize;
use std::fmt::Write as _;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
}

/// Every rule: its id, its level and what it asks, in one list from which the enum,
/// `Rule::ALL`, `id`, `level` and `summary` are made (`ccpub rules` prints the list;
/// the reference in `docs/rules.md` is checked against it).
macro_rules! rules {
    ($($id:ident => $level:ident, $summary:literal;)+) => {
        /// The id of a rule of SPEC §2 (H3 is an extension: Markdown nesting).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Rule {
            $($id,)+
        }

        impl Rule {
            /// Every rule, in SPEC order.
            pub const ALL: &'static [Rule] = &[$(Rule::$id,)+];

            /// The id as SPEC §2 writes it: `M2`.
            pub fn id(self) -> &'static str {
                match self {
                    $(Rule::$id => stringify!($id),)+
                }
            }

            /// The level of its findings (`--strict` counts warnings as errors).
            pub fn level(self) -> Level {
                match self {
                    $(Rule::$id => Level::$level,)+
                }
            }

            /// What the rule asks, in a line.
            pub fn summary(self) -> &'static str {
                match self {
                    $(Rule::$id => $summary,)+
                }
            }
        }
    };
}

rules! {
    Y1 => Error, "the file is UTF-8, at most 1 MiB, valid YAML or front matter of its record kind: no duplicate keys, unknown fields, anchors, aliases, tags or merge keys; required fields present; values of the right type and within their listed values; dates as records write them";
    F1 => Error, "file and folder names follow the layout; no record takes a URL another record, a static file or the site generates; every entry is a regular file or folder (no link, FIFO or device) and readable";
    M1 => Error, "a member's `cctld` equals its file name and is an assigned ISO 3166-1 code, ac, eu, uk or a valid IDN A-label; an IDN has its `unicode` U-label and `iso3166` country (and only an IDN has them)";
    M2 => Error, "`region` and every region change's `to` is one of the five regions";
    M3 => Error, "`left` is after `joined` and comes with `left_reason`";
    M4 => Warning, "`region` differs from ICANN's region for the code (for an IDN, for `iso3166`)";
    M5 => Warning, "`joined` is after `as_of`";
    R1 => Error, "a region change needs `region_basis: citizenship`";
    R2 => Error, "a region change is requested by a member: the ccTLD is current on `requested`";
    R3 => Error, "`decided` is on or after `requested`; `outcome: pending` exactly when `decided` is absent";
    R4 => Error, "no request within five years of an approved change's decision, unless `extraordinary: true` with a `reason`";
    R5 => Error, "`to` differs from the member's ccNSO region when the change is requested";
    C1 => Error, "at any date, at most 3 councillors hold each region's seats and at most 3 the NomCom seats (18 in all)";
    C2 => Error, "one person's terms do not overlap; a term's `to` is after its `from`";
    C3 => Error, "a role lies within that person's terms; at most one chair at any date";
    C4 => Warning, "a regional councillor's `cctld` is not a current member of that seat's region when the term starts";
    C5 => Warning, "at `as_of`, fewer than 18 seats are held (one finding, naming the vacant seats); not reported where site.yaml says `coverage: partial`";
    C6 => Warning, "two terms of one region held at the same time end in the same year (terms should be staggered)";
    W1 => Error, "a working group has `closed` exactly when `status: closed`, after `created`";
    W2 => Error, "a group's `members`, a `chair` written as an id, and a councillor's `cctld` name existing records";
    G1 => Error, "a guideline version's `version` equals its file name and is dotted numbers without leading zeros";
    G2 => Error, "`adopted` and `adopted_by` are given exactly when `status: adopted`; `effective` is not before `adopted`";
    G3 => Error, "adoption dates increase with version numbers";
    G4 => Warning, "the current version was adopted more than a year before `as_of` (guidelines are reviewed annually)";
    H1 => Error, "raw HTML (comments too) in Markdown";
    H2 => Error, "a link or image URL with a scheme other than http, https or mailto; `website` and a linked `source` are http(s)";
    H3 => Error, "Markdown nested more than 32 levels deep (block quotes, lists, emphasis)";
    L1 => Error, "an internal link that resolves to no page, anchor or static file of the build";
    K1 => Error, "a meeting's `number` equals its file name; numbers increase with dates";
    K2 => Error, "resolution and action ids are `<number>-<nn>` of their own meeting, numbered from 01 without gaps";
    K3 => Error, "everyone in `present` and `apologies` holds a Council seat on the meeting's date, once";
    K4 => Error, "a meeting or call with resolutions is quorate; `objections_close` is after `date`";
    K5 => Error, "a `resolution` written as an id names a resolution of the record's decision date that acts on the record";
    K6 => Error, "`acts_on` names an existing record of a kind a resolution may act on, on the right date; one resolution per application";
    K7 => Warning, "a meeting is dated after `as_of`";
    P1 => Error, "an application's `received` ≤ `iana_check` ≤ `decided`; `decided` exactly when approved or rejected";
    P2 => Error, "an approved application has a member record that joined on its `decided` date";
    P3 => Error, "the applicant is not a current member on `received`";
    P4 => Warning, "an application has been pending for more than 90 days on `as_of`";
    E1 => Error, "nominators and seconders are distinct members of the electorate that joined before the call; each member seconds one candidate";
    E2 => Error, "`call` < `nominations_close`; nominations within them; ballots close after nominations, rounds in order";
    E3 => Error, "a vote is held exactly when more candidates accepted than seats, with accepted candidates only; a Council election has a region's electorate and one seat";
    E4 => Error, "one member, one vote: a round's or ballot's votes do not exceed the electorate";
    E5 => Error, "the count fills every seat (no round after an electing one, the last round elects, no tie for the last seat)";
    E6 => Warning, "a Council election's elected candidates and the Council's terms from `term_from` agree";
    V1 => Error, "a vote's `opens` < `closes`; its ballots do not exceed the electorate";
    V2 => Error, "a petition lists distinct current members, at least 10% of the members";
    V3 => Error, "a written `outcome` is the computed one";
    T1 => Error, "a translation's language is another language of the site and its original is a text that may be translated";
    T2 => Warning, "a translation is out of date: its `translates` is not the original's current hash";
    T3 => Error, "`translates` is 12 lower-case hex digits";
    T4 => Warning, "a word of a site's own theme is missing in a language";
}

/// Every rule, a line each: `M2  error    region and every to is one of …`.
pub fn rules_text() -> String {
    Rule::ALL
        .iter()
        .map(|r| {
            format!(
                "{:<3} {:<8} {}\n",
                r.id(),
                level_word(r.level()),
                r.summary()
            )
        })
        .collect()
}

/// Every rule as a Markdown table (the one in `docs/rules.md`).
pub fn rules_markdown() -> String {
    let mut out = String::from("| id | level | rule |\n|---|---|---|\n");
    for r in Rule::ALL {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            r.id(),
            level_word(r.level()),
            r.summary()
        );
    }
    out
}

fn level_word(level: Level) -> &'static str {
    match level {
        Level::Error => "error",
        Level::Warning => "warning",
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

impl Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// A position in a file: line and column count from 1, columns in characters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

impl Pos {
    pub const START: Pos = Pos { line: 1, col: 1 };
}

/// One finding about the content, tied to a file (relative to SITE) and a position.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub path: String,
    pub line: u32,
    pub column: u32,
    pub level: Level,
    pub rule: Rule,
    pub message: String,
}

impl Diagnostic {
    pub fn new(level: Level, rule: Rule, path: &str, pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.to_string(),
            line: pos.line,
            column: pos.col,
            level,
            rule,
            message: message.into(),
        }
    }

    fn sort_key(&self) -> (&str, u32, u32, &str, &str) {
        (
            &self.path,
            self.line,
            self.column,
            self.rule.id(),
            &self.message,
        )
    }
}

/// A run's findings, collected from every step.
#[derive(Clone, Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn error(&mut self, rule: Rule, path: &str, pos: Pos, message: impl Into<String>) {
        debug_assert_eq!(rule.level(), Level::Error, "{rule} is a warning");
        self.items
            .push(Diagnostic::new(Level::Error, rule, path, pos, message));
    }

    pub fn warning(&mut self, rule: Rule, path: &str, pos: Pos, message: impl Into<String>) {
        debug_assert_eq!(rule.level(), Level::Warning, "{rule} is an error");
        self.items
            .push(Diagnostic::new(Level::Warning, rule, path, pos, message));
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    /// Sorted by path and position, duplicates removed; with `strict`, warnings become errors.
    pub fn finish(mut self, strict: bool) -> Vec<Diagnostic> {
        if strict {
            self.items.iter_mut().for_each(|d| d.level = Level::Error);
        }
        self.items.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        self.items.dedup();
        self.items
    }
}

/// How many findings of one rule in one file the text report prints; it then says how
/// many more there are (the JSON report keeps them all).
pub const MAX_SHOWN: usize = 200;

/// The compiler-style report: each finding with its source line and a caret, then the count line.
/// `source` gives a file's text by its path (for the quoted line), if it can be read.
/// Past `MAX_SHOWN` findings of one rule in one file, one line says how many more there are.
pub fn render_text(diags: &[Diagnostic], source: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::new();
    let mut file: Option<(String, Option<Lines>)> = None;
    let mut shown: std::collections::HashMap<Rule, usize> = std::collections::HashMap::new();
    for (i, d) in diags.iter().enumerate() {
        if file.as_ref().is_none_or(|(p, _)| *p != d.path) {
            file = Some((d.path.clone(), source(&d.path).map(Lines::new)));
            report_hidden(&mut out, &diags[..i], &shown);
            shown.clear();
        }
        let n = shown.entry(d.rule).or_default();
        *n += 1;
        if *n > MAX_SHOWN {
            continue;
        }
        let level = match d.level {
            Level::Error => "error",
            Level::Warning => "warning",
        };
        writeln!(
            out,
            "{}:{}:{}: {level}[{}]: {}",
            d.path, d.line, d.column, d.rule, d.message
        )
        .unwrap();
        if let Some(lines) = file.as_ref().and_then(|(_, t)| t.as_ref()) {
            quote_line(&mut out, lines.get(d.line), d.line, d.column);
        }
    }
    report_hidden(&mut out, diags, &shown);
    out.push_str(&count_line(diags));
    out.push('\n');
    out
}

/// `… and 99800 more [Y1] findings in content/members/nl.yaml` for each rule of the
/// file just reported (the last of `done`) that had more than `MAX_SHOWN`.
fn report_hidden(
    out: &mut String,
    done: &[Diagnostic],
    shown: &std::collections::HashMap<Rule, usize>,
) {
    let Some(path) = done.last().map(|d| d.path.as_str()) else {
        return;
    };
    let mut over: Vec<(Rule, usize)> = shown
        .iter()
        .filter(|(_, n)| **n > MAX_SHOWN)
        .map(|(rule, n)| (*rule, n - MAX_SHOWN))
        .collect();
    over.sort_by_key(|(rule, _)| rule.id());
    for (rule, more) in over {
        writeln!(
            out,
            "{path}: … and {more} more [{rule}] findings in this file (all are in --format json)"
        )
        .unwrap();
    }
}

/// A file's lines, found once (quoting a line must not scan the file again).
struct Lines {
    text: String,
    starts: Vec<usize>,
}

impl Lines {
    fn new(text: String) -> Lines {
        let body = usize::from(text.starts_with('\u{feff}')) * '\u{feff}'.len_utf8();
        let mut starts = vec![body];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { text, starts }
    }

    /// Line `n` (from 1), without its line end.
    fn get(&self, n: u32) -> Option<&str> {
        let i = (n as usize).checked_sub(1)?;
        let start = *self.starts.get(i)?;
        let end = self.starts.get(i + 1).map_or(self.text.len(), |e| e - 1);
        let line = &self.text[start..end.max(start)];
        Some(line.strip_suffix('\r').unwrap_or(line))
    }
}

/// `2 errors, 1 warning`.
pub fn count_line(diags: &[Diagnostic]) -> String {
    let errors = diags.iter().filter(|d| d.level == Level::Error).count();
    let warnings = diags.len() - errors;
    format!(
        "{} {}, {} {}",
        errors,
        plural(errors, "error"),
        warnings,
        plural(warnings, "warning")
    )
}

/// A JSON array of `{path, line, column, level, rule, message}`.
pub fn render_json(diags: &[Diagnostic]) -> String {
    let mut s = serde_json::to_string_pretty(diags).expect("diagnostics serialise");
    s.push('\n');
    s
}

/// GitHub Actions workflow commands, one per finding.
pub fn render_github(diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diags {
        let kind = if d.level == Level::Error {
            "error"
        } else {
            "warning"
        };
        let esc = |s: &str| {
            s.replace('%', "%25")
                .replace('\r', "%0D")
                .replace('\n', "%0A")
        };
        let prop = |s: &str| esc(s).replace(':', "%3A").replace(',', "%2C");
        writeln!(
            out,
            "::{kind} file={},line={},col={},title={}::{}",
            prop(&d.path),
            d.line,
            d.column,
            d.rule,
            esc(&d.message)
        )
        .unwrap();
    }
    out
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        word.to_string()
    } else {
        format!("{word}s")
    }
}

/// The widest source line quoted; a longer one is cut around the column.
const QUOTE_WIDTH: usize = 100;

fn quote_line(out: &mut String, src: Option<&str>, line: u32, col: u32) {
    let Some(src) = src else {
        return;
    };
    if src.trim().is_empty() {
        return;
    }
    let chars: Vec<char> = src
        .chars()
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect();
    let col = col.saturating_sub(1) as usize;
    let (from, to) = if chars.len() <= QUOTE_WIDTH {
        (0, chars.len())
    } else {
        let from = col
            .saturating_sub(QUOTE_WIDTH / 2)
            .min(chars.len().saturating_sub(QUOTE_WIDTH));
        (from, (from + QUOTE_WIDTH).min(chars.len()))
    };
    let mut shown: String = chars[from..to].iter().collect();
    let mut caret = col.saturating_sub(from);
    if from > 0 {
        shown.insert(0, '…');
        caret += 1;
    }
    if to < chars.len() {
        shown.push('…');
    }
    let gutter = line.to_string();
    let pad = " ".repeat(gutter.len());
    writeln!(out, "{gutter} | {shown}").unwrap();
    writeln!(out, "{pad} | {}^", " ".repeat(caret)).unwrap();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_finding_with_quoted_line_caret_and_count() {
        let mut d = Diagnostics::default();
        d.error(
            Rule::M2,
            "content/members/nl.yaml",
            Pos { line: 2, col: 9 },
            "unknown region \"eurpoe\"",
        );
        d.warning(
            Rule::M5,
            "content/members/nl.yaml",
            Pos { line: 1, col: 1 },
            "late",
        );
        let text = render_text(&d.finish(false), |_| {
            Some("cctld: nl\nregion: eurpoe\n".into())
        });
        assert_eq!(
            text,
            "content/members/nl.yaml:1:1: warning[M5]: late\n1 | cctld: nl\n  | ^\n\
             content/members/nl.yaml:2:9: error[M2]: unknown region \"eurpoe\"\n2 | region: eurpoe\n  |         ^\n\
             1 error, 1 warning\n"
        );
    }

    #[test]
    fn strict_turns_warnings_into_errors() {
        let mut d = Diagnostics::default();
        d.warning(Rule::C5, "content/site.yaml", Pos::START, "few seats");
        assert_eq!(count_line(&d.finish(true)), "1 error, 0 warnings");
    }

    #[test]
    fn github_format_escapes_properties() {
        let d = vec![Diagnostic::new(
            Level::Error,
            Rule::M2,
            "a,b.yaml",
            Pos { line: 3, col: 4 },
            "50% bad\nx",
        )];
        assert_eq!(
            render_github(&d),
            "::error file=a%2Cb.yaml,line=3,col=4,title=M2::50%25 bad%0Ax\n"
        );
    }

    #[test]
    fn a_long_line_is_quoted_around_its_column() {
        let line = format!("{}X{}", "a".repeat(300), "b".repeat(300));
        let d = vec![Diagnostic::new(
            Level::Error,
            Rule::H3,
            "p.md",
            Pos { line: 1, col: 301 },
            "deep",
        )];
        let text = render_text(&d, |_| Some(line.clone()));
        let expected = format!(
            "p.md:1:301: error[H3]: deep\n1 | …{}X{}…\n  | {}^\n1 error, 0 warnings\n",
            "a".repeat(50),
            "b".repeat(49),
            " ".repeat(51)
        );
        assert_eq!(text, expected);
    }

    #[test]
    fn past_the_limit_one_line_says_how_many_more_findings_a_rule_has() {
        let mut d = Diagnostics::default();
        for i in 1..=(MAX_SHOWN as u32 + 5) {
            d.error(Rule::Y1, "a.yaml", Pos { line: i, col: 1 }, "unknown field");
        }
        d.error(Rule::M2, "a.yaml", Pos { line: 999, col: 1 }, "bad region");
        d.error(Rule::Y1, "b.yaml", Pos::START, "other file");
        let text = render_text(&d.finish(false), |_| None);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), MAX_SHOWN + 4);
        assert_eq!(
            lines[MAX_SHOWN + 1..],
            [
                "a.yaml: … and 5 more [Y1] findings in this file (all are in --format json)",
                "b.yaml:1:1: error[Y1]: other file",
                "207 errors, 0 warnings",
            ]
        );
    }
}
