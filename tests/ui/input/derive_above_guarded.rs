//! `#[derive(Debug, Default)]` written above `#[guarded]` instead of under it: the derives
//! see the fields as written, but the struct the macro emits keeps them in its shared
//! storage, so the derived code reads and builds fields the struct does not have. Must
//! fail on the derives (rustc's "no field" errors); the README says to write them under
//! `#[guarded]`, where the macro implements them.

use guarded::guarded;

#[derive(Debug, Default)]
#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
}

fn main() {
    let bank = Bank::new(Vec::new());
    println!("{bank:?}");
}
