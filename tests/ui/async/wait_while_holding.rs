//! Waits on the `async_condvar` field `jobs` while holding `config`: the task that would
//! notify may need `config`. Must fail as a wait while holding a lock on `Pool`, naming
//! `jobs` and `config`.

use guarded::{TaskKey, guarded};

#[guarded]
pub struct Pool {
    #[guarded(async)]
    config: String,
    #[guarded(async_condvar)]
    jobs: Vec<u32>,
}

async fn run(pool: &Pool) {
    let mut key = TaskKey::get().unwrap();
    let (_config, mut after_config) = pool.lock_config(&mut key).await;
    let (jobs, mut after_jobs) = pool.lock_jobs(&mut after_config).await;
    let _jobs = jobs.wait_while(&mut after_jobs, |jobs| jobs.is_empty()).await;
}

fn main() {
    drop(run);
}
