//! Implementing the generated check of `accounts` for a key that holds `audit`, which would
//! let that key lock `accounts` (the opposite of the declared order). The check has one
//! blanket impl over the keys that may lock `accounts`, and its supertrait, `CanLock`, is
//! the runtime's, implemented only for keys that may: the impl must not compile.

use guarded::guarded;

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
    audit: Vec<String>,
}

impl bank_levels::comes_before_accounts for guarded::Key<'static, bank_levels::audit> {}

fn main() {}
