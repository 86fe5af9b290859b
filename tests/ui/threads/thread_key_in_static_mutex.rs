//! A `ThreadKey` parked in a `static Mutex`, where any thread could take it. Must fail: a
//! `static` must be `Sync`, and a `Mutex` of a type that is not `Send` is not.

use std::sync::Mutex;

use guarded::ThreadKey;

static PARKED: Mutex<Option<ThreadKey>> = Mutex::new(None);

fn main() {
    *PARKED.lock().unwrap() = ThreadKey::get().ok();
}
