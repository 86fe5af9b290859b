//! A unit struct in the struct's module named like a field (`accounts`): `new`'s parameter
//! of that name is read as a pattern matching the unit struct (README, Limitations). Must
//! fail with rustc's pattern error; the fix is to rename the unit struct (lower-case type
//! names already warn) or declare the struct in another module.

#![allow(non_camel_case_types)]

use guarded::guarded;

pub struct accounts;

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
}

fn main() {
    let _ = accounts;
}
