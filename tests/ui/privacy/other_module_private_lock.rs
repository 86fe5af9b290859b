//! From another module, `lock_<field>` of a private field is private too (it has the
//! field's visibility), even with a proper key.

mod bank {
    use std::collections::HashMap;

    use guarded::guarded;

    #[guarded]
    pub struct Bank {
        accounts: HashMap<u32, i64>,
        pub audit: Vec<String>,
    }

    pub fn open() -> Bank {
        Bank::new(HashMap::new(), Vec::new())
    }
}

fn main() {
    let bank = bank::open();
    let mut key = guarded::ThreadKey::get().unwrap();
    let (accounts, _key) = bank.lock_accounts(&mut key);
    drop(accounts);
}
