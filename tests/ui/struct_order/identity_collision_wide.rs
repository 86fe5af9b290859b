//! Two wide structs (more than 32 locked fields, checked per field) written alike in two
//! modules get the same identity. Their per-field checks compare places; they must still
//! only compare places within one struct, or locking `w2::W.f1` while holding `w1::W.f0`
//! would pass as if both were one struct. Must fail.

use guarded::ThreadKey;

mod w1 {
    use guarded::guarded;

    #[guarded]
    pub struct W {
        pub f0: i32,
        pub f1: i32,
        pub f2: i32,
        pub f3: i32,
        pub f4: i32,
        pub f5: i32,
        pub f6: i32,
        pub f7: i32,
        pub f8: i32,
        pub f9: i32,
        pub f10: i32,
        pub f11: i32,
        pub f12: i32,
        pub f13: i32,
        pub f14: i32,
        pub f15: i32,
        pub f16: i32,
        pub f17: i32,
        pub f18: i32,
        pub f19: i32,
        pub f20: i32,
        pub f21: i32,
        pub f22: i32,
        pub f23: i32,
        pub f24: i32,
        pub f25: i32,
        pub f26: i32,
        pub f27: i32,
        pub f28: i32,
        pub f29: i32,
        pub f30: i32,
        pub f31: i32,
        pub f32: i32,
    }
}

mod w2 {
    use guarded::guarded;

    #[guarded]
    pub struct W {
        pub f0: i32,
        pub f1: i32,
        pub f2: i32,
        pub f3: i32,
        pub f4: i32,
        pub f5: i32,
        pub f6: i32,
        pub f7: i32,
        pub f8: i32,
        pub f9: i32,
        pub f10: i32,
        pub f11: i32,
        pub f12: i32,
        pub f13: i32,
        pub f14: i32,
        pub f15: i32,
        pub f16: i32,
        pub f17: i32,
        pub f18: i32,
        pub f19: i32,
        pub f20: i32,
        pub f21: i32,
        pub f22: i32,
        pub f23: i32,
        pub f24: i32,
        pub f25: i32,
        pub f26: i32,
        pub f27: i32,
        pub f28: i32,
        pub f29: i32,
        pub f30: i32,
        pub f31: i32,
        pub f32: i32,
    }
}

fn main() {
    let a = w1::W::new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    let b = w2::W::new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    let mut key = ThreadKey::get().unwrap();
    let (_f0, mut after_f0) = a.lock_f0(&mut key);
    let (_f1, _key) = b.lock_f1(&mut after_f0);
}
