//! In the struct's own module, calling the storage's `read` with something that is not a
//! key (`&mut ()`): the storage opens only with a key that may lock its level. Must fail:
//! `()` is not `CanLock`.
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
    let pool = Pool::new(String::new(), Vec::new(), Vec::new());
    let (settings, _) = pool.fields.settings.read(&mut ());
    drop(settings);
}
