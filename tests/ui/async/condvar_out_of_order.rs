//! Locks the `async_condvar` field `jobs` while holding `config`, declared after it. Must
//! fail as a lock order violation on `Pool`, naming both fields. Unlike the other async
//! kinds, whose lock calls take the key as an object and get the error once, a condition
//! field's lock call is generic over its key (its guard keeps the key's type, for the
//! wait's check), so rustc reports it three times: at the key, the call and the `.await`
//! (the README's "Limits").

use guarded::{TaskKey, guarded};

#[guarded]
pub struct Pool {
    #[guarded(async_condvar)]
    jobs: Vec<u32>,
    #[guarded(async)]
    config: String,
}

async fn run(pool: &Pool) {
    let mut key = TaskKey::get().unwrap();
    let (_config, mut after_config) = pool.lock_config(&mut key).await;
    let (_jobs, _key) = pool.lock_jobs(&mut after_config).await;
}

fn main() {
    drop(run);
}
