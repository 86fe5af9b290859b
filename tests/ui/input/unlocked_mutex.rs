//! `unlocked` on fields whose types are locks (`Mutex`, `Arc<RwLock<_>>`, a path to
//! `std::sync::Mutex`, a `Box<Condvar>`, a `&'static Mutex<_>`, a `Weak<RwLock<_>>`): each
//! would be a lock outside the order, which `guarded` could not check. Must be rejected
//! on each type, naming the struct, the field and the lock, and pointing to the locked
//! kinds.

use std::sync::{Arc, Condvar, Mutex, RwLock, Weak};

use guarded::guarded;

#[guarded]
pub struct Shard {
    #[guarded(unlocked)]
    sessions: Mutex<Vec<u32>>,
    #[guarded(unlocked)]
    config: Arc<RwLock<String>>,
    #[guarded(unlocked)]
    wake: Box<Condvar>,
    #[guarded(unlocked)]
    stats: std::sync::Mutex<u64>,
    #[guarded(unlocked)]
    global: &'static Mutex<u64>,
    #[guarded(unlocked)]
    parent: Weak<RwLock<u8>>,
    #[guarded(unlocked)]
    name: String,
}

fn main() {}
