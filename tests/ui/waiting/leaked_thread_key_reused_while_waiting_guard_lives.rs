//! `Box::leak` of the `ThreadKey` gives a `&'static mut ThreadKey`, whose guards can live
//! as long as the data: lending it a second time while the `jobs` guard lives would lock
//! `config` after `jobs` (out of order) and then wait holding it. Must fail: the leaked
//! key is still borrowed by the first guard.
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
    let pool: &'static Pool = Box::leak(Box::new(Pool::new(String::new(), Vec::new(), Vec::new())));
    let key: &'static mut ThreadKey = Box::leak(Box::new(ThreadKey::get().unwrap()));
    let (jobs, mut after_jobs) = pool.lock_jobs(key);
    let (_config, _) = pool.lock_config(key);
    let _jobs = jobs.wait_while(&mut after_jobs, |jobs| jobs.is_empty());
}
