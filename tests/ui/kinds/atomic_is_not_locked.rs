//! `lock_done` on an atomic field: an atomic takes no lock and has no place in the order;
//! it is reached with `done()`. Must fail: no such method.

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Stats {
    #[guarded(atomic)]
    done: u64,
}

fn main() {
    let stats = Stats::new(0);
    let mut key = ThreadKey::get().unwrap();
    let _ = stats.lock_done(&mut key);
}
