//! Returns a blocking guard out of a `blocking` scope, to hold it across an `.await`.
//! The scope's key is borrowed for the closure's call only. Must fail with a lifetime
//! error on the returned guard.

use guarded::{TaskKey, guarded};

#[guarded]
pub struct Audit {
    lines: Vec<String>,
}

async fn run(audit: &Audit) {
    let mut key = TaskKey::get().unwrap();
    let lines = key.blocking(|key| audit.lock_lines(key).0).unwrap();
    tokio::task::yield_now().await;
    drop(lines);
}

fn main() {
    drop(run);
}
