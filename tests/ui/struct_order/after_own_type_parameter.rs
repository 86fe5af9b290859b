//! A generic struct declared after another generic struct through its own type parameter,
//! `after = Cache<T>` on `User<T>`: the code that names `Cache` is outside `User`'s
//! generics. Must fail with the macro's message at `T`, which says to write a concrete
//! type there (all instantiations of `Cache` share one order), not with rustc's "cannot
//! find type `T` in this scope".

use guarded::guarded;

#[guarded]
pub struct Cache<T> {
    values: Vec<T>,
}

#[guarded(after = Cache<T>)]
pub struct User<T> {
    items: Vec<T>,
}

fn main() {}
