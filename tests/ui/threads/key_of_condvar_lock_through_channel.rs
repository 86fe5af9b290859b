//! Sending the key that the lock of `jobs` handed back to a scoped thread through a
//! channel: that thread would read `settings` with it while this one waits on `jobs`
//! (which needs that key), or this thread would wait while the other holds a lock it
//! took through this thread's order. Must fail: `Key` is not `Send`.
use std::sync::mpsc;

use guarded::{Key, ThreadKey, guarded};

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
    let (_jobs, after_jobs) = pool.lock_jobs(&mut key);
    let (sender, receiver) = mpsc::channel::<Key<'_, pool_levels::jobs>>();
    sender.send(after_jobs).unwrap();
    std::thread::scope(|s| {
        s.spawn(move || {
            let mut after_jobs = receiver.recv().unwrap();
            let (_settings, _) = pool.read_settings(&mut after_jobs);
        });
    });
}
