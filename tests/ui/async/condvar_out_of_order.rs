//! Locks the `async_condvar` field `jobs` while holding `config`, declared after it. Must
//! fail as a lock order violation on `Pool`, naming both fields, once: a condition
//! field's guard keeps the key's type (for the wait's check), and its lock call takes the
//! key as an object that names that type, `&mut dyn comes_before_jobs<Key = K>`, so the
//! future it returns does not carry the key's bound (which rustc would report again at
//! the call and at the `.await`).

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
