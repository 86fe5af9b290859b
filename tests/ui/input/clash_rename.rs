//! Two fields renamed to the same name: both would get `lock_money`. Must be rejected on the
//! second `rename`, with only the clash reported (no "duplicate definitions").

use guarded::guarded;

#[guarded]
pub struct Bank {
    #[guarded(rename = money)]
    accounts: Vec<i64>,
    #[guarded(rename = money)]
    savings: Vec<i64>,
}

fn main() {
    let _ = Bank::new(Vec::new(), Vec::new());
}
