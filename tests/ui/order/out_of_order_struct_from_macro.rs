//! A struct declared by a `macro_rules!` macro, with its name and two fields passed in as
//! `$name:ident` and one field written in the macro: locks that field (`literal`) with the
//! key handed back by locking a later one. Must fail naming `Passed`, both fields and the
//! order, the bound at the field as written in the macro.

use guarded::{ThreadKey, guarded};

macro_rules! passed {
    ($name:ident, $first:ident, $second:ident) => {
        #[guarded]
        pub struct $name {
            $first: u32,
            literal: u32,
            $second: String,
        }
    };
}

passed!(Passed, alpha, beta);

fn main() {
    let passed = Passed::new(1, 2, String::new());
    let mut key = ThreadKey::get().unwrap();
    let (beta, mut key) = passed.lock_beta(&mut key);
    let (literal, _key) = passed.lock_literal(&mut key);
    drop((beta, literal));
}
