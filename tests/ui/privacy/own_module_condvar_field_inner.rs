//! In the struct's own module, the storage of a `condvar` field: its mutex and condition
//! variable are private to the runtime, so neither can be locked nor waited on without a
//! key. Must fail: the field is private.
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
    let shared = &pool.fields.jobs.shared;
    drop(shared);
}
