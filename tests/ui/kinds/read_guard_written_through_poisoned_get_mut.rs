//! Under `poison = result`, `Poisoned::get_mut` hands out `&mut` of what the read call
//! returned: `&mut ReadGuard` must still not give `&mut` of the data, which other readers
//! share. Must fail: cannot borrow the data behind a `ReadGuard` as mutable.
use guarded::{ThreadKey, guarded};

#[guarded(poison = result)]
pub struct Config {
    #[guarded(rw)]
    settings: Vec<u8>,
}

fn main() {
    let config = Config::new(Vec::new());
    let mut key = ThreadKey::get().unwrap();
    if let Err(mut poisoned) = config.read_settings(&mut key) {
        poisoned.get_mut().0.push(1);
    }
}
