//! A helper that states the bound the wait needs (`CanLock<jobs> + CanWait<jobs>`), then
//! called with the key that holds `config`: the bound must be checked at the call site,
//! where the key's type is known. Must fail at the call, naming both fields.
use guarded::{CanLock, CanWait, ThreadKey, guarded};

#[guarded]
pub struct Pool {
    config: String,
    #[guarded(condvar)]
    jobs: Vec<u32>,
    #[guarded(rw)]
    settings: Vec<u8>,
}

fn take_one<K>(pool: &Pool, key: &mut K) -> Option<u32>
where
    K: CanLock<pool_levels::jobs> + CanWait<pool_levels::jobs>,
{
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
