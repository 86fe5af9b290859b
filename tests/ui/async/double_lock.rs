//! Locks the async field `members` with the key handed back by locking `members`: the
//! task would wait for a lock it holds itself. Must fail as a double lock on
//! `Chat.members`.

use guarded::{TaskKey, guarded};

#[guarded]
pub struct Chat {
    #[guarded(async)]
    members: Vec<String>,
}

async fn run(chat: &Chat) {
    let mut key = TaskKey::get().unwrap();
    let (_first, mut after) = chat.lock_members(&mut key).await;
    let (_second, _key) = chat.lock_members(&mut after).await;
}

fn main() {
    drop(run);
}
