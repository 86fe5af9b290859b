//! A `#[deprecated]` field: its methods are deprecated (a call of one warns at the
//! caller), and nothing the macro generates warns (`new`, the other fields' methods, the
//! `Debug` and `Default` impls). Must compile under `deny(deprecated)`, with the one
//! expected warning at the user's call.
//!
//! (Found by review: the attribute landed on the field's hidden storage, every generated
//! use of it warned at the `#[guarded]` line, and the field's methods were not deprecated.)

#![deny(deprecated, unfulfilled_lint_expectations)]

use guarded::{ThreadKey, guarded};

#[guarded]
#[derive(Debug, Default)]
pub struct Bank {
    /// Kept for old callers.
    #[deprecated = "use `balance`"]
    accounts: Vec<i64>,
    balance: i64,
    #[deprecated = "read `balance`"]
    #[guarded(unlocked)]
    legacy_total: i64,
}

fn main() {
    let bank = Bank::new(vec![1], 1, 1);
    let mut key = ThreadKey::get().expect("this thread's key");
    {
        #[expect(deprecated, reason = "`accounts` is deprecated, and so its methods are")]
        let (accounts, _key) = bank.lock_accounts(&mut key);
        assert_eq!(*accounts, [1]);
    }
    #[expect(deprecated, reason = "`legacy_total` is deprecated, and so its accessor is")]
    let total = *bank.legacy_total();
    let (balance, _key) = bank.lock_balance(&mut key);
    assert_eq!(*balance, total);
    println!("{bank:?} {:?}", Bank::default());
}
