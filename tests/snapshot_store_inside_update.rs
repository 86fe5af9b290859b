//! A `snapshot` field written inside the function given to its own `update_`: the store
//! (or the inner update) replaces the value while `update_` computes the next one, so
//! `update_` finds the value changed and runs its function again, which writes again:
//! `update_` never returned (found by review: each of these looped forever). It panics at
//! once instead, before writing anything, and the field stays usable. Writing another
//! field, or the same field of another instance, inside `update_` is not a loop and still
//! works.
//!
//! Each function below stops writing after a number of runs, so that the code before the
//! panic was added fails these tests instead of hanging them.

use std::cell::Cell;

mod common;

use common::{capture_panic, panic_message};
use guarded::{ThreadKey, guarded};

#[guarded]
struct Shard {
    #[guarded(snapshot)]
    limit: u32,
    queue: Vec<u32>,
    #[guarded(snapshot)]
    name: String,
}

fn shard() -> Shard {
    Shard::new(1, Vec::new(), "eu".to_owned())
}

/// Runs of an update's function after which these tests stop writing inside it.
const ENOUGH: u32 = 50;

/// What the panic says.
fn refused(message: &str) {
    assert!(
        message.contains("inside the function given to its own `update_`")
            && message.contains("would never return"),
        "says what went wrong: {message}"
    );
}

#[test]
fn a_store_of_the_field_inside_its_update_panics_instead_of_looping() {
    let shard = shard();
    let runs = Cell::new(0);
    let message = panic_message(|| {
        shard.update_limit(|limit| {
            runs.set(runs.get() + 1);
            if runs.get() < ENOUGH {
                shard.store_limit(limit + 100);
            }
            limit + 1
        });
    });
    refused(&message);
    assert_eq!(
        runs.get(),
        1,
        "refused at the first store, not after {ENOUGH} runs"
    );
    assert_eq!(*shard.load_limit(), 1, "nothing was written");
    // The field works as before.
    shard.update_limit(|limit| limit + 1);
    shard.store_limit(*shard.load_limit() * 10);
    assert_eq!(*shard.load_limit(), 20);
}

#[test]
fn an_update_of_the_field_inside_its_update_panics_through_a_clone_too() {
    let shard = shard();
    let clone = shard.clone(); // the same field
    let runs = Cell::new(0);
    let message = panic_message(|| {
        shard.update_limit(|limit| {
            runs.set(runs.get() + 1);
            if runs.get() < ENOUGH {
                clone.update_limit(|inner| inner + 100);
            }
            limit + 1
        });
    });
    refused(&message);
    assert_eq!(runs.get(), 1);
    assert_eq!(*shard.load_limit(), 1);
}

#[test]
fn a_store_through_an_update_of_another_field_panics_too() {
    // `limit`'s function updates `name`, whose function stores `limit`: `limit` changes
    // while its own function runs, the same loop one step removed.
    let shard = shard();
    let runs = Cell::new(0);
    let message = panic_message(|| {
        shard.update_limit(|limit| {
            runs.set(runs.get() + 1);
            shard.update_name(|name| {
                if runs.get() < ENOUGH {
                    shard.store_limit(limit + 100);
                }
                format!("{name}!")
            });
            limit + 1
        });
    });
    refused(&message);
    assert_eq!(runs.get(), 1);
    assert_eq!(*shard.load_limit(), 1);
    assert_eq!(
        *shard.load_name(),
        "eu",
        "the inner update did not finish either"
    );
}

#[test]
fn writing_other_fields_or_instances_inside_an_update_still_works() {
    let (shard, other) = (shard(), self::shard());
    let mut key = ThreadKey::get().expect("this thread's key");
    shard.update_limit(|limit| {
        // Another field, another instance's same field, a lock: none changes `limit`.
        shard.store_name(format!("{limit}"));
        shard.update_name(|name| format!("{name}+"));
        other.store_limit(limit + 40);
        other.update_limit(|l| l + 1);
        let (mut queue, _key) = shard.lock_queue(&mut key);
        queue.push(*limit);
        let loaded = *shard.load_limit();
        loaded + 1
    });
    assert_eq!(*shard.load_limit(), 2);
    assert_eq!(*shard.load_name(), "1+");
    assert_eq!(*other.load_limit(), 42);
    assert_eq!(*shard.lock_queue(&mut key).0, [1]);
    // After an update that returned, and after one that panicked, the field is free.
    shard.store_limit(7);
    let _ = panic_message(|| shard.update_limit(|_| panic!("in the function")));
    shard.store_limit(8);
    shard.update_limit(|limit| limit + 1);
    assert_eq!(*shard.load_limit(), 9);
}

/// A value whose `Drop` stores the field that held it, once: `Noisy(1)`'s.
struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        if self.0 == 1
            && let Some(logged) = LOGGED.get()
        {
            logged.store_value(Noisy(99));
        }
    }
}

#[guarded]
struct Logged {
    #[guarded(snapshot)]
    value: Noisy,
}

static LOGGED: std::sync::OnceLock<Logged> = std::sync::OnceLock::new();

#[test]
fn the_replaced_value_is_dropped_after_the_update_so_its_drop_may_write_the_field() {
    let logged = LOGGED.get_or_init(|| Logged::new(Noisy(1)));
    // Replaces `Noisy(1)`, whose drop, once the update is over, stores `Noisy(99)`.
    logged.update_value(|_| Noisy(2));
    assert_eq!(logged.load_value().0, 99);
}

#[test]
fn the_refused_write_points_at_the_users_call() {
    let shard = shard();
    let mut expected_line = 0;
    let (text, (file, line)) = capture_panic(|| {
        shard.update_limit(|limit| {
            expected_line = std::panic::Location::caller().line() + 1;
            shard.store_limit(limit + 100);
            limit + 1
        });
    });
    refused(&text);
    // `#[track_caller]` on the generated `store_` too: not the `#[guarded]` line.
    assert_eq!((file.as_str(), line), (file!(), expected_line));
}
