//! Type parameters, a const parameter, a default, bounds in both places and a where clause:
//! the struct, `new`, the accessors and `Clone` must all carry them, and `Clone` must not
//! require `T: Clone` (a clone shares the locks). Lifetimes are in `lifetimes.rs`.

use std::collections::BTreeMap;
use std::fmt::Debug;

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Cache<K: Ord, V, const N: usize, S = String>
where
    V: Debug + Default,
{
    name: S,
    entries: BTreeMap<K, V>,
    recent: [Option<K>; N],
}

/// Not `Clone`: the clone of the struct must not need it.
#[derive(Debug, Default)]
struct Opaque(u8);

fn main() {
    let cache: Cache<u32, Opaque, 2> = Cache::new("cache".to_owned(), BTreeMap::new(), [None; 2]);
    let shared = cache.clone();
    let mut key = ThreadKey::get().expect("first key");
    {
        let (name, mut key) = cache.lock_name(&mut key);
        let (mut entries, mut key) = cache.lock_entries(&mut key);
        entries.insert(7, Opaque(1));
        let (mut recent, _key) = cache.lock_recent(&mut key);
        recent[0] = Some(7);
        assert_eq!(*name, "cache");
    }
    let (entries, _key) = shared.lock_entries(&mut key);
    assert_eq!(entries[&7].0, 1, "the clone shares the lock");
}
