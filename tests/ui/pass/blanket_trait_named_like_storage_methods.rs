//! A trait of the user's module, implemented for every type, whose methods take `self` by
//! value and are named like the methods the generated code calls on a field's storage
//! (`lock`, `try_lock`, `read`, `write`, `recover`, `get`, `load`, `store`, `update`,
//! `notify_one`, ...): method lookup tries a by-value receiver before `&self`, so the
//! generated `self.fields.f.lock(key)` would find the trait's method before the storage's.
//! The generated code calls them on a reference to the storage, where the storage's
//! `&self` methods come before a by-value trait method of `&Storage`, and compiles.
//!
//! (Found by review: it failed with "mismatched types" and "cannot move out of an
//! `Arc`" at the `#[guarded]` line.)

#![allow(dead_code)]

use guarded::{ThreadKey, guarded};

/// Every method is the blanket impl's: never called here.
pub trait Everywhere: Sized {
    fn lock<K>(self, _key: K) -> u8 {
        0
    }
    fn try_lock<K>(self, _key: K) -> u8 {
        0
    }
    fn try_lock_for<K, D>(self, _key: K, _timeout: D) -> u8 {
        0
    }
    fn recover<K>(self, _key: K) -> u8 {
        0
    }
    fn read<K>(self, _key: K) -> u8 {
        0
    }
    fn write<K>(self, _key: K) -> u8 {
        0
    }
    fn get(self) -> u8 {
        0
    }
    fn load(self) -> u8 {
        0
    }
    fn store<V>(self, _value: V) -> u8 {
        0
    }
    fn update<F>(self, _f: F) -> u8 {
        0
    }
    fn notify_one(self) -> u8 {
        0
    }
    fn notify_all(self) -> u8 {
        0
    }
}

impl<T> Everywhere for T {}

#[guarded]
pub struct Shard {
    queue: Vec<u32>,
    #[guarded(rw)]
    config: String,
    #[guarded(condvar)]
    jobs: Vec<u32>,
    #[guarded(unlocked)]
    name: String,
    #[guarded(snapshot)]
    limit: u32,
    #[guarded(atomic)]
    done: u64,
}

fn main() {
    let shard = Shard::new(Vec::new(), String::new(), Vec::new(), "eu".into(), 1, 0);
    let mut key = ThreadKey::get().expect("this thread's key");
    let (mut queue, mut key) = shard.lock_queue(&mut key);
    queue.push(1);
    let (config, mut key) = shard.read_config(&mut key);
    let (jobs, _key) = shard.lock_jobs(&mut key);
    shard.notify_all_jobs();
    shard.store_limit(*shard.load_limit() + 1);
    assert_eq!((config.len(), jobs.len(), shard.name().len()), (0, 0, 2));
}
