//! Under `poison = result`, the `Poisoned` error holds the guard: using the key while it
//! lives would lock `log` again while this thread still holds it. Must fail: the key is
//! borrowed.

use guarded::{ThreadKey, guarded};

#[guarded(poison = result)]
pub struct Journal {
    log: Vec<String>,
}

fn main() {
    let journal = Journal::new(Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let poisoned = journal.lock_log(&mut key).err();
    let _again = journal.lock_log(&mut key);
    drop(poisoned);
}
