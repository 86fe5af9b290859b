//! `rename = "money"`: a string where an identifier is expected. Must be rejected on the
//! string, showing how the option is written, and the struct still works without it.

use guarded::guarded;

#[guarded]
pub struct Bank {
    #[guarded(rename = "money")]
    accounts: Vec<i64>,
}

fn main() {
    let _ = Bank::new(Vec::new());
}
