//! Field names that make two descriptive check-trait names equal
//! (`cannot_lock_x_while_holding_while_holding_y` from both `(x, while_holding_y)` and
//! `(x_while_holding, y)`): the macro falls back to numbered names, and the struct works.

use guarded::{ThreadKey, guarded};

#[guarded]
struct Tricky {
    x: u8,
    x_while_holding: u8,
    while_holding_y: u8,
    y: u8,
}

fn main() {
    let tricky = Tricky::new(1, 2, 3, 4);
    let mut key = ThreadKey::get().unwrap();
    let (x, mut after_x) = tricky.lock_x(&mut key);
    let (y, _) = tricky.lock_y(&mut after_x);
    assert_eq!(*x + *y, 5);
}
