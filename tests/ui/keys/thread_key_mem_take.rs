//! A second root through `std::mem::take`, which leaves `Default::default()` behind:
//! `ThreadKey` is not `Default`. Must not compile.

use guarded::ThreadKey;

fn main() {
    let mut first = ThreadKey::get().unwrap();
    let _second = std::mem::take(&mut first);
}
