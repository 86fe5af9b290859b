//! Structs declared by `macro_rules!` macros: names passed in as `$name:ident` (and a doc
//! as `$doc:expr`) beside names written in the macro, a `rename` passed in, and
//! `crate = $crate::...`. The order checks are written as text that rustc lexes at the
//! call site; the lock calls, with the fields' spans, still find them.

use guarded::{ThreadKey, guarded};

/// The crate, re-exported, for `crate = $crate::reexport::guarded`.
pub mod reexport {
    pub use guarded;
}

macro_rules! passed {
    ($name:ident, $first:ident, $second:ident, $doc:expr) => {
        /// Made by a macro.
        #[guarded]
        pub struct $name {
            #[doc = $doc]
            $first: u32,
            /// Written in the macro.
            literal: u32,
            $second: String,
        }
    };
}

macro_rules! literal {
    () => {
        #[guarded(crate = $crate::reexport::guarded)]
        pub struct Literal {
            /// One "#.
            one: u32,
            two: u32,
        }

        fn use_literal() {
            let literal = Literal::new(1, 2);
            let mut key = ThreadKey::get().unwrap();
            let (one, mut key) = literal.lock_one(&mut key);
            let (two, _key) = literal.lock_two(&mut key);
            assert_eq!(*one + *two, 3);
        }
    };
}

macro_rules! renamed {
    ($field:ident as $rename:ident) => {
        #[guarded]
        pub struct Renamed {
            #[guarded(rename = $rename)]
            $field: u32,
            other: u32,
        }
    };
}

passed!(Passed, alpha, beta, "A doc \"# from a macro.");
literal!();
renamed!(inner as outer);

fn main() {
    let passed = Passed::new(1, 2, String::from("x"));
    let mut key = ThreadKey::get().unwrap();
    {
        let (alpha, mut key) = passed.lock_alpha(&mut key);
        let (literal, mut key) = passed.lock_literal(&mut key);
        let (beta, _key) = passed.lock_beta(&mut key);
        assert_eq!(*alpha + *literal, 3);
        assert_eq!(*beta, "x");
    }
    drop(key);
    use_literal();
    let renamed = Renamed::new(1, 2);
    let mut key = ThreadKey::get().unwrap();
    let (outer, mut key) = renamed.lock_outer(&mut key);
    let (other, _key) = renamed.lock_other(&mut key);
    assert_eq!(*outer + *other, 3);
}
