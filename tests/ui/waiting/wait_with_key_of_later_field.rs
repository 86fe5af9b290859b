//! Waiting with a key of another field: the wait needs the key that the lock of `jobs`
//! handed back, proof that no lock was taken after `jobs`. Must fail: wrong key type.
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
    let (_settings, mut after_settings) = pool.read_settings(&mut after_jobs);
    let _jobs = jobs.wait_while(&mut after_settings, |jobs| jobs.is_empty());
}