//! Benchmark: generated sites of 1,000 / 10,000 / 100,000 announcements; wall time and
//! peak memory of `ccpub check` and `ccpub build`, pages and bytes written, the floor
//! (read every input, copy the output tree once), Hugo on the equivalent site (and Zola,
//! when a `zola` binary is on the PATH, on the shared generator's site), and the
//! save-to-reload latency of `ccpub serve`.
//!
//! `cargo bench --bench build -- [--sizes 1000,10000,100000] [--runs N] [--no-hugo] [--no-serve] [--serve-only] [--disk]`
mod sitegen;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Measure {
    seconds: f64,
    peak_mib: f64,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let flag = |name: &str| args.iter().any(|a| a == name);
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let sizes: Vec<usize> = value("--sizes")
        .unwrap_or_else(|| "1000,10000,100000".into())
        .split(',')
        .map(|s| s.parse().unwrap())
        .collect();
    let runs: usize = value("--runs").map_or(3, |r| r.parse().unwrap());
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let scratch = if Path::new("/dev/shm").is_dir() {
        PathBuf::from("/dev/shm/ccpub-bench")
    } else {
        root.join("target/ccpub-bench")
    };
    let ccpub = env!("CARGO_BIN_EXE_ccpub");
    let hugo = if flag("--no-hugo") { None } else { find_hugo() };
    // Zola is not packaged: measured only when a `zola` binary is on the PATH.
    let zola = found("zola").then(|| "zola".to_string());
    println!(
        "machine: {} cores, {}; output on {}",
        cores(),
        cpu_model(),
        scratch.display()
    );
    println!(
        "ccpub {}; hugo: {}; zola: {}",
        env!("CARGO_PKG_VERSION"),
        hugo.as_ref().map_or("not run".to_string(), |h| version(h)),
        zola.as_ref()
            .map_or("not on the PATH".to_string(), |z| version(z))
    );
    println!();
    println!(
        "| N news | check | build | build peak | pages | output | floor | build / floor | hugo | hugo peak | build / hugo |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    for &n in sizes.iter().filter(|_| !flag("--serve-only")) {
        let site = scratch.join(format!("site-{n}"));
        let _ = std::fs::remove_dir_all(&site);
        sitegen::ccpub_site(root, &site, n);
        let out = scratch.join(format!("out-{n}"));
        let k = if n >= 100_000 { 1 } else { runs };
        let check = median(k, || {
            run(Command::new(ccpub).args(["check", site.to_str().unwrap()]))
        });
        let build = median(k, || {
            run(Command::new(ccpub).args([
                "build",
                site.to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
            ]))
        });
        let (pages, bytes) = count(&out);
        let floor = floor(&site, &out, &scratch.join("floor-copy"));
        let hugo_m = hugo.as_ref().map(|h| {
            let hsite = scratch.join(format!("hugo-{n}"));
            let _ = std::fs::remove_dir_all(&hsite);
            sitegen::hugo_site(&site, &hsite);
            let hout = scratch.join(format!("hugo-out-{n}"));
            median(k, || {
                run(Command::new(h).args([
                    "--quiet",
                    "-s",
                    hsite.to_str().unwrap(),
                    "-d",
                    hout.to_str().unwrap(),
                ]))
            })
        });
        println!(
            "| {n} | {:.2} s, {:.0} MiB | {:.2} s | {:.0} MiB | {pages} | {:.0} MB | {:.2} s | {:.2} | {} | {} | {} |",
            check.seconds,
            check.peak_mib,
            build.seconds,
            build.peak_mib,
            bytes as f64 / 1e6,
            floor,
            build.seconds / floor,
            hugo_m
                .as_ref()
                .map_or("—".into(), |m| format!("{:.2} s", m.seconds)),
            hugo_m
                .as_ref()
                .map_or("—".into(), |m| format!("{:.0} MiB", m.peak_mib)),
            hugo_m.as_ref().map_or("—".into(), |m| format!(
                "{:.2}",
                build.seconds / m.seconds
            )),
        );
        if let Some(z) = zola
            .as_ref()
            .and_then(|z| zola_measure(z, root, &scratch, n, k))
        {
            println!(
                "|   zola (same content, from the shared generator) | | {:.2} s | {:.0} MiB | | | | | | | ccpub / zola {:.2} |",
                z.seconds,
                z.peak_mib,
                build.seconds / z.seconds
            );
        }
        if n <= 10_000 && !flag("--one-language") {
            // The same site in the six UN languages (SPEC §8): every page six times.
            let six = scratch.join(format!("site-{n}-six"));
            let _ = std::fs::remove_dir_all(&six);
            sitegen::six_language_site(root, &six, n);
            let six_out = scratch.join(format!("out-{n}-six"));
            let m = median(k, || {
                run(Command::new(ccpub).args([
                    "build",
                    six.to_str().unwrap(),
                    "--out",
                    six_out.to_str().unwrap(),
                ]))
            });
            let (pages, bytes) = count(&six_out);
            println!(
                "|   in six languages | | {:.2} s ({:.1}× one) | {:.0} MiB | {pages} | {:.0} MB | | | | | |",
                m.seconds,
                m.seconds / build.seconds,
                m.peak_mib,
                bytes as f64 / 1e6,
            );
        }
        if flag("--disk") {
            let disk_out = root.join(format!("target/ccpub-bench-disk/out-{n}"));
            let disk = median(k, || {
                run(Command::new(ccpub).args([
                    "build",
                    site.to_str().unwrap(),
                    "--out",
                    disk_out.to_str().unwrap(),
                ]))
            });
            println!(
                "|   on disk ({}) | | {:.2} s | {:.0} MiB | | | | | | | |",
                disk_out.display(),
                disk.seconds,
                disk.peak_mib
            );
        }
    }
    if !flag("--no-serve") {
        serve_figures(ccpub, root, &scratch);
    }
}

/// The save-to-reload latency of `ccpub serve`: the bundled site, then the 10,000-news
/// site in one and in six languages, after edits of an announcement, a member and a
/// guideline version (ten saves each).
fn serve_figures(ccpub: &str, root: &Path, scratch: &Path) {
    println!();
    println!("| serve: save to reload ({SAVES} saves) | min | median | 90th | max |");
    println!("|---|---|---|---|---|");
    let row = |label: &str, site: &Path, file: &str| {
        let t = reload_latency(ccpub, site, &site.join(file));
        println!(
            "| {label} | {:.0} ms | {:.0} ms | {:.0} ms | {:.0} ms |",
            t[0],
            t[SAVES / 2],
            t[SAVES * 9 / 10 - 1],
            t[SAVES - 1]
        );
    };
    row(
        "bundled site (six languages), announcement",
        root,
        "content/news/2011-10-07-welcome.md",
    );
    let one = scratch.join("site-10000");
    if !one.is_dir() {
        sitegen::ccpub_site(root, &one, 10_000);
    }
    let six = scratch.join("site-10000-six");
    if !six.is_dir() {
        sitegen::six_language_site(root, &six, 10_000);
    }
    for (site, languages) in [(&one, "one language"), (&six, "six languages")] {
        row(
            &format!("10,000 news, {languages}: announcement"),
            site,
            "content/news/2026-01-01-item-0.md",
        );
        row(
            &format!("10,000 news, {languages}: member"),
            site,
            "content/members/nl.yaml",
        );
        row(
            &format!("10,000 news, {languages}: guideline version"),
            site,
            "content/guidelines/guideline-0/1.4.md",
        );
    }
}

/// Saves timed per file.
const SAVES: usize = 10;

/// Runs a command to its end: wall time and peak resident memory (from wait4).
#[allow(unsafe_code)]
fn run(cmd: &mut Command) -> Measure {
    let started = Instant::now();
    let child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the command starts");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: wait4 on our own child with valid pointers; it reaps the child, which
    // `Child` then never waits for.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let seconds = started.elapsed().as_secs_f64();
    assert_eq!(rc, pid, "wait4");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{cmd:?} failed"
    );
    std::mem::forget(child);
    Measure {
        seconds,
        peak_mib: usage.ru_maxrss as f64 / 1024.0,
    }
}

fn median(k: usize, mut f: impl FnMut() -> Measure) -> Measure {
    let mut all: Vec<Measure> = (0..k).map(|_| f()).collect();
    all.sort_by(|a, b| a.seconds.total_cmp(&b.seconds));
    let peak = all.iter().map(|m| m.peak_mib).fold(0.0, f64::max);
    let mid = all.swap_remove(k / 2);
    Measure {
        seconds: mid.seconds,
        peak_mib: peak,
    }
}

/// HTML pages and total bytes of an output tree.
fn count(dir: &Path) -> (usize, u64) {
    let mut pages = 0;
    let mut bytes = 0;
    for (path, len) in walk(dir) {
        pages += usize::from(path.extension().is_some_and(|e| e == "html"));
        bytes += len;
    }
    (pages, bytes)
}

fn walk(dir: &Path) -> Vec<(PathBuf, u64)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let e = e.unwrap();
            let meta = e.metadata().unwrap();
            if meta.is_dir() {
                stack.push(e.path());
            } else {
                out.push((e.path(), meta.len()));
            }
        }
    }
    out
}

/// The floor: read every input file, then copy the output tree once.
fn floor(site: &Path, out: &Path, copy: &Path) -> f64 {
    let _ = std::fs::remove_dir_all(copy);
    let started = Instant::now();
    let mut buf = Vec::new();
    for (path, _) in walk(&site.join("content")) {
        buf.clear();
        std::fs::File::open(&path)
            .unwrap()
            .read_to_end(&mut buf)
            .unwrap();
    }
    for (path, _) in walk(out) {
        let target = copy.join(path.strip_prefix(out).unwrap());
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(&path, &target).unwrap();
    }
    let seconds = started.elapsed().as_secs_f64();
    let _ = std::fs::remove_dir_all(copy);
    seconds
}

/// Starts `ccpub serve`, then `SAVES` times: edits `file` (a member's manager, or a
/// paragraph added to a Markdown text) and times the reload event; the times, sorted.
fn reload_latency(ccpub: &str, site: &Path, file: &Path) -> Vec<f64> {
    let mut child = Command::new(ccpub)
        .args(["serve", site.to_str().unwrap(), "--port", "0"])
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let mut seen = String::new();
    let port: u16 = loop {
        let mut b = [0u8; 256];
        let n = stderr.read(&mut b).unwrap();
        assert!(n > 0, "serve ended: {seen}");
        seen.push_str(&String::from_utf8_lossy(&b[..n]));
        if let Some(i) = seen.find("at http://127.0.0.1:") {
            let rest = &seen[i + 20..];
            if let Some(end) = rest.find('/') {
                break rest[..end].parse().unwrap();
            }
        }
    };
    std::thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::sink()));
    let original = std::fs::read_to_string(file).unwrap();
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    write!(
        stream,
        "GET /__ccpub/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
    )
    .unwrap();
    read_event(&mut stream);
    let mut times = Vec::new();
    let yaml = file.extension().is_some_and(|e| e == "yaml");
    for i in 0..SAVES {
        std::thread::sleep(Duration::from_millis(300));
        let started = Instant::now();
        let edited = if yaml {
            original.replacen("\nmanager: ", &format!("\nmanager: Edit {i} "), 1)
        } else {
            format!("{original}\nEdit {i}.\n")
        };
        std::fs::write(file, edited).unwrap();
        read_event(&mut stream);
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    std::fs::write(file, original).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    times.sort_by(f64::total_cmp);
    times
}

fn read_event(s: &mut std::net::TcpStream) {
    let mut buf = Vec::new();
    let mut b = [0u8; 1];
    loop {
        assert_eq!(s.read(&mut b).unwrap(), 1, "event stream closed");
        buf.push(b[0]);
        if buf.ends_with(b"\n\n") && String::from_utf8_lossy(&buf).contains("event: reload") {
            return;
        }
    }
}

/// Whether `cmd version` runs.
fn found(cmd: &str) -> bool {
    Command::new(cmd)
        .arg("version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// `zola build` of the site of N news written by the shared generator
/// (`../shared/bench/gen_site.py`, which writes the same content for ccpub, Hugo and
/// Zola), each run removing its previous output; `None` without the generator.
fn zola_measure(zola: &str, root: &Path, scratch: &Path, n: usize, k: usize) -> Option<Measure> {
    let generator = root.join("../shared/bench/gen_site.py");
    if !generator.is_file() {
        return None;
    }
    let sites = scratch.join(format!("shared-{n}"));
    let _ = std::fs::remove_dir_all(&sites);
    let made = Command::new("python3")
        .arg(&generator)
        .args(["--n", &n.to_string(), "--formats", "zola", "--out"])
        .arg(&sites)
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        return None;
    }
    let out = scratch.join(format!("zola-out-{n}"));
    Some(median(k, || {
        let _ = std::fs::remove_dir_all(&out);
        run(Command::new(zola)
            .arg("--root")
            .arg(sites.join("zola"))
            .args(["build", "--output-dir"])
            .arg(&out))
    }))
}

/// `hugo` on the PATH, installing Debian's package when possible.
fn find_hugo() -> Option<String> {
    if found("hugo") {
        return Some("hugo".into());
    }
    eprintln!("installing Debian's hugo for the comparison…");
    let quiet = || Stdio::null();
    let _ = Command::new("apt-get")
        .args(["update", "-qq"])
        .stdout(quiet())
        .stderr(quiet())
        .status();
    let _ = Command::new("apt-get")
        .args(["install", "-y", "-qq", "hugo"])
        .env("DEBIAN_FRONTEND", "noninteractive")
        .stdout(quiet())
        .stderr(quiet())
        .status();
    found("hugo").then(|| "hugo".into())
}

fn version(cmd: &str) -> String {
    let out = Command::new(cmd)
        .arg("version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    out.split_whitespace().take(2).collect::<Vec<_>>().join(" ")
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn cpu_model() -> String {
    let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    info.lines()
        .find_map(|l| {
            l.strip_prefix("model name")
                .map(|v| v.trim_start_matches([' ', '\t', ':']).to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into())
}
