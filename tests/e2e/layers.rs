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

/// The `crate::x` modules a file names (its tests too).
fn imports(code: &str) -> Vec<String> {
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

/// The folders whose files are in order: the files beside the folder's own module
/// (`mod.rs`), from the bottom up. A file may name (by `super::` or by its path) the
/// files below it; the folder's module names its files, and none of them names an item
/// of the folder's module (what they share is in a file of their own, at the bottom).
const FOLDERS: &[(&str, &[&str])] = &[
    ("markdown", &["footnotes"]),
    ("serve", &["http", "watch"]),
    (
        "plan",
        &[
            "page",
            "members",
            "news",
            "council",
            "decisions",
            "elections",
            "groups",
            "guidelines",
            "pages",
        ],
    ),
];

/// The folders whose files still name items of the folder's module (which names them
/// back): each leaves this list, for `FOLDERS`, once its shared items have a file.
const NOT_YET_IN_ORDER: &[&str] = &[
    "blt", "changes", "load", "model", "opendata", "render", "validate", "views",
];

/// The first names after each `super::` and `crate::<folder>::` in `code` (each of a
/// `{a, b::c}` group).
fn names_in_folder(code: &str, folder: &str) -> Vec<String> {
    let mut out = Vec::new();
    for prefix in ["super::".to_string(), format!("crate::{folder}::")] {
        for (i, m) in code.match_indices(prefix.as_str()) {
            let rest = &code[i + m.len()..];
            let group = match rest.strip_prefix('{') {
                Some(g) => &g[..g.find('}').unwrap_or(g.len())],
                None => rest,
            };
            let items: Vec<&str> = match rest.starts_with('{') {
                true => group.split(',').collect(),
                false => vec![group],
            };
            for item in items {
                let item = item.trim();
                let end = item
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .unwrap_or(item.len());
                if end > 0 {
                    out.push(item[..end].to_string());
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// What the files of `folder` name wrongly: an item of the folder's module, or a file
/// above them in `order`.
fn out_of_order(folder: &str, order: &[&str]) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(folder);
    let mut wrong = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let file = path.file_stem().unwrap().to_string_lossy().to_string();
        if file == "mod" || path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let at = order.iter().position(|f| *f == file);
        let Some(at) = at else {
            wrong.push(format!("{folder}/{file}.rs is not in the folder's order"));
            continue;
        };
        let code = std::fs::read_to_string(&path).unwrap();
        for name in names_in_folder(&code, folder) {
            match order.iter().position(|f| *f == name) {
                Some(to) if to < at => {}
                Some(_) => wrong.push(format!("{folder}/{file}.rs names {name}, above it")),
                None => wrong.push(format!("{folder}/{file}.rs names {folder}'s own {name}")),
            }
        }
    }
    wrong.sort();
    wrong
}

#[test]
fn the_files_of_a_folder_name_only_the_files_below_them() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let has_code = path.is_dir()
            && std::fs::read_dir(&path)
                .unwrap()
                .any(|e| e.unwrap().path().extension().is_some_and(|x| x == "rs"));
        let listed =
            FOLDERS.iter().any(|(f, _)| *f == name) || NOT_YET_IN_ORDER.contains(&name.as_str());
        assert!(
            !has_code || listed,
            "src/{name}/ is in neither FOLDERS nor NOT_YET_IN_ORDER"
        );
    }
    for (folder, order) in FOLDERS {
        assert_eq!(
            out_of_order(folder, order),
            Vec::<String>::new(),
            "{folder}"
        );
    }
    for folder in NOT_YET_IN_ORDER {
        // Still out of order: a folder whose files no longer name its module's items
        // goes to FOLDERS, with the order of its files.
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src")
            .join(folder);
        let named = std::fs::read_dir(&dir).unwrap().any(|e| {
            let path = e.unwrap().path();
            let code = std::fs::read_to_string(&path).unwrap_or_default();
            let own: Vec<String> = std::fs::read_dir(&dir)
                .unwrap()
                .map(|e| {
                    e.unwrap()
                        .path()
                        .file_stem()
                        .unwrap()
                        .to_string_lossy()
                        .to_string()
                })
                .collect();
            !path.ends_with("mod.rs")
                && names_in_folder(&code, folder)
                    .iter()
                    .any(|n| !own.contains(n))
        });
        assert!(named, "{folder} is in order now: move it to FOLDERS");
    }
}
