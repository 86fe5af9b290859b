//! `rename = __`: leading underscores are left out of method names, also from a rename, so
//! nothing is left to name the methods. The error is on the rename, and says so.

use guarded::guarded;

#[guarded]
struct S {
    #[guarded(rename = __)]
    value: u8,
}

fn main() {}
