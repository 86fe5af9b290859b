//! Locks the `async_condvar` field `jobs` with a `ThreadKey` (`lock_`, `try_lock_`,
//! `_pair`, `_many`). Must fail as a lock order violation on `Pool` naming `jobs` and
//! the `ThreadKey`, once per call (each at the key).

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Pool {
    #[guarded(async_condvar)]
    jobs: Vec<u32>,
}

async fn run(a: &Pool, b: &Pool) {
    let mut key = ThreadKey::get().unwrap();
    let _jobs = a.lock_jobs(&mut key).await;
    let _jobs = a.try_lock_jobs(&mut key);
    let _both = Pool::lock_jobs_pair(a, b, &mut key).await;
    let _all = Pool::lock_jobs_many([a, b], &mut key).await;
}

fn main() {
    let _ = run;
}
