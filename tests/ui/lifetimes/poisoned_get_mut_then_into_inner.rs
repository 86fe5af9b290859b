//! Under `poison = result`, holding `&mut` of the guard from `Poisoned::get_mut` while
//! taking the guard out with `into_inner`: two handles on one locked `log`, one of them
//! `&mut` to a guard that has moved. Must fail: `into_inner` moves the error while it is
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
    if let Err(mut poisoned) = journal.lock_log(&mut key) {
        let first = &mut poisoned.get_mut().0;
        let (mut second, _) = poisoned.into_inner();
        second.push(String::new());
        first.push(String::new());
    }
}
