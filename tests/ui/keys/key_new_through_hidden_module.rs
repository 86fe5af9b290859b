//! `Key::new()` named through the hidden module `guarded::__private`: the constructor is
//! private there too. Must not compile.

use guarded::guarded;

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
    audit: Vec<String>,
}

fn main() {
    let _key = guarded::__private::Key::<bank_levels::accounts>::new();
}
