//! `crate = "guarded"`: a string, as some derive macros take, where a path is expected. Must
//! be rejected on the string, showing how the option is written.

use guarded::guarded;

#[guarded(crate = "guarded")]
pub struct Bank {
    accounts: Vec<i64>,
}

fn main() {
    let _ = Bank::new(Vec::new());
}
