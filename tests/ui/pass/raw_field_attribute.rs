//! A field's options in `#[r#guarded(..)]`, the helper attribute's name written as a raw
//! identifier (as a `macro_rules!` macro that writes every identifier raw would, beside
//! `r#rw`, which `raw_option_words` accepts): it is the same attribute, and must compile
//! with the field a `rw` lock.

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct S {
    #[r#guarded(r#rw)]
    a: u8,
}

fn main() {
    let s = S::new(1);
    let mut key = ThreadKey::get().unwrap();
    let (a, _key) = s.read_a(&mut key);
    assert_eq!(*a, 1);
}
