//! The import graph of `src/`: every module imports only modules above it in the
//! pipeline order of ARCHITECTURE.md's "The layers", so there are no import circles.
use std::path::Path;

/// The top-level modules, from the bottom of the pipeline up.
const ORDER: &[&str] = &[
    "diag",
    "fsx",
    "html",
    "key",
    "keep",
    "timing",
    "yaml",
    "date",
    "gitinfo",
    "lang",
    "model",
    "tables",
    "count",
    "blt",
    "tally",
    "urls",
    "markdown",
    "load",
    "validate",
    "redline",
    "views",
    "plan",
    "links",
    "render",
    "opendata",
    "feeds",
    "pipeline",
    "interrupt",
    "output",
    "publish",
    "changes",
    "diff",
    "scaffold",
    "init",
    "translate",
    "serve",
    "cli",
];

/// The `crate::x` modules a file's code (tests excepted) names.
fn imports(text: &str) -> Vec<String> {
    let code = text.split("#[cfg(test)]").next().unwrap_or_default();
    let mut out: Vec<String> = code
        .match_indices("crate::")
        .map(|(i, m)| {
            let rest = &code[i + m.len()..];
            let end = rest
                .find(|c: char| !(c.is_ascii_lowercase() || c == '_'))
                .unwrap_or(rest.len());
            rest[..end].to_string()
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_module_imports_only_modules_below_it_in_the_pipeline() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src, &mut all);
    let mut wrong = Vec::new();
    for path in all {
        let rel = path
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let module = rel.split(['/', '.']).next().unwrap().to_string();
        if module == "lib" || module == "main" {
            continue;
        }
        let at = ORDER.iter().position(|m| *m == module);
        assert!(at.is_some(), "{rel}: module {module} is not in ORDER");
        for import in imports(&std::fs::read_to_string(&path).unwrap()) {
            let to = ORDER.iter().position(|m| *m == import);
            if import != module && to.is_none_or(|t| t > at.unwrap()) {
                wrong.push(format!("{rel} imports {import}"));
            }
        }
    }
    assert_eq!(wrong, Vec::<String>::new());
}
