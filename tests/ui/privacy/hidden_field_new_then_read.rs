//! `guarded::__private::Field::new` makes storage of one's own: its data must still be
//! reachable only through `lock` with a key, not by dereferencing or by its inner field.

use guarded::guarded;

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
}

fn main() {
    let field: guarded::__private::Field<Vec<i64>, bank_levels::accounts> =
        guarded::__private::Field::new(vec![1]);
    let first = field[0];
    drop(first);
}
