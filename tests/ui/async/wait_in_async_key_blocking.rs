//! Waits on the blocking `condvar` field `jobs` inside `AsyncKey::blocking`, while the
//! async field `config` is held: the scope lends the key after `config`, not a
//! `ThreadKey`, so the wait (which would park the runtime thread, holding `config`) must
//! fail as a wait while holding a lock, naming `jobs` and `config`. (Inside
//! `TaskKey::blocking`, which lends a `ThreadKey`, the wait compiles and panics at once.)

use guarded::{TaskKey, guarded};

#[guarded]
pub struct Pool {
    #[guarded(async)]
    config: String,
    #[guarded(condvar)]
    jobs: Vec<u32>,
}

async fn run(pool: &Pool) {
    let mut key = TaskKey::get().unwrap();
    let (_config, mut after_config) = pool.lock_config(&mut key).await;
    let _ = after_config.blocking(|key| {
        let (jobs, mut after_jobs) = pool.lock_jobs(key);
        drop(jobs.wait_while(&mut after_jobs, |jobs| jobs.is_empty()));
    });
}

fn main() {
    drop(run);
}
