//! A site under test: a copy of a fixture in a temporary folder, and the real binary run on it.
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

static NEXT: AtomicUsize = AtomicUsize::new(0);

pub struct SiteTest {
    pub dir: PathBuf,
}

/// What a run printed and how it ended.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Asserts the exit status, printing both streams when it differs.
    #[track_caller]
    pub fn expect(self, code: i32) -> Run {
        assert_eq!(
            self.code, code,
            "exit status\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout, self.stderr
        );
        self
    }
}

impl SiteTest {
    /// A fresh copy of `tests/fixtures/<name>/`.
    pub fn new(name: &str) -> SiteTest {
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let dir =
            Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("e2e-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        copy_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures")
                .join(name),
            &dir,
        );
        SiteTest { dir }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.join(rel)
    }

    /// Writes (or replaces) a file of the site.
    pub fn write(&self, rel: &str, text: &str) -> &SiteTest {
        self.write_bytes(rel, text.as_bytes())
    }

    pub fn write_bytes(&self, rel: &str, bytes: &[u8]) -> &SiteTest {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
        self
    }

    pub fn remove(&self, rel: &str) -> &SiteTest {
        let path = self.path(rel);
        if path.is_dir() {
            std::fs::remove_dir_all(path).unwrap();
        } else {
            std::fs::remove_file(path).unwrap();
        }
        self
    }

    /// Runs `ccpub <args…>` with the site folder as the working directory.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_env(args, &[])
    }

    /// Runs `ccpub <args…>`, which must succeed (both streams are shown if not).
    #[track_caller]
    pub fn ok(&self, args: &[&str]) -> Run {
        self.run(args).expect(0)
    }

    /// Runs `ccpub <args…>` with extra environment variables.
    pub fn run_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let out: Output = Command::new(env!("CARGO_BIN_EXE_ccpub"))
            .args(args)
            .current_dir(&self.dir)
            .env_remove("SOURCE_DATE_EPOCH")
            .envs(env.iter().copied())
            .output()
            .unwrap();
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// `ccpub check --format json` as `path:line:col: level[RULE]: message` lines, and the exit status.
    pub fn findings(&self, extra: &[&str]) -> (i32, Vec<String>) {
        let mut args = vec!["check", "--format", "json"];
        args.extend(extra);
        let run = self.run(&args);
        assert_eq!(run.stderr, "", "check --format json printed to stderr");
        let items: Vec<serde_json::Value> = serde_json::from_str(&run.stdout).unwrap();
        let lines = items
            .iter()
            .map(|d| {
                format!(
                    "{}:{}:{}: {}[{}]: {}",
                    d["path"].as_str().unwrap(),
                    d["line"],
                    d["column"],
                    d["level"].as_str().unwrap(),
                    d["rule"].as_str().unwrap(),
                    d["message"].as_str().unwrap()
                )
            })
            .collect();
        (run.code, lines)
    }
}

impl Drop for SiteTest {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// Copies a folder tree (files and folders).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Asserts the exit status and the exact findings of `check`.
#[track_caller]
pub fn assert_findings(site: &SiteTest, code: i32, expected: &[&str]) {
    let (got_code, got) = site.findings(&[]);
    assert_eq!(got, expected, "findings");
    assert_eq!(got_code, code, "exit status");
}

/// Every file under `dir` with its bytes, by path relative to `dir` (`/`-separated).
pub fn tree(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    fn walk(root: &Path, dir: &Path, out: &mut std::collections::BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    walk(dir, dir, &mut out);
    out
}

impl SiteTest {
    /// The text of an output file.
    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }
}

impl SiteTest {
    /// Runs `ccpub <args…>` and fails the test if it has not ended within `secs`
    /// seconds (the process is killed): for inputs that once made ccpub hang.
    #[track_caller]
    pub fn run_within(&self, args: &[&str], secs: u64) -> Run {
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let (out_path, err_path) = (
            self.dir.with_extension(format!("stdout-{n}")),
            self.dir.with_extension(format!("stderr-{n}")),
        );
        let mut child = Command::new(env!("CARGO_BIN_EXE_ccpub"))
            .args(args)
            .current_dir(&self.dir)
            .env_remove("SOURCE_DATE_EPOCH")
            .stdin(std::process::Stdio::null())
            .stdout(std::fs::File::create(&out_path).unwrap())
            .stderr(std::fs::File::create(&err_path).unwrap())
            .spawn()
            .unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if std::time::Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                panic!("ccpub {args:?} did not finish within {secs} s");
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        };
        let read = |p: &Path| {
            let text = std::fs::read_to_string(p).unwrap_or_default();
            let _ = std::fs::remove_file(p);
            text
        };
        Run {
            code: status.code().unwrap_or(-1),
            stdout: read(&out_path),
            stderr: read(&err_path),
        }
    }
}

/// The `<main>` element of a page (what a snapshot of a page holds).
#[track_caller]
pub fn main_of(html: &str) -> &str {
    let start = html.find("<main").expect("a <main> element");
    let end = html.find("</main>").expect("a </main> tag") + "</main>".len();
    &html[start..end]
}
