//! Waiting on a condition variable of the ledger while holding a lock of the bank: the
//! bank comes first, so the nesting is allowed, but the wait would keep the bank locked.
//! Must fail: only a field locked with the `ThreadKey` itself may wait.
use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
    audit: Vec<String>,
}

#[guarded(after = Bank)]
pub struct Ledger {
    entries: Vec<String>,
}

#[guarded(after = Ledger)]
pub struct Queue {
    #[guarded(condvar)]
    jobs: Vec<u32>,
}

fn main() {
    let (bank, queue) = (Bank::new(Vec::new(), Vec::new()), Queue::new(Vec::new()));
    let mut key = ThreadKey::get().unwrap();
    let (_accounts, mut after_accounts) = bank.lock_accounts(&mut key);
    let (jobs, mut after_jobs) = queue.lock_jobs(&mut after_accounts);
    let _jobs = jobs.wait_while(&mut after_jobs, |jobs| jobs.is_empty());
}