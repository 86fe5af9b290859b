//! A struct wider than the pairwise checks allow (48 locked fields, checked per field):
//! every field locked in order, each with the key the one before handed back, then a field
//! after skipping most of them. Must compile, and run.

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
    f40: u8,
    f41: u8,
    f42: u8,
    f43: u8,
    f44: u8,
    f45: u8,
    f46: u8,
    f47: u8,
}

fn main() {
    let wide = Wide::new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    let mut k0 = ThreadKey::get().expect("the first key");
    {
    let (mut g0, mut k1) = wide.lock_f0(&mut k0);
    *g0 += 1;
    let (mut g1, mut k2) = wide.lock_f1(&mut k1);
    *g1 += 1;
    let (mut g2, mut k3) = wide.lock_f2(&mut k2);
    *g2 += 1;
    let (mut g3, mut k4) = wide.lock_f3(&mut k3);
    *g3 += 1;
    let (mut g4, mut k5) = wide.lock_f4(&mut k4);
    *g4 += 1;
    let (mut g5, mut k6) = wide.lock_f5(&mut k5);
    *g5 += 1;
    let (mut g6, mut k7) = wide.lock_f6(&mut k6);
    *g6 += 1;
    let (mut g7, mut k8) = wide.lock_f7(&mut k7);
    *g7 += 1;
    let (mut g8, mut k9) = wide.lock_f8(&mut k8);
    *g8 += 1;
    let (mut g9, mut k10) = wide.lock_f9(&mut k9);
    *g9 += 1;
    let (mut g10, mut k11) = wide.lock_f10(&mut k10);
    *g10 += 1;
    let (mut g11, mut k12) = wide.lock_f11(&mut k11);
    *g11 += 1;
    let (mut g12, mut k13) = wide.lock_f12(&mut k12);
    *g12 += 1;
    let (mut g13, mut k14) = wide.lock_f13(&mut k13);
    *g13 += 1;
    let (mut g14, mut k15) = wide.lock_f14(&mut k14);
    *g14 += 1;
    let (mut g15, mut k16) = wide.lock_f15(&mut k15);
    *g15 += 1;
    let (mut g16, mut k17) = wide.lock_f16(&mut k16);
    *g16 += 1;
    let (mut g17, mut k18) = wide.lock_f17(&mut k17);
    *g17 += 1;
    let (mut g18, mut k19) = wide.lock_f18(&mut k18);
    *g18 += 1;
    let (mut g19, mut k20) = wide.lock_f19(&mut k19);
    *g19 += 1;
    let (mut g20, mut k21) = wide.lock_f20(&mut k20);
    *g20 += 1;
    let (mut g21, mut k22) = wide.lock_f21(&mut k21);
    *g21 += 1;
    let (mut g22, mut k23) = wide.lock_f22(&mut k22);
    *g22 += 1;
    let (mut g23, mut k24) = wide.lock_f23(&mut k23);
    *g23 += 1;
    let (mut g24, mut k25) = wide.lock_f24(&mut k24);
    *g24 += 1;
    let (mut g25, mut k26) = wide.lock_f25(&mut k25);
    *g25 += 1;
    let (mut g26, mut k27) = wide.lock_f26(&mut k26);
    *g26 += 1;
    let (mut g27, mut k28) = wide.lock_f27(&mut k27);
    *g27 += 1;
    let (mut g28, mut k29) = wide.lock_f28(&mut k28);
    *g28 += 1;
    let (mut g29, mut k30) = wide.lock_f29(&mut k29);
    *g29 += 1;
    let (mut g30, mut k31) = wide.lock_f30(&mut k30);
    *g30 += 1;
    let (mut g31, mut k32) = wide.lock_f31(&mut k31);
    *g31 += 1;
    let (mut g32, mut k33) = wide.lock_f32(&mut k32);
    *g32 += 1;
    let (mut g33, mut k34) = wide.lock_f33(&mut k33);
    *g33 += 1;
    let (mut g34, mut k35) = wide.lock_f34(&mut k34);
    *g34 += 1;
    let (mut g35, mut k36) = wide.lock_f35(&mut k35);
    *g35 += 1;
    let (mut g36, mut k37) = wide.lock_f36(&mut k36);
    *g36 += 1;
    let (mut g37, mut k38) = wide.lock_f37(&mut k37);
    *g37 += 1;
    let (mut g38, mut k39) = wide.lock_f38(&mut k38);
    *g38 += 1;
    let (mut g39, mut k40) = wide.lock_f39(&mut k39);
    *g39 += 1;
    let (mut g40, mut k41) = wide.lock_f40(&mut k40);
    *g40 += 1;
    let (mut g41, mut k42) = wide.lock_f41(&mut k41);
    *g41 += 1;
    let (mut g42, mut k43) = wide.lock_f42(&mut k42);
    *g42 += 1;
    let (mut g43, mut k44) = wide.lock_f43(&mut k43);
    *g43 += 1;
    let (mut g44, mut k45) = wide.lock_f44(&mut k44);
    *g44 += 1;
    let (mut g45, mut k46) = wide.lock_f45(&mut k45);
    *g45 += 1;
    let (mut g46, mut k47) = wide.lock_f46(&mut k46);
    *g46 += 1;
    let (mut g47, mut k48) = wide.lock_f47(&mut k47);
    *g47 += 1;
        let _ = &mut k48;
    }
    let (first, mut after_first) = wide.lock_f0(&mut k0);
    let (last, _key) = wide.lock_f47(&mut after_first);
    assert_eq!((*first, *last), (1, 1));
}
