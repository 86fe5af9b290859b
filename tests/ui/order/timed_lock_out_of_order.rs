//! `try_lock_config_for` with the key of `jobs`, which comes after `config`: a timeout does
//! not make an out-of-order lock right. Must fail as an order violation.
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
    let (_jobs, mut after_jobs) = pool.lock_jobs(&mut key);
    let _config = pool.try_lock_config_for(&mut after_jobs, std::time::Duration::from_millis(5));
}