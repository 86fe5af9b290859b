//! Raw identifiers as the struct's and the fields' names (`r#Match`, `r#type`,
//! `r#struct`): locks `type` with the key handed back by locking `struct`. Must fail
//! naming `Match` and both fields without `r#` in the message's own words.

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct r#Match {
    r#type: u32,
    r#struct: u32,
}

fn main() {
    let matched = r#Match::new(1, 2);
    let mut key = ThreadKey::get().unwrap();
    let (structure, mut key) = matched.lock_struct(&mut key);
    let (kind, _key) = matched.lock_type(&mut key);
    drop((structure, kind));
}
