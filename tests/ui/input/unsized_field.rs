//! A field of an unsized type: `new` moves each value into its own `Arc<Mutex<_>>`, which
//! needs a sized value. The error is `#[guarded]`'s, on the type, saying what to use.

use guarded::guarded;

#[guarded]
struct Buffer {
    len: usize,
    bytes: [u8],
}

fn main() {}
