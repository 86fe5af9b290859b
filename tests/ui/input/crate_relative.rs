//! `crate = guarded` (a relative path): the generated level module sits inside the user's
//! module, where a relative path may name something else or nothing. Must be rejected on the
//! path, asking for `::guarded` or `crate::...`.

use guarded::guarded;

#[guarded(crate = guarded)]
pub struct Bank {
    accounts: Vec<i64>,
}

fn main() {
    let _ = Bank::new(Vec::new());
}
