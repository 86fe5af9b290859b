//! Writing through a read guard by calling `DerefMut::deref_mut` by name (method syntax
//! could pick `Deref`): other threads may be reading `settings` at the same time, so the
//! data behind a read lock must not change. Must fail: `ReadGuard` is not `DerefMut`.
use std::ops::DerefMut;

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
    DerefMut::deref_mut(&mut settings).push(1);
}
