//! Generic parameters whose names the generated code could have taken: the accessors'
//! lifetime (`'g`), their key parameter (`key`, here a const parameter), and names a
//! macro might use internally. All must compile and lock in order.

// The const parameter is lowercase on purpose: it is named like the accessors' parameter.
#![allow(non_upper_case_globals)]

use guarded::{ThreadKey, guarded};

#[guarded]
struct Named<'g, 'g_, __Key, const key: usize>
where
    __Key: Copy,
{
    first: &'g str,
    second: [&'g_ __Key; key],
}

fn main() {
    let one = 1_u8;
    let named = Named::new("a", [&one; 2]);
    let mut thread_key = ThreadKey::get().unwrap();
    let (first, mut after_first) = named.lock_first(&mut thread_key);
    let (second, _) = named.lock_second(&mut after_first);
    assert_eq!((*first, *second[1]), ("a", 1));
}
