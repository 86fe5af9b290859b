//! Waiting on `jobs` after locking it with the key a read of `settings` handed back: a
//! read lock is shared, but it is still held during the wait, and a notifier that must
//! write `settings` before it pushes a job would never come. Must fail as a wait while
//! holding `settings`.
use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Pool {
    #[guarded(rw)]
    settings: Vec<u8>,
    #[guarded(condvar)]
    jobs: Vec<u32>,
}

fn main() {
    let pool = Pool::new(Vec::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let (_settings, mut after_settings) = pool.read_settings(&mut key);
    let (jobs, mut after_jobs) = pool.lock_jobs(&mut after_settings);
    let _jobs = jobs.wait_while(&mut after_jobs, |jobs| jobs.is_empty());
}
