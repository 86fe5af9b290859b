//! From another module, a struct literal of the generated storage struct, to build an
//! instance around a lock whose data the caller keeps a way to (or to take an instance's
//! storage apart by a pattern): its fields are as private as the struct's fields. Must
//! fail: the fields of the storage struct are private here.

use std::sync::Arc;

use guarded::__private::Field;

mod bank {
    use guarded::guarded;

    #[guarded]
    pub struct Bank {
        accounts: Vec<i64>,
    }
}

fn main() {
    let bank = bank::Bank {
        fields: Arc::new(bank::bank_levels::Fields {
            accounts: Field::new(vec![1]),
        }),
    };
    let bank::bank_levels::Fields { accounts } = &*bank.fields;
    let _ = accounts;
}
