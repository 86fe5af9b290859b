//! Model-checking a `#[guarded]` struct with shuttle:
//!
//! ```sh
//! cargo run --example model_check --features shuttle
//! ```
//!
//! With the `shuttle` feature, every lock, condition variable and atomic of `guarded` is
//! shuttle's, and so is the per-thread key bookkeeping, so shuttle's scheduler runs the
//! threads below one step at a time, in a different interleaving on each run of
//! `scenario`. A deadlock or a failed assertion in any of them would stop the check with
//! the schedule that led there, replayable with `shuttle::replay`.
//!
//! In a crate of your own this is a test (see the README's "Model checking with shuttle"):
//! the body of `main` goes in a `#[test]`, behind a feature of your crate that turns on
//! `guarded/shuttle`, so that your other tests keep real locks.

use guarded::{ThreadKey, guarded};
use shuttle::thread;

/// Two accounts move money both ways while an auditor reads every balance.
#[guarded]
pub struct Account {
    balance: i64,
    history: Vec<i64>,
}

/// Moves `amount` if `from` has it; says whether it did. Both accounts' balances are
/// locked in one call, in an order that does not depend on the order of the arguments.
fn transfer(from: &Account, to: &Account, amount: i64, key: &mut ThreadKey) -> bool {
    let (mut from_balance, mut to_balance, mut after_balance) =
        Account::lock_balance_pair(from, to, key).expect("two different accounts");
    if *from_balance < amount {
        return false;
    }
    *from_balance -= amount;
    *to_balance += amount;
    let (mut from_history, mut to_history, _key) =
        Account::lock_history_pair(from, to, &mut after_balance).expect("two different accounts");
    from_history.push(-amount);
    to_history.push(amount);
    true
}

/// One run: two tellers transfer in opposite directions, an auditor sums the balances.
fn scenario() {
    let accounts = vec![Account::new(10, Vec::new()), Account::new(10, Vec::new())];
    let tellers: Vec<_> = [(0, 1, 7), (1, 0, 4)]
        .into_iter()
        .map(|(from, to, amount)| {
            let accounts = accounts.clone();
            thread::spawn(move || {
                let mut key = ThreadKey::get().expect("each model thread has its own key");
                transfer(&accounts[from], &accounts[to], amount, &mut key);
            })
        })
        .collect();
    let auditor = {
        let accounts = accounts.clone();
        thread::spawn(move || {
            let mut key = ThreadKey::get().expect("each model thread has its own key");
            let (balances, _key) =
                Account::lock_balance_many(&accounts, &mut key).expect("different accounts");
            let total: i64 = balances.iter().map(|balance| **balance).sum();
            assert_eq!(total, 20, "the auditor never sees money in flight");
        })
    };
    for thread in tellers.into_iter().chain([auditor]) {
        thread.join().expect("no thread panicked");
    }
}

fn main() {
    const SCHEDULES: usize = 2_000;
    // A fixed seed explores the same schedules on every run (as CI wants);
    // `shuttle::check_random(scenario, SCHEDULES)` draws new ones each time.
    shuttle::check_random_with_seed(scenario, 0x5EED, SCHEDULES);
    println!(
        "{SCHEDULES} interleavings of two tellers and an auditor explored: \
         no deadlock, no money lost"
    );
}
