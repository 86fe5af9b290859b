//! Helper functions that take "a key that may lock this field" (`&mut impl CanLock<level>`)
//! work with every key that may: the `ThreadKey`, and the key handed back by locking an
//! earlier field. A helper generic over its key can be called repeatedly with one key, and
//! helpers can call helpers.

use std::collections::HashMap;
use std::fmt::Display;

use guarded::{CanLock, ThreadKey, guarded};

#[guarded]
struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

/// Appends to the audit log, with any key that may lock `audit`.
fn log(bank: &Bank, key: &mut impl CanLock<bank_levels::audit>, line: impl Display) {
    let (mut audit, _key) = bank.lock_audit(key);
    audit.push(line.to_string());
}

/// The number of audit lines, generic over the key type (named, not `impl Trait`).
fn audit_len<K>(bank: &Bank, key: &mut K) -> usize
where
    K: CanLock<bank_levels::audit>,
{
    bank.lock_audit(key).0.len()
}

/// Moves money and logs it, with any key that may lock `accounts`: the key handed back by
/// `lock_accounts` is passed on to `log`.
fn transfer(
    bank: &Bank,
    key: &mut impl CanLock<bank_levels::accounts>,
    from: u32,
    to: u32,
    amount: i64,
) {
    let (mut accounts, mut after_accounts) = bank.lock_accounts(key);
    *accounts.entry(from).or_default() -= amount;
    *accounts.entry(to).or_default() += amount;
    log(
        bank,
        &mut after_accounts,
        format_args!("{from} -> {to}: {amount}"),
    );
}

/// The balance of one account, and the audit length seen while holding `accounts`.
fn balance_and_audit(
    bank: &Bank,
    key: &mut impl CanLock<bank_levels::accounts>,
    account: u32,
) -> (i64, usize) {
    let (accounts, mut after_accounts) = bank.lock_accounts(key);
    let balance = accounts.get(&account).copied().unwrap_or_default();
    // Two helper calls with one handed-back key: each reborrows it.
    let before = audit_len(bank, &mut after_accounts);
    let after = audit_len(bank, &mut after_accounts);
    assert_eq!(before, after);
    (balance, after)
}

#[test]
fn a_helper_takes_the_thread_key_and_the_key_after_an_earlier_lock() {
    std::thread::spawn(|| {
        let bank = Bank::new(HashMap::from([(1, 10)]), Vec::new());
        let mut key = ThreadKey::get().expect("the thread's key");

        // With the `ThreadKey`.
        log(&bank, &mut key, "opened");

        // With the key handed back by `lock_accounts`, while `accounts` is held.
        {
            let (accounts, mut after_accounts) = bank.lock_accounts(&mut key);
            log(
                &bank,
                &mut after_accounts,
                format_args!("balance {}", accounts[&1]),
            );
            // And again with the same key: the helper only borrows it.
            log(&bank, &mut after_accounts, "checked");
        }

        assert_eq!(audit_len(&bank, &mut key), 3);
        assert_eq!(
            *bank.lock_audit(&mut key).0,
            ["opened", "balance 10", "checked"]
        );
    })
    .join()
    .expect("thread ran");
}

#[test]
fn a_generic_helper_is_used_twice_and_helpers_call_helpers() {
    std::thread::spawn(|| {
        let bank = Bank::new(HashMap::from([(1, 10), (2, 0)]), Vec::new());
        let mut key = ThreadKey::get().expect("the thread's key");

        transfer(&bank, &mut key, 1, 2, 4);
        transfer(&bank, &mut key, 2, 1, 1);
        assert_eq!(balance_and_audit(&bank, &mut key, 1), (7, 2));
        assert_eq!(balance_and_audit(&bank, &mut key, 2), (3, 2));
        assert_eq!(*bank.lock_audit(&mut key).0, ["1 -> 2: 4", "2 -> 1: 1"]);
    })
    .join()
    .expect("thread ran");
}

/// A second struct: helpers of two structs, each locking and releasing in turn, share one
/// root key.
#[guarded]
struct Stats {
    transfers: u64,
}

fn count(stats: &Stats, key: &mut impl CanLock<stats_levels::transfers>) {
    *stats.lock_transfers(key).0 += 1;
}

#[test]
fn one_root_key_serves_helpers_of_different_structs_in_turn() {
    std::thread::spawn(|| {
        let bank = Bank::new(HashMap::new(), Vec::new());
        let stats = Stats::new(0);
        let mut key = ThreadKey::get().expect("the thread's key");
        for _ in 0..3 {
            transfer(&bank, &mut key, 1, 2, 1);
            count(&stats, &mut key);
        }
        assert_eq!(*stats.lock_transfers(&mut key).0, 3);
        assert_eq!(audit_len(&bank, &mut key), 3);
    })
    .join()
    .expect("thread ran");
}
