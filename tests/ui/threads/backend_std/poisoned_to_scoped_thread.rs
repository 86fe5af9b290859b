//! Under `poison = result`, moving the `Poisoned` error (which holds the guard and the key)
//! into a scoped thread: that thread would own a lock and a key of this thread's order.
//! Must fail: `Poisoned` is not `Send` (neither is anything it holds). (Its twin in
//! `backend_parking_lot/` quotes that backend's guard.)
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
        std::thread::scope(|s| {
            s.spawn(move || {
                let (mut log, _) = poisoned.into_inner();
                log.clear();
            });
        });
    }
}
