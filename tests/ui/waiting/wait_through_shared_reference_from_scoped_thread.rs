//! A `WaitGuard` of `jobs` shared by reference with a scoped thread (a `&WaitGuard` can
//! cross threads, as `&MutexGuard` can), which locks `jobs` of another `Pool` with its own
//! `ThreadKey` for a key of the right level and waits on the shared guard: it would wait
//! while holding the other `Pool`'s `jobs`, and release a lock that this thread holds.
//! Must fail: waiting consumes the guard, and a shared reference cannot give it up.
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
    let pool = Pool::new(String::new(), Vec::new(), Vec::new());
    let other = Pool::new(String::new(), Vec::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let (jobs, _) = pool.lock_jobs(&mut key);
    let (jobs, other) = (&jobs, &other);
    std::thread::scope(|s| {
        s.spawn(move || {
            let mut own_key = ThreadKey::get().unwrap();
            let (_other_jobs, mut after_other_jobs) = other.lock_jobs(&mut own_key);
            let _ = jobs.wait_while(&mut after_other_jobs, |jobs| jobs.is_empty());
        });
    });
}
