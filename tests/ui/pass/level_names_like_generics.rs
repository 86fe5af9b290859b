//! Fields named `H` and `K`, the names of the type parameters of the order checks' impls
//! (`impl<K: CanLock<level>> comes_before_<field> for K`, `impl<H> Follows<H> for level`)
//! in the levels module, where each field's level type has the field's name: the impls
//! still name the field's level, not their own parameter, and the struct works.

#![allow(non_snake_case)]

use guarded::{ThreadKey, guarded};

#[guarded]
struct Generic {
    first: u8,
    H: u8,
    K: u8,
    last: u8,
}

fn main() {
    let s = Generic::new(1, 2, 3, 4);
    let mut key = ThreadKey::get().unwrap();
    {
        let (first, mut key) = s.lock_first(&mut key);
        let (h, mut key) = s.lock_H(&mut key);
        let (k, mut key) = s.lock_K(&mut key);
        let (last, _key) = s.lock_last(&mut key);
        assert_eq!(*first + *h + *k + *last, 10);
    }
    let (k, mut key) = s.lock_K(&mut key);
    let (last, _key) = s.lock_last(&mut key);
    assert_eq!(*k + *last, 7);
}
