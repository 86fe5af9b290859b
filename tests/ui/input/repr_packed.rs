//! `#[repr(packed)]` on a guarded struct: its fields are `Arc`s, which rustc will not
//! reference unaligned. The error is `#[guarded]`'s, on the attribute.

use guarded::guarded;

#[guarded]
#[repr(C, packed)]
struct Packed {
    a: u8,
    b: u64,
}

fn main() {}
