//! A read guard moved to another thread, with `parking_lot`'s `send_guard` feature on
//! (the tests turn it on: any crate in a build can, and Cargo unifies features). That
//! feature makes `parking_lot`'s own guards `Send`; if `guarded`'s followed, the scoped
//! thread would own this thread's read lock of `settings`, take its own `ThreadKey` (free:
//! that thread holds nothing it knows of) and write `settings`, waiting for its own read
//! forever. Must fail: `guarded`'s guards carry a `!Send` marker of their own.
use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Pool {
    config: String,
    #[guarded(condvar)]
    jobs: Vec<u32>,
    #[guarded(rw)]
    settings: Vec<u8>,
}

fn main() {
    let pool = &Pool::new(String::new(), Vec::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let (settings, _) = pool.read_settings(&mut key);
    std::thread::scope(|s| {
        s.spawn(move || {
            let _read = settings;
            let mut own_key = ThreadKey::get().unwrap();
            let (mut written, _) = pool.write_settings(&mut own_key);
            written.push(1);
        });
    });
}
