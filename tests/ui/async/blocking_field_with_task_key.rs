//! Locks a blocking field with a `TaskKey`: its guard could then live across an `.await`
//! and stall the worker thread. Must fail because `TaskKey` is not `CanLock`; the way is
//! `key.blocking(|key| ..)`.

use guarded::{TaskKey, guarded};

#[guarded]
pub struct Audit {
    lines: Vec<String>,
}

async fn run(audit: &Audit) {
    let mut key = TaskKey::get().unwrap();
    let (_lines, _key) = audit.lock_lines(&mut key);
    tokio::task::yield_now().await;
}

fn main() {
    drop(run);
}
