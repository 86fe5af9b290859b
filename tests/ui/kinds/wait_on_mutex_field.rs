//! Waiting on a guard of a plain mutex field: only a `#[guarded(condvar)]` field has a
//! condition variable to wait on. Must fail: no such method.
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
    let (config, mut after) = pool.lock_config(&mut key);
    let _config = config.wait_while(&mut after, |config| config.is_empty());
}