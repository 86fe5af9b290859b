//! `crate = ...` spelled out: `::guarded` itself, a re-export reached by `crate::`, and a
//! re-export reached by `$crate::` from inside a `macro_rules!` (how a library would wrap
//! `#[guarded]` for its users).

use guarded::{ThreadKey, guarded};

mod reexport {
    pub use ::guarded;
}

#[guarded(crate = ::guarded)]
pub struct Spelled {
    value: u8,
}

#[guarded(crate = crate::reexport::guarded)]
pub struct Reexported {
    value: u8,
}

macro_rules! guarded_struct {
    ($name:ident) => {
        #[guarded(crate = $crate::reexport::guarded)]
        pub struct $name {
            value: u8,
        }
    };
}

guarded_struct!(FromMacro);

fn main() {
    let mut key = ThreadKey::get().expect("first key");
    let (a, b, c) = (Spelled::new(1), Reexported::new(2), FromMacro::new(3));
    let (one, _k) = a.lock_value(&mut key);
    assert_eq!(*one, 1);
    drop((one, _k));
    let (two, _k) = b.lock_value(&mut key);
    assert_eq!(*two, 2);
    drop((two, _k));
    let (three, _k) = c.lock_value(&mut key);
    assert_eq!(*three, 3);
}
