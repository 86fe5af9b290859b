//! A generic struct declared after itself, named by an instantiation (as `after` names
//! generic structs). Must fail with the macro's message, which names the struct.

use guarded::guarded;

#[guarded(after = Cache<u8>)]
pub struct Cache<T> {
    values: Vec<T>,
}

fn main() {}
