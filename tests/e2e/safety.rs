//! Output and input safety: what `--out` may replace, interrupted and concurrent
//! builds, links and special files in every folder ccpub reads, hostile templates.
#![cfg(unix)]
use crate::harness::{SiteTest, tree};
use std::os::unix::fs::symlink;
use std::path::Path;

/// The names in a folder, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn mkfifo(path: &Path) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(made.success());
}

#[test]
fn an_out_that_links_to_the_site_is_refused_and_deletes_nothing() {
    // Regression: the link was moved aside and the site deleted through it.
    let s = SiteTest::new("base");
    symlink(&s.dir, s.path("out")).unwrap();
    let before = tree(&s.path("content"));
    let run = s.run(&["build", "--out", "out"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: refusing to write the site into out: it is the site folder\n"
        )
    );
    assert_eq!(tree(&s.path("content")), before);
    assert!(
        std::fs::symlink_metadata(s.path("out"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn an_out_that_links_into_the_sources_is_refused() {
    let s = SiteTest::new("base");
    symlink(s.path("content/static"), s.path("out")).unwrap();
    let run = s.run(&["build", "--out", "out/x"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: refusing to write the site into out/x: it lies inside the site's content/ folder\n"
        )
    );
}

#[test]
fn an_out_that_links_to_a_deploy_folder_is_written_there_and_stays_a_link() {
    let s = SiteTest::new("base");
    let deploy = s.dir.with_extension("deploy");
    std::fs::create_dir_all(&deploy).unwrap();
    symlink(&deploy, s.path("out")).unwrap();
    let run = s.run(&["build", "--out", "out"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        std::fs::symlink_metadata(s.path("out"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(s.path("out/members/index.html").is_file());
    // A second build replaces what the first wrote, through the same link.
    let run = s.run(&["build", "--out", "out"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(deploy.join(".ccpub-output").is_file());
    std::fs::remove_dir_all(&deploy).unwrap();
}

#[test]
fn a_folder_ccpub_did_not_write_is_replaced_only_with_force() {
    let s = SiteTest::new("base");
    s.write("documents/letter.txt", "keep me");
    let run = s.run(&["build", "--out", "documents"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: refusing to replace documents: the folder is not empty and ccpub did not write it (no .ccpub-output in it); pass --force to replace it whole\n"
        )
    );
    assert_eq!(s.read("documents/letter.txt"), "keep me");
    let run = s.run(&["build", "--out", "documents", "--force"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!s.path("documents/letter.txt").exists());
    assert!(s.path("documents/.ccpub-output").is_file());
    // An empty folder, and a file where the folder should be.
    std::fs::create_dir(s.path("empty")).unwrap();
    s.run(&["build", "--out", "empty"]).expect(0);
    s.write("afile", "x");
    let run = s.run(&["build", "--out", "afile", "--force"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (2, "error: refusing to replace afile: it is not a folder\n")
    );
}

#[test]
fn removing_the_previous_output_never_follows_a_link_inside_it() {
    let s = SiteTest::new("base");
    s.run(&["build"]).expect(0);
    let outside = s.dir.with_extension("outside");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(outside.join("precious"), "x").unwrap();
    symlink(&outside, s.path("public/link")).unwrap();
    s.run(&["build"]).expect(0);
    assert_eq!(
        std::fs::read_to_string(outside.join("precious")).unwrap(),
        "x"
    );
    assert!(!s.path("public/link").exists());
    std::fs::remove_dir_all(&outside).unwrap();
}

#[test]
fn leftovers_of_killed_builds_are_removed_by_the_next_build() {
    let s = SiteTest::new("base");
    s.write(".public.staging-4000001/index.html", "half");
    s.write(".public.old-4000002/members/index.html", "old");
    s.write(".other.staging-4000003/index.html", "another output's");
    s.run(&["build"]).expect(0);
    let dots: Vec<String> = names(&s.dir)
        .into_iter()
        .filter(|n| n.starts_with('.'))
        .collect();
    assert_eq!(dots, [".other.staging-4000003"]);
}

#[test]
fn sigterm_and_sigint_during_a_build_leave_no_staging_folder() {
    for signal in ["-TERM", "-INT"] {
        let s = SiteTest::new("base");
        // A page that takes a while to render, so the signal arrives mid-build.
        s.write(
            "themes/default/templates/page.html",
            "{% for i in range(end=3000) %}{% for j in range(end=3000) %}{% endfor %}{% endfor %}",
        );
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_ccpub"))
            .arg("build")
            .current_dir(&s.dir)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let staging = format!(".public.staging-{}", child.id());
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while !s.path(&staging).exists() && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        assert!(s.path(&staging).exists(), "the build never started");
        let pid = child.id().to_string();
        let sent = std::process::Command::new("kill")
            .args([signal, &pid])
            .status()
            .unwrap();
        assert!(sent.success());
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(130), "{signal}");
        let dots: Vec<String> = names(&s.dir)
            .into_iter()
            .filter(|n| n.starts_with('.'))
            .collect();
        assert!(dots.is_empty(), "{signal}: {dots:?}");
        assert!(!s.path("public").exists());
    }
}

#[test]
fn the_output_folder_exists_at_every_moment_of_a_rebuild() {
    // The previous output and the new one are exchanged in one step.
    let s = SiteTest::new("base");
    s.run(&["build"]).expect(0);
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let watcher = {
        let (stop, index) = (stop.clone(), s.path("public/index.html"));
        std::thread::spawn(move || {
            let mut missing = 0;
            while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                if std::fs::symlink_metadata(&index).is_err() {
                    missing += 1;
                }
            }
            missing
        })
    };
    for _ in 0..8 {
        s.run(&["build"]).expect(0);
    }
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    assert_eq!(watcher.join().unwrap(), 0);
}

#[test]
fn builds_into_one_output_at_once_wait_for_each_other() {
    let s = SiteTest::new("base");
    let runs: Vec<crate::harness::Run> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..4).map(|_| scope.spawn(|| s.run(&["build"]))).collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for run in &runs {
        assert_eq!(run.code, 0, "{}", run.stderr);
    }
    let dots: Vec<String> = names(&s.dir)
        .into_iter()
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(dots.is_empty(), "{dots:?}");
    assert!(s.path("public/members/index.html").is_file());
}

#[test]
fn links_in_a_themes_static_and_templates_folders_are_f1_and_never_read() {
    // Regression: a pull request could publish /etc/passwd or the CI's environment.
    let s = SiteTest::new("base");
    std::fs::create_dir_all(s.path("themes/default/static")).unwrap();
    std::fs::create_dir_all(s.path("themes/default/templates")).unwrap();
    symlink("/etc/passwd", s.path("themes/default/static/passwd")).unwrap();
    symlink("/", s.path("themes/default/static/root")).unwrap();
    symlink("/etc/passwd", s.path("themes/default/templates/page.html")).unwrap();
    let expected = [
        "themes/default/static/passwd:1:1: error[F1]: symbolic links are not allowed in themes/",
        "themes/default/static/root:1:1: error[F1]: symbolic links are not allowed in themes/",
        "themes/default/templates/page.html:1:1: error[F1]: symbolic links are not allowed in themes/",
    ];
    crate::harness::assert_findings(&s, 1, &expected);
    let run = s.run_within(&["build"], 30);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for line in expected {
        assert!(run.stderr.contains(line), "{}", run.stderr);
    }
    assert!(!s.path("public").exists());
}

#[test]
fn a_linked_theme_folder_is_f1() {
    let s = SiteTest::new("base");
    let elsewhere = s.dir.with_extension("theme");
    std::fs::create_dir_all(elsewhere.join("static")).unwrap();
    std::fs::create_dir_all(s.path("themes")).unwrap();
    symlink(&elsewhere, s.path("themes/default")).unwrap();
    crate::harness::assert_findings(
        &s,
        1,
        &["themes/default:1:1: error[F1]: symbolic links are not allowed in themes/"],
    );
    std::fs::remove_dir_all(&elsewhere).unwrap();
}

#[test]
fn fifos_in_static_folders_are_f1_and_nothing_hangs() {
    let s = SiteTest::new("base");
    mkfifo(&s.path("content/static/pipe"));
    mkfifo(&s.path("themes/default/static/pipe2"));
    let expected = [
        "content/static/pipe:1:1: error[F1]: not a regular file or folder (a FIFO, socket or device)",
        "themes/default/static/pipe2:1:1: error[F1]: not a regular file or folder (a FIFO, socket or device)",
    ];
    let run = s.run_within(&["check", "--format", "json"], 30);
    let run = run.expect(1);
    for line in expected {
        let path = line.split(':').next().unwrap();
        assert!(run.stdout.contains(path), "{}", run.stdout);
    }
    let run = s.run_within(&["build"], 30);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for line in expected {
        assert!(run.stderr.contains(line), "{}", run.stderr);
    }
}

#[test]
fn a_template_that_includes_itself_is_refused_before_rendering() {
    // Regression: a stack overflow aborted the process and left the staging folder.
    let s = SiteTest::new("base");
    s.write(
        "themes/default/templates/page.html",
        "<p>{% include \"page.html\" %}</p>",
    );
    let run = s.run_within(&["build"], 30);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: theme `default`: template page.html includes itself (page.html -> page.html)\n"
        )
    );
    s.run_within(&["check"], 30).expect(2);
    let dots: Vec<String> = names(&s.dir)
        .into_iter()
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(dots.is_empty(), "{dots:?}");
}

#[test]
fn a_template_that_would_loop_a_hundred_million_times_is_stopped() {
    // Regression: `range(end=100000000)` used 7.6 GB.
    let s = SiteTest::new("base");
    s.write(
        "themes/default/templates/page.html",
        "{% for i in range(end=100000000) %}x{% endfor %}",
    );
    let run = s.run_within(&["build"], 60);
    let run = run.expect(2);
    assert!(
        run.stderr.starts_with("error: rendering /about/ (content/pages/about.md) with template page.html: Failed to render 'page.html': Function call 'range' failed: Function `range` would make 100000000 items (at most 100000)"),
        "{}",
        run.stderr
    );
}

/// Regression: `{{ get_env(name="CI_SECRET") }}` in a template override passed `check`
/// and `build` put the secret on every page.
#[test]
fn a_template_that_reads_the_environment_is_a_theme_error_in_check_and_build() {
    let s = SiteTest::new("base");
    s.write(
        "themes/default/templates/page.html",
        "{% extends \"base.html\" %}\n{% block content %}\n<p>{{ get_env(name=\"CI_SECRET\") }}</p>\n{% endblock content %}",
    );
    let expected = "error: theme `default`: template page.html line 3: get_env() is not available: it reads the environment, and a template sees only the site (the same records build the same pages)\n";
    for command in ["check", "build"] {
        let run = s.run_env(&[command], &[("CI_SECRET", "hunter2")]);
        assert_eq!((run.code, run.stderr.as_str()), (2, expected), "{command}");
    }
    assert!(!s.path("public").exists());
}

/// Regression: 20,000 nested `{% if %}`, a macro that calls itself, and a recursion
/// 5,000 deep overflowed the stack (a signal, no message) in `check` and `build`.
#[test]
fn templates_nested_or_recursing_past_the_bound_are_theme_errors_not_crashes() {
    let s = SiteTest::new("base");
    let page = "themes/default/templates/page.html";
    let cases = [
        (
            "{% if x %}".repeat(20_000),
            "template page.html line 1: tags (if, for, block, macro, filter) nested more than 100 deep",
        ),
        (
            "{% macro m(n) %}{% if n > 0 %}{{ self::m(n=n - 1) }}{% endif %}{% endmacro m %}\n{{ self::m(n=5000) }}".to_string(),
            "template page.html line 1: macro m calls itself (page.html::m -> page.html::m), which could recurse without end",
        ),
    ];
    for (text, message) in cases {
        s.write(page, &text);
        for command in ["check", "build"] {
            let run = s.run_within(&[command], 60);
            assert_eq!(
                (run.code, run.stderr.as_str()),
                (2, format!("error: theme `default`: {message}\n").as_str()),
                "{command}"
            );
        }
    }
}

/// The deepest template the bound allows renders: the stack of the rendering threads
/// is sized for it (a chain of 45 macros, each nesting an `if`).
#[test]
fn a_template_as_deep_as_the_bound_allows_is_rendered() {
    let s = SiteTest::new("base");
    let mut text = String::from("{% extends \"base.html\" %}\n");
    for i in 0..45 {
        text.push_str(&format!(
            "{{% macro m{i}(n) %}}{{% if n >= 0 %}}{{{{ self::m{}(n=n + 1) }}}}{{% endif %}}{{% endmacro m{i} %}}\n",
            i + 1
        ));
    }
    text.push_str("{% macro m45(n) %}deep {{ n }}{% endmacro m45 %}\n");
    text.push_str("{% block content %}<p>{{ self::m0(n=0) }}</p>{% endblock content %}");
    s.write("themes/default/templates/page.html", &text);
    s.ok(&["build"]);
    let about = std::fs::read_to_string(s.path("public/about/index.html")).unwrap();
    assert!(about.contains("<p>deep 45</p>"), "{about}");
}
