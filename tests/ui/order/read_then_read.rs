//! Reading `settings` again with the key its first read handed back: a second read lock
//! of an `RwLock` deadlocks as soon as a writer queues between the two. Must fail as a
//! double lock that names the field.
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
    let (_first, mut after) = pool.read_settings(&mut key);
    let (_second, _) = pool.read_settings(&mut after);
}