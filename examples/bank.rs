//! A bank shared by four tellers, each on its own thread; then accounts shared by four clerks.
//!
//! Every transfer locks `accounts`, then `audit` with the key that `lock_accounts` hands
//! back: the lock order is the fields' declaration order, and the compiler holds every
//! thread to it, so the tellers cannot deadlock. At the end the money is all there and the
//! audit log has one line per transfer.
//!
//! Then accounts held as separate instances (`Account`): clerks move money between them in
//! both directions at once, each transfer locking two accounts with
//! `Account::lock_balance_pair`, which takes the two locks in one order for every thread,
//! whatever the order of its arguments. Locked one after the other, `transfer(a, b)`
//! racing `transfer(b, a)` would deadlock; with the pair call it cannot.
//!
//! Last, the mistake the types refuse (locking `accounts` while holding `audit`) and the
//! error `cargo check` gives for it, read from the compile-fail test that `cargo test`
//! checks against rustc, so what this prints is what rustc says.
//!
//! Run it with `cargo run --example bank`.
//!
//! In a crate of your own, the dependency this code needs:
//! `cargo add --git https://github.com/guarded-rs/guarded guarded`.

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
        "declined: insufficient funds"
    };
    log(
        bank,
        &mut after_accounts,
        format!("{teller}: {from} -> {to} {amount}: {outcome}"),
    );

    // Locking `accounts` again here, while its guard lives, does not compile:
    //
    //     let again = bank.lock_accounts(&mut after_accounts);
    //     // error[E0277]: lock order violation on `Bank`: cannot lock `accounts` with `Key<'_, accounts>`
    //
    // and neither does going back up the order from `audit`:
    //
    //     let (audit, mut after_audit) = bank.lock_audit(&mut after_accounts);
    //     let accounts = bank.lock_accounts(&mut after_audit);
    //     // error[E0277]: lock order violation on `Bank`: cannot lock `accounts` with `Key<'_, audit>`
    //
    // Nor can the thread's root key be used while `accounts` is held, since the guard
    // borrows it (error[E0499]):
    //
    //     let again = bank.lock_accounts(key);
    moved
}

/// An account held on its own, so that transfers between two of them lock only those two.
#[guarded]
#[derive(Debug)]
struct Account {
    /// The balance. Locked first.
    balance: i64,
    /// One line per transfer in or out. Locked after `balance`.
    statement: Vec<String>,
}

/// Moves `amount` between two accounts and writes it on both statements. Both balances
/// are locked in one call, then both statements with the key it hands back.
fn transfer_between(from: &Account, to: &Account, key: &mut ThreadKey, clerk: &str, amount: i64) {
    let (mut from_balance, mut to_balance, mut after_balance) =
        Account::lock_balance_pair(from, to, key).expect("two different accounts");
    *from_balance -= amount;
    *to_balance += amount;
    let (mut from_statement, mut to_statement, _key) =
        Account::lock_statement_pair(from, to, &mut after_balance).expect("two different accounts");
    from_statement.push(format!("{clerk}: -{amount}"));
    to_statement.push(format!("{clerk}: +{amount}"));

    // Locking the two balances one after the other does not compile: nothing orders two
    // instances of one field, so `transfer_between(a, b)` racing `transfer_between(b, a)`
    // could deadlock.
    //
    //     let (from_balance, mut after_from) = from.lock_balance(key);
    //     let (to_balance, _key) = to.lock_balance(&mut after_from);
    //     // error[E0277]: lock order violation on `Account`: cannot lock `balance` with `Key<'_, balance>`
}

const ACCOUNT_NAMES: [&str; 3] = ["savings", "checking", "travel"];
const ACCOUNT_OPENING_BALANCE: i64 = 1_000;
const CLERKS: usize = 4;
const CLERK_TRANSFERS: usize = 25;

/// What clerk `clerk` does: `CLERK_TRANSFERS` transfers from one account to another, of
/// amounts from 1 to 8. Clerks 1 and 2 work between savings and checking, clerks 3 and 4
/// between checking and travel, each pair in opposite directions at the same time.
fn clerk_plan(clerk: usize) -> (usize, usize, impl Iterator<Item = i64>) {
    let (first, second) = (clerk / 2, clerk / 2 + 1);
    let (from, to) = if clerk.is_multiple_of(2) {
        (first, second)
    } else {
        (second, first)
    };
    let amounts = (0..CLERK_TRANSFERS)
        .map(move |round| i64::try_from(round % 5 + clerk).expect("a small amount") + 1);
    (from, to, amounts)
}

/// Clerks move money between three accounts, in both directions between the same two at
/// once. No account can go below zero (at most 2 * 25 * 8 = 400 leaves one), so none is
/// declined, and the final balances are the same on every run.
fn pair_transfers(key: &mut ThreadKey) {
    let accounts: Vec<Account> = ACCOUNT_NAMES
        .iter()
        .map(|_| Account::new(ACCOUNT_OPENING_BALANCE, Vec::new()))
        .collect();
    println!(
        "\nlock order of Account: {}",
        Account::LOCK_ORDER.join(" -> ")
    );

    // The clerks start together, so that transfers in opposite directions overlap.
    let start = Barrier::new(CLERKS);
    thread::scope(|scope| {
        for clerk in 0..CLERKS {
            let (accounts, start) = (&accounts, &start);
            scope.spawn(move || {
                let mut key = ThreadKey::get().expect("a new thread's first key");
                let name = format!("clerk {}", clerk + 1);
                let (from, to, amounts) = clerk_plan(clerk);
                start.wait();
                for amount in amounts {
                    transfer_between(&accounts[from], &accounts[to], &mut key, &name, amount);
                    thread::yield_now();
                }
            });
        }
    });

    let (balances, mut after_balance) =
        Account::lock_balance_many(&accounts, key).expect("three different accounts");
    let (statements, _key) = Account::lock_statement_many(&accounts, &mut after_balance)
        .expect("three different accounts");
    println!(
        "pair transfers: {CLERKS} clerks moved money both ways between the same accounts at \
         once ({} transfers), each locking two accounts with Account::lock_balance_pair",
        CLERKS * CLERK_TRANSFERS
    );

    // What the plans add up to, whatever the order the transfers ran in.
    let mut expected_balances = [ACCOUNT_OPENING_BALANCE; ACCOUNT_NAMES.len()];
    let mut expected_lines = [0; ACCOUNT_NAMES.len()];
    for clerk in 0..CLERKS {
        let (from, to, amounts) = clerk_plan(clerk);
        let moved: i64 = amounts.sum();
        expected_balances[from] -= moved;
        expected_balances[to] += moved;
        expected_lines[from] += CLERK_TRANSFERS;
        expected_lines[to] += CLERK_TRANSFERS;
    }
    for (n, name) in ACCOUNT_NAMES.iter().enumerate() {
        println!(
            "  {name:>8}: {:>5} ({} statement lines)",
            *balances[n],
            statements[n].len()
        );
        assert_eq!(*balances[n], expected_balances[n], "{name}'s balance");
        assert_eq!(statements[n].len(), expected_lines[n], "{name}'s statement");
    }
    let total: i64 = balances.iter().map(|balance| **balance).sum();
    let opening = ACCOUNT_OPENING_BALANCE * i64::try_from(ACCOUNT_NAMES.len()).expect("3");
    println!("  {:>8}: {total:>5} (opened with {opening})", "total");
    assert_eq!(total, opening, "money is conserved");
    println!("money conserved across the accounts, one statement line per side of each transfer");
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
                        if moved {
                            ""
                        } else {
                            " (declined: insufficient funds)"
                        }
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
    drop((accounts, audit));

    pair_transfers(&mut key);
    show_the_refused_mistake();
}

/// The mistake this program cannot make: locking `accounts` while holding `audit`. Written
/// out, it does not compile; this is the program, and what `cargo check` says about it, as
/// the compile-fail test records them (`tests/ui/order/`, checked against rustc by
/// `cargo test`).
const MISTAKE: &str = include_str!("../tests/ui/order/lock_accounts_while_holding_audit.rs");
const MISTAKE_ERROR: &str =
    include_str!("../tests/ui/order/lock_accounts_while_holding_audit.stderr");

fn show_the_refused_mistake() {
    println!(
        "
the mistake the compiler refuses (lock `audit`, then `accounts`):"
    );
    let body = MISTAKE
        .lines()
        .skip_while(|line| !line.starts_with("fn main"))
        .skip(1)
        .take_while(|line| !line.starts_with('}'));
    for line in body {
        println!("  | {line}");
    }
    println!(
        "
cargo check:"
    );
    for line in MISTAKE_ERROR.lines() {
        println!("  {line}");
    }
}
