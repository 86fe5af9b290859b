//! Types and derives written with raw identifiers are the names they spell: a lock in an
//! `unlocked` or `snapshot` field written `r#Mutex` (or inside `r#Arc`), an unsized
//! `r#str` field, and `#[derive(r#Clone)]`. Must be rejected as their plain spellings are,
//! each with `#[guarded]`'s own message (the lock and the trait named without `r#`).

use guarded::guarded;

#[guarded]
pub struct Shard {
    #[guarded(unlocked)]
    sessions: std::sync::r#Mutex<Vec<u32>>,
    #[guarded(snapshot)]
    config: r#Arc<std::sync::r#RwLock<String>>,
    #[guarded(unlocked)]
    wake: &'static std::sync::r#Condvar,
    name: r#str,
}

#[guarded]
#[derive(r#Clone)]
pub struct Bank {
    accounts: Vec<i64>,
}

use std::sync::Arc as r#Arc;

fn main() {}
