//! A function that locks `jobs` with the key of `config` and declares that it returns a
//! guard locked with the `ThreadKey`, so that the caller may wait on it: the key type a
//! `WaitGuard` records must not be renamable. Must fail: mismatched types.
use guarded::{Key, ThreadKey, WaitGuard, guarded};

#[guarded]
pub struct Pool {
    config: String,
    #[guarded(condvar)]
    jobs: Vec<u32>,
    #[guarded(rw)]
    settings: Vec<u8>,
}

fn lock_jobs_after_config<'a>(
    pool: &'a Pool,
    after_config: &'a mut Key<'_, pool_levels::config>,
) -> (
    WaitGuard<'a, Vec<u32>, pool_levels::jobs, ThreadKey>,
    Key<'a, pool_levels::jobs>,
) {
    pool.lock_jobs(after_config)
}

fn main() {
    let pool = Pool::new(String::new(), Vec::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let (_config, mut after_config) = pool.lock_config(&mut key);
    let (jobs, mut after_jobs) = lock_jobs_after_config(&pool, &mut after_config);
    let _jobs = jobs.wait_while(&mut after_jobs, |jobs| jobs.is_empty());
}
