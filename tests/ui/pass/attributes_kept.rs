//! Doc comments and attributes on the struct and on its fields are kept: `#[repr(C)]`,
//! `#[allow(dead_code)]` and docs must not be dropped or trip the macro, and `#![deny]` of
//! the missing-docs and unused lints holds on what is generated.

#![deny(missing_docs, unused)]
//! A crate whose items all have docs.

use guarded::{ThreadKey, guarded};

/// A bank, with its docs kept.
#[guarded]
#[repr(C)]
#[allow(dead_code)]
pub struct Bank {
    /// The balance of each account.
    #[allow(clippy::struct_field_names)]
    pub accounts: Vec<i64>,
    /// Every transfer, in order.
    #[doc(alias = "log")]
    pub audit: Vec<String>,
}

fn main() {
    let bank = Bank::new(vec![10, 20], Vec::new());
    let mut key = ThreadKey::get().expect("first key");
    let (mut accounts, mut key) = bank.lock_accounts(&mut key);
    let (mut audit, _key) = bank.lock_audit(&mut key);
    accounts[0] -= 5;
    accounts[1] += 5;
    audit.push("0 -> 1: 5".to_owned());
    assert_eq!(*accounts, [5, 25]);
    assert_eq!(Bank::LOCK_ORDER, ["accounts", "audit"]);
}
