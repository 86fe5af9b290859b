//! Two structs written alike in two modules (`m1::S`, `m2::S`) get the same identity.
//! `D` comes after `m1::S`, and `m2::S` after `D`; holding `m2::S` then locking `D` must not
//! pass for "`D` after `m1::S`, which is `m2::S`": that would let one thread lock `D` then
//! `m2::S` and another `m2::S` then `D`, a deadlock. Must fail as an undeclared nesting.

use guarded::{ThreadKey, guarded};

mod m1 {
    use guarded::guarded;

    #[guarded]
    pub struct S {
        pub x: i32,
    }
}

mod m2 {
    use guarded::guarded;

    #[guarded(after = crate::D)]
    pub struct S {
        pub x: i32,
    }
}

#[guarded(after = m1::S)]
pub struct D {
    pub y: i32,
}

fn main() {
    let (d, s) = (D::new(0), m2::S::new(0));
    let mut key = ThreadKey::get().unwrap();
    let (_x, mut after_x) = s.lock_x(&mut key);
    let (_y, _key) = d.lock_y(&mut after_x);
}
