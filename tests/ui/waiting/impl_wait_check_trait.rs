//! Implementing `FreeToWaitOn` for a level of one's own struct, which would make a key that
//! holds `config` one that may wait on `jobs` (and a wait while holding `config` compile).
//! The trait is sealed in the runtime (only a key that holds nothing may wait): the impl
//! must not compile.

use guarded::guarded;

#[guarded]
pub struct Pool {
    config: String,
    #[guarded(condvar)]
    jobs: Vec<u32>,
    #[guarded(rw)]
    settings: Vec<u8>,
}

impl guarded::FreeToWaitOn<pool_levels::jobs> for pool_levels::config {}

fn main() {}
