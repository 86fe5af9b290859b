//! `try_lock_<field>` and `try_lock_<field>_for`, on mutex and condvar fields: a free lock
//! is taken; a lock another thread holds gives `Err(Busy)`, whose `Display` names the
//! struct and the field (and, for a timed try, how long it waited); a timed try succeeds
//! if the holder lets go within the timeout. A successful try hands back a key for the
//! later fields, as `lock_<field>` does, and after a failure the key lent to the try is
//! usable at once, in the two shapes the API documents: `let busy = match .. { .. }` and
//! `if let Ok(..) = .. { .. } else { .. }`.
//!
//! Every run that a lock never released would hang runs under a watchdog: it fails after
//! a minute instead of hanging CI. The minute is a deadlock detector, not a timing
//! assertion.

use std::error::Error;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::{Duration, Instant};

mod common;

use common::{Holder, watched};
use guarded::{Busy, ThreadKey, guarded};

#[guarded]
struct Shop {
    stock: u32,
    #[guarded(condvar)]
    orders: Vec<u32>,
    #[guarded(rename = book)]
    ledger: Vec<String>,
}

/// How long a timed try waits when it must give up.
const SHORT: Duration = Duration::from_millis(30);

/// How long a timed try waits when it must succeed: far longer than any holder holds on.
const PATIENCE: Duration = Duration::from_secs(20);

fn new_shop() -> Shop {
    Shop::new(10, Vec::new(), Vec::new())
}

/// A holder of `stock`.
fn holding_stock(shop: &Shop) -> Holder {
    Holder::start(shop, |shop, key, wait| {
        let (_stock, _key) = shop.lock_stock(key);
        wait();
    })
}

/// On free locks, every try succeeds, hands over the data, and hands back a key that
/// locks (or tries) the later fields; a timed try with no time to wait succeeds too.
#[test]
fn tries_on_free_locks_succeed_and_hand_back_keys_for_later_fields() {
    let shop = new_shop();
    let (stock, book) = watched(move || {
        let mut key = ThreadKey::get().expect("a new thread's first key");
        {
            let (mut stock, mut after_stock) = shop.try_lock_stock(&mut key).expect("free");
            *stock -= 1;
            let (mut orders, mut after_orders) = shop
                .try_lock_orders_for(&mut after_stock, Duration::ZERO)
                .expect("free");
            orders.push(1);
            let (mut book, _key) = shop.try_lock_book(&mut after_orders).expect("free");
            book.push(format!("sold 1, {} left", *stock));
        }
        {
            // A blocking lock of a later field with the key a try handed back.
            let (_orders, mut after_orders) = shop.try_lock_orders(&mut key).expect("free");
            shop.lock_book(&mut after_orders)
                .0
                .push("checked".to_owned());
        }
        let stock = *shop
            .try_lock_stock_for(&mut key, Duration::ZERO)
            .expect("free")
            .0;
        let (book, _key) = shop.lock_book(&mut key);
        (stock, book.clone())
    });
    assert_eq!(stock, 9);
    assert_eq!(book, ["sold 1, 9 left", "checked"]);
}

/// A try on a lock that another thread holds is `Busy`, naming the struct and the field,
/// with no wait; the key is usable at once (the `let busy = match` shape), and once the
/// holder lets go the same try succeeds.
#[test]
fn a_try_on_a_held_lock_is_busy_and_the_key_is_usable_again() {
    let shop = new_shop();
    watched(move || {
        let mut key = ThreadKey::get().expect("a new thread's first key");
        let holder = holding_stock(&shop);

        let busy: Busy = match shop.try_lock_stock(&mut key) {
            Ok(_) => panic!("locked a lock another thread holds"),
            Err(busy) => busy,
        };
        assert_eq!(busy.to_string(), "`Shop.stock` is locked by another thread");
        assert_eq!(busy.waited(), None);
        let debug = format!("{busy:?}");
        assert!(
            debug.contains("\"Shop\"") && debug.contains("\"stock\""),
            "{debug}"
        );
        // An error like any other, and `Copy`: it borrows nothing.
        let copy = busy;
        let boxed: Box<dyn Error + Send + Sync> = Box::new(busy);
        assert_eq!(boxed.to_string(), copy.to_string());

        // The key, lent to the failed try, locks other fields now.
        let (mut orders, mut after_orders) = shop.lock_orders(&mut key);
        orders.push(1);
        shop.lock_book(&mut after_orders)
            .0
            .push(format!("busy: {busy}"));
        drop(orders);
        // And tries the same field again, still busy.
        assert!(shop.try_lock_stock(&mut key).is_err());

        holder.release();
        let (mut stock, _key) = shop.try_lock_stock(&mut key).expect("free now");
        *stock += 1;
        drop(stock);
        assert_eq!(*shop.lock_stock(&mut key).0, 11);
        assert_eq!(
            *shop.lock_book(&mut key).0,
            ["busy: `Shop.stock` is locked by another thread"]
        );
    });
}

/// After a failed try in the `if let Ok(..) = .. {} else {}` shape, the key is usable in
/// the `else` branch; the same with a later field tried with a key handed back by an
/// earlier one, which is usable again after the failure.
#[test]
fn after_a_failed_if_let_the_key_is_usable_in_the_else_branch() {
    let shop = new_shop();
    watched(move || {
        let mut key = ThreadKey::get().expect("a new thread's first key");
        let holder = Holder::start(&shop, |shop, key, wait| {
            let (_book, _key) = shop.lock_book(key);
            wait();
        });

        if let Ok(_book) = shop.try_lock_book(&mut key) {
            panic!("locked a lock another thread holds");
        } else {
            *shop.lock_stock(&mut key).0 = 5;
        }
        {
            let (stock, mut after_stock) = shop.lock_stock(&mut key);
            if let Ok(_book) = shop.try_lock_book_for(&mut after_stock, SHORT) {
                panic!("locked a lock another thread holds");
            } else {
                // The key `lock_stock` handed back locks `orders` now.
                let (mut orders, _key) = shop.lock_orders(&mut after_stock);
                orders.push(*stock);
            }
            let busy = shop.try_lock_book(&mut after_stock).expect_err("held");
            assert_eq!(
                busy.to_string(),
                "`Shop.ledger` is locked by another thread"
            );
            shop.lock_orders(&mut after_stock).0.push(6);
        }

        holder.release();
        let (orders, mut after_orders) = shop.lock_orders(&mut key);
        assert_eq!(*orders, [5, 6]);
        shop.try_lock_book(&mut after_orders)
            .expect("free now")
            .0
            .push("done".to_owned());
    });
}

/// A timed try gives up once its timeout has passed while another thread holds the lock:
/// `Busy` says how long it waited, and the key is usable at once.
#[test]
fn a_timed_try_gives_up_after_its_timeout() {
    let shop = new_shop();
    watched(move || {
        let mut key = ThreadKey::get().expect("a new thread's first key");
        let holder = holding_stock(&shop);

        let start = Instant::now();
        let Err(busy) = shop.try_lock_stock_for(&mut key, SHORT) else {
            panic!("locked a lock another thread holds");
        };
        assert!(start.elapsed() >= SHORT, "it gave up early");
        assert_eq!(busy.waited(), Some(SHORT));
        assert_eq!(
            busy.to_string(),
            "`Shop.stock` was still locked by another thread after 30ms"
        );
        shop.lock_book(&mut key).0.push(busy.to_string());

        let busy = shop
            .try_lock_stock_for(&mut key, Duration::ZERO)
            .expect_err("held");
        assert_eq!(busy.waited(), Some(Duration::ZERO));
        // A zero timeout did not wait, so the message does not say it did.
        assert_eq!(busy.to_string(), "`Shop.stock` is locked by another thread");

        holder.release();
        assert_eq!(*shop.lock_stock(&mut key).0, 10);
        assert_eq!(shop.lock_book(&mut key).0.len(), 1);
    });
}

/// A timed try succeeds if the holder lets go within the timeout: it gets the lock after
/// the holder's last write, which it sees. The same with a timeout too long to add to the
/// current time (`Duration::MAX`), which waits with no deadline.
#[test]
fn a_timed_try_succeeds_when_the_holder_lets_go_in_time() {
    let shop = new_shop();
    watched(move || {
        let mut key = ThreadKey::get().expect("a new thread's first key");
        for (round, timeout) in (0..).zip([PATIENCE, Duration::MAX]) {
            let done = Arc::new(AtomicBool::new(false));
            let holder_done = Arc::clone(&done);
            // After it is told to let go the holder holds on a little longer, so that the
            // try below is (most likely) waiting when it does.
            let holder = Holder::start(&shop, move |shop, key, wait| {
                let (mut stock, _key) = shop.lock_stock(key);
                wait();
                thread::sleep(Duration::from_millis(50));
                *stock = 99 + round;
                holder_done.store(true, Ordering::Relaxed);
            });
            assert!(shop.try_lock_stock(&mut key).is_err(), "held");

            holder.let_go();
            let (mut stock, mut after_stock) = shop
                .try_lock_stock_for(&mut key, timeout)
                .expect("the holder let go in time");
            assert!(done.load(Ordering::Relaxed), "locked only after the holder");
            assert_eq!(*stock, 99 + round);
            *stock = 98;
            // The key it handed back locks the later fields.
            shop.lock_book(&mut after_stock)
                .0
                .push("after a wait".to_owned());
            drop(stock);
            holder.join();
            assert_eq!(*shop.lock_stock(&mut key).0, 98);
        }
        assert_eq!(shop.lock_book(&mut key).0.len(), 2);
    });
}

/// A condvar field tries the same way: `Busy` while another thread holds it, then a
/// guard that can wait (here, until a short timeout, as nobody notifies).
#[test]
fn a_condvar_field_tries_like_a_mutex_and_its_guard_waits() {
    let shop = new_shop();
    watched(move || {
        let mut key = ThreadKey::get().expect("a new thread's first key");
        let holder = Holder::start(&shop, |shop, key, wait| {
            let (mut orders, _key) = shop.lock_orders(key);
            orders.push(3);
            wait();
        });

        let busy = shop.try_lock_orders(&mut key).expect_err("held");
        assert_eq!(
            busy.to_string(),
            "`Shop.orders` is locked by another thread"
        );
        let busy = shop.try_lock_orders_for(&mut key, SHORT).expect_err("held");
        assert_eq!(
            busy.to_string(),
            "`Shop.orders` was still locked by another thread after 30ms"
        );
        holder.release();

        let (orders, mut after_orders) = shop.try_lock_orders(&mut key).expect("free now");
        let (orders, timed_out) =
            orders.wait_timeout_while(&mut after_orders, SHORT, |orders| orders.len() < 2);
        assert!(timed_out, "nobody added an order");
        assert_eq!(*orders, [3]);
        drop(orders);
        let (orders, mut after_orders) =
            shop.try_lock_orders_for(&mut key, PATIENCE).expect("free");
        let orders = orders.wait_while(&mut after_orders, |orders| orders.is_empty());
        assert_eq!(*orders, [3]);
    });
}
