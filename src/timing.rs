//! Phase timings on stderr when `CCPUB_TIMINGS` is set (for profiling).
/// Times the phases of a run, one line per lap.
pub struct Timer {
    last: std::time::Instant,
    on: bool,
}

impl Timer {
    pub fn start() -> Timer {
        Timer {
            last: std::time::Instant::now(),
            on: std::env::var_os("CCPUB_TIMINGS").is_some(),
        }
    }

    /// A lap that began at `since` (the whole of a rebuild, say).
    pub fn lap_since(&mut self, since: std::time::Instant, label: &str) {
        self.last = since;
        self.lap(label);
    }

    pub fn lap(&mut self, label: &str) {
        if self.on {
            eprintln!(
                "timing: {label}: {:.1} ms{}",
                self.last.elapsed().as_secs_f64() * 1000.0,
                peak().map_or_else(String::new, |kb| format!(", peak so far {} MiB", kb / 1024))
            );
        }
        self.last = std::time::Instant::now();
    }
}

/// The process's peak resident memory so far, in KiB (Linux: `VmHWM`).
fn peak() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
