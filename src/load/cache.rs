//! Records read in an earlier run, kept by `serve`: one typed map per record kind,
//! by file path, reused when the file's bytes are the same.
use crate::diag::Diagnostics;
use crate::key::{FastMap, FastSet};
use crate::model::{
    Application, Councillor, Election, Meeting, Member, News, Page, Translation, Version, Vote,
    VoteText, WorkingGroup,
};
use std::sync::Mutex;

/// What reading one file gave.
#[derive(Clone)]
pub(crate) struct Outcome<T> {
    pub record: Option<T>,
    pub diags: Diagnostics,
    pub links: Option<super::PathLinks>,
}

/// Files read, by path: their bytes, their stamp when read, and what reading them gave.
type Slot<T> = Mutex<FastMap<String, Entry<T>>>;

pub(crate) struct Entry<T> {
    bytes: Vec<u8>,
    stamp: Option<Stamp>,
    outcome: Outcome<T>,
}

/// What the file system says of a file without reading it: a file whose stamp is the
/// same as when it was read holds the same bytes (its inode change time moves on
/// every write, whatever a tool does to the modification time).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Stamp {
    dev: u64,
    ino: u64,
    len: u64,
    mtime: (i64, i64),
    ctime: (i64, i64),
}

impl Stamp {
    /// The stamp of `path` (not following a link); `None` when it cannot be had.
    #[cfg(unix)]
    pub(crate) fn of(path: &std::path::Path) -> Option<Stamp> {
        use std::os::unix::fs::MetadataExt;
        let m = std::fs::symlink_metadata(path).ok()?;
        m.is_file().then(|| Stamp {
            dev: m.dev(),
            ino: m.ino(),
            len: m.len(),
            mtime: (m.mtime(), m.mtime_nsec()),
            ctime: (m.ctime(), m.ctime_nsec()),
        })
    }

    #[cfg(not(unix))]
    pub(crate) fn of(_: &std::path::Path) -> Option<Stamp> {
        None
    }

    /// The stamp, unless the file changed less than two seconds ago: a file system
    /// with coarse times could then give a second write within the same tick the same
    /// stamp (such a file is compared by its bytes instead, as git does).
    pub(crate) fn settled(self) -> Option<Stamp> {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        (now - self.ctime.0.max(self.mtime.0) >= 2).then_some(self)
    }
}

/// The records of the files read by earlier runs. A cache made with `LoadCache::off`
/// (a one-shot command) keeps nothing.
#[derive(Default)]
pub struct LoadCache {
    keep: bool,
    /// The files changed since the last run, when the watcher could tell (for the next
    /// run only).
    changed: Mutex<Option<FastSet<String>>>,
    slots: Slots,
}

/// Defines the cache's maps, one per record type, from one list: the struct, the
/// `Cached` impls and `Slots::retain` (so no map can be left out of `retain`).
macro_rules! slots {
    ($($t:ty => $field:ident),* $(,)?) => {
        #[derive(Default)]
        struct Slots {
            $($field: Slot<$t>,)*
        }

        $(impl Cached for $t {
            fn slot(cache: &LoadCache) -> &Slot<Self> {
                &cache.slots.$field
            }
        })*

        impl Slots {
            /// Forgets, in every map, the files not in `read`.
            fn retain(&self, read: &FastSet<String>) {
                $(keep_only(&self.$field, read);)*
            }
        }
    };
}

slots!(
    Member => members,
    Councillor => councillors,
    WorkingGroup => groups,
    Version => versions,
    Page => pages,
    std::sync::Arc<News> => news,
    Meeting => meetings,
    Application => applications,
    Election => elections,
    Vote => votes,
    VoteText => vote_texts,
    Translation => translations,
);

fn keep_only<T>(slot: &Slot<T>, read: &FastSet<String>) {
    let mut slot = slot.lock().unwrap_or_else(|e| e.into_inner());
    slot.retain(|rel, _| read.contains(rel));
}

/// The files of one record kind that earlier runs read, out of the cache while a run
/// reads that kind.
pub(crate) struct Kept<'c, T: Cached> {
    cache: &'c LoadCache,
    files: FastMap<String, Entry<T>>,
}

/// What to keep of a file read anew: its path and entry.
pub(crate) type Fresh<T> = (String, Entry<T>);

impl<T: Cached> Kept<'_, T> {
    pub(crate) fn keeps(&self) -> bool {
        self.cache.keep
    }

    /// What reading `rel` gave in an earlier run, if the file is not among those the
    /// watcher said changed, and had settled when it was read (`Stamp::settled`).
    pub(crate) fn not_changed(&self, rel: &str, changed: &FastSet<String>) -> Option<Outcome<T>> {
        let entry = self.files.get(rel).filter(|_| !changed.contains(rel))?;
        entry.stamp.is_some().then(|| entry.outcome.clone())
    }

    /// What reading `rel` gave in an earlier run, if the file has the same stamp
    /// (it is not read again).
    pub(crate) fn unchanged(&self, rel: &str, stamp: Stamp) -> Option<Outcome<T>> {
        let entry = self.files.get(rel)?;
        (entry.stamp == Some(stamp)).then(|| entry.outcome.clone())
    }

    /// What reading `rel` gave in an earlier run, if the file held exactly `bytes`.
    pub(crate) fn get(&self, rel: &str, bytes: &[u8]) -> Option<Outcome<T>> {
        let entry = self.files.get(rel)?;
        (entry.bytes.as_slice() == bytes).then(|| entry.outcome.clone())
    }

    /// What to keep of reading `rel` (when the cache keeps anything), with the stamp
    /// the file had before it was read.
    pub(crate) fn fresh(
        &self,
        rel: &str,
        bytes: Vec<u8>,
        stamp: Option<Stamp>,
        outcome: &Outcome<T>,
    ) -> Option<Fresh<T>> {
        self.cache.keep.then(|| {
            let outcome = outcome.clone();
            let entry = Entry {
                bytes,
                stamp,
                outcome,
            };
            (rel.to_string(), entry)
        })
    }

    /// Puts the files back into the cache with those read anew.
    pub(crate) fn give_back(mut self, fresh: impl IntoIterator<Item = Fresh<T>>) {
        if self.cache.keep {
            self.files.extend(fresh);
            *T::slot(self.cache)
                .lock()
                .unwrap_or_else(|e| e.into_inner()) = self.files;
        }
    }
}

/// A record kind that has a map in the cache.
pub(crate) trait Cached: Clone + Send + Sync + Sized + 'static {
    fn slot(cache: &LoadCache) -> &Slot<Self>;
}

impl LoadCache {
    /// A cache that keeps what each run read, for the next.
    pub fn keeping() -> LoadCache {
        LoadCache {
            keep: true,
            ..LoadCache::default()
        }
    }

    /// A cache that keeps nothing.
    pub fn off() -> LoadCache {
        LoadCache::default()
    }

    pub(crate) fn keeps(&self) -> bool {
        self.keep
    }

    /// The files changed since the last run, for the next run only (`None`: unknown).
    pub fn changed_files(&self, files: Option<FastSet<String>>) {
        *self.changed.lock().unwrap_or_else(|e| e.into_inner()) = files;
    }

    /// What the watcher said changed since the last run, taken by this run.
    pub(crate) fn take_changed(&self) -> Option<FastSet<String>> {
        self.changed
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
    }

    /// The files of kind `T` read by earlier runs, taken out for a parallel read that
    /// looks them up without a lock (see `Kept::give_back`).
    pub(crate) fn take<T: Cached>(&self) -> Kept<'_, T> {
        let mut slot = T::slot(self).lock().unwrap_or_else(|e| e.into_inner());
        Kept {
            cache: self,
            files: std::mem::take(&mut *slot),
        }
    }

    /// Forgets the files that this run did not read (removed or renamed).
    pub(crate) fn retain(&self, read: &FastSet<String>) {
        self.slots.retain(read);
    }
}

#[cfg(test)]
mod tests {
    use super::Stamp;

    #[cfg(unix)]
    #[test]
    fn a_stamp_changes_with_a_write_of_the_same_length_and_is_not_trusted_while_fresh() {
        let dir = std::env::temp_dir().join(format!("ccpub-stamp-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("a.md");
        std::fs::write(&file, "one").unwrap();
        let first = Stamp::of(&file).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(&file, "two").unwrap();
        let second = Stamp::of(&file).unwrap();
        assert_ne!(first, second);
        // Just written: compared by bytes, not by stamp, in the next run.
        assert_eq!(second.settled(), None);
        assert_eq!(Stamp::of(&dir.join("missing")), None);
        assert_eq!(Stamp::of(&dir), None, "a folder has no stamp");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
