//! What an interrupted build removes: on SIGINT or SIGTERM (Ctrl-C, a CI runner's
//! cancel) the staging folders of the build are removed before the process exits, so
//! nothing is left beside the output. A swap in progress finishes first.
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, Once};

/// Exit status after an interruption (128 + SIGINT, as shells report it).
const INTERRUPTED: i32 = 130;

/// The folders to remove when the process is interrupted. The one global of the
/// crate: a signal handler has no other way to reach the build it interrupts.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
static INSTALL: Once = Once::new();

/// Removes `dir` (a folder or a file, without following links) if the process is
/// interrupted before `forget(dir)`.
pub(crate) fn remove_on_interrupt(dir: &Path) {
    INSTALL.call_once(|| {
        // Another handler (serve's) may be installed already; then serve owns Ctrl-C.
        let _ = ctrlc::set_handler(on_interrupt);
    });
    pending().push(dir.to_path_buf());
}

/// No longer removes `dir` on an interruption.
pub(crate) fn forget(dir: &Path) {
    pending().retain(|d| d != dir);
}

/// Holds off the removal while a swap is under way: an interruption waits for it.
pub(crate) fn hold() -> MutexGuard<'static, Vec<PathBuf>> {
    pending()
}

fn pending() -> MutexGuard<'static, Vec<PathBuf>> {
    PENDING.lock().unwrap_or_else(|e| e.into_inner())
}

fn on_interrupt() {
    let dirs = std::mem::take(&mut *pending());
    for dir in dirs {
        let _ = crate::fsx::remove_tree(&dir);
    }
    eprintln!("interrupted: nothing was written");
    std::process::exit(INTERRUPTED);
}
