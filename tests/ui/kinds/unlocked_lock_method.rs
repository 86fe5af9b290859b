//! `lock_name` on an `unlocked` field, and `lock_config` on a `snapshot` field: neither takes
//! a lock nor has a place in the order. Must fail: no such methods (they are read with
//! `name()` and `load_config()`).

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Shard {
    #[guarded(unlocked)]
    name: String,
    #[guarded(snapshot)]
    config: u32,
}

fn main() {
    let shard = Shard::new("a".to_owned(), 1);
    let mut key = ThreadKey::get().unwrap();
    let _ = shard.lock_name(&mut key);
    let _ = shard.lock_config(&mut key);
}
