//! The condition closure captures the key the lock of `jobs` handed back and uses it to
//! read `settings` (a field after `jobs`, so in order): the closure runs while the wait is
//! in progress, so the read guard could be kept across the wait (in a captured variable),
//! and the thread would sleep holding `settings`. Must fail: the wait borrows that key
//! mutably for its whole duration.
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
        let (settings, _) = pool.read_settings(&mut after_jobs);
        jobs.is_empty() && settings.is_empty()
    });
}
