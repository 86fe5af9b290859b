//! `poison = result` on an atomic field: an atomic takes no lock, so nothing can poison it;
//! accepting the option would promise a `Result` that never comes. Must be rejected on the
//! policy.

use guarded::guarded;

#[guarded]
pub struct Stats {
    #[guarded(atomic, poison = result)]
    done: u64,
}

fn main() {}
