//! Erasing the key's type with a trait object, `&mut dyn CanLock<jobs>`, so that the
//! guard would not record which key locked `jobs` (and a helper could take any key at
//! run time). `CanLock` is not dyn-compatible: must fail on the trait object type.
use guarded::{CanLock, ThreadKey, guarded};

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
    let erased: &mut dyn CanLock<pool_levels::jobs> = &mut after_config;
    let (jobs, mut after_jobs) = pool.lock_jobs(erased);
    let _jobs = jobs.wait_while(&mut after_jobs, |jobs| jobs.is_empty());
}
