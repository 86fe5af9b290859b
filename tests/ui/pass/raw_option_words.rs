//! The options of `#[guarded(..)]` and the field kinds written as raw identifiers
//! (`r#rw`, `r#poison = r#result`, ...), as a `macro_rules!` macro may write any
//! identifier: they mean what the plain words mean.

use guarded::{ThreadKey, guarded};
use std::sync::atomic::Ordering;

#[guarded]
pub struct Other {
    o: u8,
}

#[guarded(r#after = Other, r#poison = r#recover)]
pub struct S {
    #[guarded(r#rw)]
    a: u8,
    #[guarded(r#atomic)]
    b: u64,
    #[guarded(r#rename = renamed, r#poison = r#result)]
    __: u8,
}

fn main() {
    let s = S::new(1, 2, 3);
    let other = Other::new(0);
    let mut key = ThreadKey::get().unwrap();
    // `after = Other`: a key holding `Other.o` locks `S`'s fields.
    let (_o, mut after_other) = other.lock_o(&mut key);
    let (a, mut after_a) = s.write_a(&mut after_other);
    // `poison = result` on the renamed field: its lock call returns a `Result`.
    let (renamed, _key) = s.lock_renamed(&mut after_a).unwrap();
    assert_eq!((*a, s.b().load(Ordering::Relaxed), *renamed), (1, 2, 3));
}
