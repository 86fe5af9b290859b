//! Allowing a wait while holding `config` by hand: `impl CanWait<jobs>` for the key that
//! holds `config` (the orphan rules allow it: `jobs` is the user's type). `CanWait` is
//! sealed by a trait that holds for that key only where the runtime's own impl says, whose
//! bound cannot hold: the impl must not compile, and its error is the wait message itself.
use guarded::{CanWait, Key, guarded};

#[guarded]
pub struct Pool {
    config: String,
    #[guarded(condvar)]
    jobs: Vec<u32>,
    #[guarded(rw)]
    settings: Vec<u8>,
}

impl CanWait<pool_levels::jobs> for Key<'_, pool_levels::config> {}

fn main() {}
