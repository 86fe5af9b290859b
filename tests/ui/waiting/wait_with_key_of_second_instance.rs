//! Waiting on the `jobs` guard of one `Pool` with the key handed back by locking `jobs` of
//! a second `Pool`, itself locked with the `ThreadKey` while the first guard lives: that
//! second lock would be a second lock of the same level (unordered against another
//! thread's), and the wait would keep holding it. Must fail: the `ThreadKey` is still
//! borrowed by the first guard.
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
    let first = Pool::new(String::new(), Vec::new(), Vec::new());
    let second = Pool::new(String::new(), Vec::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let (jobs, _) = first.lock_jobs(&mut key);
    let (_other_jobs, mut after_other_jobs) = second.lock_jobs(&mut key);
    let _jobs = jobs.wait_while(&mut after_other_jobs, |jobs| jobs.is_empty());
}
