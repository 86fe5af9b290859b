//! `#[guarded]` on `struct S {}`: braces but no field, so nothing to lock. Decided to be an
//! error rather than an empty lock order (a struct with no lock is most likely a mistake).

use guarded::guarded;

#[guarded]
pub struct Empty {}

fn main() {
    let _ = Empty {};
}
