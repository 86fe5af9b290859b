//! `#[derive(Debug, Default)]` is kept: `Debug` prints each field as `..` (showing the data
//! would read it without its lock) and `Default` defaults each field behind a new lock.

use guarded::{ThreadKey, guarded};

#[guarded]
#[derive(Debug, Default)]
pub struct Counter {
    hits: u64,
    names: Vec<String>,
}

fn main() {
    let counter = Counter::default();
    assert_eq!(format!("{counter:?}"), "Counter { hits: .., names: .. }");
    let mut key = ThreadKey::get().expect("first key");
    let (hits, mut key) = counter.lock_hits(&mut key);
    let (names, _key) = counter.lock_names(&mut key);
    assert_eq!(*hits, 0);
    assert!(names.is_empty());
}
