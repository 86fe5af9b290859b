//! The order between structs: `#[guarded(after = X)]` lets a thread holding locks of `X`
//! take the new struct's, directly, transitively, and across crates (`Bank` and `Ledger`
//! come from the `guarded-test-upstream` crate). Undeclared nestings, the reverse order
//! and cycles are compile errors (`tests/ui/struct_order/`).

mod common;

use std::thread;

use common::watched;
use guarded::{ThreadKey, guarded, lock};
use guarded_test_upstream::{Bank, Ledger};

/// Declared after a struct of another crate, which is itself declared after another.
#[guarded(after = Ledger)]
#[derive(Default)]
struct Archive {
    boxes: Vec<String>,
}

/// Declared after a generic struct, named by any instantiation.
#[guarded(after = Archive)]
struct Shelf<T> {
    items: Vec<T>,
}

/// A generic struct that others come after.
#[guarded]
#[derive(Default)]
struct Cache<T> {
    values: Vec<T>,
}

/// After a generic struct: any instantiation names it.
#[guarded(after = Cache<()>)]
#[derive(Default)]
struct Report {
    lines: Vec<String>,
}

#[test]
fn nesting_in_declared_order_across_crates() {
    let (bank, ledger, archive) = (Bank::default(), Ledger::default(), Archive::default());
    let mut key = ThreadKey::get().expect("the test thread's key");
    {
        let (mut accounts, mut after_accounts) = bank.lock_accounts(&mut key);
        accounts.push(10);
        let (mut entries, mut after_entries) = ledger.lock_entries(&mut after_accounts);
        entries.push("opened".to_owned());
        let (mut boxes, _key) = archive.lock_boxes(&mut after_entries);
        boxes.push("box 1".to_owned());
    }
    {
        // Transitively: `Archive` is after `Ledger`, which is after `Bank`.
        let (audit, mut after_audit) = bank.lock_audit(&mut key);
        let (boxes, _key) = archive.lock_boxes(&mut after_audit);
        assert_eq!((audit.len(), boxes.len()), (0, 1));
    }
    // `lock!` on one struct, then the next struct with the key it hands back.
    let (accounts, audit, mut after_bank) = lock!(bank, &mut key => accounts, audit);
    let (entries, _key) = ledger.lock_entries(&mut after_bank);
    assert_eq!((accounts.len(), audit.len(), entries.len()), (1, 0, 1));
}

#[test]
fn generic_structs_in_the_order() {
    let (archive, shelf) = (Archive::default(), Shelf::<u8>::new(Vec::new()));
    let (cache, report) = (Cache::<u32>::default(), Report::default());
    let mut key = ThreadKey::get().expect("the test thread's key");
    {
        let (_boxes, mut after_boxes) = archive.lock_boxes(&mut key);
        shelf.lock_items(&mut after_boxes).0.push(1);
    }
    let (mut values, mut after_values) = cache.lock_values(&mut key);
    values.push(7);
    report.lock_lines(&mut after_values).0.push("7".to_owned());
}

/// Threads nesting the three structs in the declared order, and some only two of them,
/// never deadlock, and every change is counted.
#[test]
fn threads_nesting_structs_in_order_do_not_deadlock() {
    const THREADS: usize = 6;
    const ROUNDS: usize = 2_000;
    let (bank, ledger, archive) = (Bank::default(), Ledger::default(), Archive::default());
    let (b, l, a) = (bank.clone(), ledger.clone(), archive.clone());
    watched(move || {
        let workers: Vec<_> = (0..THREADS)
            .map(|thread| {
                let (bank, ledger, archive) = (b.clone(), l.clone(), a.clone());
                thread::spawn(move || {
                    let mut key = ThreadKey::get().expect("a new thread's key");
                    for round in 0..ROUNDS {
                        let (mut audit, mut after_audit) = bank.lock_audit(&mut key);
                        audit.push(format!("{thread}.{round}"));
                        if (thread + round) % 2 == 0 {
                            let (mut entries, mut after_entries) =
                                ledger.lock_entries(&mut after_audit);
                            entries.push(String::new());
                            archive.lock_boxes(&mut after_entries).0.push(String::new());
                        } else {
                            archive.lock_boxes(&mut after_audit).0.push(String::new());
                        }
                    }
                })
            })
            .collect();
        for worker in workers {
            worker.join().expect("a worker finished");
        }
    });
    let mut key = ThreadKey::get().expect("the test thread's key");
    let total = THREADS * ROUNDS;
    assert_eq!(bank.lock_audit(&mut key).0.len(), total);
    assert_eq!(ledger.lock_entries(&mut key).0.len(), total / 2);
    assert_eq!(archive.lock_boxes(&mut key).0.len(), total);
}
