//! In the struct's own module, building a `Pool` whose two `rw` fields share one lock (the
//! storage of `first` cloned into `second`, both holding a `Vec<u8>`): reading `first`
//! and then writing `second` is in order, but would write-lock a lock this thread is
//! reading, forever. Must fail: each storage's type carries its own field's level.
use guarded::guarded;

#[guarded]
pub struct Pool {
    #[guarded(rw)]
    first: Vec<u8>,
    #[guarded(rw)]
    second: Vec<u8>,
}

fn main() {
    let pool = Pool::new(Vec::new(), Vec::new());
    let _aliased = Pool {
        first: pool.first.clone(),
        second: pool.first.clone(),
    };
}
