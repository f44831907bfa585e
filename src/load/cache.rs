//! Records read in an earlier run, kept by `serve`: one typed map per record kind,
//! by file path, reused when the file's bytes are the same.
use crate::diag::Diagnostics;
use crate::model::{
    Application, Councillor, Election, Meeting, Member, News, Page, Translation, Version, Vote,
    VoteText, WorkingGroup,
};
use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

/// What reading one file gave.
#[derive(Clone)]
pub(crate) struct Outcome<T> {
    pub record: Option<T>,
    pub diags: Diagnostics,
    pub links: Option<(String, Vec<crate::markdown::Link>)>,
}

/// Files read, by path: their bytes and what reading them gave.
type Slot<T> = Mutex<HashMap<String, (Vec<u8>, Outcome<T>)>>;

/// The records of the files read by earlier runs. A cache made with `LoadCache::off`
/// (a one-shot command) keeps nothing.
#[derive(Default)]
pub struct LoadCache {
    keep: bool,
    members: Slot<Member>,
    councillors: Slot<Councillor>,
    groups: Slot<WorkingGroup>,
    versions: Slot<Version>,
    pages: Slot<Page>,
    news: Slot<News>,
    meetings: Slot<Meeting>,
    applications: Slot<Application>,
    elections: Slot<Election>,
    votes: Slot<Vote>,
    vote_texts: Slot<VoteText>,
    translations: Slot<Translation>,
}

/// A record kind that has a map in the cache.
pub(crate) trait Cached: Clone + Send + Sync + Sized + 'static {
    fn slot(cache: &LoadCache) -> &Slot<Self>;
}

macro_rules! cached {
    ($($t:ty => $field:ident),* $(,)?) => {
        $(impl Cached for $t {
            fn slot(cache: &LoadCache) -> &Slot<Self> {
                &cache.$field
            }
        })*
    };
}

cached!(
    Member => members,
    Councillor => councillors,
    WorkingGroup => groups,
    Version => versions,
    Page => pages,
    News => news,
    Meeting => meetings,
    Application => applications,
    Election => elections,
    Vote => votes,
    VoteText => vote_texts,
    Translation => translations,
);

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

    /// What reading `rel` gave in an earlier run, if the file held exactly `bytes`.
    pub(crate) fn get<T: Cached>(&self, rel: &str, bytes: &[u8]) -> Option<Outcome<T>> {
        let slot = T::slot(self).lock().unwrap_or_else(|e| e.into_inner());
        let (was, outcome) = slot.get(rel)?;
        (was.as_slice() == bytes).then(|| outcome.clone())
    }

    /// Keeps what reading `rel` gave (when the cache keeps anything).
    pub(crate) fn put<T: Cached>(&self, rel: String, bytes: Vec<u8>, outcome: Outcome<T>) {
        if self.keep {
            let mut slot = T::slot(self).lock().unwrap_or_else(|e| e.into_inner());
            slot.insert(rel, (bytes, outcome));
        }
    }

    /// Forgets the files that this run did not read (removed or renamed).
    pub(crate) fn retain(&self, read: &HashSet<String>) {
        fn keep<T>(slot: &Slot<T>, read: &HashSet<String>) {
            let mut slot = slot.lock().unwrap_or_else(|e| e.into_inner());
            slot.retain(|rel, _| read.contains(rel));
        }
        keep(&self.members, read);
        keep(&self.councillors, read);
        keep(&self.groups, read);
        keep(&self.versions, read);
        keep(&self.pages, read);
        keep(&self.news, read);
        keep(&self.meetings, read);
        keep(&self.applications, read);
        keep(&self.elections, read);
        keep(&self.votes, read);
        keep(&self.vote_texts, read);
        keep(&self.translations, read);
    }
}
