//! `#[guarded(rw)]` on a field: there is no read-write lock option (yet); an unknown field
//! option must not be ignored silently. Must be rejected on `rw`.

use guarded::guarded;

#[guarded]
pub struct Bank {
    #[guarded(rw)]
    accounts: Vec<i64>,
}

fn main() {
    let _ = Bank::new(Vec::new());
}
