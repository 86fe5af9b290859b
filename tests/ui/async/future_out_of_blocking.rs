//! Smuggles a blocking lock out of a `blocking` scope as a future (an `async` block that
//! captures the scope's key) to `.await` it later, holding the guard across an `.await`.
//! The key is borrowed for the closure's call only. Must fail with a lifetime error on
//! the returned future.

use guarded::{TaskKey, guarded};

#[guarded]
pub struct Audit {
    lines: Vec<String>,
}

async fn run(audit: &Audit) {
    let mut key = TaskKey::get().unwrap();
    let later = key
        .blocking(|key| async move {
            let (_lines, _key) = audit.lock_lines(key);
            tokio::task::yield_now().await;
        })
        .unwrap();
    later.await;
}

fn main() {
    drop(run);
}
