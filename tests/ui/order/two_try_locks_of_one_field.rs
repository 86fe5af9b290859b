//! Two `try_lock_jobs` calls with the `ThreadKey`, keeping both results: the second would
//! fail at run time (the first holds the lock), and code that falls back to a blocking
//! lock when it sees `Busy` would then deadlock on itself. Must fail: the first result
//! keeps the key borrowed.
use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Pool {
    config: String,
    #[guarded(condvar)]
    jobs: Vec<u32>,
    #[guarded(rw)]
    settings: Vec<u8>,
}

fn main() {
    let pool = Pool::new(String::new(), Vec::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let first = pool.try_lock_jobs(&mut key);
    let second = pool.try_lock_jobs(&mut key);
    drop((first, second));
}
