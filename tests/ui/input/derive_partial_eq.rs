//! `#[derive(PartialEq)]` under `#[guarded]`: comparing would read every field without taking
//! its lock in order. Must be rejected on `PartialEq`, while `Debug` next to it is kept.

use guarded::guarded;

#[guarded]
#[derive(Debug, PartialEq)]
pub struct Bank {
    accounts: Vec<i64>,
}

fn main() {
    let bank = Bank::new(Vec::new());
    println!("{bank:?}");
}
