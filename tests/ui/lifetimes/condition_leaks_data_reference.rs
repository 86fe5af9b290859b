//! The condition closure stores the `&mut` it is given in a variable outside the wait:
//! after the wait (and after the guard is dropped) that reference would reach the data
//! without the lock. Must fail: the closure's argument is higher-ranked and cannot escape.
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
    let mut key = ThreadKey::get().unwrap();
    let mut leaked: Option<&mut Vec<u32>> = None;
    {
        let (jobs, mut after_jobs) = pool.lock_jobs(&mut key);
        let _jobs = jobs.wait_while(&mut after_jobs, |jobs| {
            leaked = Some(jobs);
            false
        });
    }
    if let Some(jobs) = leaked {
        jobs.push(1);
    }
}
