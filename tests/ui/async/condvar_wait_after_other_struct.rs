//! Locks `Log.lines` (an `async_condvar` field, declared `after = Pool`) with the key of
//! `Pool.jobs`, in order, and waits on it: the wait would hold `Pool.jobs`. Must fail as
//! a wait while holding a lock, naming `lines` and `Pool`'s `jobs`.

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
    let (_jobs, mut after_jobs) = pool.lock_jobs(&mut key).await;
    let (lines, mut after_lines) = log.lock_lines(&mut after_jobs).await;
    let _lines = lines.wait_while(&mut after_lines, |lines| lines.is_empty()).await;
}

fn main() {
    let _ = run;
}
