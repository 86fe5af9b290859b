//! `#[guarded]` on a union: a union's fields overlap in memory, so they cannot each sit behind
//! their own lock. Must be rejected on the `union` keyword.

use guarded::guarded;

#[guarded]
pub union Bits {
    int: u32,
    float: f32,
}

fn main() {
    let bits = Bits { int: 1 };
    let _ = unsafe { bits.float };
}
