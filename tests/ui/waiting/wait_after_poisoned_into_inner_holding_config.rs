//! Under `poison = result`, locking `jobs` with the key of `config` and taking the guard
//! out of the `Poisoned` error with `into_inner` before waiting: the guard still records
//! that it was locked with the key of `config`. Must fail as a wait while holding
//! `config`.
use guarded::{ThreadKey, guarded};

#[guarded(poison = result)]
pub struct Pool {
    config: String,
    #[guarded(condvar)]
    jobs: Vec<u32>,
}

fn main() {
    let pool = Pool::new(String::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let (_config, mut after_config) = pool
        .lock_config(&mut key)
        .unwrap_or_else(|p| p.into_inner());
    let (jobs, mut after_jobs) = pool
        .lock_jobs(&mut after_config)
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let _jobs = jobs.wait_while(&mut after_jobs, |jobs| jobs.is_empty());
}
