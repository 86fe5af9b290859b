//! Dropping the key that the lock of `jobs` handed back, locking `jobs` again with the
//! `ThreadKey` for a fresh key of the same level, and waiting on the first guard with it:
//! the guard alone keeps the `ThreadKey` borrowed, so the second lock (a double lock that
//! deadlocks at once) must not compile. Must fail: the `ThreadKey` is still borrowed.
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
    let (jobs, after_jobs) = pool.lock_jobs(&mut key);
    drop(after_jobs);
    let (_again, mut after_again) = pool.lock_jobs(&mut key);
    let _jobs = jobs.wait_while(&mut after_again, |jobs| jobs.is_empty());
}
