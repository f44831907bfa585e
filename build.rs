//! Compiles the reference tables in `data/` into `OUT_DIR/tables.rs`.
use std::{env, fmt::Write as _, fs, path::Path};

fn main() {
    revision();
    println!("cargo::rerun-if-changed=data/iso3166-icann-regions.csv");
    println!("cargo::rerun-if-changed=data/idn-cctlds.csv");
    let mut out = String::new();
    let mut codes = rows("data/iso3166-icann-regions.csv", 3);
    for (code, name) in [
        ("ac", "Ascension Island"),
        ("eu", "European Union"),
        ("uk", "United Kingdom"),
    ] {
        codes.push(vec![code.into(), name.into(), "europe".into()]);
    }
    codes.sort();
    out.push_str("/// (code, name, ICANN region, ISO 3166-1 assigned), sorted by code.\n");
    out.push_str("pub(crate) static CODES: &[(&str, &str, Region, bool)] = &[\n");
    for r in &codes {
        let iso = !matches!(r[0].as_str(), "ac" | "eu" | "uk");
        let region = region_variant(&r[2])
            .unwrap_or_else(|| panic!("data/iso3166-icann-regions.csv: unknown region in {r:?}"));
        assert!(
            r[0].len() == 2 && r[0].bytes().all(|b| b.is_ascii_lowercase()),
            "data/iso3166-icann-regions.csv: not a lower-case alpha-2 code in {r:?}"
        );
        writeln!(
            out,
            "    ({:?}, {:?}, Region::{region}, {iso}),",
            r[0], r[1]
        )
        .unwrap();
    }
    out.push_str("];\n");
    let mut idns = rows("data/idn-cctlds.csv", 4);
    idns.sort();
    for r in &idns {
        assert!(
            codes.iter().any(|c| c[0] == r[2]),
            "data/idn-cctlds.csv: the country code of {r:?} is not in the code table"
        );
    }
    out.push_str("/// (A-label, U-label, alpha-2 code), sorted by A-label.\n");
    out.push_str("pub(crate) static IDNS: &[(&str, &str, &str)] = &[\n");
    for r in &idns {
        writeln!(out, "    ({:?}, {:?}, {:?}),", r[0], r[1], r[2]).unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("tables.rs");
    fs::write(dest, out).unwrap();
}

/// The `Region` variant of a region id of SPEC §1, if it is one.
fn region_variant(id: &str) -> Option<&'static str> {
    Some(match id {
        "africa" => "Africa",
        "asia-pacific" => "AsiaPacific",
        "europe" => "Europe",
        "latin-america" => "LatinAmerica",
        "north-america" => "NorthAmerica",
        _ => return None,
    })
}

/// The rows of a small CSV file (header skipped), with `"…"` quoting.
fn rows(path: &str, width: usize) -> Vec<Vec<String>> {
    let text = fs::read_to_string(path).unwrap();
    let rows: Vec<Vec<String>> = text
        .lines()
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(fields)
        .collect();
    for r in &rows {
        assert_eq!(r.len(), width, "{path}: bad row {r:?}");
    }
    rows
}

fn fields(line: &str) -> Vec<String> {
    let (mut out, mut cur, mut quoted) = (Vec::new(), String::new(), false);
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    out.push(cur);
    out
}

/// The git revision ccpub is built from, for `ccpub --version` and the workflows `init`
/// writes: `git rev-parse HEAD` in a checkout (with `-dirty` when files differ from it),
/// else the `sha1` that `cargo package` records in `.cargo_vcs_info.json`, else
/// "unknown".
fn revision() {
    println!("cargo::rerun-if-env-changed=CCPUB_REVISION");
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    let rev = env::var("CCPUB_REVISION").ok().or_else(|| {
        let head = git(&["rev-parse", "HEAD"]).filter(|h| h.len() == 40)?;
        if let Some(dir) = git(&["rev-parse", "--git-dir"]) {
            println!("cargo::rerun-if-changed={dir}/HEAD");
            println!("cargo::rerun-if-changed={dir}/index");
            if let Some(r) = git(&["symbolic-ref", "-q", "HEAD"]) {
                println!("cargo::rerun-if-changed={dir}/{r}");
            }
        }
        let dirty =
            git(&["status", "--porcelain", "--untracked-files=no"]).is_some_and(|s| !s.is_empty());
        Some(if dirty { format!("{head}-dirty") } else { head })
    });
    let rev = rev
        .or_else(|| {
            let info = fs::read_to_string(".cargo_vcs_info.json").ok()?;
            let at = info.find("\"sha1\"")?;
            let rest = &info[at + 6..];
            let start = rest.find('"')? + 1;
            let end = start + rest[start..].find('"')?;
            Some(rest[start..end].to_string())
        })
        .unwrap_or_else(|| "unknown".to_string());
    println!("cargo::rustc-env=CCPUB_REVISION={rev}");
    // Where this source was cloned from, for the workflows `ccpub init` writes: an
    // http(s) URL without credentials (`git@host:owner/repo` read as its https form),
    // else empty.
    let origin = git(&["config", "--get", "remote.origin.url"]).unwrap_or_default();
    let origin = match origin.strip_prefix("git@").and_then(|r| r.split_once(':')) {
        Some((host, path)) => format!("https://{host}/{path}"),
        None => origin,
    };
    let after_scheme = origin.split_once("://").map_or("", |(_, rest)| rest);
    let public = (origin.starts_with("https://") || origin.starts_with("http://"))
        && !after_scheme.split('/').next().unwrap_or("").contains('@');
    let source = if public { origin } else { String::new() };
    println!("cargo::rustc-env=CCPUB_SOURCE={source}");
}
