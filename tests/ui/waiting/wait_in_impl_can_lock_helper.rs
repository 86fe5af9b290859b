//! The helper style the docs recommend, `key: &mut impl CanLock<jobs>`, used to lock
//! `jobs` and wait on it: an `impl Trait` argument is a hidden type parameter, and it may
//! be the key of `config`. Must fail in the helper: the key is not known to be
//! `CanWait<jobs>`.
use guarded::{CanLock, ThreadKey, guarded};

#[guarded]
pub struct Pool {
    config: String,
    #[guarded(condvar)]
    jobs: Vec<u32>,
    #[guarded(rw)]
    settings: Vec<u8>,
}

fn take_one(pool: &Pool, key: &mut impl CanLock<pool_levels::jobs>) -> Option<u32> {
    let (jobs, mut after_jobs) = pool.lock_jobs(key);
    let mut jobs = jobs.wait_while(&mut after_jobs, |jobs| jobs.is_empty());
    jobs.pop()
}

fn main() {
    let pool = Pool::new(String::new(), Vec::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let (_config, mut after_config) = pool.lock_config(&mut key);
    let _ = take_one(&pool, &mut after_config);
}
