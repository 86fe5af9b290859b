//! Async fields (the `tokio` feature) at run time, each test under the watchdog and, where
//! it applies, on a multi-thread runtime with 8 workers and on a current-thread runtime:
//!
//! - transfers both ways between the same two accounts (`lock_balance_pair`) neither
//!   deadlock nor lose money;
//! - an `async_condvar` queue hands every item to exactly one waiter;
//! - `select!` and `join!`: a lock future that loses a race takes nothing, two branches
//!   of one task cannot both hold a root key, a guard held across `.await` in one branch
//!   while another task waits;
//! - a key sent to another task panics there, naming both tasks;
//! - outside any task (the `block_on` body) the `TaskKey` is the thread's root: it and the
//!   `ThreadKey` refuse each other;
//! - `blocking` scopes lock blocking fields after async ones, and fail (rather than stall)
//!   while the thread's key is alive;
//! - a cancelled critical section leaves its data as it was left, unpoisoned.

#![cfg(feature = "tokio")]

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

mod common;

use common::{message, on_each_runtime, runtime, watched};
use guarded::{CanLockAsync, TaskKey, ThreadKey, guarded};
use tokio::task::{JoinSet, yield_now};

#[guarded]
struct Account {
    #[guarded(async)]
    balance: i64,
}

/// Moves `amount` from `from` to `to`, both locked in one call, holding both across an
/// `.await` so that the other direction really waits.
async fn transfer(from: &Account, to: &Account, amount: i64, key: &mut TaskKey) {
    let (mut from, mut to, _key) = Account::lock_balance_pair(from, to, key)
        .await
        .expect("two accounts");
    *from -= amount;
    yield_now().await;
    *to += amount;
}

async fn transfers_both_ways() {
    const TRANSFERS: usize = 10_000;
    const TASKS: usize = 8;
    let (a, b) = (Account::new(1_000), Account::new(1_000));
    let mut tasks = JoinSet::new();
    for task in 0..TASKS {
        let (a, b) = (a.clone(), b.clone());
        tasks.spawn(async move {
            let mut key = TaskKey::get().expect("each task's first key");
            for i in 0..TRANSFERS / TASKS {
                // Half the tasks start a->b, half b->a; each alternates.
                if (task + i) % 2 == 0 {
                    transfer(&a, &b, 3, &mut key).await;
                } else {
                    transfer(&b, &a, 3, &mut key).await;
                }
            }
        });
    }
    while let Some(done) = tasks.join_next().await {
        done.expect("no task panicked");
    }
    let mut key = TaskKey::get().expect("the test's key");
    let (a, b, _key) = Account::lock_balance_pair(&a, &b, &mut key).await.unwrap();
    assert_eq!(*a + *b, 2_000, "money is conserved");
    assert_eq!((*a, *b), (1_000, 1_000), "as many transfers each way");
}

#[test]
fn ten_thousand_transfers_both_ways_conserve_money() {
    on_each_runtime(transfers_both_ways);
}

/// Items waiting to be taken, and whether more may come.
#[derive(Default)]
struct Items {
    pending: Vec<u32>,
    closed: bool,
}

#[guarded]
struct Queue {
    #[guarded(async_condvar)]
    items: Items,
    #[guarded(async)]
    taken: Vec<u32>,
}

async fn condvar_queue() {
    const ITEMS: u32 = 2_000;
    const WAITERS: usize = 6;
    let queue = Queue::new(Items::default(), Vec::new());
    let wake_ups = Arc::new(AtomicUsize::new(0));
    let mut waiters = JoinSet::new();
    for _ in 0..WAITERS {
        let queue = queue.clone();
        let wake_ups = Arc::clone(&wake_ups);
        waiters.spawn(async move {
            let mut key = TaskKey::get().unwrap();
            let mut mine = 0;
            loop {
                let (items, mut after_items) = queue.lock_items(&mut key).await;
                let mut items = items
                    .wait_while(&mut after_items, |items| {
                        items.pending.is_empty() && !items.closed
                    })
                    .await;
                wake_ups.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.pending.pop() else {
                    return mine; // closed and empty
                };
                // The key after `items` locks `taken` (later in the order).
                queue.lock_taken(&mut after_items).await.0.push(item);
                drop(items);
                mine += 1;
            }
        });
    }
    let mut key = TaskKey::get().unwrap();
    for item in 0..ITEMS {
        queue.lock_items(&mut key).await.0.pending.push(item);
        queue.notify_one_items();
        if item % 64 == 0 {
            yield_now().await;
        }
    }
    queue.lock_items(&mut key).await.0.closed = true;
    queue.notify_all_items();
    let mut per_waiter = Vec::new();
    while let Some(done) = waiters.join_next().await {
        per_waiter.push(done.expect("no waiter panicked"));
    }
    let (mut taken, _key) = queue.lock_taken(&mut key).await;
    taken.sort_unstable();
    assert_eq!(
        *taken,
        (0..ITEMS).collect::<Vec<_>>(),
        "each item taken exactly once"
    );
    assert_eq!(per_waiter.iter().sum::<u32>(), ITEMS);
    assert!(wake_ups.load(Ordering::Relaxed) >= ITEMS as usize + WAITERS);
}

#[test]
fn condvar_queue_hands_each_item_to_exactly_one_waiter() {
    on_each_runtime(condvar_queue);
}

/// Every lock call of an `async_condvar` field (`try_lock_`, `_pair`, `_many`, which take
/// the key as an object that names the key's type) locks, hands back a key that locks
/// the later field, and a guard from `try_lock_` with the `TaskKey` can wait.
async fn condvar_calls() {
    let a = Queue::new(Items::default(), Vec::new());
    let b = Queue::new(Items::default(), Vec::new());
    let mut key = TaskKey::get().unwrap();
    {
        let (mut x, mut y, mut after) = Queue::lock_items_pair(&b, &a, &mut key).await.unwrap();
        x.pending.push(1);
        y.pending.push(2);
        a.lock_taken(&mut after).await.0.push(0);
    }
    assert!(
        Queue::lock_items_pair(&a, &a.clone(), &mut key)
            .await
            .is_err(),
        "a clone shares the lock: the same instance"
    );
    {
        let (mut all, mut after) = Queue::lock_items_many([&a, &b], &mut key).await.unwrap();
        assert_eq!(all[0].pending, [2], "guards in argument order");
        assert_eq!(all[1].pending, [1]);
        all[0].pending.clear();
        b.lock_taken(&mut after).await.0.push(0);
    }
    let (items, mut after) = a.try_lock_items(&mut key).expect("nobody holds it");
    let notifier = a.clone();
    let notify = tokio::spawn(async move {
        let mut key = TaskKey::get().unwrap();
        notifier.lock_items(&mut key).await.0.pending.push(3);
        notifier.notify_one_items();
    });
    let items = items
        .wait_while(&mut after, |items| items.pending.is_empty())
        .await;
    assert_eq!(items.pending, [3], "woken with the notifier's item");
    drop(items);
    notify.await.unwrap();
    assert_eq!(*a.lock_taken(&mut key).await.0, [0]);
}

#[test]
fn condvar_try_lock_pair_and_many_lock_and_wait() {
    on_each_runtime(condvar_calls);
}

async fn select_lock_or_timeout() {
    let account = Account::new(5);
    let (held, release) = (
        tokio::sync::oneshot::channel::<()>(),
        tokio::sync::oneshot::channel::<()>(),
    );
    let (locked_tx, locked_rx) = held;
    let (release_tx, release_rx) = release;
    let holder = tokio::spawn({
        let account = account.clone();
        async move {
            let mut key = TaskKey::get().unwrap();
            let (mut balance, _key) = account.lock_balance(&mut key).await;
            locked_tx.send(()).unwrap();
            release_rx.await.unwrap(); // held across this `.await`
            *balance += 1;
        }
    });
    locked_rx.await.unwrap();
    let mut key = TaskKey::get().unwrap();
    tokio::select! {
        _ = account.lock_balance(&mut key) => panic!("the holder still holds it"),
        () = tokio::time::sleep(Duration::from_millis(20)) => {}
    }
    // The lock future lost the race and was dropped: it took nothing, and the key is free.
    assert!(account.try_lock_balance(&mut key).is_err(), "still held");
    release_tx.send(()).unwrap();
    holder.await.unwrap();
    let (balance, _key) = account.lock_balance(&mut key).await;
    assert_eq!(*balance, 6);
}

#[test]
fn select_lock_against_a_timeout_takes_nothing_when_it_loses() {
    on_each_runtime(select_lock_or_timeout);
}

async fn join_lock_and_other_work() {
    let account = Account::new(0);
    let other = tokio::spawn({
        let account = account.clone();
        async move {
            let mut key = TaskKey::get().unwrap();
            *account.lock_balance(&mut key).await.0 += 10;
        }
    });
    let mut key = TaskKey::get().unwrap();
    let (locked, ()) = tokio::join!(
        async {
            let (mut balance, _key) = account.lock_balance(&mut key).await;
            yield_now().await;
            *balance += 1;
            *balance
        },
        async { yield_now().await },
    );
    other.await.unwrap();
    assert!(locked == 1 || locked == 11);
    assert_eq!(*account.lock_balance(&mut key).await.0, 11);
}

#[test]
fn join_of_a_lock_and_other_work() {
    on_each_runtime(join_lock_and_other_work);
}

/// Takes a key and keeps it across an `.await`.
async fn get_and_hold() -> Result<TaskKey, guarded::KeyInUse> {
    let key = TaskKey::get();
    yield_now().await;
    key
}

async fn join_of_two_gets_in_a_task() {
    tokio::spawn(async {
        let (first, second) = tokio::join!(get_and_hold(), get_and_hold());
        let (ok, err) = match (first, second) {
            (Ok(key), Err(in_use)) | (Err(in_use), Ok(key)) => (key, in_use),
            (first, second) => panic!("one root per task: {first:?}, {second:?}"),
        };
        assert!(
            err.to_string()
                .starts_with("this task's TaskKey is still alive"),
            "{err}"
        );
        drop(ok);
        assert!(TaskKey::get().is_ok(), "free again once dropped");
    })
    .await
    .unwrap();
}

#[test]
fn join_of_two_gets_gives_one_key() {
    on_each_runtime(join_of_two_gets_in_a_task);
}

async fn select_of_two_gets_in_a_task() {
    tokio::spawn(async {
        let second = tokio::select! {
            biased;
            _ = get_and_hold() => panic!("it waits after taking its key"),
            second = async { TaskKey::get() } => second,
        };
        let in_use = second.expect_err("the first branch holds this task's key");
        assert_eq!(in_use.taken_at().file(), file!());
        // `select!` dropped the first branch, and its key with it.
        assert!(TaskKey::get().is_ok());
    })
    .await
    .unwrap();
}

#[test]
fn select_of_two_gets_gives_one_key() {
    on_each_runtime(select_of_two_gets_in_a_task);
}

/// The panic of a key used by another task, as a `JoinError`'s message.
async fn panic_of(handle: tokio::task::JoinHandle<()>) -> String {
    let error = handle.await.expect_err("the task panicked");
    assert!(error.is_panic(), "a panic, not a cancellation: {error}");
    message(&*error.into_panic())
}

fn assert_wrong_owner(text: &str) {
    assert!(
        text.contains("was used by tokio task")
            && text.contains("a key serves only the task that took it"),
        "{text}"
    );
}

async fn key_sent_through_a_channel() {
    let account = Account::new(0);
    let (send, receive) = tokio::sync::oneshot::channel::<TaskKey>();
    tokio::spawn(async move {
        send.send(TaskKey::get().unwrap()).unwrap();
    })
    .await
    .unwrap();
    let thief = tokio::spawn({
        let account = account.clone();
        async move {
            let mut key = receive.await.unwrap();
            // A `try_` call panics at once, at the caller's line.
            let mut expected_line = 0;
            let (text, (file, line)) = common::capture_panic(|| {
                expected_line = line!() + 1;
                drop(account.try_lock_balance(&mut key));
            });
            assert_wrong_owner(&text);
            assert_eq!((file.as_str(), line), (file!(), expected_line));
            let _locked = account.lock_balance(&mut key).await;
        }
    });
    assert_wrong_owner(&panic_of(thief).await);
    // The `block_on` body's key (this thread's root), captured by a spawned task.
    let key = TaskKey::get().unwrap();
    let thief = tokio::spawn({
        let account = account.clone();
        async move {
            let mut key = key;
            let _locked = account.try_lock_balance(&mut key);
        }
    });
    let text = panic_of(thief).await;
    assert_wrong_owner(&text);
    assert!(text.contains("(outside any tokio task)"), "{text}");
    // The key was dropped in that task (on whichever thread): this thread's slot is free.
    assert!(TaskKey::get().is_ok());
}

/// A lock future made in one task (with a key leaked for `'static`) and polled in another
/// that holds the same lock: it panics at its first poll, before it waits for the lock,
/// which would be forever (the other task holds it and waits for the future).
#[allow(clippy::async_yields_async)] // the task hands its lock future over, unpolled
async fn future_made_in_one_task_polled_in_another() {
    let account: &'static Account = Box::leak(Box::new(Account::new(0)));
    let future = tokio::spawn(async move {
        let key: &'static mut TaskKey = Box::leak(Box::new(TaskKey::get().unwrap()));
        account.lock_balance(key)
    })
    .await
    .unwrap();
    let thief = tokio::spawn(async move {
        let mut key = TaskKey::get().unwrap();
        let (_held, _after) = account.lock_balance(&mut key).await;
        let _never = future.await;
    });
    assert_wrong_owner(&panic_of(thief).await);
}

#[test]
fn a_lock_future_polled_by_another_task_panics_before_it_waits() {
    on_each_runtime(future_made_in_one_task_polled_in_another);
}

#[test]
fn key_sent_to_another_task_panics_there() {
    on_each_runtime(key_sent_through_a_channel);
}

async fn key_in_a_send_wrapper() {
    /// Anything `Send` can carry a key: here, a struct.
    struct Smuggled(TaskKey);
    let account = Account::new(0);
    let (send, receive) = tokio::sync::mpsc::unbounded_channel::<Smuggled>();
    tokio::spawn(async move {
        send.send(Smuggled(TaskKey::get().unwrap())).unwrap();
    })
    .await
    .unwrap();
    let mut receive = receive;
    let thief = tokio::spawn({
        let account = account.clone();
        async move {
            let Smuggled(mut key) = receive.recv().await.unwrap();
            // A helper that locks through an `AsyncKey` panics at the first lock.
            lock_twice(&account, &mut key).await;
        }
    });
    assert_wrong_owner(&panic_of(thief).await);
}

async fn lock_twice(account: &Account, key: &mut impl CanLockAsync<account_levels::balance>) {
    let _locked = account.lock_balance(key).await;
}

#[test]
fn key_in_a_send_wrapper_panics_in_another_task() {
    on_each_runtime(key_in_a_send_wrapper);
}

#[test]
fn block_on_body_and_thread_key_exclude_each_other() {
    watched(|| {
        let runtime = runtime("current_thread");
        runtime.block_on(async {
            let task_key = TaskKey::get().expect("the block_on body's key: the thread's root");
            let in_use = ThreadKey::get().expect_err("not beside this thread's TaskKey");
            let text = in_use.to_string();
            assert!(
                text.starts_with("this thread's TaskKey is still alive"),
                "{text}"
            );
            assert!(text.contains("outside any tokio task"), "{text}");
            assert!(TaskKey::get().is_err(), "one root per thread");
            // A spawned task is a task of its own: it gets its own key on this same thread.
            tokio::spawn(async { TaskKey::get().map(drop) })
                .await
                .unwrap()
                .expect("a spawned task's own key");
            drop(task_key);
            assert!(ThreadKey::get().is_ok(), "free again once dropped");
        });
        let thread_key = ThreadKey::get().unwrap();
        runtime.block_on(async {
            let in_use = TaskKey::get().expect_err("not beside this thread's ThreadKey");
            // It says what to do in async code, not what a thread's helpers do.
            let text = in_use.to_string();
            assert!(
                text.starts_with("this thread's ThreadKey is still alive")
                    && text.contains("no TaskKey is handed out on this thread")
                    && text.contains("key.blocking(|key| ..)")
                    && !text.contains("rayon"),
                "{text}"
            );
            // A spawned task on this thread is refused too: this thread may hold blocking
            // locks, and a task here must not wait for async ones meanwhile.
            let spawned = tokio::spawn(async { TaskKey::get().map(drop) })
                .await
                .unwrap()
                .expect_err("a task on this thread");
            assert!(
                spawned
                    .to_string()
                    .contains("nor to a task that runs on it"),
                "{spawned}"
            );
        });
        drop(thread_key);
    });
}

#[test]
fn thread_key_is_refused_to_a_task_holding_its_task_key() {
    on_each_runtime(|| async {
        tokio::spawn(async {
            let key = TaskKey::get().unwrap();
            let in_use = ThreadKey::get().expect_err("this task goes through `blocking`");
            assert!(
                in_use.to_string().contains("key.blocking(|key| ..)"),
                "{in_use}"
            );
            drop(key);
            // Without a `TaskKey`, a task may take the thread's key (as on a
            // `spawn_blocking` thread), between `.await`s.
            drop(ThreadKey::get().expect("no TaskKey in this task now"));
        })
        .await
        .unwrap();
    });
}

#[guarded]
struct Ledger {
    #[guarded(async)]
    balance: i64,
}

/// Blocking, declared after the async `Ledger`: locked inside `blocking` while a
/// `balance` guard is held.
#[guarded(after = Ledger)]
struct Audit {
    lines: Vec<String>,
}

/// Async, declared after the async `Ledger`.
#[guarded(after = Ledger)]
struct Journal {
    #[guarded(async)]
    entries: Vec<i64>,
}

async fn blocking_after_async() {
    let (ledger, audit, journal) = (
        Ledger::new(0),
        Audit::new(Vec::new()),
        Journal::new(Vec::new()),
    );
    let mut tasks = JoinSet::new();
    for task in 0..4_i64 {
        let (ledger, audit, journal) = (ledger.clone(), audit.clone(), journal.clone());
        tasks.spawn(async move {
            let mut key = TaskKey::get().unwrap();
            for _ in 0..50 {
                let (mut balance, mut after_balance) = ledger.lock_balance(&mut key).await;
                *balance += task;
                let (mut entries, _key) = journal.lock_entries(&mut after_balance).await;
                entries.push(task);
                drop(entries);
                yield_now().await; // the async guard is held across `.await`
                after_balance
                    .blocking(|key| {
                        let (mut lines, _key) = audit.lock_lines(key);
                        lines.push(format!("+{task}"));
                    })
                    .expect("no ThreadKey alive on this thread");
            }
            // The root key lends a `ThreadKey`, which may lock any blocking field.
            key.blocking(|key| audit.lock_lines(key).0.push("done".to_owned()))
                .unwrap();
        });
    }
    while let Some(done) = tasks.join_next().await {
        done.unwrap();
    }
    let mut key = TaskKey::get().unwrap();
    let (balance, mut after) = ledger.lock_balance(&mut key).await;
    assert_eq!(*balance, 50 * (1 + 2 + 3));
    assert_eq!(journal.lock_entries(&mut after).await.0.len(), 200);
    let lines = after.blocking(|key| audit.lock_lines(key).0.len()).unwrap();
    assert_eq!(lines, 204);
}

#[test]
fn blocking_scope_locks_a_blocking_field_after_an_async_one() {
    on_each_runtime(blocking_after_async);
}

#[test]
fn blocking_scope_fails_while_a_local_task_holds_the_thread_key() {
    watched(|| {
        let local = tokio::task::LocalSet::new();
        local.block_on(&runtime("current_thread"), async {
            let (locked_tx, locked_rx) = tokio::sync::oneshot::channel::<()>();
            let (release_tx, release_rx) = tokio::sync::oneshot::channel::<()>();
            // A task with its `TaskKey`, taken first.
            let waiter = tokio::task::spawn_local(async move {
                let mut key = TaskKey::get().unwrap();
                locked_rx.await.unwrap();
                // Another task of this thread holds the `ThreadKey` across an `.await`:
                // a blocking scope here could block the thread behind a lock that the
                // parked task holds, so it is refused.
                let refused = key
                    .blocking(|_| ())
                    .expect_err("the thread's key is held by another task");
                assert!(
                    refused
                        .to_string()
                        .starts_with("this thread's ThreadKey is still alive"),
                    "{refused}"
                );
                // And no task of this thread gets a new `TaskKey` meanwhile.
                let other = tokio::task::spawn_local(async { TaskKey::get().map(drop) });
                assert!(other.await.unwrap().is_err());
                release_tx.send(()).unwrap();
                yield_now().await;
                key
            });
            let holder = tokio::task::spawn_local(async move {
                // A `ThreadKey` held across `.await`: possible in a local task only.
                let key = ThreadKey::get().unwrap();
                locked_tx.send(()).unwrap();
                release_rx.await.unwrap();
                drop(key);
            });
            holder.await.unwrap();
            let mut key = waiter.await.unwrap();
            // The slot is free now: a blocking scope works (here, in the body, with the
            // key the task handed back; its owner is that task, which has ended).
            let moved =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| key.blocking(|_| ())));
            assert!(moved.is_err(), "a key serves only its own task");
        });
    });
}

#[test]
fn blocking_scope_refused_while_the_scope_is_open() {
    on_each_runtime(|| async {
        let mut key = TaskKey::get().unwrap();
        let inner = key
            .blocking(|_| ThreadKey::get().map(drop))
            .expect("the scope opens");
        let in_use = inner.expect_err("the scope's key is lent, not a second one");
        assert!(
            in_use.to_string().contains("lent to a `blocking` scope"),
            "{in_use}"
        );
        assert!(
            ThreadKey::get().is_err(),
            "the block_on body's TaskKey is the root"
        );
    });
}

/// A blocking condition queue, filled and waited on by tasks through `blocking` scopes.
#[guarded]
struct Jobs {
    #[guarded(condvar)]
    queue: Vec<u32>,
}

/// On a current-thread runtime, a task that waited on a blocking `condvar` field inside a
/// `blocking` scope, for a job that another task of that runtime will push, would park
/// the runtime's only thread, so the task that would push and notify would never run
/// (soundness class 16, a runtime worker stalled by blocking inside async code). The
/// types allow the call (the scope lends a `ThreadKey`, which may wait, since it holds no
/// lock), so the wait panics at once instead, whatever its condition says, with the lock
/// released: the producer then pushes, and nothing is poisoned.
#[test]
fn a_wait_in_a_blocking_scope_panics_instead_of_stalling_the_runtime() {
    common::watched_for(Duration::from_secs(5), || {
        runtime("current_thread").block_on(async {
            let jobs = Jobs::new(Vec::new());
            let waiter = tokio::spawn({
                let jobs = jobs.clone();
                async move {
                    let mut key = TaskKey::get().unwrap();
                    key.blocking(|key| {
                        let (queue, mut after) = jobs.lock_queue(key);
                        let queue = queue.wait_while(&mut after, |queue| queue.is_empty());
                        queue[0]
                    })
                    .expect("no ThreadKey alive on this thread")
                }
            });
            let panic = waiter.await.expect_err("the wait panics").into_panic();
            let message = common::message(&*panic);
            assert!(
                message.starts_with("`Jobs.queue`: a wait inside `TaskKey::blocking` would park"),
                "{message}"
            );
            let producer = tokio::spawn({
                let jobs = jobs.clone();
                async move {
                    let mut key = TaskKey::get().unwrap();
                    // Not poisoned (`poison = panic` would panic here): released before.
                    key.blocking(|key| jobs.lock_queue(key).0.push(7))
                        .expect("no ThreadKey alive on this thread");
                    jobs.notify_all_queue();
                }
            });
            producer.await.unwrap();
            let mut key = TaskKey::get().unwrap();
            let pushed = key.blocking(|key| jobs.lock_queue(key).0.clone()).unwrap();
            assert_eq!(pushed, [7]);
        });
    });
}

/// The same in a timed wait, whose condition is already false: a wait there is refused
/// whether or not it would block, so that it does not depend on the data.
#[test]
fn a_timed_wait_in_a_blocking_scope_panics_even_if_it_would_not_block() {
    common::watched_for(Duration::from_secs(5), || {
        runtime("current_thread").block_on(async {
            let jobs = Jobs::new(vec![1]);
            let mut key = TaskKey::get().unwrap();
            let panic = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                key.blocking(|key| {
                    let (queue, mut after) = jobs.lock_queue(key);
                    let _ = queue
                        .wait_timeout_while(&mut after, Duration::from_secs(1), |q| q.is_empty());
                })
            }))
            .expect_err("the wait panics");
            assert!(
                common::message(&*panic).contains("a wait inside `TaskKey::blocking`"),
                "{}",
                common::message(&*panic)
            );
            // The scope's key went back when the panic left it: a scope works again.
            let queue = key.blocking(|key| jobs.lock_queue(key).0.clone()).unwrap();
            assert_eq!(queue, [1]);
        });
    });
}

/// Async and blocking fields in one struct, in one order.
#[guarded]
struct Session {
    #[guarded(async)]
    user: String,
    log: Vec<String>,
    #[guarded(async)]
    cart: Vec<u32>,
}

#[test]
fn mixed_struct_locks_blocking_fields_after_async_ones() {
    on_each_runtime(|| async {
        let session = Session::new("ann".to_owned(), Vec::new(), Vec::new());
        let mut key = TaskKey::get().unwrap();
        let (user, mut after_user) = session.lock_user(&mut key).await;
        // From the async field's key: the blocking field declared after it.
        let line = format!("{} logged in", *user);
        after_user
            .blocking(|key| session.lock_log(key).0.push(line))
            .unwrap();
        drop(user);
        // The root key reaches the blocking field through its scope too, and the async
        // field after it with `.await`.
        key.blocking(|key| session.lock_log(key).0.push("checkout".to_owned()))
            .unwrap();
        session.lock_cart(&mut key).await.0.push(7);
        let log = key.blocking(|key| session.lock_log(key).0.clone()).unwrap();
        assert_eq!(log, ["ann logged in", "checkout"]);
        assert_eq!(*session.lock_cart(&mut key).await.0, [7]);
    });
}

async fn cancelled_section() {
    let account = Account::new(100);
    let mut key = TaskKey::get().unwrap();
    let section = async {
        let (mut balance, _key) = account.lock_balance(&mut key).await;
        *balance -= 40; // the first half of an update
        tokio::time::sleep(Duration::from_mins(1)).await;
        *balance += 40; // never reached
    };
    let timed_out = tokio::time::timeout(Duration::from_millis(10), section).await;
    assert!(timed_out.is_err(), "cancelled inside its critical section");
    // Not poisoned: the next lock succeeds, and sees the half-done update.
    let (balance, _key) = account.lock_balance(&mut key).await;
    assert_eq!(*balance, 60);
}

#[test]
fn cancelled_section_is_not_poisoned_and_left_half_updated() {
    on_each_runtime(cancelled_section);
}

#[test]
fn lock_futures_and_guards_are_send() {
    // `tokio::spawn` requires `Send` futures: each task holds guards and keys across
    // `.await`, and keeps the generated methods' futures alive across polls.
    on_each_runtime(|| async {
        let (a, b) = (Account::new(1), Account::new(2));
        let queue = Queue::new(Items::default(), Vec::new());
        tokio::spawn(async move {
            let mut key = TaskKey::get().unwrap();
            let (x, y, mut after) = Account::lock_balance_pair(&a, &b, &mut key).await.unwrap();
            yield_now().await;
            assert_eq!(*x + *y, 3);
            let _ = after.blocking(|_| ());
            drop((x, y));
            let (all, _key) = Account::lock_balance_many([&a, &b], &mut key)
                .await
                .unwrap();
            yield_now().await;
            assert_eq!(all.len(), 2);
            drop(all);
            let (items, mut after_items) = queue.lock_items(&mut key).await;
            let items = items.wait_while(&mut after_items, |_| false).await;
            yield_now().await;
            drop(items);
        })
        .await
        .unwrap();
    });
}
