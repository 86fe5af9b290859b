//! Sharing `&ThreadKey` with a scoped thread. Must fail: `ThreadKey` is not `Sync`, so a
//! reference to it cannot cross threads.

use guarded::ThreadKey;

fn main() {
    let key = ThreadKey::get().unwrap();
    let key = &key;
    std::thread::scope(|s| {
        s.spawn(move || {
            println!("{key:?}");
        });
    });
}
