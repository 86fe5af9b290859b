//! A second root from `key.clone()`: `ThreadKey` is not `Clone`. Must not compile.

use guarded::ThreadKey;

fn main() {
    let first = ThreadKey::get().unwrap();
    let _second = first.clone();
}
