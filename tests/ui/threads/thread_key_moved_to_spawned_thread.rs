//! Moving this thread's `ThreadKey` into a spawned thread: that thread would hold its own
//! key and this one, two roots, and could lock in reverse order with one of them. Must
//! fail: `ThreadKey` is not `Send`.

use guarded::ThreadKey;

fn main() {
    let key = ThreadKey::get().unwrap();
    std::thread::spawn(move || {
        let _key = key;
    })
    .join()
    .unwrap();
}
