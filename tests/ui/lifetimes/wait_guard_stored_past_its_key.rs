//! Storing the `jobs` guard in a struct, then dropping the `ThreadKey` it was locked with
//! and taking a fresh one, which starts again from the bottom of the order while `jobs`
//! is still locked: with it, this thread could lock `config`, then `jobs` again
//! (deadlock). Must fail: the stored guard keeps the key borrowed.
use guarded::{ThreadKey, WaitGuard, guarded};

#[guarded]
pub struct Pool {
    config: String,
    #[guarded(condvar)]
    jobs: Vec<u32>,
    #[guarded(rw)]
    settings: Vec<u8>,
}

struct Held<'a> {
    jobs: WaitGuard<'a, Vec<u32>, pool_levels::jobs, ThreadKey>,
}

fn main() {
    let pool = Pool::new(String::new(), Vec::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let (jobs, _) = pool.lock_jobs(&mut key);
    let held = Held { jobs };
    drop(key);
    let mut fresh = ThreadKey::get().unwrap();
    let (_config, _) = pool.lock_config(&mut fresh);
    drop(held.jobs);
}
