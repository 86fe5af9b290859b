//! `snapshot` on fields whose types are locks (`Arc<Mutex<_>>`, a path to
//! `std::sync::RwLock`, a `&'static Mutex<_>`): `load_<field>()` hands out the lock with no key, at any point in
//! the order, so `load_sessions().lock()` would be a lock outside the order, as for an
//! `unlocked` field. Must be rejected on each type, naming the struct, the field and the
//! lock, and pointing to the locked kinds.

use std::sync::{Arc, Mutex};

use guarded::guarded;

#[guarded]
pub struct Shard {
    #[guarded(snapshot)]
    sessions: Arc<Mutex<Vec<u32>>>,
    #[guarded(snapshot)]
    config: std::sync::RwLock<String>,
    #[guarded(snapshot)]
    global: &'static Mutex<u64>,
    #[guarded(snapshot)]
    name: String,
    queue: Vec<u32>,
}

fn main() {}
