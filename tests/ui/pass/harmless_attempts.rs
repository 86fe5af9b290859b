//! Attempts at the rules that compile because they are harmless, each with why (the attack
//! files in `tests/ui/` are the ones that must not compile). Must compile, and run.

use std::sync::atomic::Ordering;
use std::time::Duration;

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Pool {
    config: String,
    #[guarded(condvar)]
    jobs: Vec<u32>,
    #[guarded(atomic)]
    done: u64,
}

fn main() {
    let pool = Pool::new("c".to_owned(), vec![1], 0);
    let mut key = ThreadKey::get().expect("the first key");

    // Notifying takes no lock and no key, so it cannot wait for anything: calling it while
    // holding locks cannot deadlock.
    {
        let (_config, mut after_config) = pool.lock_config(&mut key);
        let (_jobs, _key) = pool.lock_jobs(&mut after_config);
        pool.notify_all_jobs();
        // An atomic takes no lock either, so it is reachable with locks held, without a key.
        pool.done().fetch_add(1, Ordering::Relaxed);
    }

    // A shared reference to a guard may go to a scoped thread (the guard is `Sync` when the
    // data is): that thread only reads the data through it; it can neither unlock nor take
    // another lock with it, and the guard stays on this thread.
    {
        let (config, _key) = pool.lock_config(&mut key);
        let shared = &config;
        std::thread::scope(|scope| {
            scope.spawn(move || assert_eq!(shared.as_str(), "c"));
        });
    }

    // Inside a wait condition the thread's key is borrowed by the guard, so a second key
    // cannot be taken there: `ThreadKey::get()` returns `Err(KeyInUse)` (a key cannot be
    // forged).
    {
        let (jobs, mut after_jobs) = pool.lock_jobs(&mut key);
        let (_jobs, timed_out) = jobs.wait_timeout_while(
            &mut after_jobs,
            Duration::from_millis(1),
            |_| {
                assert!(ThreadKey::get().is_err(), "no second key while one is alive");
                false
            },
        );
        assert!(!timed_out);
    }

    // `Busy` is plain data (the names and a duration): sending it to another thread hands
    // over no lock and no key.
    let other = pool.clone();
    let busy = std::thread::scope(|scope| {
        let (_jobs, _key) = pool.lock_jobs(&mut key);
        scope
            .spawn(move || {
                let mut key = ThreadKey::get().expect("the thread's key");
                other.try_lock_jobs(&mut key).map(|_| ()).expect_err("held")
            })
            .join()
            .expect("the thread ran")
    });
    assert_eq!(busy.to_string(), "`Pool.jobs` is locked by another thread");
}
