//! The key of an `async_condvar` field's lock, as an object, names the key's type (`Key`),
//! which the guard keeps and the wait checks. The level is the user's type, so the user's
//! crate may implement the runtime's `AsyncWaitLockKey<jobs>` for an object of its own
//! (`dyn AsyncLockKey<jobs>`, whose owner check is the real key's) with a `Key` that
//! lies, `TaskKey`, and hand it to the field's storage (reachable from the struct's own
//! module) while `config` is held: the wait would hold `config`. Must fail at the impl,
//! since `Key` is not the user's to choose, and at the lock, since the object is not one
//! that names its key.

use guarded::__private::{AsyncLockKey, AsyncWaitLockKey};
use guarded::{TaskKey, guarded};

#[guarded]
pub struct Pool {
    #[guarded(async)]
    config: String,
    #[guarded(async_condvar)]
    jobs: Vec<u32>,
}

impl<'a> AsyncWaitLockKey<pool_levels::jobs> for dyn AsyncLockKey<pool_levels::jobs> + 'a {
    type Key = TaskKey;
}

async fn run(pool: &Pool) {
    let mut key = TaskKey::get().unwrap();
    let (_config, mut after_config) = pool.lock_config(&mut key).await;
    let object: &mut dyn AsyncLockKey<pool_levels::jobs> = &mut after_config;
    let (jobs, mut after_jobs) = pool.fields.jobs.lock(object).await;
    let _jobs = jobs.wait_while(&mut after_jobs, |jobs| jobs.is_empty()).await;
}

fn main() {
    let _ = run;
}
