//! Locks the async field `log` and then `members`, declared before it: the same
//! order as for blocking fields. Must fail as a lock order violation on `Chat`, naming
//! both fields.

use guarded::{TaskKey, guarded};

#[guarded]
pub struct Chat {
    #[guarded(async)]
    members: Vec<String>,
    #[guarded(async)]
    log: Vec<String>,
}

async fn run(chat: &Chat) {
    let mut key = TaskKey::get().unwrap();
    let (_log, mut after_log) = chat.lock_log(&mut key).await;
    let (_members, _key) = chat.lock_members(&mut after_log).await;
}

fn main() {
    drop(run);
}
