//! `#[cfg]` on a field: the lock order, the level types and the arguments of `new` would
//! change with the build configuration. Must be rejected on the `#[cfg]`.

use guarded::guarded;

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
    #[cfg(debug_assertions)]
    audit: Vec<String>,
}

fn main() {}
