//! Reading `settings` again with the `ThreadKey` while the first read guard lives: the
//! first read borrows the key. Must fail: the key is borrowed.
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
    let (first, _) = pool.read_settings(&mut key);
    let (_second, _) = pool.read_settings(&mut key);
    drop(first);
}