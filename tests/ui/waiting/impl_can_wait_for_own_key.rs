//! A key type of the user's own that may wait on `jobs`: `CanWait` is sealed, so that
//! only the `ThreadKey` waits. Must fail: the seal is not implemented (and cannot be).
use guarded::{CanWait, guarded};

#[guarded]
pub struct Pool {
    config: String,
    #[guarded(condvar)]
    jobs: Vec<u32>,
    #[guarded(rw)]
    settings: Vec<u8>,
}

pub struct MyKey;

impl CanWait<pool_levels::jobs> for MyKey {}

fn main() {}
