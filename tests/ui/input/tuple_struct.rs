//! `#[guarded]` on a tuple struct: the accessors are named after the fields (`lock_<field>`),
//! and tuple fields have no names. Must be rejected on the fields, saying how to name them.

use guarded::guarded;

#[guarded]
pub struct Pair(u32, String);

fn main() {
    let _ = Pair(1, String::new());
}
