//! A user's own `LockedData` type (allowed: the trait only describes a guard) put in a
//! `Poisoned` built by hand, so that `into_inner` would clear the poison of a lock the
//! report never held: `Poisoned` has no public constructor and private fields. Must not
//! compile.

use guarded::{LockedData, Poisoned};

/// Claims to open every byte there is.
struct Everything;

impl LockedData for Everything {
    fn locked_data(&self) -> (usize, usize) {
        (1, usize::MAX - 1)
    }
}

fn forged<'a>(inner: Everything) -> Poisoned<'a, Everything> {
    Poisoned { inner }
}

fn main() {
    drop(forged(Everything).into_inner());
}
