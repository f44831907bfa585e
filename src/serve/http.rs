//! The preview's HTTP/1.1 server: one accept loop, a small thread per connection that
//! reads its request head (bounded in number, size and time), a fixed pool of workers
//! that answer complete requests, and one thread that holds every live-reload event
//! stream. An idle or slow connection holds only its reader, never a worker, so a
//! page loads at once while a hundred idle connections are open; each connection
//! answers one request and closes, and event streams are capped.
use std::io::{ErrorKind, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, SyncSender};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// The longest request line, and the most header bytes after it (414 and 431 past them).
pub(crate) const MAX_LINE: usize = 8 * 1024;
pub(crate) const MAX_HEADERS: usize = 8 * 1024;
/// How long a client may take to send its request head.
const HEAD_DEADLINE: Duration = Duration::from_secs(5);
/// How long a write to a client may block.
const WRITE_TIMEOUT: Duration = Duration::from_secs(10);
/// Workers answering requests, and complete requests that may wait for one.
const WORKERS: usize = 16;
const QUEUE: usize = 64;
/// Connections whose request head is being read at once (more are answered 503), and
/// the stack of the thread that reads one.
pub(crate) const MAX_READING: usize = 512;
const READER_STACK: usize = 128 * 1024;
/// The most event streams held at once, and how often each hears a keep-alive.
pub(crate) const MAX_STREAMS: usize = 64;
const HEARTBEAT: Duration = Duration::from_secs(5);

/// A request as the application sees it.
pub(crate) struct Request {
    pub method: String,
    /// The path and query, as sent (an absolute-form target is reduced to its path).
    pub target: String,
    pub host: Option<String>,
}

/// A complete response.
pub(crate) struct Response {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

impl Response {
    /// A plain-text response.
    pub fn text(status: u16, body: &str) -> Response {
        Response {
            status,
            headers: vec![("Content-Type", "text/plain; charset=utf-8".into())],
            body: body.as_bytes().to_vec(),
        }
    }
}

/// What the application answers.
pub(crate) enum Reply {
    Response(Response),
    /// Hold the connection as a live-reload event stream.
    Events,
}

/// The application behind the server.
pub(crate) trait App: Send + Sync + 'static {
    fn handle(&self, request: &Request) -> Reply;
}

/// The event streams: each hears the generation of every new build.
pub(crate) struct Hub {
    state: Mutex<HubState>,
    changed: Condvar,
}

struct HubState {
    /// Each stream with the generation it was last told.
    streams: Vec<(TcpStream, u64)>,
    generation: u64,
    stopping: bool,
}

impl Hub {
    pub fn new() -> Arc<Hub> {
        Arc::new(Hub {
            state: Mutex::new(HubState {
                streams: Vec::new(),
                generation: 0,
                stopping: false,
            }),
            changed: Condvar::new(),
        })
    }

    /// Tells every stream about build `generation`.
    pub fn publish(&self, generation: u64) {
        self.lock().generation = generation;
        self.changed.notify_all();
    }

    /// Closes every stream; no new one is taken.
    pub fn stop(&self) {
        self.lock().stopping = true;
        self.changed.notify_all();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HubState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Takes a new stream (its head already written), or gives it back when full.
    fn add(&self, mut stream: TcpStream) -> Result<(), TcpStream> {
        let mut state = self.lock();
        if state.streams.len() >= MAX_STREAMS {
            state.streams.retain(|(s, _)| is_open(s));
        }
        if state.streams.len() >= MAX_STREAMS || state.stopping {
            return Err(stream);
        }
        let generation = state.generation;
        if stream.write_all(&reload_event(generation)).is_ok() {
            state.streams.push((stream, generation));
        }
        Ok(())
    }

    /// The streams' thread: a reload event to each stream at every new generation, a
    /// keep-alive comment otherwise; a stream that cannot be written to is dropped.
    fn run(&self) {
        let mut state = self.lock();
        loop {
            let (next, _) = self
                .changed
                .wait_timeout(state, HEARTBEAT)
                .unwrap_or_else(|e| e.into_inner());
            state = next;
            if state.stopping {
                state.streams.clear();
                return;
            }
            let generation = state.generation;
            state.streams.retain_mut(|(stream, told)| {
                let message = if *told == generation {
                    b": keep-alive\n\n".to_vec()
                } else {
                    reload_event(generation)
                };
                *told = generation;
                stream
                    .write_all(&message)
                    .and_then(|_| stream.flush())
                    .is_ok()
            });
        }
    }
}

fn reload_event(generation: u64) -> Vec<u8> {
    format!("event: reload\ndata: {generation}\n\n").into_bytes()
}

/// Whether the peer of an idle stream is still there (it has not closed it).
fn is_open(stream: &TcpStream) -> bool {
    let mut byte = [0u8; 1];
    if stream.set_nonblocking(true).is_err() {
        return false;
    }
    let open = match stream.peek(&mut byte) {
        Ok(0) => false,
        Ok(_) => true,
        Err(e) => e.kind() == ErrorKind::WouldBlock,
    };
    open && stream.set_nonblocking(false).is_ok()
}

/// A bound listener and what stops it.
pub(crate) struct Server {
    listener: TcpListener,
    stopping: Arc<AtomicBool>,
}

impl Server {
    pub fn bind(port: u16) -> std::io::Result<Server> {
        Ok(Server {
            listener: TcpListener::bind(("127.0.0.1", port))?,
            stopping: Arc::new(AtomicBool::new(false)),
        })
    }

    pub fn port(&self) -> u16 {
        self.listener.local_addr().map_or(0, |a| a.port())
    }

    /// A function that makes `run` return (from a signal handler's thread).
    pub fn stopper(&self) -> impl Fn() + Send + 'static {
        let (stopping, port) = (Arc::clone(&self.stopping), self.port());
        move || {
            stopping.store(true, Ordering::SeqCst);
            // Wakes the accept loop.
            let _ = TcpStream::connect_timeout(
                &std::net::SocketAddr::from(([127, 0, 0, 1], port)),
                Duration::from_secs(1),
            );
        }
    }

    /// Answers requests until stopped.
    pub fn run(self, app: Arc<dyn App>, hub: Arc<Hub>) -> std::io::Result<()> {
        let (tx, rx) = std::sync::mpsc::sync_channel::<(TcpStream, Request)>(QUEUE);
        let rx = Arc::new(Mutex::new(rx));
        for _ in 0..WORKERS {
            let (rx, app, hub) = (Arc::clone(&rx), Arc::clone(&app), Arc::clone(&hub));
            std::thread::Builder::new()
                .name("ccpub-http".into())
                .spawn(move || work(&rx, &*app, &hub))?;
        }
        {
            let hub = Arc::clone(&hub);
            std::thread::Builder::new()
                .name("ccpub-events".into())
                .spawn(move || hub.run())?;
        }
        self.accept(&tx);
        hub.stop();
        Ok(())
    }

    fn accept(&self, tx: &SyncSender<(TcpStream, Request)>) {
        let reading = Arc::new(AtomicUsize::new(0));
        loop {
            let accepted = self.listener.accept();
            if self.stopping.load(Ordering::SeqCst) {
                return;
            }
            match accepted {
                Ok((stream, _)) => read_then_queue(stream, tx, &reading),
                // Out of file descriptors or memory: wait, never fail.
                Err(_) => std::thread::sleep(Duration::from_millis(50)),
            }
        }
    }
}

/// A place among the `MAX_READING` connections being read, given back when dropped.
struct Reading(Arc<AtomicUsize>);

impl Drop for Reading {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Reads the connection's request head on a thread of its own, then queues the
/// request for a worker; 503 when `MAX_READING` connections are being read already.
fn read_then_queue(
    mut stream: TcpStream,
    tx: &SyncSender<(TcpStream, Request)>,
    reading: &Arc<AtomicUsize>,
) {
    if reading.fetch_add(1, Ordering::SeqCst) >= MAX_READING {
        reading.fetch_sub(1, Ordering::SeqCst);
        let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
        let _ = write_response(
            &mut stream,
            &Response::text(503, "busy: try again\n"),
            false,
        );
        return;
    }
    let place = Reading(Arc::clone(reading));
    let tx = tx.clone();
    // Should the thread not start, the closure is dropped: the connection closes and
    // the place is given back.
    let _ = std::thread::Builder::new()
        .name("ccpub-read".into())
        .stack_size(READER_STACK)
        .spawn(move || {
            let _place = place;
            if let Some(request) = request_of(&mut stream) {
                let _ = tx.send((stream, request));
            }
        });
}

fn work(rx: &Mutex<Receiver<(TcpStream, Request)>>, app: &dyn App, hub: &Hub) {
    loop {
        let next = rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
        let Ok((stream, request)) = next else { return };
        answer(stream, &request, app, hub);
    }
}

/// The request head of a connection, or `None` once a malformed, slow or too large
/// one has been answered (or the client has gone).
fn request_of(stream: &mut TcpStream) -> Option<Request> {
    let _ = stream.set_write_timeout(Some(WRITE_TIMEOUT));
    match read_head(stream, Instant::now() + HEAD_DEADLINE) {
        Ok(request) => Some(request),
        Err(HeadError::Gone) => None,
        Err(e) => {
            let _ = write_response(stream, &e.response(), false);
            None
        }
    }
}

/// One request's answer, and the connection closed (or held as an event stream).
fn answer(mut stream: TcpStream, request: &Request, app: &dyn App, hub: &Hub) {
    let head_only = request.method == "HEAD";
    match app.handle(request) {
        Reply::Response(r) => {
            let _ = write_response(&mut stream, &r, head_only);
        }
        Reply::Events => {
            let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n\r\n";
            if stream.write_all(head.as_bytes()).is_err() {
                return;
            }
            if let Err(mut stream) = hub.add(stream) {
                let _ = stream.write_all(b": too many event streams\n\n");
            }
        }
    }
}

/// Why a request head was not read.
#[derive(Debug, PartialEq, Eq)]
enum HeadError {
    /// The client closed the connection or sent nothing in time.
    Gone,
    TooSlow,
    LineTooLong,
    HeadersTooLarge,
    Malformed,
}

impl HeadError {
    fn response(&self) -> Response {
        match self {
            HeadError::Gone => Response::text(400, "bad request\n"),
            HeadError::TooSlow => Response::text(408, "request timeout\n"),
            HeadError::LineTooLong => Response::text(414, "request line too long\n"),
            HeadError::HeadersTooLarge => Response::text(431, "request headers too large\n"),
            HeadError::Malformed => Response::text(400, "bad request\n"),
        }
    }
}

/// Reads the request line and headers, within the size limits and the deadline.
fn read_head(stream: &mut TcpStream, deadline: Instant) -> Result<Request, HeadError> {
    let mut buf: Vec<u8> = Vec::with_capacity(1024);
    let mut chunk = [0u8; 2048];
    loop {
        if let Some(end) = head_end(&buf) {
            return parse_head(&buf[..end]);
        }
        check_limits(&buf)?;
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(if buf.is_empty() {
                HeadError::Gone
            } else {
                HeadError::TooSlow
            });
        }
        let _ = stream.set_read_timeout(Some(left));
        match stream.read(&mut chunk) {
            Ok(0) => return Err(HeadError::Gone),
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                return Err(if buf.is_empty() {
                    HeadError::Gone
                } else {
                    HeadError::TooSlow
                });
            }
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(_) => return Err(HeadError::Gone),
        }
    }
}

/// The end of the head (`\r\n\r\n` or `\n\n`), if it has arrived.
fn head_end(buf: &[u8]) -> Option<usize> {
    let crlf = buf.windows(4).position(|w| w == b"\r\n\r\n");
    let lf = buf.windows(2).position(|w| w == b"\n\n");
    match (crlf, lf) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn check_limits(buf: &[u8]) -> Result<(), HeadError> {
    match buf.iter().position(|&b| b == b'\n') {
        None if buf.len() > MAX_LINE => Err(HeadError::LineTooLong),
        Some(line) if line > MAX_LINE => Err(HeadError::LineTooLong),
        Some(line) if buf.len() - line > MAX_HEADERS => Err(HeadError::HeadersTooLarge),
        _ => Ok(()),
    }
}

fn parse_head(head: &[u8]) -> Result<Request, HeadError> {
    let text = std::str::from_utf8(head).map_err(|_| HeadError::Malformed)?;
    let mut lines = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
    let line = lines.next().ok_or(HeadError::Malformed)?;
    if line.len() > MAX_LINE {
        return Err(HeadError::LineTooLong);
    }
    if text.len() - line.len() > MAX_HEADERS {
        return Err(HeadError::HeadersTooLarge);
    }
    let mut parts = line.split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(HeadError::Malformed);
    };
    if !version.starts_with("HTTP/1.") || method.is_empty() || target.is_empty() {
        return Err(HeadError::Malformed);
    }
    let host = host_header(lines)?;
    let (target, authority) = origin_form(target);
    let host = match (authority, host) {
        // The authority of an absolute-form target is the host (RFC 9112 §3.2.2); a
        // Host header that names another is refused.
        (Some(a), Some(h)) if !a.eq_ignore_ascii_case(&h) => return Err(HeadError::Malformed),
        (Some(a), _) => Some(a),
        (None, h) => h,
    };
    Ok(Request {
        method: method.to_string(),
        target,
        host,
    })
}

/// The one Host header, if any. A field name with white space (`Host :`), a line
/// that is not a field, a folded line or a second Host is malformed (400), so that no
/// two readers of the request can disagree about the host it names.
fn host_header<'a>(lines: impl Iterator<Item = &'a str>) -> Result<Option<String>, HeadError> {
    let mut host = None;
    for line in lines.filter(|l| !l.is_empty()) {
        let (name, value) = line.split_once(':').ok_or(HeadError::Malformed)?;
        let token = |b: u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b);
        if name.is_empty() || !name.bytes().all(token) {
            return Err(HeadError::Malformed);
        }
        if name.eq_ignore_ascii_case("host") {
            if host.is_some() {
                return Err(HeadError::Malformed);
            }
            host = Some(value.trim().to_string());
        }
    }
    Ok(host)
}

/// `http://host/path` → (`/path`, the host); any other target as sent.
fn origin_form(target: &str) -> (String, Option<String>) {
    match target
        .strip_prefix("http://")
        .or_else(|| target.strip_prefix("https://"))
    {
        Some(rest) => {
            let end = rest.find(['/', '?']).unwrap_or(rest.len());
            let path = match &rest[end..] {
                "" => "/".to_string(),
                p if p.starts_with('?') => format!("/{p}"),
                p => p.to_string(),
            };
            (path, Some(rest[..end].to_string()))
        }
        None => (target.to_string(), None),
    }
}

fn write_response(stream: &mut TcpStream, r: &Response, head_only: bool) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nContent-Length: {}\r\nConnection: close\r\n",
        r.status,
        reason(r.status),
        r.body.len()
    );
    for (name, value) in &r.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    if !head_only {
        stream.write_all(&r.body)?;
    }
    stream.flush()?;
    let _ = stream.shutdown(std::net::Shutdown::Write);
    Ok(())
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        414 => "URI Too Long",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_request_head_with_any_case_of_host() {
        let r = parse_head(b"GET /a/?x=1 HTTP/1.1\r\nhOsT: LOCALHOST:1111\r\nAccept: */*").unwrap();
        assert_eq!((r.method.as_str(), r.target.as_str()), ("GET", "/a/?x=1"));
        assert_eq!(r.host.as_deref(), Some("LOCALHOST:1111"));
        let r = parse_head(b"GET http://127.0.0.1:1/b/ HTTP/1.0").unwrap();
        assert_eq!(
            (r.target.as_str(), r.host.as_deref()),
            ("/b/", Some("127.0.0.1:1"))
        );
        for bad in [
            &b"GET /"[..],
            b"GET / HTTP/1.1 x",
            b"GET / SPDY/3",
            b" / HTTP/1.1",
            b"\xff / HTTP/1.1",
            // Regression: the first of two Host headers was taken.
            b"GET / HTTP/1.1\r\nHost: localhost:1\r\nHost: evil.example\r\n",
            // Regression: served as if the Host header had been sent.
            b"GET / HTTP/1.1\r\nHost : localhost:1\r\n",
            b"GET / HTTP/1.1\r\nHost: localhost:1\r\n folded\r\n",
            b"GET / HTTP/1.1\r\nno colon\r\n",
            // Regression: an absolute-form target naming another host was served.
            b"GET http://evil.example/ HTTP/1.1\r\nHost: localhost:1\r\n",
        ] {
            assert_eq!(parse_head(bad).err(), Some(HeadError::Malformed), "{bad:?}");
        }
    }

    #[test]
    fn a_long_request_line_or_large_headers_are_refused_as_they_arrive() {
        assert_eq!(
            check_limits(&vec![b'a'; MAX_LINE + 1]),
            Err(HeadError::LineTooLong)
        );
        assert_eq!(check_limits(&vec![b'a'; MAX_LINE]), Ok(()));
        let mut head = b"GET / HTTP/1.1\r\n".to_vec();
        head.extend(vec![b'h'; MAX_HEADERS + 1]);
        assert_eq!(check_limits(&head), Err(HeadError::HeadersTooLarge));
        assert_eq!(head_end(b"GET / HTTP/1.1\r\nHost: a\r\n\r\nrest"), Some(23));
        assert_eq!(head_end(b"GET / HTTP/1.1\nHost: a\n\n"), Some(22));
    }
}
