//! Moving a read guard of `settings` into a scoped thread, which then writes `settings`
//! with its own `ThreadKey`: that thread would wait for a read lock that it holds itself,
//! forever (and this thread's key would no longer say what it holds). Must fail:
//! `ReadGuard` is not `Send`. (Its twin in `backend_parking_lot/` quotes that backend's
//! guard.)
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
