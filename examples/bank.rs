//! A bank shared by four tellers, each on its own thread.
//!
//! Every transfer locks `accounts`, then `audit` with the key that `lock_accounts` hands
//! back: the lock order is the fields' declaration order, and the compiler holds every
//! thread to it, so the tellers cannot deadlock. At the end the money is all there and the
//! audit log has one line per transfer.
//!
//! Run it with `cargo run --example bank`.

use std::collections::HashMap;
use std::sync::{Arc, Barrier};
use std::thread;

use guarded::{CanLock, ThreadKey, guarded};

/// The shared state. Each field is its own lock; `accounts` comes first in the lock order.
#[guarded]
#[derive(Debug)]
struct Bank {
    /// Balance per account number.
    accounts: HashMap<&'static str, i64>,
    /// One line per transfer, written while `accounts` is still held, so the log's order is
    /// the order in which the transfers happened.
    audit: Vec<String>,
}

/// Appends to the audit log. Takes any key that may lock `audit`: the `ThreadKey`, or the
/// key handed back by locking `accounts`.
fn log(bank: &Bank, key: &mut impl CanLock<bank_levels::audit>, line: String) {
    let (mut audit, _key) = bank.lock_audit(key);
    audit.push(line);
}

/// Moves `amount` from one account to another if the money is there, and logs the outcome.
/// Returns whether it moved.
fn transfer(
    bank: &Bank,
    key: &mut ThreadKey,
    teller: &str,
    from: &str,
    to: &str,
    amount: i64,
) -> bool {
    let (mut accounts, mut after_accounts) = bank.lock_accounts(key);
    let moved = accounts[from] >= amount;
    if moved {
        *accounts.get_mut(from).expect("known account") -= amount;
        *accounts.get_mut(to).expect("known account") += amount;
    }
    let outcome = if moved {
        "moved"
    } else {
        "refused (insufficient funds)"
    };
    log(
        bank,
        &mut after_accounts,
        format!("{teller}: {from} -> {to} {amount}: {outcome}"),
    );

    // Locking `accounts` again here, while its guard lives, does not compile:
    //
    //     let again = bank.lock_accounts(&mut after_accounts);
    //     // error[E0277]: double lock on `Bank`: cannot lock `accounts` while holding `accounts`
    //
    // and neither does going back up the order from `audit`:
    //
    //     let (audit, mut after_audit) = bank.lock_audit(&mut after_accounts);
    //     let accounts = bank.lock_accounts(&mut after_audit);
    //     // error[E0277]: lock order violation on `Bank`: cannot lock `accounts` while holding `audit`
    //
    // Nor can the thread's root key be used while `accounts` is held, since the guard
    // borrows it (error[E0499]):
    //
    //     let again = bank.lock_accounts(key);
    moved
}

const OPENING_BALANCE: i64 = 100;
const NAMES: [&str; 4] = ["alice", "bob", "carol", "dave"];

fn main() {
    let bank = Bank::new(
        NAMES.iter().map(|&name| (name, OPENING_BALANCE)).collect(),
        Vec::new(),
    );
    println!("lock order of Bank: {}", Bank::LOCK_ORDER.join(" -> "));
    println!("Debug never shows the data (reading it would skip the locks): {bank:?}");

    // The tellers start together, so their transfers interleave.
    let start = Arc::new(Barrier::new(4));
    let tellers: Vec<_> = (0_u8..4)
        .map(|n| {
            let teller = format!("teller {}", n + 1);
            let bank = bank.clone(); // shares the same locks
            let start = Arc::clone(&start);
            thread::spawn(move || {
                let mut key = ThreadKey::get().expect("a new thread's first key");
                start.wait();
                let mut done = Vec::new();
                for round in 0_u8..5 {
                    let from = NAMES[usize::from(n + round) % NAMES.len()];
                    let to = NAMES[usize::from(n + round + 1 + n % 2) % NAMES.len()];
                    let amount = 20 * i64::from(n + 1) + 9 * i64::from(round);
                    let moved = transfer(&bank, &mut key, &teller, from, to, amount);
                    thread::yield_now();
                    done.push(format!(
                        "{from} -> {to} {amount}{}",
                        if moved { "" } else { " (refused)" }
                    ));
                }
                (teller, done)
            })
        })
        .collect();

    for teller in tellers {
        let (teller, done) = teller.join().expect("the teller finished");
        println!("{teller} did: {}", done.join(", "));
    }

    let mut key = ThreadKey::get().expect("main's key");
    let (accounts, mut after_accounts) = bank.lock_accounts(&mut key);
    let (audit, _key) = bank.lock_audit(&mut after_accounts);

    println!(
        "\naudit log ({} lines, in the order the transfers happened):",
        audit.len()
    );
    for line in audit.iter() {
        println!("  {line}");
    }

    let mut balances: Vec<_> = accounts.iter().collect();
    balances.sort();
    println!("\nfinal balances:");
    for (name, balance) in &balances {
        println!("  {name:>6}: {balance:>4}");
    }
    let total: i64 = accounts.values().sum();
    let opening: i64 = NAMES.iter().map(|_| OPENING_BALANCE).sum();
    println!("  {:>6}: {total:>4} (opened with {opening})", "total");
    assert_eq!(total, opening, "money is conserved");
    assert_eq!(audit.len(), 4 * 5, "one audit line per transfer");
    println!("money conserved, one audit line per transfer");
}
