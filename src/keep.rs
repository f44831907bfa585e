//! The one way a result is kept between runs (`serve`): under the 128-bit key of
//! everything it is made from (`key`). A later run that asks for the same key gets
//! the kept result; a result no run asked for since the last `settle` is dropped
//! then. A keeper made with `Keeper::new(false)` (a one-shot command) keeps nothing and
//! always makes the result.
//!
//! The rendered Markdown bodies, the redlines, the sections of the plan, the
//! rendered pages, the links of a page that the check must look at and the
//! compiled theme are each a `Keeper`.
use crate::key::Key;
use std::sync::Mutex;

/// A map by key: a key is a hash already, so its low 64 bits are the map's hash.
type HashMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<KeyHasher>>;

/// The hasher of `Key`s: passes a key's low 64 bits through.
#[derive(Default)]
struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Not reached for a `Key` (`write_u128`); folds any other input.
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0 ^ u64::from_le_bytes(b))
                .rotate_left(23)
                .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u128(&mut self, key: u128) {
        self.0 = key as u64;
    }
}

/// Results by the key of their inputs: those of the last run, and those this run
/// asked for (which the next run may reuse).
pub struct Keeper<V> {
    on: bool,
    maps: Mutex<Maps<V>>,
}

struct Maps<V> {
    last: HashMap<Key, V>,
    this: HashMap<Key, V>,
}

impl<V> Default for Maps<V> {
    fn default() -> Self {
        Maps {
            last: HashMap::default(),
            this: HashMap::default(),
        }
    }
}

impl<V: Clone + Send + Sync> Keeper<V> {
    /// A keeper that keeps what each run made, for the next (`on`), or nothing.
    pub fn new(on: bool) -> Keeper<V> {
        Keeper {
            on,
            maps: Mutex::default(),
        }
    }

    /// Whether results are kept (a key need not be computed otherwise).
    pub fn keeps(&self) -> bool {
        self.on
    }

    fn maps(&self) -> std::sync::MutexGuard<'_, Maps<V>> {
        self.maps.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The result made from the inputs whose key `key` gives: the one kept, or
    /// `make`'s (kept for the next run). `key` is not called by a keeper that is off.
    pub fn get(&self, key: impl FnOnce() -> Key, make: impl FnOnce() -> V) -> V {
        match self.try_get(key, || Ok::<V, std::convert::Infallible>(make())) {
            Ok(v) => v,
            Err(never) => match never {},
        }
    }

    /// `get` for a result whose making may fail (nothing is kept then).
    pub fn try_get<E>(
        &self,
        key: impl FnOnce() -> Key,
        make: impl FnOnce() -> Result<V, E>,
    ) -> Result<V, E> {
        if !self.on {
            return make();
        }
        let key = key();
        let mut maps = self.maps();
        if let Some(v) = maps.this.get(&key) {
            return Ok(v.clone());
        }
        if let Some(v) = maps.last.remove(&key) {
            maps.this.insert(key, v.clone());
            return Ok(v);
        }
        drop(maps);
        let v = make()?;
        self.maps().this.insert(key, v.clone());
        Ok(v)
    }

    /// `get` for each of `items`, in parallel and in order, without a lock per item:
    /// the kept results are taken out for the call (a call on the same keeper at the
    /// same time makes its results anew).
    pub fn each<T: Sync>(
        &self,
        items: &[T],
        key: impl Fn(&T) -> Key + Sync,
        make: impl Fn(&T) -> V + Sync + Send,
    ) -> Vec<V> {
        use rayon::prelude::*;
        if !self.on {
            return items.par_iter().map(make).collect();
        }
        let mut last = std::mem::take(&mut self.maps().last);
        let made: Vec<(Key, Option<V>)> = items
            .par_iter()
            .map(|item| {
                let k = key(item);
                (k, (!last.contains_key(&k)).then(|| make(item)))
            })
            .collect();
        let mut this = std::mem::take(&mut self.maps().this);
        let mut out = Vec::with_capacity(made.len());
        for (k, v) in made {
            let v = match v.or_else(|| last.remove(&k)) {
                Some(v) => v,
                // Asked for twice in the call: kept by the first.
                None => this
                    .get(&k)
                    .cloned()
                    .unwrap_or_else(|| unreachable!("made or kept")),
            };
            out.push(v.clone());
            this.insert(k, v);
        }
        let mut maps = self.maps();
        maps.this.extend(this);
        maps.last.extend(last);
        out
    }

    /// Ends a run: what it asked for is what the next run may reuse; the rest is dropped.
    pub fn settle(&self) {
        let mut maps = self.maps();
        maps.last = std::mem::take(&mut maps.this);
    }

    /// How many results are kept for the next run (tests).
    #[cfg(test)]
    pub fn len(&self) -> usize {
        let maps = self.maps();
        maps.last.len() + maps.this.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn a_result_is_reused_for_the_same_key_and_dropped_when_a_run_does_not_ask_for_it() {
        let keeper: Keeper<String> = Keeper::new(true);
        let made = AtomicUsize::new(0);
        let make = |s: &str| {
            made.fetch_add(1, Ordering::SeqCst);
            s.to_uppercase()
        };
        assert_eq!(keeper.get(|| 1, || make("a")), "A");
        assert_eq!(keeper.get(|| 2, || make("b")), "B");
        keeper.settle();
        // The next run asks for key 1 only: key 2 is dropped when it ends.
        assert_eq!(keeper.get(|| 1, || make("x")), "A");
        assert_eq!(made.load(Ordering::SeqCst), 2);
        keeper.settle();
        assert_eq!(keeper.len(), 1);
        assert_eq!(keeper.get(|| 2, || make("c")), "C");
        assert_eq!(made.load(Ordering::SeqCst), 3);
    }

    #[test]
    fn each_keeps_the_order_of_its_items_and_reuses_what_the_last_run_made() {
        let keeper: Keeper<u64> = Keeper::new(true);
        let made = AtomicUsize::new(0);
        let square = |n: &u64| {
            made.fetch_add(1, Ordering::SeqCst);
            n * n
        };
        let items: Vec<u64> = (0..100).collect();
        let key = |n: &u64| u128::from(*n);
        assert_eq!(
            keeper.each(&items, key, square),
            (0..100).map(|n| n * n).collect::<Vec<_>>()
        );
        keeper.settle();
        let next: Vec<u64> = (50..150).collect();
        assert_eq!(
            keeper.each(&next, key, square),
            (50..150).map(|n| n * n).collect::<Vec<_>>()
        );
        assert_eq!(made.load(Ordering::SeqCst), 150);
        keeper.settle();
        assert_eq!(keeper.len(), 100);
    }

    #[test]
    fn a_keeper_that_is_off_makes_every_result_and_never_computes_a_key() {
        let keeper: Keeper<u32> = Keeper::new(false);
        let made = AtomicUsize::new(0);
        for _ in 0..3 {
            let v = keeper.get(
                || unreachable!("no key is needed"),
                || made.fetch_add(1, Ordering::SeqCst) as u32,
            );
            keeper.settle();
            assert_eq!(v as usize + 1, made.load(Ordering::SeqCst));
        }
        assert_eq!(keeper.len(), 0);
    }
}
