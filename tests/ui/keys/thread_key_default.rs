//! A second root from `ThreadKey::default()`: `ThreadKey` is not `Default`. Must not
//! compile.

use guarded::ThreadKey;

fn main() {
    let _first = ThreadKey::get().unwrap();
    let _second = ThreadKey::default();
}
