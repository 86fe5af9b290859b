//! `rw` and `condvar` on one field: a field is stored in one kind of lock, and picking one
//! silently would drop methods the user asked for. Must be rejected on the second kind,
//! naming both.

use guarded::guarded;

#[guarded]
pub struct Pool {
    #[guarded(rw, condvar)]
    jobs: Vec<u32>,
    #[guarded(atomic)]
    #[guarded(rw)]
    done: u64,
}

fn main() {}
