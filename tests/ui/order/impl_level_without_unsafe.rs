//! A hand-written `Level` could put one field in the order twice. The trait is `unsafe`:
//! implementing it without `unsafe` must not compile.

use guarded::guarded;

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
}

pub enum Mine {}

impl guarded::__private::Level for Mine {
    const STRUCT: &'static str = "Bank";
    const FIELD: &'static str = "accounts";
    const RECOVER: &'static str = "recover_accounts";
}

fn main() {}
