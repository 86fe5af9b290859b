//! A struct with 30 fields, all locked in declaration order, each with the key the one
//! before handed back; then the first and the last alone, and the last after the first,
//! skipping the rest. Checks that a long order neither slows the macro down to a crawl nor
//! breaks (every ordered pair has an impl).

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Many {
    f00: u32,
    f01: u32,
    f02: u32,
    f03: u32,
    f04: u32,
    f05: u32,
    f06: u32,
    f07: u32,
    f08: u32,
    f09: u32,
    f10: u32,
    f11: u32,
    f12: u32,
    f13: u32,
    f14: u32,
    f15: u32,
    f16: u32,
    f17: u32,
    f18: u32,
    f19: u32,
    f20: u32,
    f21: u32,
    f22: u32,
    f23: u32,
    f24: u32,
    f25: u32,
    f26: u32,
    f27: u32,
    f28: u32,
    f29: u32,
}

fn main() {
    let many = Many::new(
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
        25, 26, 27, 28, 29,
    );
    let mut key = ThreadKey::get().expect("first key");
    {
        let (g00, mut k00) = many.lock_f00(&mut key);
        let (g01, mut k01) = many.lock_f01(&mut k00);
        let (g02, mut k02) = many.lock_f02(&mut k01);
        let (g03, mut k03) = many.lock_f03(&mut k02);
        let (g04, mut k04) = many.lock_f04(&mut k03);
        let (g05, mut k05) = many.lock_f05(&mut k04);
        let (g06, mut k06) = many.lock_f06(&mut k05);
        let (g07, mut k07) = many.lock_f07(&mut k06);
        let (g08, mut k08) = many.lock_f08(&mut k07);
        let (g09, mut k09) = many.lock_f09(&mut k08);
        let (g10, mut k10) = many.lock_f10(&mut k09);
        let (g11, mut k11) = many.lock_f11(&mut k10);
        let (g12, mut k12) = many.lock_f12(&mut k11);
        let (g13, mut k13) = many.lock_f13(&mut k12);
        let (g14, mut k14) = many.lock_f14(&mut k13);
        let (g15, mut k15) = many.lock_f15(&mut k14);
        let (g16, mut k16) = many.lock_f16(&mut k15);
        let (g17, mut k17) = many.lock_f17(&mut k16);
        let (g18, mut k18) = many.lock_f18(&mut k17);
        let (g19, mut k19) = many.lock_f19(&mut k18);
        let (g20, mut k20) = many.lock_f20(&mut k19);
        let (g21, mut k21) = many.lock_f21(&mut k20);
        let (g22, mut k22) = many.lock_f22(&mut k21);
        let (g23, mut k23) = many.lock_f23(&mut k22);
        let (g24, mut k24) = many.lock_f24(&mut k23);
        let (g25, mut k25) = many.lock_f25(&mut k24);
        let (g26, mut k26) = many.lock_f26(&mut k25);
        let (g27, mut k27) = many.lock_f27(&mut k26);
        let (g28, mut k28) = many.lock_f28(&mut k27);
        let (g29, mut k29) = many.lock_f29(&mut k28);
        let _ = &mut k29;
        assert_eq!(
            *g00 + *g01
                + *g02
                + *g03
                + *g04
                + *g05
                + *g06
                + *g07
                + *g08
                + *g09
                + *g10
                + *g11
                + *g12
                + *g13
                + *g14
                + *g15
                + *g16
                + *g17
                + *g18
                + *g19
                + *g20
                + *g21
                + *g22
                + *g23
                + *g24
                + *g25
                + *g26
                + *g27
                + *g28
                + *g29,
            435
        );
    }
    {
        let (first, mut after_first) = many.lock_f00(&mut key);
        let (last, _key) = many.lock_f29(&mut after_first);
        assert_eq!((*first, *last), (0, 29));
    }
    let (last, _key) = many.lock_f29(&mut key);
    assert_eq!(*last, 29);
    assert_eq!(Many::LOCK_ORDER.len(), 30);
    assert_eq!(Many::LOCK_ORDER[29], "f29");
}
