//! `#[guarded]` on a unit struct: no field, so no lock and no lock order. Must be rejected on
//! the struct's name.

use guarded::guarded;

#[guarded]
pub struct Marker;

fn main() {
    let _ = Marker;
}
