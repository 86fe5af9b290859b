//! Locks the `async_condvar` field `jobs` of two `Pool`s (`_pair`, `_many`) while holding
//! `config`, declared after it. Must fail as a lock order violation on `Pool` naming both
//! fields, once per call (each at the key).

use guarded::{TaskKey, guarded};

#[guarded]
pub struct Pool {
    #[guarded(async_condvar)]
    jobs: Vec<u32>,
    #[guarded(async)]
    config: String,
}

async fn run(a: &Pool, b: &Pool) {
    let mut key = TaskKey::get().unwrap();
    let (_config, mut after_config) = a.lock_config(&mut key).await;
    let _both = Pool::lock_jobs_pair(a, b, &mut after_config).await;
    let _all = Pool::lock_jobs_many([a, b], &mut after_config).await;
}

fn main() {
    let _ = run;
}
