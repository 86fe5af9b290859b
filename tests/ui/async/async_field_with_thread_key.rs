//! Locks an async field with the `ThreadKey`: async fields take task keys, so that a key
//! that serves a whole thread never waits at an `.await`. Must fail because `ThreadKey`
//! is not `CanLockAsync`.

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Chat {
    #[guarded(async)]
    members: Vec<String>,
}

async fn run(chat: &Chat) {
    let mut key = ThreadKey::get().unwrap();
    let (_members, _key) = chat.lock_members(&mut key).await;
}

fn main() {
    drop(run);
}
