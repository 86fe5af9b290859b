//! The generated check trait implemented under a where clause that assumes its sealed
//! supertrait: the impl itself compiles (a where clause may assume anything), but it adds
//! nothing, since nothing satisfies that clause. Locking `accounts` while holding `audit`
//! must still fail, on the lock (rustc then names the unsatisfied sealed bound rather than
//! the order).

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
    audit: Vec<String>,
}

impl<'x> bank_levels::cannot_lock_accounts_while_holding_audit<'x> for bank_levels::audit where
    for<'y> bank_levels::audit: guarded::__private::Unimplementable
{
}

fn main() {
    let bank = Bank::new(Vec::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let (audit, mut key) = bank.lock_audit(&mut key);
    let (accounts, _key) = bank.lock_accounts(&mut key);
    drop((audit, accounts));
}
