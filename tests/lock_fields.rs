//! `guarded::lock!`: several fields of one instance in one call, in declared order. It hands
//! back the guards in the order listed and the key after the last field, which locks the
//! later fields; `rw` fields are listed as `read name` or `write name`; a `condvar` field
//! gives a plain guard; it works on generic structs, from other modules (for `pub`
//! fields), with up to eight fields, and from many threads at once on overlapping lists of
//! fields with exact results.
//!
//! Runs that could hang are watched: a deadlock fails the test after a minute instead of
//! hanging CI (a deadlock detector, not a timing assertion).

use std::sync::{Arc, Barrier};
use std::thread;

mod common;

use common::{Holder, watched};
use guarded::{CanLock, ThreadKey, guarded, lock};

#[guarded]
#[derive(Default)]
struct Shop {
    stock: u32,
    #[guarded(rw)]
    prices: Vec<u32>,
    #[guarded(condvar)]
    orders: Vec<u32>,
    #[guarded(atomic)]
    sold: u64,
    sales: Vec<u32>,
    #[guarded(poison = result)]
    ledger: Vec<String>,
}

fn shop() -> Shop {
    Shop::new(10, vec![3, 5], vec![1], 0, Vec::new(), Vec::new())
}

/// The guards come back in the order listed, each on its own field, and the key after the
/// last locks a later field.
#[test]
fn guards_come_back_in_order_and_the_key_locks_later_fields() {
    let shop = shop();
    let mut key = ThreadKey::get().expect("the test thread's key");
    {
        let (mut stock, mut prices, mut orders, mut sales, mut after_sales) =
            lock!(shop, &mut key => stock, write prices, orders, sales);
        assert_eq!(
            (*stock, prices.as_slice(), orders.as_slice()),
            (10, [3, 5].as_slice(), [1].as_slice())
        );
        *stock -= 1;
        prices.push(7);
        orders.push(2);
        sales.push(prices[0]);
        let ledger = shop.lock_ledger(&mut after_sales).expect("not poisoned");
        assert!(ledger.0.is_empty());
    }
    {
        let (stock, mut after_stock) = lock!(shop, &mut key => stock);
        assert_eq!(*stock, 9);
        // The key after `stock` locks the rest, again with `lock!`.
        let (prices, sales, mut after_sales) = lock!(shop, &mut after_stock => read prices, sales);
        assert_eq!(
            (prices.as_slice(), sales.as_slice()),
            ([3, 5, 7].as_slice(), [3].as_slice())
        );
        let (ledger, _key) = lock!(shop, &mut after_sales => ledger);
        assert!(ledger.expect("not poisoned").is_empty());
    }
    {
        // Fields may be skipped; the one locked with a single call comes first.
        let (orders, mut after_orders) = shop.lock_orders(&mut key);
        let (sales, ledger, _key) = lock!(shop, &mut after_orders => sales, ledger);
        assert_eq!((orders.len(), sales.len()), (2, 1));
        assert!(ledger.is_ok());
    }
    // Everything is free again.
    let (stock, prices, orders, sales, ledger, _key) =
        lock!(shop, &mut key => stock, read prices, orders, sales, ledger);
    assert_eq!(
        (*stock, prices.len(), orders.len(), sales.len()),
        (9, 3, 2, 1)
    );
    assert!(ledger.is_ok());
}

/// `read name` takes a shared lock (another thread's read guard does not keep it out),
/// `write name` an exclusive one (a `try_` read from another thread is busy meanwhile).
#[test]
fn read_shares_and_write_excludes() {
    watched(|| {
        let shop = shop();
        let holder = Holder::start(&shop, |shop, key, wait| {
            let (_prices, _key) = shop.read_prices(key);
            wait();
        });
        let mut key = ThreadKey::get().expect("the worker's key");
        {
            // Were this read exclusive, it would wait for the holder, which waits for
            // this test: the watchdog would fail it.
            let (stock, prices, _key) = lock!(shop, &mut key => stock, read prices);
            assert_eq!((*stock, prices.as_slice()), (10, [3, 5].as_slice()));
        }
        holder.release();
        let (mut prices, _key) = lock!(shop, &mut key => write prices);
        prices.push(9);
        let other = shop.clone();
        let busy = thread::spawn(move || {
            let mut key = ThreadKey::get().expect("a new thread's first key");
            other.try_read_prices(&mut key).is_err()
        })
        .join()
        .expect("the reader finished");
        assert!(busy, "a `write` in `lock!` excludes readers");
        drop(prices);
        assert_eq!(*shop.read_prices(&mut key).0, [3, 5, 9]);
    });
}

/// A `condvar` field in the list gives a plain guard (no waiting); changes made through it
/// and a notification wake a thread waiting on the field.
#[test]
fn a_condvar_field_in_the_list_wakes_a_waiter() {
    let shop = shop();
    let shared = shop.clone();
    let taken = watched(move || {
        thread::scope(|scope| {
            let waiter = scope.spawn(|| {
                let mut key = ThreadKey::get().expect("a new thread's first key");
                let (orders, mut after_orders) = shared.lock_orders(&mut key);
                let mut orders =
                    orders.wait_while(&mut after_orders, |orders| !orders.contains(&99));
                std::mem::take(&mut *orders)
            });
            let mut key = ThreadKey::get().expect("the worker's key");
            {
                let (mut stock, mut orders, _key) = lock!(shared, &mut key => stock, orders);
                *stock -= 1;
                orders.push(99);
            }
            shared.notify_all_orders();
            waiter.join().expect("the waiter woke")
        })
    });
    assert_eq!(taken, [1, 99]);
    let mut key = ThreadKey::get().expect("the test thread's key");
    assert!(shop.lock_orders(&mut key).0.is_empty());
}

/// An atomic field is not in the list; it is read without a key, whatever is held.
#[test]
fn atomic_fields_are_used_beside_lock() {
    let shop = shop();
    let mut key = ThreadKey::get().expect("the test thread's key");
    let (mut stock, mut sales, _key) = lock!(shop, &mut key => stock, sales);
    *stock -= 1;
    sales.push(5);
    shop.sold()
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    assert_eq!(shop.sold().load(std::sync::atomic::Ordering::Relaxed), 1);
}

/// Under `poison = result`, that field's guard is a `Result`; the others are plain.
#[test]
fn a_poisoned_field_in_the_list_is_reported_as_its_policy_says() {
    let shop = shop();
    let worker = shop.clone();
    let crashed = thread::spawn(move || {
        let mut key = ThreadKey::get().expect("a new thread's first key");
        let (mut stock, mut ledger, _key) = lock!(worker, &mut key => stock, ledger);
        *stock = 0;
        ledger
            .as_mut()
            .expect("not poisoned yet")
            .push("half".to_owned());
        panic!("planned crash holding `stock` and `ledger`");
    })
    .join();
    assert!(crashed.is_err());
    let mut key = ThreadKey::get().expect("the test thread's key");
    {
        let (sales, ledger, _key) = lock!(shop, &mut key => sales, ledger);
        assert!(sales.is_empty());
        let report = ledger.expect_err("`ledger` is poisoned");
        assert_eq!(
            report.to_string(),
            "`Shop.ledger` is poisoned: a thread panicked while it held this lock"
        );
        assert_eq!(*report.into_inner(), ["half"]);
    }
    // `stock` is poisoned too, under the default policy: `recover_stock` takes it back.
    let (stock, mut after_stock) = shop.recover_stock(&mut key);
    assert_eq!(*stock, 0);
    let (ledger, _key) = lock!(shop, &mut after_stock => ledger);
    assert!(ledger.is_ok(), "`into_inner` cleared the poison");
}

/// The instance may be any expression: an element of a slice, a field, through an `Arc`,
/// a reference.
#[test]
fn the_instance_may_be_any_expression() {
    struct Mall {
        shops: Vec<Shop>,
    }
    let mall = Mall {
        shops: vec![shop(), Shop::default()],
    };
    let shared = Arc::new(shop());
    let by_ref = &mall.shops[1];
    let mut key = ThreadKey::get().expect("the test thread's key");
    assert_eq!(*lock!(mall.shops[0], &mut key => stock).0, 10);
    assert_eq!(*lock!(shared, &mut key => stock).0, 10);
    assert_eq!(*lock!(*shared, &mut key => stock).0, 10);
    assert_eq!(*lock!(by_ref, &mut key => stock).0, 0);
    let mut calls = 0;
    let mut next = || {
        calls += 1;
        &mall.shops[0]
    };
    assert_eq!(lock!(next(), &mut key => sales).0.len(), 0);
    assert_eq!(calls, 1, "the instance expression is evaluated once");
}

/// A helper that takes any key that may lock `stock` uses `lock!` with it, and the caller's
/// key is free again afterwards.
fn restock(shop: &Shop, key: &mut impl CanLock<shop_levels::stock>, amount: u32) -> usize {
    let (mut stock, mut sales, _key) = lock!(shop, key => stock, sales);
    *stock += amount;
    sales.clear();
    sales.len()
}

#[test]
fn a_helper_passes_its_key_through() {
    let shop = shop();
    let mut key = ThreadKey::get().expect("the test thread's key");
    assert_eq!(restock(&shop, &mut key, 5), 0);
    assert_eq!(restock(&shop, &mut key, 5), 0);
    assert_eq!(*shop.lock_stock(&mut key).0, 20);
}

/// A generic struct.
#[guarded]
struct Pair<A, B> {
    left: A,
    right: B,
}

#[test]
fn generic_structs() {
    let pair = Pair::new(1_u8, String::from("one"));
    let other = Pair::new(vec![2_u16], 'x');
    let mut key = ThreadKey::get().expect("the test thread's key");
    {
        let (mut left, mut right, _key) = lock!(pair, &mut key => left, right);
        *left += 1;
        right.push('!');
    }
    let (left, right, _key) = lock!(pair, &mut key => left, right);
    assert_eq!((*left, right.as_str()), (2, "one!"));
    drop((left, right));
    let (left, mut after_left) = lock!(other, &mut key => left);
    let (right, _key) = lock!(other, &mut after_left => right);
    assert_eq!((left.as_slice(), *right), ([2].as_slice(), 'x'));
}

/// Used from another module, for `pub` fields.
mod store {
    use guarded::guarded;

    #[guarded]
    pub struct Store {
        pub shelves: Vec<&'static str>,
        #[guarded(rw)]
        pub catalogue: Vec<&'static str>,
        pub till: u64,
    }
}

#[test]
fn from_another_module_for_pub_fields() {
    let store = store::Store::new(vec!["tea"], vec!["tea", "jam"], 0);
    let mut key = ThreadKey::get().expect("the test thread's key");
    {
        let (mut shelves, catalogue, mut till, _key) =
            lock!(store, &mut key => shelves, read catalogue, till);
        shelves.push(catalogue[1]);
        *till += 2;
    }
    let (shelves, till, _key) = lock!(store, &mut key => shelves, till);
    assert_eq!((shelves.as_slice(), *till), (["tea", "jam"].as_slice(), 2));
}

/// Eight fields, the most `lock!` takes.
#[guarded]
#[derive(Default)]
struct Eight {
    f0: u8,
    f1: u16,
    f2: u32,
    f3: u64,
    #[guarded(rw)]
    f4: i8,
    f5: i16,
    #[guarded(condvar)]
    f6: i32,
    f7: Vec<u8>,
}

#[test]
fn eight_fields() {
    let eight = Eight::default();
    let mut key = ThreadKey::get().expect("the test thread's key");
    {
        let (mut f0, mut f1, mut f2, mut f3, mut f4, mut f5, mut f6, mut f7, _key) =
            lock!(eight, &mut key => f0, f1, f2, f3, write f4, f5, f6, f7);
        *f0 = 1;
        *f1 = 2;
        *f2 = 3;
        *f3 = 4;
        *f4 = 5;
        *f5 = 6;
        *f6 = 7;
        f7.push(8);
    }
    let (f0, f1, f2, f3, f4, f5, f6, f7, _key) =
        lock!(eight, &mut key => f0, f1, f2, f3, read f4, f5, f6, f7);
    assert_eq!(
        (*f0, *f1, *f2, *f3, *f4, *f5, *f6, f7.as_slice()),
        (1, 2, 3, 4, 5, 6, 7, [8].as_slice())
    );
    drop((f0, f1, f2, f3, f4, f5, f6, f7));
    // Any in-order selection.
    let (f1, f3, f6, mut after_f6) = lock!(eight, &mut key => f1, f3, f6);
    assert_eq!((*f1, *f3, *f6), (2, 4, 7));
    let (f7, _key) = lock!(eight, &mut after_f6 => f7);
    assert_eq!(*f7, [8]);
}

#[guarded]
#[derive(Default)]
struct Counters {
    a: u64,
    b: u64,
    #[guarded(rw)]
    c: u64,
    d: u64,
}

const COUNTER_THREADS: usize = 8;
const ROUNDS: u64 = 5_000;

/// What thread `thread` locks each round, and so which counters it adds one to.
const SETS: [&[char]; COUNTER_THREADS] = [
    &['a', 'b'],
    &['b', 'c'],
    &['a', 'c', 'd'],
    &['a', 'b', 'c', 'd'],
    &['d'],
    &['b', 'd'],
    &['a', 'b', 'c', 'd'],
    &['c'],
];

/// Adds one to each counter in thread `thread`'s set, with one `lock!` call (and, for one
/// thread, a `lock!` and a single lock with the key it hands back).
fn bump(counters: &Counters, key: &mut ThreadKey, thread: usize) {
    match thread {
        0 => {
            let (mut a, mut b, _key) = lock!(counters, key => a, b);
            *a += 1;
            *b += 1;
        }
        1 => {
            let (mut b, mut c, _key) = lock!(counters, key => b, write c);
            *b += 1;
            *c += 1;
        }
        2 => {
            let (mut a, mut c, mut d, _key) = lock!(counters, key => a, write c, d);
            *a += 1;
            *c += 1;
            *d += 1;
        }
        3 | 6 => {
            let (mut a, mut b, mut c, mut d, _key) = lock!(counters, key => a, b, write c, d);
            *a += 1;
            *b += 1;
            *c += 1;
            *d += 1;
        }
        4 => {
            let (mut d, _key) = lock!(counters, key => d);
            *d += 1;
        }
        5 => {
            let (mut b, mut after_b) = lock!(counters, key => b);
            let (mut d, _key) = counters.lock_d(&mut after_b);
            *b += 1;
            *d += 1;
        }
        _ => {
            let (mut c, _key) = lock!(counters, key => write c);
            *c += 1;
        }
    }
}

/// Eight threads on overlapping sets of fields, every thread in declared order, and a
/// reader of all of them: no deadlock, and each counter counts exactly the rounds of the
/// threads whose set has it.
#[test]
fn threads_on_overlapping_fields_count_exactly() {
    let counters = Counters::default();
    let shared = counters.clone();
    watched(move || {
        let start = Barrier::new(COUNTER_THREADS + 1);
        thread::scope(|scope| {
            for thread in 0..COUNTER_THREADS {
                let (counters, start) = (&shared, &start);
                scope.spawn(move || {
                    let mut key = ThreadKey::get().expect("a new thread's first key");
                    start.wait();
                    for _ in 0..ROUNDS {
                        bump(counters, &mut key, thread);
                    }
                });
            }
            let mut key = ThreadKey::get().expect("the worker's key");
            start.wait();
            let mut last = [0_u64; 4];
            for _ in 0..ROUNDS {
                // A reader of all four, in among the writers: the counters only grow.
                let (a, b, c, d, _key) = lock!(shared, &mut key => a, b, read c, d);
                let now = [*a, *b, *c, *d];
                assert!(now.iter().zip(&last).all(|(now, last)| now >= last));
                last = now;
            }
        });
    });
    let mut expected = [0_u64; 4];
    for set in SETS {
        for &field in set {
            expected[usize::from(u8::try_from(field).unwrap() - b'a')] += ROUNDS;
        }
    }
    let mut key = ThreadKey::get().expect("the test thread's key");
    let (a, b, c, d, _key) = lock!(counters, &mut key => a, b, read c, d);
    assert_eq!([*a, *b, *c, *d], expected);
    assert_eq!(expected, [4 * ROUNDS, 5 * ROUNDS, 5 * ROUNDS, 5 * ROUNDS]);
}
