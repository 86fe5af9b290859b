//! Under `poison = result`, keeping a reference to the data from `Poisoned::get_ref` after
//! dropping the error, which releases the lock: the reference would read `log` while
//! another thread writes it. Must fail: the reference borrows the error.
use guarded::{ThreadKey, guarded};

#[guarded(poison = result)]
pub struct Journal {
    config: String,
    log: Vec<String>,
}

fn main() {
    let journal = Journal::new(String::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    if let Err(poisoned) = journal.lock_log(&mut key) {
        let log: &Vec<String> = &poisoned.get_ref().0;
        drop(poisoned);
        println!("{}", log.len());
    }
}
