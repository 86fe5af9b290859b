//! `recover_jobs` with the key of `config` (legal: `jobs` comes after `config`) and then a
//! wait on the recovered guard: recovering a poisoned lock is another way to lock, and the
//! guard must still record the key. Must fail as a wait while holding `config`.
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
    let (jobs, mut after_jobs) = pool.recover_jobs(&mut after_config);
    let _jobs = jobs.wait_while(&mut after_jobs, |jobs| jobs.is_empty());
}
