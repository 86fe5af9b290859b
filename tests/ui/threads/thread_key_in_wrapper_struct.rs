//! A `ThreadKey` inside a struct of one's own, moved to another thread: a wrapper does not
//! make the key sendable (only an `unsafe impl Send` could). Must fail: the wrapper is not
//! `Send` because the key is not.

use guarded::ThreadKey;

struct Carrier {
    key: ThreadKey,
}

fn main() {
    let carrier = Carrier {
        key: ThreadKey::get().unwrap(),
    };
    std::thread::spawn(move || {
        let _key = carrier.key;
    })
    .join()
    .unwrap();
}
