//! A constant in the struct's module named like a generated parameter (`key`): rustc reads
//! the parameter as a pattern matching the constant, and no stable hygiene prevents it
//! (README, Limitations). Must fail with rustc's "function parameters cannot shadow
//! constants" or a pattern error; the fix is to rename the constant (lower-case constants
//! already warn) or declare the struct in another module.

#![allow(non_upper_case_globals)]

use guarded::guarded;

const key: u32 = 0;

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
}

fn main() {
    let _ = key;
}
