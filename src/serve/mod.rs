//! `ccpub serve`: build in memory, serve on 127.0.0.1, watch, rebuild, tell the browser.
//!
//! Only the files of the last good build are served, from memory: no file-system path
//! is ever made from a URL. A build with errors keeps the last good site and shows its
//! findings in an overlay on every page.
mod http;
mod watch;

use crate::pipeline::Pipeline;
use http::{Reply, Request, Response};
use notify::{Event, EventKind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The path of the live-reload event stream.
pub const EVENTS_PATH: &str = "/__ccpub/events";
/// Quiet time after the last change before a rebuild starts (a save's truncation and
/// writing come microseconds apart; a change during the build makes it build again).
const SETTLE: Duration = Duration::from_millis(2);

pub struct ServeOptions {
    /// The site's pipeline, kept for the whole session.
    pub pipeline: Pipeline,
    pub port: u16,
    pub poll: bool,
}

/// The site being served: the last good build, and the findings of the latest one.
#[derive(Default)]
struct Snapshot {
    files: crate::key::FastMap<String, Arc<Vec<u8>>>,
    /// The findings of the latest build when it failed (plain text).
    overlay: Option<String>,
    generation: u64,
    /// The latest build, until its feeds and data are made: on the first request for
    /// a file that is not a page or a static file (a browser's reload asks for none).
    feeds: Option<Arc<PendingFeeds>>,
}

/// A build whose feeds and data are made when first asked for.
struct PendingFeeds {
    checked: crate::pipeline::Checked,
    files: std::sync::OnceLock<crate::publish::InMemory>,
}

struct Shared {
    snapshot: Mutex<Snapshot>,
    /// Work of earlier builds that later ones reuse where its inputs are unchanged.
    pipeline: Pipeline,
    /// The live-reload event streams, told of every build.
    hub: Arc<http::Hub>,
    port: u16,
    stopping: AtomicBool,
}

/// Runs the preview server until Ctrl-C.
pub fn serve(opts: ServeOptions) -> anyhow::Result<()> {
    let server = bind(opts.port)?;
    let site = absolute(&opts.pipeline.options().site);
    let port = server.port();
    let shared = Arc::new(Shared {
        snapshot: Mutex::new(Snapshot::default()),
        pipeline: opts.pipeline,
        hub: http::Hub::new(),
        port,
        stopping: AtomicBool::new(false),
    });
    rebuild(&shared);
    {
        let (stop_server, shared) = (server.stopper(), Arc::clone(&shared));
        ctrlc::set_handler(move || {
            shared.stopping.store(true, Ordering::SeqCst);
            shared.hub.stop();
            stop_server();
        })?;
    }
    watch(&site, opts.poll, Arc::clone(&shared))?;
    eprintln!(
        "serving {} at http://127.0.0.1:{port}/ (Ctrl-C to stop)",
        site.display()
    );
    let hub = Arc::clone(&shared.hub);
    server.run(shared, hub)?;
    eprintln!("stopped");
    Ok(())
}

fn bind(port: u16) -> anyhow::Result<http::Server> {
    http::Server::bind(port).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AddrInUse {
            anyhow::anyhow!(
                "port {port} is already in use on 127.0.0.1 (choose another with --port)"
            )
        } else {
            anyhow::anyhow!("cannot listen on 127.0.0.1:{port}: {e}")
        }
    })
}

/// Builds the site in memory and serves it (the first build, before the watch starts).
fn rebuild(shared: &Shared) {
    publish(shared, build(shared));
}

/// A build in memory, its findings as text, when it started.
struct Built {
    result: anyhow::Result<(
        crate::pipeline::Checked,
        String,
        Option<crate::publish::InMemory>,
    )>,
    started: Instant,
}

/// Builds the site in memory (pages and static files; feeds and data are made when
/// first asked for).
fn build(shared: &Shared) -> Built {
    let opts = shared.pipeline.options();
    let started = Instant::now();
    let result = crate::publish::render_in_memory(&shared.pipeline).map(|(checked, files)| {
        let mut timer = crate::timing::Timer::start();
        let report = crate::diag::render_text(&checked.findings, |p| {
            crate::pipeline::source_text(&opts.site, p)
        });
        timer.lap("report");
        (checked, report, files)
    });
    Built { result, started }
}

/// A good build replaces the served files; one with errors shows them over the last
/// good one. Either way the browser is told.
fn publish(shared: &Shared, built: Built) {
    let Built { result, started } = built;
    let mut snap = shared.snapshot.lock().unwrap_or_else(|e| e.into_inner());
    // What the new build replaces is freed once the browser is told.
    let mut replaced = None;
    match result {
        Ok((checked, report, Some(files))) => {
            let pages = files.keys().filter(|k| k.ends_with(".html")).count();
            replaced = Some((std::mem::replace(&mut snap.files, files), snap.feeds.take()));
            snap.overlay = None;
            if !checked.findings.is_empty() {
                eprint!("{report}");
            }
            eprintln!(
                "built {pages} pages in {} ms",
                started.elapsed().as_millis()
            );
            snap.feeds = Some(Arc::new(PendingFeeds {
                checked,
                files: std::sync::OnceLock::new(),
            }));
        }
        Ok((_, report, None)) => {
            eprint!("{report}");
            eprintln!("the site has errors: still serving the last good build");
            snap.overlay = Some(report);
        }
        Err(e) => {
            let message = format!("error: {e:#}\n");
            eprint!("{message}");
            snap.overlay = Some(message);
        }
    }
    snap.generation += 1;
    let generation = snap.generation;
    drop(snap);
    shared.hub.publish(generation);
    crate::timing::Timer::start().lap_since(started, "rebuild");
    drop(replaced);
}

/// The served files, with the feeds and data of the latest build once `path` is not
/// among them (made at most once a build, outside the lock).
fn snapshot_for<'a>(path: &str, shared: &'a Shared) -> std::sync::MutexGuard<'a, Snapshot> {
    loop {
        let snap = shared.snapshot.lock().unwrap_or_else(|e| e.into_inner());
        let pending = match &snap.feeds {
            Some(p) if !snap.files.contains_key(path) => Arc::clone(p),
            _ => return snap,
        };
        drop(snap);
        let files = pending.files.get_or_init(|| {
            crate::publish::feeds_in_memory(&pending.checked, &shared.pipeline.options().site)
        });
        let mut snap = shared.snapshot.lock().unwrap_or_else(|e| e.into_inner());
        if snap
            .feeds
            .as_ref()
            .is_some_and(|p| Arc::ptr_eq(p, &pending))
        {
            // A static file of the same path stays, as in a build.
            for (path, bytes) in files {
                snap.files
                    .entry(path.clone())
                    .or_insert_with(|| Arc::clone(bytes));
            }
            snap.feeds = None;
            return snap;
        }
        // A newer build was served meanwhile: its feeds, then.
    }
}

/// Watches `content/` and `themes/` (see `watch`); relevant changes, collapsed, trigger
/// rebuilds on a thread of their own, which keeps the watch.
fn watch(site: &Path, poll: bool, shared: Arc<Shared>) -> anyhow::Result<()> {
    let (tx, rx) = std::sync::mpsc::channel::<notify::Result<Event>>();
    let mut watch = watch::Watch::start(site, poll, tx)?;
    let (site, out) = (site.to_path_buf(), site.join("public"));
    std::thread::spawn(move || rebuild_loop(&rx, &site, &out, &shared, &mut watch));
    Ok(())
}

fn rebuild_loop(
    rx: &Receiver<notify::Result<Event>>,
    site: &Path,
    out: &Path,
    shared: &Shared,
    watch: &mut watch::Watch,
) {
    let relevant = |e: &notify::Result<Event>| e.as_ref().is_ok_and(|e| is_relevant(e, site, out));
    let stopping = || shared.stopping.load(Ordering::SeqCst);
    let build = |changes: Changes| {
        watch.refresh();
        shared.pipeline.changed_files(changes.under(site));
        build(shared)
    };
    on_changes(rx, relevant, stopping, build, |b| publish(shared, b));
}

/// After each relevant change, once changes settle: `build` (told which files
/// changed), then `publish` what was built. A file that changed while the build read
/// the site (the second half of a save, a checkout going on) makes it build again
/// rather than show a half-written state, unless changes have gone on for longer than
/// a preview should wait.
fn on_changes<B>(
    rx: &Receiver<notify::Result<Event>>,
    relevant: impl Fn(&notify::Result<Event>) -> bool,
    stopping: impl Fn() -> bool,
    mut build: impl FnMut(Changes) -> B,
    mut publish: impl FnMut(B),
) {
    // What changed since the last build; an error of the watcher between builds
    // (events may be lost) leaves it unknown.
    let mut changes = Changes::default();
    while let Ok(first) = rx.recv() {
        if first.is_err() {
            changes.add(&first);
        }
        if !relevant(&first) {
            continue;
        }
        let first_seen = Instant::now();
        changes.add(&first);
        loop {
            if !settle(rx, &relevant, &mut changes) || stopping() {
                return;
            }
            crate::timing::Timer::start().lap_since(first_seen, "first change to build");
            let built = build(std::mem::take(&mut changes));
            let mut changed_since = false;
            for e in rx.try_iter() {
                let counts = relevant(&e);
                if counts || e.is_err() {
                    changes.add(&e);
                }
                changed_since |= counts;
            }
            if !changed_since || first_seen.elapsed() > GIVE_UP_WAITING {
                publish(built);
                if !changed_since {
                    break;
                }
            }
        }
    }
}

/// The files that changed since the last build, as the watcher names them; unknown
/// (`None`) after a rescan, an error, or a change of anything but a file that exists (a
/// folder renamed or removed: the files within it are not named).
#[derive(Debug, PartialEq)]
struct Changes(Option<std::collections::HashSet<PathBuf>>);

impl Default for Changes {
    fn default() -> Changes {
        Changes(Some(std::collections::HashSet::new()))
    }
}

impl Changes {
    fn add(&mut self, event: &notify::Result<Event>) {
        let Ok(event) = event else {
            self.0 = None;
            return;
        };
        let files = event
            .paths
            .iter()
            .all(|p| std::fs::symlink_metadata(p).is_ok_and(|m| m.is_file()));
        match &mut self.0 {
            Some(set) if files && !event.need_rescan() => set.extend(event.paths.iter().cloned()),
            _ => self.0 = None,
        }
    }

    /// The changed files, relative to `site` (`None`: unknown, also when a path is not
    /// under it or not UTF-8: such a file could not be matched with the records).
    fn under(self, site: &Path) -> Option<crate::key::FastSet<String>> {
        let set = self.0?;
        let rel = |p: &PathBuf| Some(p.strip_prefix(site).ok()?.to_str()?.to_string());
        set.iter().map(rel).collect()
    }
}

/// How long a storm of changes may delay showing a build.
const GIVE_UP_WAITING: Duration = Duration::from_secs(2);

/// Waits until no change has come for `SETTLE` (at most half a second: a checkout, a
/// rescan is collapsed into one rebuild), adding relevant ones to `changes`; `false`
/// once the watcher is gone.
fn settle(
    rx: &Receiver<notify::Result<Event>>,
    relevant: impl Fn(&notify::Result<Event>) -> bool,
    changes: &mut Changes,
) -> bool {
    let deadline = Instant::now() + Duration::from_millis(500);
    loop {
        match rx.recv_timeout(SETTLE) {
            Ok(e) => {
                if relevant(&e) || e.is_err() {
                    changes.add(&e);
                }
                if Instant::now() >= deadline {
                    return true;
                }
            }
            Err(RecvTimeoutError::Timeout) => return true,
            Err(RecvTimeoutError::Disconnected) => return false,
        }
    }
}

/// Whether a file-system event should trigger a rebuild: not an access, not under
/// `.git/` or the output folder, not an editor's temporary file. A rescan always does.
pub fn is_relevant(event: &Event, site: &Path, out: &Path) -> bool {
    if event.need_rescan() {
        return true;
    }
    if matches!(event.kind, EventKind::Access(_)) {
        return false;
    }
    event.paths.iter().any(|p| relevant_path(p, site, out))
}

fn relevant_path(path: &Path, site: &Path, out: &Path) -> bool {
    if path.starts_with(out)
        || !watch::is_watched_root_entry(path, site)
        || path
            .strip_prefix(site)
            .unwrap_or(path)
            .components()
            .any(|c| c.as_os_str() == ".git")
    {
        return false;
    }
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let temporary = name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".swo")
        || name.ends_with('~')
        || name == "4913"
        || name.starts_with(".#")
        || (name.starts_with('#') && name.ends_with('#'));
    !temporary
}

impl http::App for Shared {
    fn handle(&self, request: &Request) -> Reply {
        Reply::Response(match () {
            _ if !self.host_ok(request.host.as_deref()) => Response::text(
                403,
                "forbidden: this preview answers only to 127.0.0.1 and localhost\n",
            ),
            _ if !matches!(request.method.as_str(), "GET" | "HEAD") => {
                Response::text(405, "method not allowed\n")
            }
            _ => {
                let target = request.target.split('#').next().unwrap_or("/");
                let (path, query) = target.split_once('?').unwrap_or((target, ""));
                if path == EVENTS_PATH {
                    return Reply::Events;
                }
                lookup(path, query, self)
            }
        })
    }
}

impl Shared {
    /// The Host header names this preview (host names are case-insensitive).
    fn host_ok(&self, host: Option<&str>) -> bool {
        host.is_some_and(|h| {
            let h = h.to_ascii_lowercase();
            h == format!("127.0.0.1:{}", self.port) || h == format!("localhost:{}", self.port)
        })
    }
}

/// The response for a URL path: a file of the last good build, a redirect to add a
/// missing `/`, or the 404 page. A redirect goes only to a path that starts with a
/// single `/` (`//host/` would send the browser to another site), and keeps the query.
fn lookup(path: &str, query: &str, shared: &Shared) -> Response {
    let decoded = crate::urls::percent_decode(path);
    let key = crate::urls::output_path(&decoded);
    let snap = snapshot_for(&key, shared);
    if let Some(bytes) = snap.files.get(&key) {
        return file(200, &key, bytes, &snap);
    }
    let local = path.starts_with('/') && !path.starts_with("//") && !path.starts_with("/\\");
    let as_folder = crate::urls::output_path(&format!("{decoded}/"));
    if local && !path.contains('%') && snap.files.contains_key(&as_folder) {
        let mut r = Response::text(301, "moved\n");
        let query = if query.is_empty() {
            String::new()
        } else {
            format!("?{query}")
        };
        r.headers.push(("Location", format!("{path}/{query}")));
        return r;
    }
    let not_found = crate::urls::output_path(crate::urls::NOT_FOUND);
    match snap.files.get(&not_found) {
        Some(bytes) => file(404, &not_found, bytes, &snap),
        None => Response::text(404, "not found\n"),
    }
}

fn file(status: u16, key: &str, bytes: &[u8], snap: &Snapshot) -> Response {
    let kind = content_type(key);
    let body = if kind.starts_with("text/html") {
        inject(bytes, snap)
    } else {
        bytes.to_vec()
    };
    let mut headers = vec![
        ("Content-Type", kind.to_string()),
        ("Cache-Control", "no-store".to_string()),
        ("X-Content-Type-Options", "nosniff".to_string()),
    ];
    if kind == "image/svg+xml" {
        // An SVG opened on its own is a document that could run script.
        headers.push(("Content-Security-Policy", "script-src 'none'".to_string()));
    }
    Response {
        status,
        headers,
        body,
    }
}

/// Live reload with one event stream per browser, whatever the number of tabs (a
/// browser opens at most six HTTP/1.1 connections to a host, and each stream holds
/// one): the tab that holds the Web Lock `ccpub-reload` listens and tells the others
/// on a `BroadcastChannel`; when it closes or reloads, the next tab takes the lock. A
/// tab reloads when it hears a build other than its own. Without those APIs each tab
/// listens itself, as before.
const RELOAD_SCRIPT: &str = "(function(){var g=\"GENERATION\";var c=window.BroadcastChannel?new BroadcastChannel(\"ccpub-reload\"):null;function seen(d){if(d!==g){location.reload();}}if(c){c.onmessage=function(e){seen(e.data);};}function listen(){return new Promise(function(){var s=new EventSource(\"EVENTS\");s.addEventListener(\"reload\",function(e){if(c){c.postMessage(e.data);}if(e.data!==g){s.close();location.reload();}});});}if(c&&navigator.locks){navigator.locks.request(\"ccpub-reload\",listen);}else{listen();}})();";

/// Adds the live-reload script, and the overlay of findings after a failed build.
fn inject(html: &[u8], snap: &Snapshot) -> Vec<u8> {
    let html = String::from_utf8_lossy(html);
    let mut extra = String::new();
    if let Some(report) = &snap.overlay {
        extra.push_str(&overlay(report));
    }
    extra.push_str(&format!(
        "<script>{}</script>\n",
        RELOAD_SCRIPT
            .replace("GENERATION", &snap.generation.to_string())
            .replace("EVENTS", EVENTS_PATH)
    ));
    match html.rfind("</body>") {
        Some(i) => format!("{}{extra}{}", &html[..i], &html[i..]).into_bytes(),
        None => format!("{html}{extra}").into_bytes(),
    }
}

/// The findings of a failed build, HTML-escaped, over the page.
pub fn overlay(report: &str) -> String {
    format!(
        "<div id=\"ccpub-overlay\" role=\"alert\" style=\"position:fixed;inset:1rem;z-index:2147483647;overflow:auto;background:#fff;color:#1b1f24;border:4px solid #b00020;padding:1rem 1.5rem;font:14px/1.5 system-ui,sans-serif;box-shadow:0 0 0 100vmax rgba(0,0,0,.45)\"><p style=\"margin:0 0 .5rem;font-weight:700;color:#b00020\">The site has errors: this is the last good build. Fix them and save to reload.</p><pre style=\"white-space:pre-wrap;font:13px/1.45 ui-monospace,monospace;margin:0\">{}</pre></div>\n",
        crate::render::escape_html(report)
    )
}

/// The content type of an output file, by its extension.
pub fn content_type(path: &str) -> &'static str {
    let ext = path.rsplit_once('.').map_or("", |(_, e)| e);
    match ext.to_ascii_lowercase().as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "csv" => "text/csv; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "xml" => "application/xml",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        _ => "application/octet-stream",
    }
}

/// The site folder a relative SITE argument names, as an absolute path for watching.
pub fn absolute(site: &Path) -> PathBuf {
    std::fs::canonicalize(site).unwrap_or_else(|_| site.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{AccessKind, CreateKind, DataChange, Flag, ModifyKind, RenameMode};

    fn event(kind: EventKind, path: &str) -> Event {
        Event::new(kind).add_path(PathBuf::from(path))
    }

    /// The builds `on_changes` publishes after one save, when build `i` sees the
    /// events `during[i]` come.
    fn published(during: &[Vec<Event>]) -> Vec<usize> {
        let (tx, rx) = std::sync::mpsc::channel::<notify::Result<Event>>();
        tx.send(Ok(save())).unwrap();
        let tx = std::cell::RefCell::new(Some(tx));
        let (out, site) = (Path::new("/s/public"), Path::new("/s"));
        let relevant =
            |e: &notify::Result<Event>| e.as_ref().is_ok_and(|e| is_relevant(e, site, out));
        let mut builds = 0;
        let build = |_: Changes| {
            for e in during.get(builds).into_iter().flatten() {
                tx.borrow().as_ref().unwrap().send(Ok(e.clone())).unwrap();
            }
            builds += 1;
            builds
        };
        let mut shown = Vec::new();
        let publish = |b| {
            shown.push(b);
            // Nothing more changes: the loop ends once it has read what is sent.
            tx.borrow_mut().take();
        };
        on_changes(&rx, relevant, || false, build, publish);
        shown
    }

    #[test]
    fn a_build_is_told_the_files_the_watcher_named_unless_a_folder_or_a_rescan_came() {
        let site = std::env::temp_dir().join(format!("ccpub-told-{}", std::process::id()));
        let news = site.join("content/news");
        std::fs::create_dir_all(&news).unwrap();
        std::fs::write(news.join("a.md"), "a").unwrap();
        let modified =
            |p: &Path| Ok(Event::new(EventKind::Modify(ModifyKind::Any)).add_path(p.into()));
        let told = |events: &[notify::Result<Event>]| {
            let mut changes = Changes::default();
            events.iter().for_each(|e| changes.add(e));
            changes.under(&site)
        };
        let a: crate::key::FastSet<String> =
            ["content/news/a.md".to_string()].into_iter().collect();
        assert_eq!(told(&[modified(&news.join("a.md"))]), Some(a));
        assert_eq!(told(&[]), Some(Default::default()));
        // A folder renamed or written: the files within it are not named.
        assert_eq!(told(&[modified(&news.join("a.md")), modified(&news)]), None);
        // A file gone (removed, renamed away), a rescan, an error of the watcher.
        assert_eq!(told(&[modified(&news.join("gone.md"))]), None);
        let rescan = Event::new(EventKind::Other).set_flag(Flag::Rescan);
        assert_eq!(told(&[Ok(rescan)]), None);
        assert_eq!(told(&[Err(notify::Error::generic("lost"))]), None);
        // A file outside the site (it cannot be matched with a record).
        let outside = std::env::temp_dir().join(format!("ccpub-outside-{}", std::process::id()));
        std::fs::write(&outside, "x").unwrap();
        assert_eq!(
            told(&[modified(&news.join("a.md")), modified(&outside)]),
            None
        );
        std::fs::remove_file(&outside).unwrap();
        // What each build is told, when the watcher errs between two saves.
        let (tx, rx) = std::sync::mpsc::channel::<notify::Result<Event>>();
        let tx = std::cell::RefCell::new(Some(tx));
        let send = |e| tx.borrow().as_ref().unwrap().send(e).unwrap();
        send(modified(&news.join("a.md")));
        let (out, mut builds) = (site.join("public"), Vec::new());
        let relevant =
            |e: &notify::Result<Event>| e.as_ref().is_ok_and(|e| is_relevant(e, &site, &out));
        let publish = |n: usize| match n {
            1 => {
                send(Err(notify::Error::generic("lost")));
                send(modified(&news.join("a.md")));
            }
            _ => drop(tx.borrow_mut().take()),
        };
        let build = |changes: Changes| {
            builds.push(changes.under(&site));
            builds.len()
        };
        on_changes(&rx, relevant, || false, build, publish);
        let a: crate::key::FastSet<String> =
            ["content/news/a.md".to_string()].into_iter().collect();
        assert_eq!(builds, [Some(a), None]);
        std::fs::remove_dir_all(&site).unwrap();
    }

    fn save() -> Event {
        event(EventKind::Modify(ModifyKind::Any), "/s/content/news/a.md")
    }

    #[test]
    fn a_build_during_which_a_file_changed_is_not_shown_and_is_made_again() {
        assert_eq!(published(&[]), [1]);
        assert_eq!(published(&[vec![save()]]), [2]);
        assert_eq!(published(&[vec![save(), save()], vec![save()]]), [3]);
        // Reading the site is not a change; nor is writing into the output folder.
        let read = event(EventKind::Access(AccessKind::Any), "/s/content/news/a.md");
        let output = event(EventKind::Modify(ModifyKind::Any), "/s/public/index.html");
        assert_eq!(published(&[vec![read, output]]), [1]);
    }

    #[test]
    fn edits_creations_and_renames_of_records_are_relevant() {
        let (site, out) = (Path::new("/s"), Path::new("/s/public"));
        assert!(is_relevant(
            &event(
                EventKind::Modify(ModifyKind::Data(DataChange::Any)),
                "/s/content/members/nl.yaml"
            ),
            site,
            out
        ));
        assert!(is_relevant(
            &event(
                EventKind::Create(CreateKind::File),
                "/s/themes/x/templates/page.html"
            ),
            site,
            out
        ));
        assert!(is_relevant(
            &event(
                EventKind::Modify(ModifyKind::Name(RenameMode::To)),
                "/s/content/pages/a.md"
            ),
            site,
            out
        ));
    }

    #[test]
    fn access_git_output_and_editor_temporary_files_are_ignored() {
        let (site, out) = (Path::new("/s"), Path::new("/s/public"));
        let modify = EventKind::Modify(ModifyKind::Any);
        assert!(!is_relevant(
            &event(
                EventKind::Access(AccessKind::Any),
                "/s/content/members/nl.yaml"
            ),
            site,
            out
        ));
        for path in [
            "/s/content/.git/index",
            "/s/public/index.html",
            "/s/content/members/.nl.yaml.swp",
            "/s/content/members/nl.yaml~",
            "/s/content/members/4913",
            "/s/content/pages/.#about.md",
            "/s/content/pages/#about.md#",
        ] {
            assert!(!is_relevant(&event(modify, path), site, out), "{path}");
        }
    }

    #[test]
    fn a_rescan_is_always_relevant() {
        let rescan = Event::new(EventKind::Other).set_flag(Flag::Rescan);
        assert!(is_relevant(
            &rescan,
            Path::new("/s"),
            Path::new("/s/public")
        ));
    }

    #[test]
    fn the_overlay_escapes_the_findings() {
        let html = overlay("content/a.md:1:1: error[H1]: <script>x</script>");
        assert!(
            html.contains("error[H1]: &lt;script&gt;x&lt;/script&gt;</pre>"),
            "{html}"
        );
    }
}
