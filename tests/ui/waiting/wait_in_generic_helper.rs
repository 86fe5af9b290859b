//! A generic helper, bounded only by `CanLock<jobs>`, locks `jobs` and waits: hiding the
//! key's type behind a type parameter must not hide that it may be the key of `config`,
//! which the caller would keep holding during the wait. Must fail in the helper: the key
//! type is not known to be one that may wait (`CanWait<jobs>`).
use guarded::{CanLock, guarded};

#[guarded]
pub struct Pool {
    config: String,
    #[guarded(condvar)]
    jobs: Vec<u32>,
    #[guarded(rw)]
    settings: Vec<u8>,
}

fn drain<K: CanLock<pool_levels::jobs>>(pool: &Pool, key: &mut K) {
    let (jobs, mut after_jobs) = pool.lock_jobs(key);
    let _jobs = jobs.wait_while(&mut after_jobs, |jobs| jobs.is_empty());
}

fn main() {
    let pool = Pool::new(String::new(), Vec::new(), Vec::new());
    let mut key = guarded::ThreadKey::get().unwrap();
    drain(&pool, &mut key);
}
