//! Futurelock: a lock future polled once in `select!` (it lost to the other branch) and
//! kept, neither polled nor dropped, waits in the lock's queue; locking again with the
//! same key would hang the task behind itself. The pending future keeps the key borrowed:
//! must fail with a borrow error on `key`.

use guarded::{TaskKey, guarded};

#[guarded]
pub struct Pair {
    #[guarded(async)]
    a: u32,
    #[guarded(async)]
    b: u32,
}

async fn run(pair: &Pair) {
    let mut key = TaskKey::get().unwrap();
    let pending = pair.lock_a(&mut key);
    tokio::pin!(pending);
    tokio::select! {
        _ = &mut pending => {}
        () = std::future::ready(()) => {}
    }
    let (_b, _key) = pair.lock_b(&mut key).await;
    drop(pending);
}

fn main() {
    drop(run);
}
