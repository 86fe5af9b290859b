//! `#[guarded]` on a function: only a struct can be guarded. Must be rejected on the function,
//! which is still emitted so that its callers do not cascade.

use guarded::guarded;

#[guarded]
fn helper() -> u32 {
    1
}

fn main() {
    let _ = helper();
}
