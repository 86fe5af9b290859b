//! Writing through a read guard: a read lock is shared with other readers, so the data
//! behind it must not change. Must fail: `ReadGuard` gives only `&T`.

// The binding is `mut` so that the error is about the guard, not the binding.
#![allow(unused_mut)]
use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Pool {
    config: String,
    #[guarded(condvar)]
    jobs: Vec<u32>,
    #[guarded(rw)]
    settings: Vec<u8>,
}

fn main() {
    let pool = Pool::new(String::new(), Vec::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let (mut settings, _) = pool.read_settings(&mut key);
    settings.push(1);
}