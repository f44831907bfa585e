//! The README and `docs/` are kept true by running them: every ```console block's
//! commands run, in a fresh copy of the bundled site, and print what the block shows;
//! every rule of `ccpub rules` is in `docs/rules.md` with an example that triggers
//! it; every record example of `docs/records.md` checks clean.
use std::path::{Path, PathBuf};
use std::process::Command;

/// The day the examples are run on (2026-01-01): the dates `init` writes follow it.
const DAY: &str = "1767225600";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The documents whose examples are run.
fn documents() -> Vec<PathBuf> {
    let mut docs = vec![root().join("README.md")];
    let mut more: Vec<PathBuf> = std::fs::read_dir(root().join("docs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    more.sort();
    docs.extend(more);
    docs
}

/// The fenced blocks of `text` whose info string starts with `info` (a block may be
/// indented, inside a list item), with the line each starts on and the rest of its
/// info string.
fn blocks(text: &str, info: &str) -> Vec<(usize, String, String)> {
    let mut out = Vec::new();
    let mut lines = text.lines().enumerate();
    while let Some((n, line)) = lines.next() {
        let indent = line.len() - line.trim_start().len();
        let Some(rest) = line.trim_start().strip_prefix("```") else {
            continue;
        };
        let mut body = String::new();
        for (_, l) in lines.by_ref() {
            if l.trim_start().starts_with("```") {
                break;
            }
            body.push_str(l.get(indent..).unwrap_or(l.trim_start()));
            body.push('\n');
        }
        if let Some(args) = rest.strip_prefix(info) {
            out.push((n + 1, body, args.trim().to_string()));
        }
    }
    out
}

/// A fresh copy of the bundled site (`content/`, `themes/`).
fn bundled_copy(name: &str) -> PathBuf {
    let dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("docs-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for folder in ["content", "themes"] {
        crate::harness::copy_dir(&root().join(folder), &dir.join(folder));
    }
    dir
}

/// Runs a shell command with `ccpub` on the PATH: its exit status and what it printed
/// (standard output, then standard error).
fn shell(dir: &Path, command: &str) -> (i32, String) {
    let bin = Path::new(env!("CARGO_BIN_EXE_ccpub")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("sh")
        .args(["-c", command])
        .current_dir(dir)
        .env("PATH", path)
        .env("SOURCE_DATE_EPOCH", DAY)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    (out.status.code().unwrap_or(-1), text)
}

/// Whether `got` matches `expected`, where a line `...` stands for any lines and
/// `[..]` within a line for any text.
fn matches(expected: &[&str], got: &[&str]) -> bool {
    match expected.split_first() {
        None => got.is_empty(),
        Some((&"...", rest)) => (0..=got.len()).any(|i| matches(rest, &got[i..])),
        Some((line, rest)) => {
            got.first().is_some_and(|g| line_matches(line, g)) && matches(rest, &got[1..])
        }
    }
}

fn line_matches(pattern: &str, line: &str) -> bool {
    let parts: Vec<&str> = pattern.split("[..]").collect();
    if parts.len() == 1 {
        return pattern == line;
    }
    let mut rest = line;
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            let Some(r) = rest.strip_prefix(part) else {
                return false;
            };
            rest = r;
        } else if i == parts.len() - 1 {
            return rest.ends_with(part);
        } else {
            let Some(at) = rest.find(part) else {
                return false;
            };
            rest = &rest[at + part.len()..];
        }
    }
    true
}

/// The commands of a console block: `$ command`, optionally `? status` on the next
/// line, then the lines it prints.
fn commands(block: &str) -> Vec<(String, i32, Vec<&str>)> {
    let mut out: Vec<(String, i32, Vec<&str>)> = Vec::new();
    for line in block.lines() {
        if let Some(command) = line.strip_prefix("$ ") {
            out.push((command.to_string(), 0, Vec::new()));
        } else if let Some(last) = out.last_mut() {
            match line.strip_prefix("? ") {
                Some(code) if last.2.is_empty() => last.1 = code.parse().unwrap(),
                _ => last.2.push(line),
            }
        }
    }
    out
}

#[test]
fn every_console_example_of_the_readme_and_docs_prints_what_it_shows() {
    let mut ran = 0;
    for doc in documents() {
        let text = std::fs::read_to_string(&doc).unwrap();
        let name = doc.file_name().unwrap().to_string_lossy().to_string();
        for (line, block, _) in blocks(&text, "console") {
            let block = block.as_str();
            let dir = bundled_copy(&format!("{name}-{line}"));
            for (command, status, expected) in commands(block) {
                let (code, printed) = shell(&dir, &command);
                let got: Vec<&str> = printed.lines().collect();
                assert!(
                    code == status && matches(&expected, &got),
                    "{name}:{line}: `{command}` exited {code} (shown: {status}) and printed:\n{printed}\n--- the document shows:\n{}",
                    expected.join("\n")
                );
                ran += 1;
            }
            let _ = std::fs::remove_dir_all(&dir);
        }
    }
    assert!(ran >= 10, "only {ran} commands in the documents' examples");
}

/// A site as `ccpub init` writes it on the examples' day.
fn init_site(name: &str) -> PathBuf {
    let dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("docs-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let (code, printed) = shell(
        Path::new(env!("CARGO_TARGET_TMPDIR")),
        &format!(
            "ccpub init '{}' --ccpub-git https://example.org/ccpub.git",
            dir.display()
        ),
    );
    assert_eq!(code, 0, "{printed}");
    dir
}

/// Writes the `path=` blocks of a piece of a document into `dir`.
fn write_files(dir: &Path, text: &str) -> usize {
    let mut written = 0;
    for info in ["yaml", "markdown", "text"] {
        for (_, body, args) in blocks(text, info) {
            let Some(path) = args.strip_prefix("path=") else {
                continue;
            };
            let file = dir.join(path);
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(file, &body).unwrap();
            written += 1;
        }
    }
    written
}

#[test]
fn docs_rules_lists_every_rule_as_ccpub_rules_does() {
    let doc = std::fs::read_to_string(root().join("docs/rules.md")).unwrap();
    let (code, table) = shell(root(), "ccpub rules --format markdown");
    assert_eq!(code, 0);
    let start = "<!-- ccpub rules --format markdown -->\n";
    let shown = &doc
        [doc.find(start).unwrap() + start.len()..doc.find("<!-- end of ccpub rules -->").unwrap()];
    assert_eq!(
        shown, table,
        "docs/rules.md: run `ccpub rules --format markdown` and paste its table"
    );
}

/// Every rule the binary can report has an example in docs/rules.md, and applying the
/// example to a new site makes `ccpub check` report exactly the finding shown.
#[test]
fn every_rule_has_an_example_in_the_docs_that_triggers_it() {
    let doc = std::fs::read_to_string(root().join("docs/rules.md")).unwrap();
    let (_, list) = shell(root(), "ccpub rules");
    let ids: Vec<&str> = list
        .lines()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert!(ids.len() > 50, "{list}");
    for id in ids {
        let heading = format!("\n### {id} — ");
        let at = doc
            .find(&heading)
            .unwrap_or_else(|| panic!("docs/rules.md has no example of {id}"));
        let section = &doc[at + 1..];
        let section = &section[..section[4..].find("\n### ").map_or(section.len(), |e| e + 4)];
        let section = section.to_string();
        let dir = init_site(&format!("rule-{id}"));
        assert!(
            write_files(&dir, &section) > 0,
            "{id}: the example writes no file"
        );
        let expected = blocks(&section, "finding");
        assert_eq!(expected.len(), 1, "{id}: one finding block");
        let finding = expected[0].1.trim_end();
        assert!(finding.contains(&format!("[{id}]: ")), "{id}: {finding}");
        let (_, printed) = shell(&dir, "ccpub check");
        assert!(
            printed.lines().any(|l| l == finding),
            "{id}: the docs show\n{finding}\nbut check printed\n{printed}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// The record examples of docs/records.md, written together into a new site, check
/// clean with --strict.
#[test]
fn every_record_example_in_the_docs_checks_clean() {
    let doc = std::fs::read_to_string(root().join("docs/records.md")).unwrap();
    let dir = init_site("records");
    assert!(write_files(&dir, &doc) >= 10);
    let (code, printed) = shell(&dir, "ccpub check --strict");
    assert_eq!((code, printed.as_str()), (0, "0 errors, 0 warnings\n"));
    let _ = std::fs::remove_dir_all(&dir);
}
