//! Moving the `jobs` guard (locked with this thread's `ThreadKey`, so it may wait) into a
//! scoped thread, which locks `jobs` of another `Pool` with its own `ThreadKey` for a key
//! of the right level and waits on the moved guard: it would wait while holding the other
//! `Pool`'s `jobs`, and release a lock this thread took. Must fail: `WaitGuard` is not
//! `Send`. (Its twin in `backend_std/` quotes the `std` backend's guard.)
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
    let other = &Pool::new(String::new(), Vec::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let (jobs, _) = pool.lock_jobs(&mut key);
    std::thread::scope(|s| {
        s.spawn(move || {
            let mut own_key = ThreadKey::get().unwrap();
            let (_other_jobs, mut after_other_jobs) = other.lock_jobs(&mut own_key);
            let _jobs = jobs.wait_while(&mut after_other_jobs, |jobs| jobs.is_empty());
        });
    });
}
