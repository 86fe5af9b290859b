//! `#[guarded(rename = name)]` names a field's accessors, and leading underscores are left
//! out of accessor names (`_cache` gets `lock_cache`). The level types keep the fields' own
//! names, and the lock order is still the declaration order.

use guarded::{CanLock, ThreadKey, guarded};

#[guarded]
pub struct Bank {
    #[guarded(rename = money)]
    accounts: Vec<i64>,
    _cache: Option<i64>,
    #[guarded(rename = r#log)]
    audit: Vec<String>,
}

/// A helper names a level by the field's name, not its rename.
fn note(bank: &Bank, key: &mut impl CanLock<bank_levels::audit>, line: &str) {
    let (mut audit, _key) = bank.lock_log(key);
    audit.push(line.to_owned());
}

fn main() {
    let bank = Bank::new(vec![1], None, Vec::new());
    let mut key = ThreadKey::get().expect("first key");
    {
        let (accounts, mut key) = bank.lock_money(&mut key);
        let (mut cache, mut key) = bank.lock_cache(&mut key);
        *cache = accounts.first().copied();
        note(&bank, &mut key, "cached");
    }
    let (_audit, _key) = bank.recover_log(&mut key);
    assert_eq!(Bank::LOCK_ORDER, ["accounts", "_cache", "audit"]);
}
