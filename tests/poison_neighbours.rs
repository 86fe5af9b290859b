//! `Poisoned::into_inner` clears a lock's poison only if the guard in the report still
//! opens that lock's data. Attacked with the guards of the locks right next to it in
//! memory: fields of one zero-sized type side by side in one struct (mutex, `rw` read and
//! write guards, `condvar`), and two instances whose allocations may be neighbours. A
//! zero-sized field's data lies at the very end of its lock when the lock has no padding
//! after it (`parking_lot`'s mutex of `()`, `std`'s mutex and rw lock of `[u64; 0]`),
//! which is where the next lock in memory starts; so the guard of the lock just before
//! the reported one must not pass for the reported lock's own guard. Each test swaps the
//! neighbour's guard into the report, in both directions, then checks that the reported
//! lock's own guard still clears it.
//!
//! Release builds are where the locks touch (debug builds keep an identity beside each
//! lock): run these with `--release` too, on both backends.

mod common;

use common::{crash, watched};
use guarded::{ThreadKey, guarded};

/// The panicking threads' message.
const PLANNED: &str = "planned crash while holding a zero-sized field";

/// Two fields of one zero-sized type side by side (`$attr` on each), locked together by
/// `lock!` (`$mode` before each name), one of them poisoned: the other's guard swapped
/// into its report does not clear it; its own guard does. `$poison_*` take a field so
/// that a panic poisons it, `$lock_*` lock it as the `lock!` list does.
macro_rules! fields {
    (
        $name:ident: $t:ty = $v:expr, #[$($attr:tt)*] [$($mode:tt)*]
        $poison_first:ident $poison_second:ident $lock_first:ident $lock_second:ident
    ) => {
        mod $name {
            use super::*;

            /// Two fields of one zero-sized type, side by side.
            #[guarded(poison = result)]
            pub(super) struct Two {
                #[$($attr)*]
                first: $t,
                #[$($attr)*]
                second: $t,
            }

            #[test]
            fn a_neighbour_fields_guard_does_not_clear_the_reported_field() {
                watched(|| {
                    let two = Two::new($v, $v);
                    for poison_first in [false, true] {
                        crash(PLANNED, |key| {
                            if poison_first {
                                let _first = two.$poison_first(key).expect("not poisoned now");
                                panic!("{PLANNED}");
                            }
                            let _second = two.$poison_second(key).expect("not poisoned now");
                            panic!("{PLANNED}");
                        });
                        let mut key = ThreadKey::get().expect("the worker's key");
                        {
                            let (first, second, _key) =
                                guarded::lock!(two, &mut key => $($mode)* first, $($mode)* second);
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
                            two.$lock_first(&mut key).is_err()
                        } else {
                            two.$lock_second(&mut key).is_err()
                        };
                        assert!(
                            still,
                            "the neighbour's guard cleared the poison (first poisoned: \
                             {poison_first})"
                        );
                        // Its own guard clears it.
                        if poison_first {
                            drop(two.$lock_first(&mut key).expect_err("poisoned").into_inner());
                        } else {
                            drop(two.$lock_second(&mut key).expect_err("poisoned").into_inner());
                        }
                        assert!(two.$lock_first(&mut key).is_ok(), "`first` is clear");
                        assert!(two.$lock_second(&mut key).is_ok(), "`second` is clear");
                    }
                });
            }
        }
    };
}

/// Two instances of a struct with one zero-sized field, locked together by
/// `lock_only_pair`: as `fields!`. Each instance's locks are in its own allocation, which
/// the allocator may place right after the other's (with small allocations it often
/// does), so their locks can be neighbours in memory as two fields' are.
macro_rules! instances {
    ($name:ident: $t:ty = $v:expr) => {
        mod $name {
            use super::*;

            /// A struct whose instances sit side by side in an array.
            #[guarded(poison = result)]
            pub(super) struct One {
                only: $t,
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
                        drop(
                            pair[poisoned]
                                .lock_only(&mut key)
                                .expect_err("poisoned")
                                .into_inner(),
                        );
                        assert!(pair[0].lock_only(&mut key).is_ok(), "instance 0 is clear");
                        assert!(pair[1].lock_only(&mut key).is_ok(), "instance 1 is clear");
                    }
                });
            }
        }
    };
}

fields!(mutex_unit: () = (), #[guarded(poison = result)] [] lock_first lock_second lock_first lock_second);
fields!(mutex_u64s: [u64; 0] = [], #[guarded(poison = result)] [] lock_first lock_second lock_first lock_second);
fields!(mutex_u128s: [u128; 0] = [], #[guarded(poison = result)] [] lock_first lock_second lock_first lock_second);
fields!(write_unit: () = (), #[guarded(rw)] [write] write_first write_second write_first write_second);
fields!(write_u64s: [u64; 0] = [], #[guarded(rw)] [write] write_first write_second write_first write_second);
fields!(read_unit: () = (), #[guarded(rw)] [read] write_first write_second read_first read_second);
fields!(read_u64s: [u64; 0] = [], #[guarded(rw)] [read] write_first write_second read_first read_second);
fields!(condvar_unit: () = (), #[guarded(condvar)] [] lock_first lock_second lock_first lock_second);
fields!(condvar_u64s: [u64; 0] = [], #[guarded(condvar)] [] lock_first lock_second lock_first lock_second);
instances!(instances_unit: () = ());
instances!(instances_u64s: [u64; 0] = []);
