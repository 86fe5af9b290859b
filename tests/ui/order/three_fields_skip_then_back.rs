//! With the order `a`, `b`, `c`: locking `c` first (skipping `b`) is allowed, but then
//! going back to `b` is not: a thread holding `c` waiting for `b` deadlocks against one
//! holding `b` waiting for `c`. Must fail naming `Triple`, `b` and `c`.

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Triple {
    a: u8,
    b: u16,
    c: u32,
}

fn main() {
    let triple = Triple::new(1, 2, 3);
    let mut key = ThreadKey::get().unwrap();
    let (a, mut key) = triple.lock_a(&mut key);
    let (c, mut key) = triple.lock_c(&mut key);
    let (b, _key) = triple.lock_b(&mut key);
    drop((a, b, c));
}
