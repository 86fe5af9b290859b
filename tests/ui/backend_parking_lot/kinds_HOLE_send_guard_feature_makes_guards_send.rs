//! HOLE (left failing on purpose, no `.stderr` recorded): with the `parking_lot` backend,
//! `guarded`'s guards are `!Send` only because `parking_lot`'s guards are. Cargo unifies
//! features, so as soon as any crate in the build enables `parking_lot/send_guard`
//! (a public feature of parking_lot 0.13), `Guard`, `ReadGuard`, `WriteGuard` and
//! `WaitGuard` become `Send` and this file compiles; run, it deadlocks: the scoped thread
//! owns this thread's read lock of `settings`, takes its own `ThreadKey` (free: that
//! thread holds nothing it knows of) and writes `settings`, waiting for its own read.
//! The same way a thread can wait on a condition variable while holding a moved guard.
//! Reproduced outside the repo with a crate depending on `guarded` (feature
//! `parking_lot`) and on `parking_lot = { version = "0.13.0", features = ["send_guard"] }`:
//! it builds, and the binary hangs. Here, without `send_guard`, it is refused; the fix
//! belongs in the runtime (a `!Send` marker of its own in each guard), and this case
//! should then become an ordinary one with the marker's message.
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
