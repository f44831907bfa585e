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
    pub rule: &'static str,
    pub message: String,
}

impl Diagnostic {
    pub fn new(
        level: Level,
        rule: &'static str,
        path: &str,
        pos: Pos,
        message: impl Into<String>,
    ) -> Self {
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
        (&self.path, self.line, self.column, self.rule, &self.message)
    }
}

/// A run's findings, collected from every step.
#[derive(Clone, Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn error(&mut self, rule: &'static str, path: &str, pos: Pos, message: impl Into<String>) {
        self.items
            .push(Diagnostic::new(Level::Error, rule, path, pos, message));
    }

    pub fn warning(
        &mut self,
        rule: &'static str,
        path: &str,
        pos: Pos,
        message: impl Into<String>,
    ) {
        self.items
            .push(Diagnostic::new(Level::Warning, rule, path, pos, message));
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.level == Level::Error)
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
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

/// The compiler-style report: each finding with its source line and a caret, then the count line.
/// `source` gives a file's text by its path (for the quoted line), if it can be read.
pub fn render_text(diags: &[Diagnostic], source: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::new();
    let mut cached: Option<(String, Option<String>)> = None;
    for d in diags {
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
        if cached.as_ref().is_none_or(|(p, _)| *p != d.path) {
            cached = Some((d.path.clone(), source(&d.path)));
        }
        if let Some(text) = cached.as_ref().and_then(|(_, t)| t.as_deref()) {
            quote_line(&mut out, text, d.line, d.column);
        }
    }
    out.push_str(&count_line(diags));
    out.push('\n');
    out
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

fn quote_line(out: &mut String, text: &str, line: u32, col: u32) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some(src) = text.split('\n').nth(line.saturating_sub(1) as usize) else {
        return;
    };
    let src = src.strip_suffix('\r').unwrap_or(src);
    if src.trim().is_empty() {
        return;
    }
    let src: String = src
        .chars()
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect();
    let gutter = line.to_string();
    let pad = " ".repeat(gutter.len());
    writeln!(out, "{gutter} | {src}").unwrap();
    let indent = " ".repeat(col.saturating_sub(1) as usize);
    writeln!(out, "{pad} | {indent}^").unwrap();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_finding_with_quoted_line_caret_and_count() {
        let mut d = Diagnostics::default();
        d.error(
            "M2",
            "content/members/nl.yaml",
            Pos { line: 2, col: 9 },
            "unknown region \"eurpoe\"",
        );
        d.warning(
            "M5",
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
        d.warning("C5", "content/site.yaml", Pos::START, "few seats");
        assert_eq!(count_line(&d.finish(true)), "1 error, 0 warnings");
    }

    #[test]
    fn github_format_escapes_properties() {
        let d = vec![Diagnostic::new(
            Level::Error,
            "M2",
            "a,b.yaml",
            Pos { line: 3, col: 4 },
            "50% bad\nx",
        )];
        assert_eq!(
            render_github(&d),
            "::error file=a%2Cb.yaml,line=3,col=4,title=M2::50%25 bad%0Ax\n"
        );
    }
}
