//! Declaring an order between two structs by hand, both ways: `impl CanLock` for the key of
//! one struct's level, towards the other's. Thread 1 could lock `A.x` then `B.y` while
//! thread 2 locks `B.y` then `A.x`: a deadlock. The runtime implements `CanLock` for every
//! key of a level, bounded by the order (`after = ...` between structs), so the impls
//! conflict with it: must not compile.

use guarded::{CanLock, Key, guarded};

#[guarded]
pub struct A {
    x: u32,
}

#[guarded]
pub struct B {
    y: u32,
}

impl CanLock<b_levels::y> for Key<'_, a_levels::x> {}
impl CanLock<a_levels::x> for Key<'_, b_levels::y> {}

fn main() {}
