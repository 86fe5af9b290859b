//! `after = ...` using the struct's own parameter next to a name that is not one: after
//! the scope of a `for<..>` binder (a tuple's next element, a trait object's next bound),
//! inside a binder that declares another lifetime, and as the value of an associated
//! type's binding (`Tr<T = T>`, whose first `T` is the associated type's name). Must fail
//! with the macro's message at that use, once per struct, not with rustc's "use of
//! undeclared lifetime name" or "cannot find type".

use guarded::guarded;

#[guarded]
pub struct Cache<T> {
    values: Vec<T>,
}

pub trait Tr {
    type T;
}

#[guarded(after = Cache<(for<'a> fn(&'a u8), &'a u8)>)]
pub struct Tuple<'a> {
    text: &'a str,
}

#[guarded(after = Cache<Box<dyn for<'a> Fn(&'a u8) + 'a>>)]
pub struct Object<'a> {
    text: &'a str,
}

#[guarded(after = Cache<for<'b> fn(&'b u8) -> &'a u8>)]
pub struct Returned<'a> {
    text: &'a str,
}

#[guarded(after = Cache<Box<dyn Tr<T = T>>>)]
pub struct Bound<T> {
    items: Vec<T>,
}

fn main() {}
