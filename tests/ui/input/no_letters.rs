//! A field named `__`: with its leading underscores dropped, nothing is left to name
//! `lock_<field>` after. Must be rejected on the field's name, suggesting `rename`.

use guarded::guarded;

#[guarded]
pub struct Odd {
    __: u8,
}

fn main() {}
