//! Waiting on `jobs` while holding `settings`, which was locked after `jobs` with the key
//! `jobs` handed back: the wait needs that key, which the `settings` guard still
//! borrows. Must fail: the key is borrowed.
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
    let (jobs, mut after_jobs) = pool.lock_jobs(&mut key);
    let (settings, _after_settings) = pool.read_settings(&mut after_jobs);
    let _jobs = jobs.wait_while(&mut after_jobs, |jobs| jobs.is_empty());
    drop(settings);
}