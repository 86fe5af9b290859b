//! Implementing the generated check trait of the wait on `jobs` while holding `config`,
//! which would make `Key<config>: CanWait<jobs>` hold (and a wait while holding `config`
//! compile). The trait is in the user's crate, but its supertrait is sealed in the
//! runtime: the impl must not compile.
use guarded::guarded;

#[guarded]
pub struct Pool {
    config: String,
    #[guarded(condvar)]
    jobs: Vec<u32>,
    #[guarded(rw)]
    settings: Vec<u8>,
}

impl<'x> pool_levels::cannot_wait_on_jobs_while_holding_config<'x> for pool_levels::config {}

fn main() {}
