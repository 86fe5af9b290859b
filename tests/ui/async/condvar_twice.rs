//! Locks the `async_condvar` field `jobs` with the key its own lock handed back: a
//! double lock, through `lock_` and `try_lock_`. Must fail as a lock order violation on
//! `Pool` naming `jobs`, once per call (each at the key).

use guarded::{TaskKey, guarded};

#[guarded]
pub struct Pool {
    #[guarded(async_condvar)]
    jobs: Vec<u32>,
}

async fn run(pool: &Pool) {
    let mut key = TaskKey::get().unwrap();
    let (_jobs, mut after_jobs) = pool.lock_jobs(&mut key).await;
    let _again = pool.lock_jobs(&mut after_jobs).await;
    let _again = pool.try_lock_jobs(&mut after_jobs);
}

fn main() {
    let _ = run;
}
