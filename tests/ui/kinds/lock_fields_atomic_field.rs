//! `lock!` naming an atomic field: it has no lock and no place in the order, so there is
//! nothing to lock and no key to hand back after it. Must fail saying that `lock!` cannot
//! lock this field.

use guarded::{ThreadKey, guarded, lock};

#[guarded]
pub struct Pool {
    jobs: Vec<u32>,
    #[guarded(atomic)]
    done: u64,
    results: Vec<u32>,
}

fn main() {
    let pool = Pool::new(Vec::new(), 0, Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let (_jobs, _done, _key) = lock!(pool, &mut key => jobs, done);
}
