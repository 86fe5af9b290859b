//! `try_write_settings` with the key a read of `settings` handed back: a `try_` lock
//! follows the same order rules as a blocking one (it would fail every time, and code
//! that falls back to a blocking lock would deadlock). Must fail as a double lock.
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
    let (_read, mut after) = pool.read_settings(&mut key);
    let _write = pool.try_write_settings(&mut after);
}