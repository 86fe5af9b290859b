//! `lock!` with `read` on a mutex field: a mutex has no shared lock, so `read` would
//! promise other threads a concurrent access it cannot give (or be silently exclusive).
//! Must fail: `read` takes an `rw` field.

use guarded::{ThreadKey, guarded, lock};

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
    #[guarded(rw)]
    rates: Vec<u32>,
}

fn main() {
    let bank = Bank::new(Vec::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let (_accounts, _rates, _key) = lock!(bank, &mut key => read accounts, read rates);
}
