//! What `serve` watches: `content/` and `themes/` recursively, and the site folder
//! itself, so that a `content/` deleted and made again (a branch switch, `git stash`)
//! or a `themes/` made after the start is watched again before the next build.
use notify::{Event, RecursiveMode, Watcher};
use std::path::{Path, PathBuf};

/// The folders watched recursively.
const WATCHED: [&str; 2] = ["content", "themes"];

pub(super) struct Watch {
    watcher: Box<dyn Watcher + Send>,
    site: PathBuf,
    /// Each recursively watched folder with the identity it had when the watch began.
    watched: Vec<(PathBuf, Identity)>,
}

impl Watch {
    /// Starts watching; events go to `tx`.
    pub(super) fn start(
        site: &Path,
        poll: bool,
        tx: std::sync::mpsc::Sender<notify::Result<Event>>,
    ) -> notify::Result<Watch> {
        let mut watcher: Box<dyn Watcher + Send> = if poll {
            // Polling compares contents too: modification times have a resolution of one
            // second there, and a save within the second of the last poll would be missed.
            let config = notify::Config::default()
                .with_poll_interval(std::time::Duration::from_millis(500))
                .with_compare_contents(true);
            Box::new(notify::PollWatcher::new(tx, config)?)
        } else {
            Box::new(notify::recommended_watcher(tx)?)
        };
        watcher.watch(site, RecursiveMode::NonRecursive)?;
        let mut watch = Watch {
            watcher,
            site: site.to_path_buf(),
            watched: Vec::new(),
        };
        watch.refresh();
        Ok(watch)
    }

    /// Watches again each folder that is not the one watched (made anew, or made
    /// since); stops watching one that is gone.
    pub(super) fn refresh(&mut self) {
        for name in WATCHED {
            let path = self.site.join(name);
            let now = identity(&path);
            let at = self.watched.iter().position(|(p, _)| *p == path);
            if at.is_some_and(|i| self.watched[i].1 == now && now.is_some()) {
                continue;
            }
            if let Some(i) = at {
                let _ = self.watcher.unwatch(&path);
                self.watched.remove(i);
            }
            if now.is_some() && self.watcher.watch(&path, RecursiveMode::Recursive).is_ok() {
                self.watched.push((path, now));
            }
        }
    }
}

/// A folder's device and inode (`None`: not a folder); elsewhere than Unix, whether
/// it is a folder.
type Identity = Option<(u64, u64)>;

fn identity(path: &Path) -> Identity {
    let meta = std::fs::symlink_metadata(path)
        .ok()
        .filter(|m| m.is_dir())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        Some((0, 0))
    }
}

/// Whether a path in the site folder itself (not below it) concerns the watch: only
/// the watched folders do (a README edited beside them does not).
pub(super) fn is_watched_root_entry(path: &Path, site: &Path) -> bool {
    path.parent() != Some(site)
        || path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| WATCHED.contains(&n))
}
