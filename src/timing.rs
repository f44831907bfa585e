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

    pub fn lap(&mut self, label: &str) {
        if self.on {
            eprintln!(
                "timing: {label}: {:.1} ms",
                self.last.elapsed().as_secs_f64() * 1000.0
            );
        }
        self.last = std::time::Instant::now();
    }
}
