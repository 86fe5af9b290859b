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

/// Fields named like the numbered check traits too: those get underscores added.
#[guarded]
struct Trickier {
    a: u8,
    cannot_lock_a_while_holding_a: u8,
    cannot_lock_field_0_while_holding_field_0: u8,
}

fn main() {
    let trickier = Trickier::new(1, 2, 3);
    let mut key = ThreadKey::get().unwrap();
    {
        let (a, mut after_a) = trickier.lock_a(&mut key);
        let (c, _) = trickier.lock_cannot_lock_field_0_while_holding_field_0(&mut after_a);
        assert_eq!(*a + *c, 4);
    }

    let tricky = Tricky::new(1, 2, 3, 4);
    let (x, mut after_x) = tricky.lock_x(&mut key);
    let (y, _) = tricky.lock_y(&mut after_x);
    assert_eq!(*x + *y, 5);
}
