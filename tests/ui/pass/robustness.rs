//! Valid programs that once failed to compile, each a name or a type the user's module
//! holds that the generated code met: must compile and run.

#![allow(non_snake_case, unused_parens)]

use guarded::{ThreadKey, guarded};

/// A generic struct with a field named like the struct: the generic marker and the level
/// type of the field both live in the levels module.
#[guarded]
pub struct Cache<T: Send> {
    Cache: Vec<T>,
    hits: u64,
}

/// Types that arrive through `macro_rules!` (an invisible group) or in parentheses are
/// still the types they name: an atomic field of each.
macro_rules! counters {
    ($name:ident, $t:ty) => {
        #[guarded]
        pub struct $name {
            #[guarded(atomic)]
            done: $t,
            #[guarded(atomic)]
            seen: (u32),
            jobs: Vec<$t>,
        }
    };
}
counters!(Counters, u64);

/// A user type named `K`, reached through a type macro, in a condvar field: the generated
/// key type parameter must not capture it.
pub struct K(u32);
macro_rules! key_type {
    () => {
        K
    };
}
#[guarded]
pub struct Queue {
    #[guarded(condvar)]
    items: Vec<key_type!()>,
}

/// Two structs written token for token alike in two modules, the second declared after the
/// first: the declared nesting compiles.
pub mod first {
    #[guarded::guarded]
    pub struct Twin {
        pub value: u32,
    }
}
pub mod second {
    #[guarded::guarded(after = super::first::Twin)]
    pub struct Twin {
        pub value: u32,
    }
}

fn main() {
    let mut key = ThreadKey::get().unwrap();

    let cache = Cache::new(vec![1u8], 0);
    {
        let (mut entries, mut after) = cache.lock_Cache(&mut key);
        entries.push(2);
        let (mut hits, _key) = cache.lock_hits(&mut after);
        *hits += 1;
    }

    let counters = Counters::new(1, 2, Vec::new());
    counters.done().fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    assert_eq!(counters.seen().load(std::sync::atomic::Ordering::Relaxed), 2);

    let queue = Queue::new(vec![K(1)]);
    {
        let (items, _key) = queue.lock_items(&mut key);
        assert_eq!(items[0].0, 1);
    }

    let (a, b) = (first::Twin::new(1), second::Twin::new(2));
    let (x, mut after_first) = a.lock_value(&mut key);
    let (y, _key) = b.lock_value(&mut after_first);
    assert_eq!(*x + *y, 3);
}
