//! Locking `jobs` and waiting inside a closure whose key parameter has no written type,
//! then calling it with the key of `config`: the key type is inferred from the call, and
//! the wait's bound must be checked against it. Must fail as a wait while holding
//! `config`.
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
    let (_config, mut after_config) = pool.lock_config(&mut key);
    let take_one = |key| {
        let (jobs, mut after_jobs) = pool.lock_jobs(key);
        let mut jobs = jobs.wait_while(&mut after_jobs, |jobs| jobs.is_empty());
        jobs.pop()
    };
    let _ = take_one(&mut after_config);
}
