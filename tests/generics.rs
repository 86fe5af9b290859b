//! `#[guarded]` on structs with type parameters (bounded inline and in `where` clauses,
//! with defaults), lifetime parameters and const parameters; `LOCK_ORDER`; and the derives it
//! accepts: `Default` (each field's default, behind its own lock) and `Debug` (which prints
//! `..` for every field and never the data, since reading it would mean locking outside the
//! order).

use std::collections::HashMap;
use std::fmt::Debug;
use std::hash::Hash;

use guarded::{CanLock, ThreadKey, guarded};

/// Lifetime parameters, one outliving the other, and an unsized type parameter.
#[guarded]
struct Borrowing<'a, 'b: 'a, T: ?Sized> {
    name: &'a str,
    data: &'b T,
    seen: Vec<&'a str>,
}

#[guarded]
#[derive(Debug, Default)]
struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

/// The derives under `cfg_attr`: `Debug` and `Default` when a condition holds (the macro
/// implements them under the same conditions, joined by `any`), nothing when none does.
#[guarded]
#[cfg_attr(any(), derive(Debug))]
#[cfg_attr(all(), derive(Debug, Default))]
#[cfg_attr(any(), derive(Clone))]
struct Conditional<T> {
    #[guarded(unlocked)]
    name: T,
    count: u64,
}

/// Type parameters: one bounded inline, one in a `where` clause, one with a default.
#[guarded]
#[derive(Debug, Default)]
struct Cache<K: Eq + Hash, V, S = u64>
where
    V: Clone,
{
    map: HashMap<K, V>,
    hits: S,
}

/// A const parameter.
#[guarded]
struct Ring<const N: usize> {
    slots: [u8; N],
    next: usize,
}

/// A single field whose type is itself generic over a closure.
#[guarded]
struct Callback<F: FnMut(u32) -> u32> {
    f: F,
}

/// Runs `f` on a fresh thread with its own key.
fn with_key<T: Send>(f: impl FnOnce(&mut ThreadKey) -> T + Send) -> T {
    std::thread::scope(|scope| {
        scope
            .spawn(|| f(&mut ThreadKey::get().expect("a new thread's first key")))
            .join()
            .expect("thread ran")
    })
}

#[test]
fn lock_order_lists_the_fields_in_declaration_order() {
    assert_eq!(Bank::LOCK_ORDER, ["accounts", "audit"]);
    assert_eq!(Cache::<String, u8>::LOCK_ORDER, ["map", "hits"]);
    assert_eq!(Ring::<4>::LOCK_ORDER, ["slots", "next"]);
    // A `'static` constant, usable anywhere.
    let order: &'static [&'static str] = Bank::LOCK_ORDER;
    assert_eq!(order.len(), 2);
}

#[test]
fn type_parameters_where_clauses_and_defaults() {
    with_key(|key| {
        let cache: Cache<&str, Vec<u8>> = Cache::new(HashMap::new(), 0);
        let clone = cache.clone();
        {
            let (mut map, mut after_map) = clone.lock_map(key);
            map.insert("a", vec![1]);
            let (mut hits, _key) = clone.lock_hits(&mut after_map);
            *hits += 1;
        }
        let (map, mut after_map) = cache.lock_map(key);
        let (hits, _key) = cache.lock_hits(&mut after_map);
        assert_eq!((map["a"].as_slice(), *hits), ([1].as_slice(), 1_u64));
        drop((map, hits));

        // The default parameter can be overridden.
        let signed: Cache<u8, u8, i8> = Cache::new(HashMap::new(), -1);
        assert_eq!(*signed.lock_hits(key).0, -1);
    });
}

/// A helper generic over the struct's parameters and the key.
fn hit<K: Eq + Hash, V: Clone>(
    cache: &Cache<K, V>,
    key: &mut impl CanLock<cache_levels::hits>,
) -> u64 {
    let (mut hits, _key) = cache.lock_hits(key);
    *hits += 1;
    *hits
}

#[test]
fn a_helper_generic_over_the_struct_and_the_key() {
    with_key(|key| {
        let cache: Cache<u8, String> = Cache::new(HashMap::new(), 0);
        assert_eq!(hit(&cache, key), 1);
        let (_map, mut after_map) = cache.lock_map(key);
        assert_eq!(hit(&cache, &mut after_map), 2);
    });
}

#[test]
fn const_parameters_and_closure_fields() {
    with_key(|key| {
        let ring = Ring::new([0; 3], 0);
        for byte in 1..=4 {
            let (mut slots, mut after_slots) = ring.lock_slots(key);
            let (mut next, _key) = ring.lock_next(&mut after_slots);
            slots[*next] = byte;
            *next = (*next + 1) % 3;
        }
        assert_eq!(*ring.lock_slots(key).0, [4, 2, 3]);

        let mut calls = 0;
        let callback = Callback::new(move |x| {
            calls += 1;
            x + calls
        });
        let (mut f, _key) = callback.lock_f(key);
        assert_eq!(((*f)(10), (*f)(10)), (11, 12));
    });
}

#[test]
fn default_gives_each_field_its_default_behind_a_new_lock() {
    with_key(|key| {
        let bank = Bank::default();
        let other = Bank::default();
        bank.lock_accounts(key).0.insert(1, 1);
        assert!(bank.lock_audit(key).0.is_empty());
        assert_eq!(bank.lock_accounts(key).0.len(), 1);
        assert!(
            other.lock_accounts(key).0.is_empty(),
            "defaults share nothing"
        );

        let cache = Cache::<u8, u8, u32>::default();
        assert_eq!(*cache.lock_hits(key).0, 0);
    });
}

#[test]
fn debug_never_prints_the_data() {
    let bank = Bank::new(HashMap::from([(7, 1_234_567)]), vec!["secret".to_owned()]);
    assert_eq!(format!("{bank:?}"), "Bank { accounts: .., audit: .. }");
    let pretty = format!("{bank:#?}");
    assert_eq!(pretty, "Bank {\n    accounts: ..,\n    audit: ..,\n}");

    let cache: Cache<String, String> =
        Cache::new(HashMap::from([("k".to_owned(), "v".to_owned())]), 42);
    assert_eq!(format!("{cache:?}"), "Cache { map: .., hits: .. }");
}

#[test]
fn derives_under_cfg_attr_follow_their_condition() {
    let named = Conditional::new("eu", 3);
    assert_eq!(
        format!("{named:?}"),
        r#"Conditional { name: "eu", count: .. }"#
    );
    let default = Conditional::<String>::default();
    assert_eq!(default.name(), "");
    assert_eq!(
        format!("{default:?}"),
        r#"Conditional { name: "", count: .. }"#
    );
}

/// `Debug` must not lock: formatting a struct whose field is held (by this thread, which
/// would deadlock, or poisoned) works and still prints `..`.
#[test]
fn debug_does_not_lock() {
    with_key(|key| {
        let bank = Bank::new(HashMap::from([(1, 99)]), Vec::new());
        let (accounts, mut after_accounts) = bank.lock_accounts(key);
        let (_audit, _key) = bank.lock_audit(&mut after_accounts);
        assert_eq!(format!("{bank:?}"), "Bank { accounts: .., audit: .. }");
        drop(accounts);
    });
}

/// The guard's own `Debug` and `Display` show the data: that is reading under the lock.
#[test]
fn a_guard_shows_its_data() {
    with_key(|key| {
        let bank = Bank::new(HashMap::new(), vec!["line".to_owned()]);
        let (audit, _key) = bank.lock_audit(key);
        assert_eq!(format!("{audit:?}"), r#"["line"]"#);
        drop(audit);
        let cache: Cache<u8, u8> = Cache::new(HashMap::new(), 5);
        let (_map, mut after_map) = cache.lock_map(key);
        let (hits, _key) = cache.lock_hits(&mut after_map);
        assert_eq!(format!("{hits} {hits:?}"), "5 5");
    });
}

/// The derived `Debug` of a generic struct asks only what `#[derive(Debug)]` asks.
fn assert_debug<T: Debug>(_: &T) {}

#[test]
fn derived_debug_on_a_generic_struct() {
    let cache: Cache<u8, Vec<u8>> = Cache::new(HashMap::new(), 0);
    assert_debug(&cache);
}

/// Borrowed fields are locked in order like any other, and clones shared by scoped
/// threads see each other's writes.
#[test]
fn a_struct_with_lifetimes_shares_borrowed_data() {
    let owner = String::from("ann");
    let data = [1_u8, 2, 3];
    let borrowing = Borrowing::new(&owner, &data[..], Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..2 {
            let clone = borrowing.clone();
            scope.spawn(move || {
                let mut key = ThreadKey::get().expect("a new thread's first key");
                let (name, mut after_name) = clone.lock_name(&mut key);
                let (data, mut after_data) = clone.lock_data(&mut after_name);
                let (mut seen, _key) = clone.lock_seen(&mut after_data);
                assert_eq!(data.len(), 3);
                seen.push(*name);
            });
        }
    });
    let mut key = ThreadKey::get().expect("this thread's key");
    let (seen, _key) = borrowing.lock_seen(&mut key);
    assert_eq!(*seen, ["ann", "ann"]);
    assert_eq!(Borrowing::<u8>::LOCK_ORDER, ["name", "data", "seen"]);
}
