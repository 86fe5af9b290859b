//! A second root copied out of the first with struct update syntax
//! (`ThreadKey { ..first }`): the fields it would copy are private. Must not compile.

use guarded::ThreadKey;

fn main() {
    let first = ThreadKey::get().unwrap();
    let _second = ThreadKey { ..first };
}
