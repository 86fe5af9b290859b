//! A struct wider than the pairwise checks allow (more than 32 locked fields): its order
//! is checked per field, with one item per field instead of one per pair. Locking `f3`
//! while holding `f39` must still fail, naming the struct and both fields.

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Wide {
    f0: u8,
    f1: u8,
    f2: u8,
    f3: u8,
    f4: u8,
    f5: u8,
    f6: u8,
    f7: u8,
    f8: u8,
    f9: u8,
    f10: u8,
    f11: u8,
    f12: u8,
    f13: u8,
    f14: u8,
    f15: u8,
    f16: u8,
    f17: u8,
    f18: u8,
    f19: u8,
    f20: u8,
    f21: u8,
    f22: u8,
    f23: u8,
    f24: u8,
    f25: u8,
    f26: u8,
    f27: u8,
    f28: u8,
    f29: u8,
    f30: u8,
    f31: u8,
    f32: u8,
    f33: u8,
    f34: u8,
    f35: u8,
    f36: u8,
    f37: u8,
    f38: u8,
    f39: u8,
}

fn main() {
    let wide = Wide::new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    let mut key = ThreadKey::get().unwrap();
    let (_last, mut after_last) = wide.lock_f39(&mut key);
    let (_early, _key) = wide.lock_f3(&mut after_last);
}
