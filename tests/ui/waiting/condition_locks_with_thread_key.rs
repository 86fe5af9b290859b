//! The condition closure of `wait_while` runs with `jobs` locked; a closure that captures
//! the `ThreadKey` could lock `config` from inside it, taking `config` while holding
//! `jobs` (out of order) and keeping it between wake-ups. Must fail: the `ThreadKey` is
//! borrowed by the `jobs` guard.
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
    let _jobs = jobs.wait_while(&mut after_jobs, |jobs| {
        let (config, _) = pool.lock_config(&mut key);
        jobs.is_empty() && config.is_empty()
    });
}
