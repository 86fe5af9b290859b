//! Under `poison = result`, a function that takes the thread's key itself and returns the
//! `Poisoned` error of a lock of `jobs`: the error holds the guard, so the key would be
//! dropped (and a fresh one handed out) while `jobs` is still locked. Must fail: the
//! error borrows the function's local key.
use guarded::{Guard, Key, Poisoned, ThreadKey, guarded};

#[guarded(poison = result)]
pub struct Journal {
    config: String,
    log: Vec<String>,
}

type Locked<'a> = (Guard<'a, Vec<String>>, Key<'a, journal_levels::log>);

fn poisoned_log(journal: &Journal) -> Option<Poisoned<'_, Locked<'_>>> {
    let mut key = ThreadKey::get().unwrap();
    journal.lock_log(&mut key).err()
}

fn main() {
    let journal = Journal::new(String::new(), Vec::new());
    let _held = poisoned_log(&journal);
}
