//! Keeping a lock of `settings` (taken after `jobs`, with the key `jobs` handed back) alive
//! across the wait by moving its guard into the condition closure: the thread would sleep
//! holding `settings`. Must fail: the read guard, alive inside the closure, keeps the key
//! that the wait needs borrowed.
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
    let (settings, _) = pool.read_settings(&mut after_jobs);
    let _jobs = jobs.wait_while(&mut after_jobs, move |jobs| {
        jobs.is_empty() && settings.is_empty()
    });
}
