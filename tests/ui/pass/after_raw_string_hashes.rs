//! `after = ...` naming a struct through a type whose text holds a raw string delimited
//! by 255 `#`s, the most a raw string can have: the struct's doc quotes that type, and a
//! raw string of the doc would need 256, which does not lex. The macro writes that doc
//! as an escaped string instead, and the struct works.

use guarded::{ThreadKey, guarded};

#[guarded]
struct Buffer<const N: usize> {
    a: [u8; N],
}

#[guarded(after = Buffer<{ r###############################################################################################################################################################################################################################################################"x"###############################################################################################################################################################################################################################################################.len() }>)]
struct After {
    b: u8,
}

fn main() {
    let sized = Buffer::<1>::new([1]);
    let after = After::new(2);
    let mut key = ThreadKey::get().unwrap();
    let (a, mut key) = sized.lock_a(&mut key);
    let (b, _key) = after.lock_b(&mut key);
    assert_eq!(a[0] + *b, 3);
}
