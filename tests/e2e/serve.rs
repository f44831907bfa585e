//! `ccpub serve`: live reload, the error overlay, and what the server refuses.
use crate::harness::SiteTest;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(20);

/// A running `ccpub serve` on a free port, stopped with SIGINT when dropped.
struct Server {
    child: Child,
    port: u16,
    lines: Receiver<String>,
}

impl Server {
    fn start(site: &SiteTest) -> Server {
        Server::start_with(site, &[])
    }

    fn start_with(site: &SiteTest, extra: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_ccpub"))
            .args(["serve", "--port", "0"])
            .args(extra)
            .current_dir(&site.dir)
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let (tx, lines) = channel();
        let stderr = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        let line = wait_line(&lines, "serving ");
        let port = line
            .rsplit("127.0.0.1:")
            .next()
            .unwrap()
            .split('/')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        Server { child, port, lines }
    }

    fn get(&self, path: &str) -> (u16, String, String) {
        request(self.port, path, &format!("127.0.0.1:{}", self.port))
    }

    /// Opens the event stream and returns it with the generation it starts at.
    fn events(&self) -> (TcpStream, u64) {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        s.set_read_timeout(Some(WAIT)).unwrap();
        write!(
            s,
            "GET /__ccpub/events HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n\r\n",
            self.port
        )
        .unwrap();
        let generation = next_reload(&mut s);
        (s, generation)
    }

    fn interrupt(&mut self) -> std::process::ExitStatus {
        let _ = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status();
        let started = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(started.elapsed() < WAIT, "serve did not stop after SIGINT");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn wait_line(lines: &Receiver<String>, prefix: &str) -> String {
    let deadline = Instant::now() + WAIT;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let line = lines
            .recv_timeout(left)
            .unwrap_or_else(|_| panic!("no line starting with {prefix:?}"));
        if line.starts_with(prefix) {
            return line;
        }
    }
}

/// Reads the stream up to the next `event: reload` and returns its data; fails after
/// `WAIT` (keep-alive comments do not extend it).
fn next_reload(s: &mut TcpStream) -> u64 {
    let mut buf = Vec::new();
    let mut byte = [0u8; 1];
    let deadline = Instant::now() + WAIT;
    loop {
        assert!(Instant::now() < deadline, "no reload event within {WAIT:?}");
        let n = s.read(&mut byte).expect("reload event within the timeout");
        assert!(n > 0, "event stream closed");
        buf.push(byte[0]);
        let text = String::from_utf8_lossy(&buf);
        if let Some(i) = text.rfind("event: reload\ndata: ")
            && text[i..].ends_with("\n\n")
        {
            return text[i + 20..].trim().parse().unwrap();
        }
    }
}

fn request(port: u16, path: &str, host: &str) -> (u16, String, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(WAIT)).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let raw = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap();
    let status = head[9..12].parse().unwrap();
    (status, head.to_string(), body.to_string())
}

const NL: &str = "content/members/nl.yaml";

fn nl(manager: &str, region: &str) -> String {
    format!(
        "cctld: nl\ncountry: Netherlands\nmanager: {manager}\nregion: {region}\nregion_basis: un-statistics\njoined: 2004-03-15\n"
    )
}

#[test]
fn an_edit_sends_a_reload_and_the_page_shows_the_change() {
    let site = SiteTest::new("base");
    let server = Server::start(&site);
    let (status, head, body) = server.get("/members/nl/");
    assert_eq!(status, 200);
    assert!(
        head.contains("Content-Type: text/html; charset=utf-8")
            && body.contains("SIDN")
            && body.contains("/__ccpub/events")
    );
    let (mut events, first) = server.events();
    site.write(
        NL,
        &nl("Stichting Internet Domeinregistratie Nederland", "europe"),
    );
    assert!(next_reload(&mut events) > first);
    let (_, _, body) = server.get("/members/nl/");
    // The served page is the built page, with only the reload script added.
    site.ok(&["build", "--out", "fresh"]);
    assert_eq!(
        strip_injected(&body),
        site.read("fresh/members/nl/index.html")
    );
}

#[test]
fn a_broken_record_keeps_the_last_good_site_with_an_overlay_until_fixed() {
    let site = SiteTest::new("base");
    let server = Server::start(&site);
    let (mut events, first) = server.events();
    site.write(NL, &nl("SIDN", "eurpoe<b>"));
    let broken = next_reload(&mut events);
    assert!(broken > first);
    let (status, _, body) = server.get("/members/nl/");
    assert_eq!(status, 200);
    // The last good page, with the findings (escaped) in an overlay before the script.
    let start = body.find("<div id=\"ccpub-overlay\"").expect("an overlay");
    let end = body.rfind("<script>").unwrap();
    let good = SiteTest::new("base");
    good.ok(&["build"]);
    let page = good.read("public/members/nl/index.html");
    assert_eq!(
        strip_injected(&format!("{}{}", &body[..start], &body[end..])),
        page
    );
    insta::assert_snapshot!("overlay", &body[start..end]);
    site.write(NL, &nl("SIDN", "europe"));
    assert!(next_reload(&mut events) > broken);
    let (_, _, body) = server.get("/members/nl/");
    assert!(!body.contains("ccpub-overlay"), "{body}");
}

#[test]
fn paths_outside_the_build_get_the_404_page() {
    let site = SiteTest::new("base");
    let server = Server::start(&site);
    for path in [
        "/../Cargo.toml",
        "/%2e%2e/content/site.yaml",
        "/..%2fcontent%2fsite.yaml",
        "/content/site.yaml",
        "/nope/",
    ] {
        let (status, _, body) = server.get(path);
        assert_eq!(status, 404, "{path}");
        assert!(body.contains("<h1>Page not found</h1>"), "{path}");
    }
    let (status, head, _) = server.get("/members");
    assert_eq!(status, 301);
    assert!(head.contains("Location: /members/"), "{head}");
    let (status, head, _) = server.get("/style.css");
    assert_eq!(status, 200);
    assert!(
        head.contains("Content-Type: text/css; charset=utf-8") && !head.contains("Access-Control"),
        "{head}"
    );
}

#[test]
fn a_foreign_host_header_is_refused() {
    let site = SiteTest::new("base");
    let server = Server::start(&site);
    let (status, _, body) = request(server.port, "/", "attacker.example:80");
    assert_eq!(
        (status, body.as_str()),
        (
            403,
            "forbidden: this preview answers only to 127.0.0.1 and localhost\n"
        )
    );
    let (status, _, _) = request(server.port, "/", &format!("localhost:{}", server.port));
    assert_eq!(status, 200);
}

#[test]
fn it_listens_on_loopback_only() {
    let site = SiteTest::new("base");
    let server = Server::start(&site);
    // Any non-loopback IPv4 address of this machine must not answer.
    let out = Command::new("hostname").arg("-I").output();
    let addresses: Vec<String> = out
        .map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .split_whitespace()
                .map(String::from)
                .collect()
        })
        .unwrap_or_default();
    for addr in addresses
        .iter()
        .filter(|a| !a.starts_with("127.") && !a.contains(':'))
    {
        let target = format!("{addr}:{}", server.port).parse().unwrap();
        assert!(
            TcpStream::connect_timeout(&target, Duration::from_secs(2)).is_err(),
            "answered on {addr}"
        );
    }
    assert_eq!(server.get("/").0, 200);
}

#[test]
fn ctrl_c_stops_it_cleanly_and_leaves_nothing_behind() {
    let site = SiteTest::new("base");
    let before = crate::harness::tree(&site.dir);
    let mut server = Server::start(&site);
    assert_eq!(server.get("/").0, 200);
    let status = server.interrupt();
    assert!(status.success(), "{status:?}");
    wait_line(&server.lines, "stopped");
    assert_eq!(crate::harness::tree(&site.dir), before);
}

#[test]
fn a_port_in_use_gets_a_clear_message() {
    let site = SiteTest::new("base");
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let run = site.run(&["serve", "--port", &port]);
    let run = run.expect(2);
    assert_eq!(
        run.stderr,
        format!("error: port {port} is already in use on 127.0.0.1 (choose another with --port)\n")
    );
}

/// The served page without what `serve` injects (the reload script).
fn strip_injected(body: &str) -> String {
    match (
        body.rfind("<script>(function(){var g="),
        body.rfind("</body>"),
    ) {
        (Some(i), Some(j)) if i < j => format!("{}{}", &body[..i], &body[j..]),
        _ => body.to_string(),
    }
}

/// A fixed sequence of pseudo-random numbers (the same on every run).
fn sequence(mut seed: u64) -> impl FnMut() -> usize {
    move || {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        (seed >> 33) as usize
    }
}

/// Writes a translation of `original` into `lang` that is up to date with it.
fn translate(site: &SiteTest, original: &str, lang: &str, title: &str, text: &str) {
    let hash = crate::languages::sha256_12(&site.read(original));
    let path = original.replace(".md", &format!(".{lang}.md"));
    site.write(
        &path,
        &format!("---\ntitle: {title}\ntranslates: {hash}\n---\n{text}\n"),
    );
}

/// Removes the first of `files` that exists, or writes the first back (`text`).
fn remove_or_restore(site: &SiteTest, files: &[&str], text: &str) {
    match files.iter().find(|c| site.path(c).exists()) {
        Some(gone) => site.remove(gone),
        None => site.write(files[0], text),
    };
}

/// Waits for the reload that follows edit `step` and checks that it left a sound site
/// (no step is skipped for an error); the new generation.
fn sound_step(server: &Server, events: &mut TcpStream, generation: u64, step: usize) -> u64 {
    let now = next_reload(events);
    assert!(now > generation);
    assert!(!server.get("/").2.contains("ccpub-overlay"), "step {step}");
    now
}

/// Every file of a fresh build of the site (with `flags`) is served with the same
/// bytes, and the pages of `gone` files (absent at the end) are not served.
fn assert_served_as_built(site: &SiteTest, server: &Server, flags: &[&str], gone: &[(&str, &str)]) {
    let out = site.path("fresh");
    let mut args = vec!["build", "--out", out.to_str().unwrap()];
    args.extend(flags);
    let run = site.run(&args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let built = crate::harness::tree(&out);
    assert!(built.len() > 30);
    // The marker that says ccpub wrote the folder is the one file serve does not have.
    for (rel, bytes) in built.into_iter().filter(|(rel, _)| rel != ".ccpub-output") {
        let url = format!("/{}", rel.strip_suffix("index.html").unwrap_or(&rel));
        let (status, _, body) = server.get(&url);
        let expected = String::from_utf8_lossy(&bytes).into_owned();
        let served = if rel.ends_with(".html") {
            strip_injected(&body)
        } else {
            body
        };
        assert_eq!((status, served.as_str()), (200, expected.as_str()), "{url}");
    }
    for (file, url) in gone.iter().filter(|(f, _)| !site.path(f).exists()) {
        assert_eq!(server.get(url).0, 404, "{url}: {file} was removed");
    }
}

#[test]
fn after_random_edits_the_served_site_equals_a_fresh_build() {
    // In two languages, so that translations and the pages of both languages are
    // rebuilt (or kept) as a fresh build would make them.
    let site = SiteTest::new("base");
    let yaml = site.read("content/site.yaml");
    site.write("content/site.yaml", &format!("{yaml}languages: [en, fr]\n"));
    let launch = "content/news/2011-10-07-launch.md";
    translate(
        &site,
        launch,
        "fr",
        "Lancement du site",
        "Le site est en ligne.",
    );
    let server = Server::start(&site);
    let (mut events, mut generation) = server.events();
    // A fixed sequence of pseudo-random edits: add, change and delete records.
    // Seed 3 takes every kind of edit in twelve steps (asserted below).
    let mut next = sequence(3);
    let mut seen = std::collections::BTreeSet::new();
    let removable = [
        "content/news/2011-09-01-meeting.md",
        "content/pages/about.md",
    ];
    for step in 0..12 {
        let edit = next() % 6;
        seen.insert(edit);
        match edit {
            0 => {
                site.write(
                    &format!("content/news/2011-10-{:02}-step-{step}.md", 10 + step),
                    &format!("---\ntitle: Step {step}\n---\nSee [the members](/members/).\n"),
                );
            }
            1 => {
                site.write(NL, &nl(&format!("Manager {}", next() % 100), "europe"));
            }
            3 => {
                // A Council decision taken online, numbered and dated in step order.
                site.write(
                    &format!("content/meetings/{}.md", 30 + step),
                    &format!("---\nnumber: {}\ndate: 2011-05-{:02}\nkind: online\nobjections_close: 2011-06-01\nactions:\n  - id: \"{}-01\"\n    text: Step {step}.\n    status: open\n---\n", 30 + step, 10 + step, 30 + step),
                );
            }
            2 => {
                // The original changes (the translation goes out of date) or the
                // translation is brought up to date.
                match step % 2 {
                    1 => {
                        let text = format!("---\ntitle: Site launched\n---\nStep {step}.\n");
                        site.write(launch, &text);
                    }
                    _ => translate(
                        &site,
                        launch,
                        "fr",
                        "Lancement du site",
                        &format!("Étape {step}."),
                    ),
                }
            }
            4 => {
                let outcome = ["pending", "withdrawn"][next() % 2];
                site.write(
                    "content/applications/ir-2011-09-23.yaml",
                    &format!("cctld: ir\nmanager: IPM\nreceived: 2011-09-23\noutcome: {outcome}\n"),
                );
            }
            _ => remove_or_restore(
                &site,
                &removable,
                "---\ntitle: Council meeting\n---\nThe Council met again.\n",
            ),
        };
        generation = sound_step(&server, &mut events, generation, step);
    }
    assert_eq!(seen.len(), 6, "{seen:?}");
    let gone = [
        (removable[0], "/news/2011-09-01-meeting/"),
        (removable[1], "/about/"),
    ];
    assert_served_as_built(&site, &server, &[], &gone);
}

#[test]
fn after_random_edits_of_every_kind_in_three_languages_the_served_site_equals_a_fresh_build() {
    // The showcase holds every record kind: guideline versions (redlines, with
    // drafts), elections, votes, meetings; English, Arabic and Chinese.
    let site = SiteTest::new("showcase");
    let yaml = site.read("content/site.yaml");
    site.write(
        "content/site.yaml",
        &format!("{yaml}languages: [en, ar, zh]\n"),
    );
    let launch = "content/news/2011-10-07-launch.md";
    let server = Server::start_with(&site, &["--drafts"]);
    let (mut events, mut generation) = server.events();
    // Seed 5 takes every kind of edit in eighteen steps (asserted below).
    let mut next = sequence(5);
    let mut seen = std::collections::BTreeSet::new();
    let replace = |rel: &str, from: &str, to: &str| {
        let text = site.read(rel);
        let at = text.find(from).unwrap_or_else(|| panic!("{rel}: {from}"));
        site.write(
            rel,
            &format!("{}{to}{}", &text[..at], &text[at + from.len()..]),
        );
    };
    let (mut votes, mut ballots) = ("3", "8");
    for step in 0..18 {
        let edit = next() % 9;
        seen.insert(edit);
        match edit {
            0 => {
                let v = "content/guidelines/self-selection/1.1.md";
                let text = site.read(v);
                site.write(
                    v,
                    &format!("{text}\nStep {step}: requests may also be sent by post.\n"),
                );
            }
            1 => {
                let now = ["2", "3", "4"][step % 3];
                replace(
                    "content/elections/africa-2010.yaml",
                    &format!("africa-3: {votes},"),
                    &format!("africa-3: {now},"),
                );
                votes = now;
            }
            2 => {
                let now = ["7", "8", "9"][step % 3];
                replace(
                    "content/votes/amendment-2011.yaml",
                    &format!("for: {ballots}\n"),
                    &format!("for: {now}\n"),
                );
                ballots = now;
            }
            3 => {
                let lang = ["ar", "zh"][next() % 2];
                translate(
                    &site,
                    launch,
                    lang,
                    &format!("{lang} {step}"),
                    &format!("{lang} step {step}."),
                );
            }
            4 => {
                let text = format!("---\ntitle: Site launched\n---\nStep {step}.\n");
                site.write(launch, &text);
            }
            5 => {
                let text = site.read("content/meetings/13.md");
                site.write("content/meetings/13.md", &format!("{text}\nStep {step}.\n"));
            }
            6 => replace(
                "content/council/africa-1.yaml",
                "name: Councillor africa 1",
                &format!("name: Councillor africa 1 ({step})"),
            ),
            7 => {
                let g = "content/working-groups/foiwg.md";
                let text = site.read(g);
                site.write(g, &format!("{text}\nStep {step}.\n"));
            }
            _ => remove_or_restore(
                &site,
                &["content/pages/about.md"],
                "---\ntitle: About\n---\nAbout the ccNSO.\n",
            ),
        };
        generation = sound_step(&server, &mut events, generation, step);
    }
    assert_eq!(seen.len(), 9, "{seen:?}");
    let gone = [("content/pages/about.md", "/about/")];
    assert_served_as_built(&site, &server, &["--drafts"], &gone);
}

#[test]
fn a_page_kept_in_another_language_links_a_page_that_comes_to_exist_in_that_language() {
    // /fr/about/ links /news/2011-10-20-later/: while that page does not exist the link
    // is broken (and left as written); once it does, the French page must link
    // /fr/news/2011-10-20-later/ though its own record did not change.
    let site = SiteTest::new("base");
    let yaml = site.read("content/site.yaml");
    site.write("content/site.yaml", &format!("{yaml}languages: [en, fr]\n"));
    let server = Server::start(&site);
    let (mut events, _) = server.events();
    let about = site.read("content/pages/about.md");
    site.write(
        "content/pages/about.md",
        &format!("{about}\nSee [what comes later](/news/2011-10-20-later/).\n"),
    );
    next_reload(&mut events);
    assert!(server.get("/").2.contains("ccpub-overlay"));
    site.write(
        "content/news/2011-10-20-later.md",
        "---\ntitle: Later\n---\nLater news.\n",
    );
    next_reload(&mut events);
    let (_, _, page) = server.get("/fr/about/");
    assert!(
        page.contains("href=\"/fr/news/2011-10-20-later/\""),
        "{page}"
    );
    assert_served_as_built(&site, &server, &[], &[]);
}

#[test]
fn an_announcement_whose_title_or_source_changes_but_not_its_text_is_shown_anew() {
    // The view of an unchanged announcement is kept between runs: one whose front
    // matter changes while its text (so its rendered body) stays must be made again.
    let site = SiteTest::new("base");
    let server = Server::start(&site);
    let (mut events, _) = server.events();
    let launch = "content/news/2011-10-07-launch.md";
    let text = "The new site is online.";
    let edits = [
        "title: Site relaunched\ndate: 2011-10-07",
        "title: Site relaunched\ndate: 2011-10-07\nsummary: Now online.",
        "title: Site relaunched\ndate: 2011-10-07\nsource: https://ccnso.icann.org/",
        "title: Site relaunched\ndate: 2011-10-07\nsource: https://ccnso.icann.org/\nnote: derived from the minutes",
    ];
    let shows = [
        "Site relaunched",
        "Now online.",
        "https://ccnso.icann.org/",
        "derived from the minutes",
    ];
    for (front, shown) in edits.iter().zip(shows) {
        site.write(launch, &format!("---\n{front}\n---\n{text}\n"));
        next_reload(&mut events);
        let (_, _, page) = server.get("/news/2011-10-07-launch/");
        assert!(page.contains(shown), "{shown}: {page}");
        assert_served_as_built(&site, &server, &[], &[]);
    }
}

#[test]
fn a_kept_page_whose_link_loses_its_anchor_on_another_page_is_reported() {
    // The announcement's page (kept: nothing it shows changes) links an anchor of
    // /about/; when /about/ loses that heading, the link is broken and must be found
    // although the announcement's page is not rendered again.
    let site = SiteTest::new("base");
    let yaml = site.read("content/site.yaml");
    site.write("content/site.yaml", &format!("{yaml}theme: house\n"));
    site.write(
        "themes/house/templates/news_item.html",
        "{% extends \"base.html\" %}{% block content %}<h1>{{ page.title }}</h1>\
<a href=\"/about/#history\">h</a>{% endblock content %}",
    );
    let about = site.read("content/pages/about.md");
    site.write(
        "content/pages/about.md",
        &format!("{about}\n## History\n\nSince 2003.\n"),
    );
    let server = Server::start(&site);
    let (mut events, _) = server.events();
    site.write(
        "content/pages/about.md",
        &format!("{about}\n## Background\n\nSince 2003.\n"),
    );
    next_reload(&mut events);
    let line = wait_line(
        &server.lines,
        "content/news/2011-10-07-launch.md:1:1: error[L1]",
    );
    assert_eq!(
        line,
        "content/news/2011-10-07-launch.md:1:1: error[L1]: link to \"/about/#history\" resolves to no anchor \"history\" on /about/ (in the page /news/2011-10-07-launch/, template news_item.html)"
    );
}

#[test]
fn a_folder_moved_away_and_back_with_a_file_changed_inside_is_read_again() {
    // A record is kept without stamping its file when the watcher did not name it; a
    // folder moved names only the folder, so the files within must be stamped again.
    let site = SiteTest::new("base");
    // Files are trusted by their stamp only two seconds after they were written.
    std::thread::sleep(Duration::from_millis(2100));
    let server = Server::start(&site);
    let (mut events, first) = server.events();
    // All at once, so that one rebuild sees the folder back (the records of its files
    // still kept from the build before).
    let (news, away) = (site.path("content/news"), site.path("away"));
    let launch = away.join("2011-10-07-launch.md");
    let text = site.read("content/news/2011-10-07-launch.md");
    std::fs::rename(&news, &away).unwrap();
    std::fs::write(&launch, text.replace("Site launched", "Site moved")).unwrap();
    std::fs::rename(&away, &news).unwrap();
    assert!(next_reload(&mut events) > first);
    let deadline = Instant::now() + Duration::from_secs(5);
    while !server
        .get("/news/2011-10-07-launch/")
        .2
        .contains("Site moved")
    {
        assert!(
            Instant::now() < deadline,
            "the moved folder's file was not read again"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_served_as_built(&site, &server, &[], &[]);
}

/// Waits until `path` is served with `text` in it.
fn wait_for(server: &Server, path: &str, text: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !server.get(path).2.contains(text) {
        assert!(Instant::now() < deadline, "{path} never showed {text:?}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Regression: after `content/` was deleted and made again (a branch switch, `git
/// stash`) serve never saw a change again and kept the error overlay.
#[test]
fn a_content_folder_deleted_and_made_again_is_watched_again() {
    let site = SiteTest::new("base");
    let server = Server::start(&site);
    let (mut events, first) = server.events();
    let (content, away) = (site.path("content"), site.path("stashed"));
    std::fs::rename(&content, &away).unwrap();
    let gone = next_reload(&mut events);
    assert!(gone > first);
    // The switch back: a new folder with the same files.
    crate::harness::copy_dir(&away, &content);
    std::fs::remove_dir_all(&away).unwrap();
    assert!(next_reload(&mut events) > gone);
    wait_for(&server, "/members/", "Netherlands");
    // Edits inside the new folder are seen.
    site.write(NL, &nl("Switched Registry", "europe"));
    wait_for(&server, "/members/nl/", "Switched Registry");
    assert!(!server.get("/members/nl/").2.contains("ccpub-overlay"));
    // A themes/ folder made after the start is watched too.
    site.write(
        "themes/default/templates/page.html",
        "{% extends \"base.html\" %}{% block content %}<p>overridden page</p>{% endblock content %}",
    );
    wait_for(&server, "/about/", "overridden page");
    assert_served_as_built(&site, &server, &[], &[]);
}

#[test]
fn an_atomic_save_by_rename_is_seen() {
    // Editors such as vim and VS Code write a temporary file and rename it over the original.
    let site = SiteTest::new("base");
    let server = Server::start(&site);
    let (mut events, first) = server.events();
    site.write(
        "content/members/.nl.yaml.tmp",
        &nl("Renamed Registry", "europe"),
    );
    std::fs::rename(site.path("content/members/.nl.yaml.tmp"), site.path(NL)).unwrap();
    assert!(next_reload(&mut events) > first);
    assert!(server.get("/members/nl/").2.contains("Renamed Registry"));
}

#[test]
fn polling_sees_changes_too() {
    let site = SiteTest::new("base");
    let server = Server::start_with(&site, &["--poll"]);
    let (mut events, first) = server.events();
    site.write(NL, &nl("Polled Registry", "europe"));
    assert!(next_reload(&mut events) > first);
    assert!(server.get("/members/nl/").2.contains("Polled Registry"));
}

/// Sends raw bytes and returns everything the server answers until it closes.
fn raw_exchange(port: u16, bytes: &[u8]) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(WAIT)).unwrap();
    // The server may answer (and close) before it has read everything sent.
    let _ = s.write_all(bytes);
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    String::from_utf8_lossy(&raw).into_owned()
}

#[test]
fn a_burst_of_keep_alive_connections_and_event_streams_is_answered_at_once() {
    // Regression: the 5th and 6th keep-alive connection of a burst once waited > 60 s.
    let site = SiteTest::new("base");
    let server = Server::start(&site);
    let streams: Vec<(TcpStream, u64)> = (0..7).map(|_| server.events()).collect();
    let mut open: Vec<TcpStream> = (0..12)
        .map(|_| {
            let mut s = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
            s.set_read_timeout(Some(WAIT)).unwrap();
            write!(
                s,
                "GET /members/ HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: keep-alive\r\n\r\n",
                server.port
            )
            .unwrap();
            s
        })
        .collect();
    let started = Instant::now();
    for s in &mut open {
        let mut raw = Vec::new();
        s.read_to_end(&mut raw).unwrap();
        assert!(raw.starts_with(b"HTTP/1.1 200 OK\r\n"));
    }
    assert_eq!(server.get("/").0, 200);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    drop(streams);
}

/// Regression: 16 idle connections held every worker (each page then waited 4.5 s), and
/// 80 gave 503s. An idle connection holds only its reader.
#[test]
fn connections_that_send_nothing_do_not_hold_up_a_page() {
    let site = SiteTest::new("base");
    let server = Server::start(&site);
    let mut idle: Vec<TcpStream> = (0..100)
        .map(|_| TcpStream::connect(("127.0.0.1", server.port)).unwrap())
        .collect();
    // And a hundred that sent half a request head.
    for _ in 0..100 {
        let mut s = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
        s.write_all(b"GET / HTTP/1.1\r\nHost: 127.").unwrap();
        idle.push(s);
    }
    std::thread::sleep(Duration::from_millis(200));
    for path in ["/", "/members/", "/style.css"] {
        let started = Instant::now();
        assert_eq!(server.get(path).0, 200, "{path}");
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "{path}: {:?}",
            started.elapsed()
        );
    }
    drop(idle);
}

/// Regression: two Host headers (the first won), `Host :` and an absolute-form target
/// naming another host were served.
#[test]
fn an_ambiguous_host_is_a_bad_request() {
    let site = SiteTest::new("base");
    let server = Server::start(&site);
    let port = server.port;
    for head in [
        format!("GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nHost: evil.example\r\n\r\n"),
        format!("GET / HTTP/1.1\r\nHost : 127.0.0.1:{port}\r\n\r\n"),
        format!("GET http://evil.example/ HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"),
    ] {
        let answer = raw_exchange(port, head.as_bytes());
        assert!(
            answer.starts_with("HTTP/1.1 400 Bad Request\r\n"),
            "{head:?}: {answer}"
        );
    }
    // An absolute-form target naming the preview is served; one naming another host
    // without a Host header is refused as a foreign host.
    let ours = format!("GET http://127.0.0.1:{port}/members/ HTTP/1.1\r\n\r\n");
    assert!(raw_exchange(port, ours.as_bytes()).starts_with("HTTP/1.1 200 OK\r\n"));
    let theirs = "GET http://evil.example/members/ HTTP/1.1\r\n\r\n";
    assert!(raw_exchange(port, theirs.as_bytes()).starts_with("HTTP/1.1 403 Forbidden\r\n"));
}

#[test]
fn event_streams_are_capped_and_a_closed_one_frees_its_place() {
    let site = SiteTest::new("base");
    let server = Server::start(&site);
    let mut streams: Vec<(TcpStream, u64)> = (0..64).map(|_| server.events()).collect();
    let over = raw_exchange(
        server.port,
        format!(
            "GET /__ccpub/events HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n\r\n",
            server.port
        )
        .as_bytes(),
    );
    assert!(
        over.ends_with("\r\n\r\n: too many event streams\n\n"),
        "{over}"
    );
    assert_eq!(server.get("/").0, 200);
    streams.truncate(60);
    // Closed streams are noticed when a new one needs their place.
    let (_, generation) = server.events();
    assert_eq!(generation, streams[0].1);
}

#[test]
fn an_oversized_request_line_or_header_block_is_refused_unread() {
    let site = SiteTest::new("base");
    let server = Server::start(&site);
    let long_line = format!("GET /{} HTTP/1.1\r\n\r\n", "a".repeat(64 * 1024));
    let answer = raw_exchange(server.port, long_line.as_bytes());
    assert!(
        answer.starts_with("HTTP/1.1 414 URI Too Long\r\n"),
        "{answer}"
    );
    let big_headers = format!(
        "GET / HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nX-Big: {}\r\n\r\n",
        server.port,
        "b".repeat(64 * 1024)
    );
    let answer = raw_exchange(server.port, big_headers.as_bytes());
    assert!(
        answer.starts_with("HTTP/1.1 431 Request Header Fields Too Large\r\n"),
        "{answer}"
    );
    assert_eq!(server.get("/").0, 200);
}

#[test]
fn a_client_that_never_finishes_its_request_is_timed_out() {
    let site = SiteTest::new("base");
    let server = Server::start(&site);
    let started = Instant::now();
    let answer = raw_exchange(server.port, b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    assert!(
        answer.starts_with("HTTP/1.1 408 Request Timeout\r\n"),
        "{answer}"
    );
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn redirects_never_leave_the_site_and_host_names_ignore_case() {
    let site = SiteTest::new("base");
    let server = Server::start(&site);
    // `//about/` in a Location header is the host `about`: an open redirect.
    for path in ["//about", "/\\about"] {
        let (status, head, _) = server.get(path);
        assert_eq!(status, 404, "{path}: {head}");
        assert!(!head.contains("Location"), "{path}: {head}");
    }
    let (status, head, _) = server.get("/about");
    assert_eq!(status, 301);
    assert!(head.ends_with("\r\nLocation: /about/"), "{head}");
    // Regression: the query was dropped.
    let (status, head, _) = server.get("/about?lang=fr&x=1");
    assert_eq!(status, 301);
    assert!(
        head.ends_with("\r\nLocation: /about/?lang=fr&x=1"),
        "{head}"
    );
    let (status, _, _) = request(server.port, "/", &format!("LOCALHOST:{}", server.port));
    assert_eq!(status, 200);
}

#[test]
fn an_svg_is_served_with_a_policy_that_forbids_script_and_head_has_no_body() {
    let site = SiteTest::new("base");
    site.write(
        "content/static/logo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
    );
    let server = Server::start(&site);
    let (status, head, _) = server.get("/logo.svg");
    assert_eq!(status, 200);
    assert!(
        head.contains("\r\nContent-Type: image/svg+xml\r\n")
            && head.ends_with("\r\nContent-Security-Policy: script-src 'none'"),
        "{head}"
    );
    let answer = raw_exchange(
        server.port,
        format!(
            "HEAD /logo.svg HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n\r\n",
            server.port
        )
        .as_bytes(),
    );
    let (head, body) = answer.split_once("\r\n\r\n").unwrap();
    assert!(head.contains("\r\nContent-Length: 71\r\n"), "{head}");
    assert_eq!(body, "");
}

#[test]
fn an_edit_of_the_themes_words_or_templates_is_served_though_the_theme_is_kept() {
    let site = SiteTest::new("base");
    let yaml = site.read("content/site.yaml");
    site.write("content/site.yaml", &format!("{yaml}languages: [en, fr]\n"));
    // The theme's folder exists when serve starts (it watches `themes/` if it does).
    site.write("themes/default/locales/en.ftl", "title-news = News\n");
    let server = Server::start(&site);
    let (_, _, body) = server.get("/fr/news/");
    assert!(body.contains("<h1>Actualités"), "{body}");
    let (mut events, first) = server.events();
    site.write("themes/default/locales/fr.ftl", "title-news = Annonces\n");
    let after_words = next_reload(&mut events);
    assert!(after_words > first);
    let (_, _, body) = server.get("/fr/news/");
    assert!(body.contains("<h1>Annonces"), "{body}");
    site.write(
        "themes/default/templates/news_list.html",
        "{% extends \"base.html\" %}{% block content %}<h1>{{ t(key=\"title-news\") }} — own</h1>{% endblock content %}",
    );
    assert!(next_reload(&mut events) > after_words);
    let (_, _, body) = server.get("/fr/news/");
    assert!(body.contains("<h1>Annonces — own</h1>"), "{body}");
    site.ok(&["build", "--out", "fresh"]);
    assert_eq!(strip_injected(&body), site.read("fresh/fr/news/index.html"));
}
