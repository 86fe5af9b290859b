//! Locks the `async_condvar` field `jobs` of `Pool` while holding `Log`'s, declared
//! `after = Pool`: two structs nested against their order. Must fail as a lock order
//! violation on `Pool` naming `jobs` and the key of `lines`, once, at the key.

use guarded::{TaskKey, guarded};

#[guarded]
pub struct Pool {
    #[guarded(async_condvar)]
    jobs: Vec<u32>,
}

#[guarded(after = Pool)]
pub struct Log {
    #[guarded(async_condvar)]
    lines: Vec<String>,
}

async fn run(pool: &Pool, log: &Log) {
    let mut key = TaskKey::get().unwrap();
    let (_lines, mut after_lines) = log.lock_lines(&mut key).await;
    let _jobs = pool.lock_jobs(&mut after_lines).await;
}

fn main() {
    let _ = run;
}
