//! The key object of an `async_condvar` field's lock calls names the key's type
//! (`&mut dyn comes_before_<field><Key = K>`), and the runtime reads the key's owner through
//! the object (`checked_owner`), no longer from the key's type: an object made of one
//! task's `TaskKey` (`Send`, as the key) and moved to another task panics there, at
//! `lock_`'s first poll, at `try_lock_`, and at `_pair` and `_many`, before the field is
//! locked; the field is then free for its own task.

#![cfg(feature = "tokio")]

mod common;

use common::{message, on_each_runtime};
use guarded::{TaskKey, guarded};

#[guarded]
struct Queue {
    #[guarded(async_condvar)]
    items: Vec<u32>,
}

/// The key a condition field's calls take, as an object that can cross tasks.
type ObjectKey = Box<dyn queue_levels::comes_before_items<Key = TaskKey> + Send>;

/// A task that calls one of the field's lock calls with `key`.
type Thief = fn(Queue, ObjectKey) -> tokio::task::JoinHandle<()>;

async fn other_tasks_key() -> ObjectKey {
    tokio::spawn(async {
        let key: ObjectKey = Box::new(TaskKey::get().expect("this task's key"));
        key
    })
    .await
    .expect("the task made its key")
}

fn assert_wrong_owner(error: tokio::task::JoinError, call: &str) {
    assert!(
        error.is_panic(),
        "{call}: a panic, not a cancellation: {error}"
    );
    let text = message(&*error.into_panic());
    assert!(
        text.contains("was used by") && text.contains("a key serves only the task that took it"),
        "{call}: {text}"
    );
}

async fn condvar_object_key_in_another_task() {
    let queue = Queue::new(Vec::new());
    let calls: [(&str, Thief); 4] = [
        ("lock_", |queue, mut key| {
            tokio::spawn(async move {
                let _locked = queue.lock_items(&mut *key).await;
            })
        }),
        ("try_lock_", |queue, mut key| {
            tokio::spawn(async move {
                let _locked = queue.try_lock_items(&mut *key);
            })
        }),
        ("_pair", |queue, mut key| {
            tokio::spawn(async move {
                let other = Queue::new(Vec::new());
                let _locked = Queue::lock_items_pair(&queue, &other, &mut *key).await;
            })
        }),
        ("_many", |queue, mut key| {
            tokio::spawn(async move {
                let _locked = Queue::lock_items_many([&queue], &mut *key).await;
            })
        }),
    ];
    for (call, thief) in calls {
        let key = other_tasks_key().await;
        assert_wrong_owner(thief(queue.clone(), key).await.expect_err(call), call);
        let mut key = TaskKey::get().expect("the block_on body's key");
        let (items, mut after) = queue
            .try_lock_items(&mut key)
            .unwrap_or_else(|_| panic!("{call}: the field is free after the panic"));
        // A guard of the `TaskKey` may wait; the condition is false, so it returns at once.
        let items = items
            .wait_while(&mut after, |items| !items.is_empty())
            .await;
        assert!(items.is_empty());
    }
}

#[test]
fn condvar_object_key_moved_to_another_task_panics_there() {
    on_each_runtime(condvar_object_key_in_another_task);
}
