//! The same field of several instances, locked in one call.
//!
//! A field's order cannot order two instances of its struct: `transfer(a, b)` racing
//! `transfer(b, a)` would take the two locks in opposite orders. These calls lock the
//! instances in the order of a stable identity of their lock (its address in the
//! instance's shared allocation, which clones share: `identity.rs`), whatever the order
//! of the arguments, and hand the guards back in argument order. Every thread that holds several instances of a field took them in
//! one such call, so all of them take those locks in the same order.

use std::cell::Cell;
use std::{fmt, hint};

use crate::held;
use crate::identity::Identity;
use crate::key::Key;
use crate::lock_call::Out;
use crate::order::Level;
use crate::poison::{Names, Poisoned, Policy, on_lock_releasing};

/// One instance's lock outcome before the policy: its guard, or the guard with a report
/// that the lock is poisoned.
pub(crate) type Outcome<'a, G> = Result<G, Poisoned<'a, G>>;

/// Two instances' guards, each as the field's policy says, and the key after the field.
pub type PairOut<'a, L, G> = (Out<'a, L, G>, Out<'a, L, G>, Key<'a, L>);

/// Several instances' guards, in argument order, and the key after the field.
pub type ManyOut<'a, L, G> = (Vec<Out<'a, L, G>>, Key<'a, L>);

/// The same instance (or two clones sharing its locks) was passed twice to a call that
/// locks several instances: locking it twice would deadlock. Nothing was locked.
#[derive(Clone, Copy)]
pub struct SameInstance {
    names: Names,
    first: usize,
    second: usize,
}

impl SameInstance {
    /// The positions (from 0) of the two arguments that are the same instance.
    pub fn positions(&self) -> (usize, usize) {
        (self.first, self.second)
    }
}

impl fmt::Debug for SameInstance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SameInstance")
            .field("struct", &self.names.structure)
            .field("field", &self.names.field)
            .field("positions", &(self.first, self.second))
            .finish()
    }
}

impl fmt::Display for SameInstance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the same `{}` was passed twice (arguments {} and {}, counting from 0) to lock \
             `{}` of several instances: it has one lock, which cannot be taken twice",
            self.names.structure, self.first, self.second, self.names.field
        )
    }
}

impl std::error::Error for SameInstance {}

/// Locks `a` and `b` (`id` tells them apart, `lock` locks one) in the order of their
/// identities, applies the policy of `L` to each as it is locked, and returns them in
/// argument order.
#[inline]
#[track_caller]
pub(crate) fn pair<'a, S, G, L: Level>(
    a: &'a S,
    b: &'a S,
    id: impl Fn(&S) -> Identity,
    lock: impl Fn(&'a S) -> Outcome<'a, G>,
) -> Result<PairOut<'a, L, G>, SameInstance> {
    let (id_a, id_b) = (id(a), id(b));
    if id_a == id_b {
        return Err(same::<L>(0, 1));
    }
    // Before locking either: a lock this thread holds (a leaked guard) panics with
    // nothing locked, whatever the order of the two (debug builds: see `held.rs`).
    held::check::<L>(id_a);
    held::check::<L>(id_b);
    // Without a branch on the order, which a random order would mispredict half the
    // time (BENCHMARKS.md, W4 on one thread): the two instances are picked by a select,
    // locked in that order (the policy applied to each as it is locked, so a poisoned
    // first lock panics before the second is taken), and the guards put back in argument
    // order by another.
    let swapped = id_b < id_a;
    let (first, second) = hint::select_unpredictable(swapped, (b, a), (a, b));
    let first = L::Policy::on_lock(lock(first));
    // A poisoned second lock under `poison = panic` releases the first before panicking.
    let (first, second) = on_lock_releasing::<L::Policy, _, _>(lock(second), first);
    let (guard_a, guard_b) = in_order(swapped, first, second);
    Ok((guard_a, guard_b, Key::new()))
}

/// `(first, second)`, or `(second, first)` if `swapped`, without a branch: rustc turns a
/// swap under `if` into one, so the two are read back through references picked by a
/// select (the guards are a few words: a store and a load each).
#[allow(clippy::inline_always)] // a pair of selects, only where the caller's types are known
#[inline(always)]
fn in_order<G>(swapped: bool, first: G, second: G) -> (G, G) {
    let (first, second) = (Cell::new(Some(first)), Cell::new(Some(second)));
    let (a, b) = hint::select_unpredictable(swapped, (&second, &first), (&first, &second));
    match (a.take(), b.take()) {
        (Some(a), Some(b)) => (a, b),
        // Each cell is read once: `a` and `b` are the two cells, in one order or the other.
        _ => unreachable!("each guard is taken once"),
    }
}

/// As [`pair`], for any number of instances.
#[track_caller]
pub(crate) fn many<'a, S: 'a, G, L: Level>(
    instances: impl IntoIterator<Item = &'a S>,
    id: impl Fn(&S) -> Identity,
    lock: impl Fn(&'a S) -> Outcome<'a, G>,
) -> Result<ManyOut<'a, L, G>, SameInstance> {
    let instances: Vec<&'a S> = instances.into_iter().collect();
    // (identity, argument position), in lock order.
    let mut order: Vec<(Identity, usize)> = instances
        .iter()
        .enumerate()
        .map(|(position, instance)| (id(instance), position))
        .collect();
    order.sort_unstable();
    if order.windows(2).any(|w| w[0].0 == w[1].0) {
        let (first, second) = first_repeat(&instances, &id);
        return Err(same::<L>(first, second));
    }
    for &(id, _) in &order {
        held::check::<L>(id);
    }
    let mut guards: Vec<Option<Out<'a, L, G>>> = instances.iter().map(|_| None).collect();
    for &(_, position) in &order {
        // A poisoned lock under `poison = panic` releases those taken before panicking.
        let (held, guard) = on_lock_releasing::<L::Policy, _, _>(lock(instances[position]), guards);
        guards = held;
        guards[position] = Some(guard);
    }
    // Every position was locked above, so nothing is dropped here.
    Ok((guards.into_iter().flatten().collect(), Key::new()))
}

/// The first argument (by position) that repeats an earlier one, and that earlier one:
/// the report does not depend on where the instances happen to be in memory.
pub(crate) fn first_repeat<S, I: std::hash::Hash + Eq>(
    instances: &[&S],
    id: impl Fn(&S) -> I,
) -> (usize, usize) {
    let mut seen = std::collections::HashMap::new();
    for (position, instance) in instances.iter().enumerate() {
        if let Some(&earlier) = seen.get(&id(instance)) {
            return (earlier, position);
        }
        seen.insert(id(instance), position);
    }
    (0, 0)
}

/// The two calls that lock a field of several instances, for a storage type whose
/// `$one(&self)` locks one instance and `id(&self)` gives its identity: `$pair` for two,
/// `$many` for any number, each handing out `$guard`s.
macro_rules! group_calls {
    ($pair:ident, $many:ident, $one:ident, $guard:ident, $verb:literal) => {
        #[doc = concat!(
                    $verb, " this field of two instances, in an order that does not depend on the \
             order of the arguments; the guards come back in argument order.\n\n\
             # Errors\n\n`SameInstance` if `a` and `b` share their locks; nothing is \
             locked then."
                )]
        #[inline]
        #[track_caller]
        pub fn $pair<'a, K: CanLock<L>>(
            a: &'a Self,
            b: &'a Self,
            _key: &'a mut K,
        ) -> Result<$crate::many::PairOut<'a, L, $guard<'a, T>>, $crate::many::SameInstance> {
            $crate::lock_call::assert_ordered::<K, L>();
            $crate::many::pair::<_, _, L>(a, b, Self::id, Self::$one)
        }

        #[doc = concat!(
                    "As `", stringify!($pair), "`, for any number of instances: this field of \
             each, as `field` finds it in an instance.\n\n# Errors\n\n\
             `SameInstance` if two of them share their locks; nothing is locked then."
                )]
        #[track_caller]
        pub fn $many<'a, S: 'a, K: CanLock<L>>(
            instances: impl IntoIterator<Item = &'a S>,
            field: impl FnMut(&'a S) -> &'a Self,
            _key: &'a mut K,
        ) -> Result<$crate::many::ManyOut<'a, L, $guard<'a, T>>, $crate::many::SameInstance>
        where
            T: 'a,
        {
            $crate::lock_call::assert_ordered::<K, L>();
            $crate::many::many::<_, _, L>(instances.into_iter().map(field), Self::id, Self::$one)
        }
    };
}
pub(crate) use group_calls;

pub(crate) fn same<L: Level>(first: usize, second: usize) -> SameInstance {
    SameInstance {
        names: Names::of::<L>(),
        first,
        second,
    }
}
