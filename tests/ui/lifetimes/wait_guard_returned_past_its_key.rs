//! A function that takes the thread's key itself, locks `jobs` and returns the guard:
//! the key would be dropped on return (so `ThreadKey::get` hands out a fresh one) while
//! `jobs` is still locked, and the fresh key could lock `config` and wait with the old
//! guard held. Must fail: the guard borrows the function's local key.
use guarded::{ThreadKey, WaitGuard, guarded};

#[guarded]
pub struct Pool {
    config: String,
    #[guarded(condvar)]
    jobs: Vec<u32>,
    #[guarded(rw)]
    settings: Vec<u8>,
}

fn lock_jobs(pool: &Pool) -> WaitGuard<'_, Vec<u32>, pool_levels::jobs, ThreadKey> {
    let mut key = ThreadKey::get().unwrap();
    let (jobs, _) = pool.lock_jobs(&mut key);
    jobs
}

fn main() {
    let pool = Pool::new(String::new(), Vec::new(), Vec::new());
    let _held = lock_jobs(&pool);
}
