//! Reads the `async_rw` field `topic` twice in one task: the second read would wait
//! forever once a writer queued between the two. Must fail as a double lock on
//! `Room.topic`.

use guarded::{TaskKey, guarded};

#[guarded]
pub struct Room {
    #[guarded(async_rw)]
    topic: String,
}

async fn run(room: &Room) {
    let mut key = TaskKey::get().unwrap();
    let (_first, mut after) = room.read_topic(&mut key).await;
    let (_second, _key) = room.read_topic(&mut after).await;
}

fn main() {
    drop(run);
}
