//! A `ThreadKey` in an `Arc<Mutex<_>>` shared with another thread: that thread could lock
//! the mutex and borrow the key. Must fail: a `Mutex` is only `Sync` if its content is
//! `Send`, and `ThreadKey` is not.

use std::sync::{Arc, Mutex};

use guarded::ThreadKey;

fn main() {
    let shared = Arc::new(Mutex::new(ThreadKey::get().unwrap()));
    let theirs = Arc::clone(&shared);
    std::thread::spawn(move || {
        let _key = theirs.lock().unwrap();
    })
    .join()
    .unwrap();
}
