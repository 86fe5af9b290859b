//! `#[guarded(atomic)]` on a `String`: std has atomics only for `bool` and the integers, and
//! silently guarding it with a lock instead would hide the mistake. Must be rejected on the
//! type, with the list of supported types.

use guarded::guarded;

#[guarded]
pub struct Stats {
    #[guarded(atomic)]
    last_error: String,
    #[guarded(atomic)]
    ratio: f64,
}

fn main() {}
