//! Types and derives written with raw identifiers (`r#u64`, `core::r#primitive::r#u32`,
//! `#[derive(r#Debug, r#Default)]`), as code generators write every identifier: each is
//! the name it spells, so an atomic field of `r#u64` is an `AtomicU64`, and the derives
//! are the ones `#[guarded]` implements itself. Must compile, and run.

use std::sync::atomic::Ordering;

use guarded::{ThreadKey, guarded};

#[guarded]
#[derive(r#Debug, r#Default)]
pub struct Counters {
    #[guarded(atomic)]
    hits: r#u64,
    #[guarded(atomic)]
    misses: core::r#primitive::r#u32,
    r#log: Vec<&'static str>,
}

fn main() {
    let counters = Counters::new(1, 2, vec!["started"]);
    counters.hits().fetch_add(1, Ordering::Relaxed);
    assert_eq!(counters.hits().load(Ordering::Relaxed), 2);
    assert_eq!(counters.misses().load(Ordering::Relaxed), 2);
    let mut key = ThreadKey::get().expect("the first key");
    assert_eq!(*counters.lock_log(&mut key).0, ["started"]);
    assert_eq!(
        format!("{counters:?}"),
        "Counters { hits: 2, misses: 2, log: .. }"
    );
    let fresh = Counters::default();
    assert_eq!(fresh.hits().load(Ordering::Relaxed), 0);
    assert!(fresh.lock_log(&mut key).0.is_empty());
}
