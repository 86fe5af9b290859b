//! A struct with more locked fields than a message lists (nine, and an `unlocked` one):
//! locks `f0` with the key handed back by locking `f8`. Must fail naming `Wide`, both
//! fields, and the order summarised as its 9 locked fields, pointing at `LOCK_ORDER`.

use guarded::{ThreadKey, guarded};

#[guarded]
struct Wide {
    f0: u8,
    f1: u8,
    f2: u8,
    f3: u8,
    f4: u8,
    f5: u8,
    f6: u8,
    f7: u8,
    f8: u8,
    #[guarded(unlocked)]
    f9: u8,
}

fn main() {
    let wide = Wide::new(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    let mut key = ThreadKey::get().unwrap();
    let (last, mut key) = wide.lock_f8(&mut key);
    let (first, _key) = wide.lock_f0(&mut key);
    drop((last, first));
}
