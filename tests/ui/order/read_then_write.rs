//! Writing `settings` with the key its read handed back: the write waits for the read
//! lock this thread holds, forever. Must fail as a double lock that names the field.
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
    let (_read, mut after) = pool.read_settings(&mut key);
    let (_write, _) = pool.write_settings(&mut after);
}