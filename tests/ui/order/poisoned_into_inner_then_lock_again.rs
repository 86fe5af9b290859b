//! Under `poison = result`, taking the guard out of a `Poisoned` with `into_inner` and
//! locking `log` again with the `ThreadKey` for a second guard: the guard that
//! `into_inner` hands over keeps the key borrowed as the error did. Must fail: the key is
//! borrowed.
use guarded::{ThreadKey, guarded};

#[guarded(poison = result)]
pub struct Journal {
    config: String,
    log: Vec<String>,
}

fn main() {
    let journal = Journal::new(String::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let (first, _) = match journal.lock_log(&mut key) {
        Ok(locked) => locked,
        Err(poisoned) => poisoned.into_inner(),
    };
    let second = journal.lock_log(&mut key);
    drop((first, second));
}
