//! `Poisoned::into_inner` clears a lock's poison only if the guard in the report still
//! opens that lock's data. Attacked with the guards of the locks right next to it in
//! memory: fields of one zero-sized type side by side in one struct, and instances of a
//! struct side by side in an array. A zero-sized field's data lies at the very end of its
//! lock when the lock has no padding after it (`parking_lot`'s mutex of `()`, `std`'s
//! mutex and rw lock of `[u64; 0]`), which is where the next lock in memory starts; so
//! the guard of the lock just before the reported one must not pass for the reported
//! lock's own guard. Each test swaps the neighbour's guard into the report, in both
//! directions, then checks that the reported lock's own guard still clears it.
//!
//! Release builds are where the locks touch (debug builds keep an identity beside each
//! lock): run these with `--release` too, on both backends.

mod common;

use common::{crash, watched};
use guarded::{ThreadKey, guarded};

/// The panicking threads' message.
const PLANNED: &str = "planned crash while holding a zero-sized field";

macro_rules! neighbours {
    ($name:ident: $t:ty = $v:expr) => {
        mod $name {
            use super::*;

            /// Two fields of one zero-sized type, side by side.
            #[guarded(poison = result)]
            pub(super) struct Two {
                first: $t,
                second: $t,
            }

            /// A struct whose instances sit side by side in an array.
            #[guarded(poison = result)]
            pub(super) struct One {
                only: $t,
            }

            #[test]
            fn a_neighbour_fields_guard_does_not_clear_the_reported_field() {
                watched(|| {
                    let two = Two::new($v, $v);
                    for poison_first in [false, true] {
                        crash(PLANNED, |key| {
                            if poison_first {
                                let _first = two.lock_first(key).expect("not poisoned now");
                                panic!("{PLANNED}");
                            }
                            let _second = two.lock_second(key).expect("not poisoned now");
                            panic!("{PLANNED}");
                        });
                        let mut key = ThreadKey::get().expect("the worker's key");
                        {
                            let (first, second, _key) =
                                guarded::lock!(two, &mut key => first, second);
                            let (mut report, mut other) = if poison_first {
                                (first.expect_err("poisoned"), second.expect("not poisoned"))
                            } else {
                                (second.expect_err("poisoned"), first.expect("not poisoned"))
                            };
                            std::mem::swap(report.get_mut(), &mut other);
                            drop(other); // the reported field's own guard
                            drop(report.into_inner()); // the neighbour's guard
                        }
                        let still = if poison_first {
                            two.lock_first(&mut key).is_err()
                        } else {
                            two.lock_second(&mut key).is_err()
                        };
                        assert!(
                            still,
                            "the neighbour's guard cleared the poison (first poisoned: \
                             {poison_first})"
                        );
                        // Its own guard clears it.
                        if poison_first {
                            drop(two.lock_first(&mut key).expect_err("poisoned").into_inner());
                        } else {
                            drop(two.lock_second(&mut key).expect_err("poisoned").into_inner());
                        }
                        assert!(two.lock_first(&mut key).is_ok(), "`first` is clear");
                        assert!(two.lock_second(&mut key).is_ok(), "`second` is clear");
                    }
                });
            }

            #[test]
            fn a_neighbour_instances_guard_does_not_clear_the_reported_instance() {
                watched(|| {
                    let pair = [One::new($v), One::new($v)];
                    let mut key = ThreadKey::get().expect("the worker's key");
                    for poisoned in 0..2 {
                        crash(PLANNED, |key| {
                            let _only = pair[poisoned].lock_only(key).expect("not poisoned now");
                            panic!("{PLANNED}");
                        });
                        {
                            let (a, b, _key) = One::lock_only_pair(&pair[0], &pair[1], &mut key)
                                .expect("two instances");
                            let (mut report, mut other) = if poisoned == 0 {
                                (a.expect_err("poisoned"), b.expect("not poisoned"))
                            } else {
                                (b.expect_err("poisoned"), a.expect("not poisoned"))
                            };
                            std::mem::swap(report.get_mut(), &mut other);
                            drop(other); // the reported instance's own guard
                            drop(report.into_inner()); // the neighbour's guard
                        }
                        assert!(
                            pair[poisoned].lock_only(&mut key).is_err(),
                            "the neighbour's guard cleared instance {poisoned}'s poison"
                        );
                        // Its own guard clears it.
                        drop(pair[poisoned].lock_only(&mut key).expect_err("poisoned").into_inner());
                        assert!(pair[0].lock_only(&mut key).is_ok(), "instance 0 is clear");
                        assert!(pair[1].lock_only(&mut key).is_ok(), "instance 1 is clear");
                    }
                });
            }
        }
    };
}

neighbours!(unit: () = ());
neighbours!(empty_u64_array: [u64; 0] = []);
neighbours!(empty_u128_array: [u128; 0] = []);
