//! `lock!` naming a private field from outside the struct's module: `lock_accounts` is
//! private there, so `lock!` must not be a way around the field's visibility. Must fail:
//! the field is private.

mod bank {
    use guarded::guarded;

    #[guarded]
    pub struct Bank {
        accounts: Vec<i64>,
        pub audit: Vec<String>,
    }

    impl Bank {
        pub fn open() -> Self {
            Bank::new(vec![100], Vec::new())
        }
    }
}

use guarded::{ThreadKey, lock};

fn main() {
    let bank = bank::Bank::open();
    let mut key = ThreadKey::get().unwrap();
    let (_accounts, _audit, _key) = lock!(bank, &mut key => accounts, audit);
}
