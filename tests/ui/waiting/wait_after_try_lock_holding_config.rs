//! `try_lock_jobs` with the key of `config`, then a wait on the guard it returned: a lock
//! that did not block still holds `config` alongside, and the wait would keep it. Must
//! fail as a wait while holding `config`.
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
    if let Ok((jobs, mut after_jobs)) = pool.try_lock_jobs(&mut after_config) {
        let _jobs = jobs.wait_while(&mut after_jobs, |jobs| jobs.is_empty());
    }
}
