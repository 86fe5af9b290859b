//! The key of an `async_condvar` field's lock, as an object, names the key's type (`Key`),
//! which the guard keeps and the wait checks. The level is the user's type, so the user's
//! crate could implement the runtime's `AsyncWaitLockKey<jobs>` for an object of its own,
//! `dyn AsyncLockKey<jobs>` (whose owner check is the real key's, read through the
//! object), with a `Key` that lies, `TaskKey`. With that impl, this compiled and waited on
//! `jobs` while holding `config`, through the field's storage, which the struct's own
//! module reaches (and any module, for a `pub` field):
//!
//! ```ignore
//! let (_config, mut after_config) = pool.lock_config(&mut key).await;
//! let object: &mut dyn AsyncLockKey<pool_levels::jobs> = &mut after_config;
//! let (jobs, mut after_jobs) = pool.fields.jobs.lock(object).await;
//! let _jobs = jobs.wait_while(&mut after_jobs, |jobs| jobs.is_empty()).await;
//! ```
//!
//! Must fail at the impl: `Key` is declared by a sealed supertrait of `AsyncWaitLockKey`,
//! which no crate but the runtime implements.

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

fn main() {}
