//! `guarded::__private::Field::lock`, named through the hidden module and called as a
//! function with something that is not a key (`&mut ()`): the hidden path gives no way
//! around the key. Must not compile.

use guarded::guarded;

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
}

fn main() {
    let bank = Bank::new(vec![1]);
    let (data, _key) = guarded::__private::Field::lock(&bank.fields.accounts, &mut ());
    drop(data);
}
