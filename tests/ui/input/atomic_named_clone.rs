//! An atomic field named `clone`: its method `clone()` would hide `Clone::clone`, so
//! `stats.clone()` would return the atomic instead of a new handle. Must be rejected,
//! suggesting `rename`.

use guarded::guarded;

#[guarded]
pub struct Stats {
    #[guarded(atomic)]
    clone: u64,
    #[guarded(atomic)]
    new: bool,
}

fn main() {}
