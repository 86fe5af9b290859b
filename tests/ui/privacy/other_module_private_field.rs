//! From another module, a private field's storage cannot even be named, let alone locked.

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
    let _accounts = &bank.accounts;
}
