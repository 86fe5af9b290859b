//! Waiting on `jobs` (a condition variable) after locking it with the key of `config`:
//! the waiting thread would keep `config`, and a notifier that must lock `config` before
//! it pushes a job would never come. Must fail, naming both fields.
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
    let (jobs, mut after_jobs) = pool.lock_jobs(&mut after_config);
    let _jobs = jobs.wait_while(&mut after_jobs, |jobs| jobs.is_empty());
}