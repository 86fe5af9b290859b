//! In the struct's own module, `get_mut` on the storage of an `rw` field through `&mut
//! Pool` (what `RwLock::get_mut` would allow): the lock is shared with every clone, so
//! `&mut` of one `Pool` is not exclusive access. Must fail: no such method.
use guarded::guarded;

#[guarded]
pub struct Pool {
    config: String,
    #[guarded(condvar)]
    jobs: Vec<u32>,
    #[guarded(rw)]
    settings: Vec<u8>,
}

fn main() {
    let mut pool = Pool::new(String::new(), Vec::new(), Vec::new());
    let _clone = pool.clone();
    pool.fields.settings.get_mut().push(1);
}
