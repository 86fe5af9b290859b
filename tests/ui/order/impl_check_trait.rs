//! Implementing the generated check trait of an out-of-order pair, which would make
//! `audit` precede `accounts` (the opposite of the declared order). Its supertrait is
//! sealed in the runtime: the impl must not compile.

use guarded::guarded;

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
    audit: Vec<String>,
}

impl<'x> bank_levels::cannot_lock_accounts_while_holding_audit<'x> for bank_levels::audit {}

fn main() {}
