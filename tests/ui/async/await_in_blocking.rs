//! Holds a blocking guard across an `.await` inside a `blocking` scope: the scope's
//! closure is synchronous. Must fail because `.await` is only allowed in async code.

use guarded::{TaskKey, guarded};

#[guarded]
pub struct Audit {
    lines: Vec<String>,
}

async fn run(audit: &Audit) {
    let mut key = TaskKey::get().unwrap();
    let _ = key.blocking(|key| {
        let (mut lines, _key) = audit.lock_lines(key);
        tokio::task::yield_now().await;
        lines.push("after an await".to_owned());
    });
}

fn main() {
    drop(run);
}
