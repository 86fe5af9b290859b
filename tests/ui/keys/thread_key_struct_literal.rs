//! A second root made with a struct literal: its field is private to the runtime, so no
//! literal can name it. Must not compile.

use std::marker::PhantomData;

use guarded::ThreadKey;

fn main() {
    let _first = ThreadKey::get().unwrap();
    let _second = ThreadKey {
        _thread_bound: PhantomData,
    };
}
