//! Two `#[guarded]` structs, one declared after the other, for the tests of `guarded` to
//! build on from another crate: `tests/struct_order.rs` declares a struct after [`Ledger`], and
//! so, through it, after [`Bank`].

use guarded::guarded;

/// Balances, locked before anything of the ledger.
#[guarded]
#[derive(Debug, Default)]
pub struct Bank {
    /// Balance per account number.
    pub accounts: Vec<i64>,
    /// One line per change.
    pub audit: Vec<String>,
}

/// Entries, locked after the bank's fields: `#[guarded(after = Bank)]`.
#[guarded(after = Bank)]
#[derive(Debug, Default)]
pub struct Ledger {
    /// One entry per transfer.
    pub entries: Vec<String>,
}
