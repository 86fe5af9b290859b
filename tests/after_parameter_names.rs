//! `after = ...` on a generic struct may not use the struct's own parameters (the macro
//! says so), but a name spelled like one that means something else there is valid and
//! must compile: a lifetime that a `for<..>` binder declares (`for<'a> fn(&'a u8)` on
//! `struct S<'a>`), in a bare function type, a trait object and nested binders, and an
//! associated type's name in a binding (`dyn Tr<T = u8>` on `struct S<T>`). Each struct
//! is then ordered after `Cache`, which the test checks by locking in that order.

use guarded::{ThreadKey, guarded};

#[guarded]
struct Cache<T> {
    values: Vec<T>,
}

/// A trait with an associated type named like `Named`'s parameter.
trait Tr {
    type T;
}

#[guarded(after = Cache<for<'a> fn(&'a u8)>)]
struct Borrowing<'a> {
    text: &'a str,
}

#[guarded(after = Cache<Box<dyn for<'a> Fn(&'a u8) -> &'a u8>>)]
struct Closure<'a> {
    text: &'a str,
}

#[guarded(after = Cache<for<'a> fn(&'a u8, for<'b> fn(&'a u8, &'b u8))>)]
struct Nested<'a, 'b> {
    text: &'a str,
    more: &'b str,
}

#[guarded(after = Cache<Box<dyn Tr<T = u8>>>)]
struct Named<T> {
    items: Vec<T>,
}

#[test]
fn names_like_own_parameters_that_mean_something_else_are_valid_after() {
    let mut key = ThreadKey::get().unwrap();
    let cache = Cache::new(vec![1_u8]);
    let (borrowing, closure) = (Borrowing::new("b"), Closure::new("c"));
    let (nested, named) = (Nested::new("n", "m"), Named::new(vec![2_u32]));
    let (values, mut after_cache) = cache.lock_values(&mut key);
    assert_eq!(*borrowing.lock_text(&mut after_cache).0, "b");
    assert_eq!(*closure.lock_text(&mut after_cache).0, "c");
    let (text, mut after_text) = nested.lock_text(&mut after_cache);
    assert_eq!((*text, *nested.lock_more(&mut after_text).0), ("n", "m"));
    drop(text);
    assert_eq!(*named.lock_items(&mut after_cache).0, [2]);
    assert_eq!(*values, [1]);
}
