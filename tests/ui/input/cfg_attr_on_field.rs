//! `#[cfg_attr]` on a field: it could add a `#[cfg]` or a `#[guarded(rename = ...)]` that the
//! macro cannot see, so the field's lock and accessors would depend on the configuration.
//! Must be rejected on the `#[cfg_attr]`.

use guarded::guarded;

#[guarded]
pub struct Bank {
    #[cfg_attr(debug_assertions, allow(dead_code))]
    accounts: Vec<i64>,
}

fn main() {}
