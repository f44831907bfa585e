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

/// The id of a rule of SPEC §2 (H3 is an extension: Markdown nesting).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    Y1,
    F1,
    M1,
    M2,
    M3,
    M4,
    M5,
    R1,
    R2,
    R3,
    R4,
    R5,
    C1,
    C2,
    C3,
    C4,
    C5,
    C6,
    W1,
    W2,
    G1,
    G2,
    G3,
    G4,
    H1,
    H2,
    H3,
    L1,
    K1,
    K2,
    K3,
    K4,
    K5,
    K6,
    K7,
    P1,
    P2,
    P3,
    P4,
    E1,
    E2,
    E3,
    E4,
    E5,
    E6,
    V1,
    V2,
    V3,
    T1,
    T2,
    T3,
    T4,
}

impl Rule {
    /// The id as SPEC §2 writes it: `M2`.
    pub fn id(self) -> &'static str {
        use Rule::*;
        match self {
            Y1 => "Y1",
            F1 => "F1",
            M1 => "M1",
            M2 => "M2",
            M3 => "M3",
            M4 => "M4",
            M5 => "M5",
            R1 => "R1",
            R2 => "R2",
            R3 => "R3",
            R4 => "R4",
            R5 => "R5",
            C1 => "C1",
            C2 => "C2",
            C3 => "C3",
            C4 => "C4",
            C5 => "C5",
            C6 => "C6",
            W1 => "W1",
            W2 => "W2",
            G1 => "G1",
            G2 => "G2",
            G3 => "G3",
            G4 => "G4",
            H1 => "H1",
            H2 => "H2",
            H3 => "H3",
            L1 => "L1",
            K1 => "K1",
            K2 => "K2",
            K3 => "K3",
            K4 => "K4",
            K5 => "K5",
            K6 => "K6",
            K7 => "K7",
            P1 => "P1",
            P2 => "P2",
            P3 => "P3",
            P4 => "P4",
            E1 => "E1",
            E2 => "E2",
            E3 => "E3",
            E4 => "E4",
            E5 => "E5",
            E6 => "E6",
            V1 => "V1",
            V2 => "V2",
            V3 => "V3",
            T1 => "T1",
            T2 => "T2",
            T3 => "T3",
            T4 => "T4",
        }
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
        self.items
            .push(Diagnostic::new(Level::Error, rule, path, pos, message));
    }

    pub fn warning(&mut self, rule: Rule, path: &str, pos: Pos, message: impl Into<String>) {
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
