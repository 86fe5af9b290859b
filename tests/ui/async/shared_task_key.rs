//! Shares one `TaskKey` between two tasks through an `Arc`: a key is `Send` (a task moves
//! between threads) but not `Sync`. Must fail because `TaskKey` cannot be shared between
//! threads, so `Arc<TaskKey>` is not `Send`.

use std::sync::Arc;

use guarded::TaskKey;

fn main() {
    let key = Arc::new(TaskKey::get().unwrap());
    let other = Arc::clone(&key);
    drop(tokio::spawn(async move { drop(other) }));
}
