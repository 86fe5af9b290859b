//! Keys as objects (`&mut dyn comes_before_<field>`, the key the lock calls of `async` and
//! `async_rw` fields take) at run time: the owner each lock checks is the one of the key
//! the object was made of, read through the object's table of methods, so an object made
//! of one task's key panics in any other task, also on another runtime, and also through
//! a `try_` call.

#![cfg(feature = "tokio")]

mod common;

use common::{message, on_each_runtime, runtime, watched};
use guarded::{TaskKey, guarded};

#[guarded]
struct Account {
    #[guarded(async)]
    balance: i64,
    #[guarded(async_rw)]
    history: Vec<i64>,
}

/// A key as an object that can cross tasks: what the lock calls take, `Send` as the key.
type ObjectKey = Box<dyn account_levels::comes_before_balance + Send>;

fn assert_wrong_owner(error: tokio::task::JoinError) {
    assert!(error.is_panic(), "a panic, not a cancellation: {error}");
    let text = message(&*error.into_panic());
    assert!(
        text.contains("was used by") && text.contains("a key serves only the task that took it"),
        "{text}"
    );
}

async fn object_key_sent_to_another_task() {
    let account = Account::new(0, Vec::new());
    let made = tokio::spawn(async {
        let key: ObjectKey = Box::new(TaskKey::get().expect("this task's key"));
        key
    });
    let mut key = made.await.expect("the task made its key");
    let thief = {
        let account = account.clone();
        tokio::spawn(async move {
            let _locked = account.lock_balance(&mut *key).await;
        })
    };
    assert_wrong_owner(thief.await.expect_err("the lock panicked"));
    let made = tokio::spawn(async {
        let key: ObjectKey = Box::new(TaskKey::get().expect("this task's key"));
        key
    });
    let mut key = made.await.expect("the task made its key");
    let thief = tokio::spawn(async move {
        let _locked = account.try_lock_balance(&mut *key);
    });
    assert_wrong_owner(thief.await.expect_err("the try_ lock panicked"));
}

#[test]
fn object_key_sent_to_another_task_panics_there() {
    on_each_runtime(object_key_sent_to_another_task);
}

/// A key of a task of one runtime, as an object, in a task of another runtime (task ids
/// are the process's, not the runtime's); then the `block_on` body's key (the thread's
/// root), as an object, in the `block_on` body of another runtime on another thread.
#[test]
fn object_key_moved_to_another_runtime_panics_there() {
    watched(|| {
        let account = Account::new(0, Vec::new());
        let (first, second) = (runtime("multi_thread(8)"), runtime("current_thread"));
        let key = first.block_on(async {
            tokio::spawn(async {
                let key: ObjectKey = Box::new(TaskKey::get().expect("this task's key"));
                key
            })
            .await
            .expect("the task made its key")
        });
        let thief = second.block_on({
            let account = account.clone();
            async move {
                tokio::spawn(async move {
                    let mut key = key;
                    let _locked = account.lock_balance(&mut *key).await;
                })
                .await
            }
        });
        assert_wrong_owner(thief.expect_err("the lock panicked"));

        let root = first.block_on(async {
            let key: Box<dyn account_levels::comes_before_history + Send> =
                Box::new(TaskKey::get().expect("the block_on body's key: the thread's root"));
            key
        });
        let elsewhere = std::thread::spawn(move || {
            let mut key = root;
            second.block_on(async move {
                let _read = account.read_history(&mut *key).await;
            });
        });
        let text = message(&*elsewhere.join().expect_err("the read panicked"));
        assert!(
            text.contains("outside any tokio task) was used by thread #")
                && text.contains("a key serves only the task that took it"),
            "{text}"
        );
    });
}
