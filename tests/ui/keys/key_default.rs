//! A `Key` from `Default`, with no lock taken: `Key` is not `Default`. Must not compile.

use guarded::{Key, guarded};

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
    audit: Vec<String>,
}

fn main() {
    let _key: Key<'static, bank_levels::accounts> = Default::default();
}
