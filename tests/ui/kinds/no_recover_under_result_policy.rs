//! `recover_log` under `poison = result`: the lock already hands the poison to the caller
//! (`Poisoned::into_inner` takes the data), so there is no `recover_` method to keep in
//! step with it. Must fail: no such method.

use guarded::{ThreadKey, guarded};

#[guarded(poison = result)]
pub struct Journal {
    log: Vec<String>,
}

fn main() {
    let journal = Journal::new(Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let _ = journal.recover_log(&mut key);
}
