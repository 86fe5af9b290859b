//! `wait_timeout_while` after locking `jobs` with the key of `config`: a timeout does not
//! make waiting while holding another lock right (the notifier is still locked out until
//! the time runs out). Must fail like `wait_while`.
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
    let _jobs = jobs.wait_timeout_while(
        &mut after_jobs,
        std::time::Duration::from_millis(10),
        |jobs| jobs.is_empty(),
    );
}