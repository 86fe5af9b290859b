#![doc = include_str!("../README.md")]
//!
//! ## Feature flags
//!
//! Every feature is off by default.
//!
// The list is Cargo.toml's `[features]`, each feature's `## ` comment lines rendered by
// `document-features` (an optional dependency, on for docs.rs and `.ci/run`'s doc step);
// without it, the section points at the manifest instead.
#![cfg_attr(
    feature = "document-features",
    doc = document_features::document_features!(
        feature_label = r#"<span class="stab portability"><code>{feature}</code></span>"#
    )
)]
#![cfg_attr(
    not(feature = "document-features"),
    doc = "Each one is listed, with what it turns on, in `[features]` of `Cargo.toml`."
)]
// docs.rs passes `--cfg docsrs` (Cargo.toml's `[package.metadata.docs.rs]`) on a nightly
// rustdoc: each item a feature adds is then marked with the feature it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]

/// Guards each field of a struct with its own lock, in an order the compiler checks.
///
/// ```
/// use guarded::{guarded, ThreadKey};
///
/// /// A document and the log of who changed it.
/// #[guarded]
/// pub struct Doc {
///     /// The text. Locked first.
///     text: String,
///     /// Who changed it. Locked after `text`.
///     history: Vec<&'static str>,
/// }
///
/// let doc = Doc::new(String::new(), Vec::new());
/// let mut key = ThreadKey::get().expect("this thread's key");
/// let (mut text, mut key) = doc.lock_text(&mut key);
/// let (mut history, _key) = doc.lock_history(&mut key);
/// text.push_str("hello");
/// history.push("ann");
/// assert_eq!(Doc::LOCK_ORDER, ["text", "history"]);
/// ```
///
/// # What it generates
///
/// For a struct `S` with fields `a: A`, `b: B` (in that order):
///
/// | item | visibility | what it does |
/// |---|---|---|
/// | `S::new(a: A, b: B) -> S` | the struct's | each value behind its own `Mutex`, all in one `Arc` |
/// | `impl Clone for S` | | a clone shares the same locks (no bound on type parameters) |
/// | `S::LOCK_ORDER: &[&str]` | the struct's | `["a", "b"]`, the declared order |
/// | `S::lock_a(&self, &mut key) -> (Guard<A>, Key<s_levels::a>)` | field `a`'s | blocks until `a` is free; panics if `a` is poisoned |
/// | `S::try_lock_a(&self, &mut key) -> Result<(Guard<A>, Key<s_levels::a>), Busy>` | field `a`'s | never blocks: `Err(Busy)` if another thread holds `a` |
/// | `S::try_lock_a_for(&self, &mut key, timeout) -> Result<(..), Busy>` | field `a`'s | waits at most `timeout` |
/// | `S::recover_a(&self, &mut key) -> (Guard<A>, Key<s_levels::a>)` | field `a`'s | like `lock_a`, but takes the data of a poisoned lock and clears the poison (only under `poison = panic`, the default) |
/// | `mod s_levels { pub enum a {} pub enum b {} pub const LOCK_ORDER: .. }` | the struct's | one level type per locked field, for helper signatures |
/// | a "Lock order" section at the end of `S`'s docs | | the fields' lock order and the struct `S` is declared after; only if `S` has docs of its own, so that `missing_docs` still reports an undocumented struct |
/// | `S`'s entry in the registry of [`lock_order()`] | | the picture of the whole program's lock order (read-only: no check reads it) |
/// | `use ::guarded::__private as __guarded_S;` | private, hidden | the runtime under a short name, which keeps a wide struct's expansion short (with the struct's identity added if the struct itself names `__guarded_S`) |
///
/// `S` holds one field, `fields`: an `Arc` of a hidden struct (in `s_levels`) whose
/// fields are yours, with your names and visibilities, each stored as `Field<T, Level>`, a
/// wrapper that has no way to the data except those methods, so not even code in the
/// struct's module can skip the lock or the order. One instance is one allocation, which
/// clones share. `S` is `Send` and `Sync` exactly when every field type is `Send` (as for
/// `Arc<Mutex<T>>`). A `#[derive(Debug)]` or `#[derive(Default)]` on `S` works on the
/// fields as written (`S { a: .., b: .. }`; `S::new` of the defaults).
///
/// `lock_b` takes `key: &mut impl s_levels::comes_before_b`, a hidden trait generated for
/// the field, with one impl for every key that is [`CanLock<s_levels::b>`](CanLock): the
/// [`ThreadKey`], or the key handed back by `lock_a`. The key handed back by `lock_b`
/// cannot lock `a` or `b`; trying is an error in the struct's words, "lock order violation
/// on `S`: cannot lock `a` with `Key<'_, b>`", with the declared order and the fix in its
/// notes. Helpers name [`CanLock`].
///
/// # Field kinds
///
/// A field is a mutex unless a `#[guarded(...)]` on it says otherwise:
///
/// | field | stored in | methods |
/// |---|---|---|
/// | `a: A` | `Mutex<A>` | `lock_a`, `try_lock_a`, `try_lock_a_for`, `recover_a` ([`Guard`]) |
/// | `#[guarded(rw)] a: A` | `RwLock<A>` | `read_a`, `try_read_a`, `try_read_a_for` ([`ReadGuard`]); `write_a`, `try_write_a`, `try_write_a_for`, `recover_a` ([`WriteGuard`]) |
/// | `#[guarded(condvar)] a: A` | `Mutex<A>` and a `Condvar` | as a mutex, with a [`WaitGuard`] that waits (`wait_while`, `wait_timeout_while`); `notify_one_a()`, `notify_all_a()` |
/// | `#[guarded(atomic)] a: u64` | `AtomicU64` (`bool` and the integers) | `a() -> &AtomicU64`: no key, not in the order |
/// | `#[guarded(unlocked)] a: A` | `A`, no lock | `a() -> &A`: no key, not in the order, never `&mut` (a change goes through `A`'s interior mutability) |
/// | `#[guarded(snapshot)] a: A` | arc-swap's `ArcSwap<A>`, no lock | `load_a() -> `[`Snapshot<A>`](Snapshot), `store_a(value)`, `update_a(f)` (`f` may run more than once): no key, not in the order |
///
/// The last three kinds never wait for another thread, so they take no key and no place
/// in the order, and cannot take part in a deadlock; they are usable while any lock is
/// held. A struct with an `unlocked` or `snapshot` field of type `A` is `Send` and `Sync`
/// only if `A` is `Send + Sync`, as with `Arc<A>`. A lock inside an `unlocked` field's
/// type (a `Vec<Mutex<T>>`) is outside `guarded`'s checks; `unlocked` on a type written as
/// a lock (`Mutex<T>`, `Arc<RwLock<T>>`) is an error. A [`Snapshot`] load costs what
/// arc-swap's own `load` costs (about three times an uncontended read lock on one thread)
/// and never blocks or waits for a writer.
///
/// Reading an `rw` field hands back the key after it, like a lock: the field cannot be read
/// or written again while the read guard lives. A [`WaitGuard`] waits only if its field was
/// locked with the [`ThreadKey`] itself, and only with the key its lock handed back: a
/// waiting thread holds no other lock, so the thread that would notify it is never stuck
/// behind it.
///
/// ```compile_fail,E0277
/// use guarded::{guarded, ThreadKey};
///
/// #[guarded]
/// struct Pool {
///     config: String,
///     #[guarded(condvar)]
///     jobs: Vec<u32>,
/// }
///
/// let pool = Pool::new(String::new(), Vec::new());
/// let mut key = ThreadKey::get().unwrap();
/// let (_config, mut after_config) = pool.lock_config(&mut key);
/// let (jobs, mut after_jobs) = pool.lock_jobs(&mut after_config);
/// // error: wait while holding a lock: cannot wait on `jobs`, locked with `Key<'_, config>`
/// let _jobs = jobs.wait_while(&mut after_jobs, |jobs| jobs.is_empty());
/// ```
///
/// # Guarantees, each refused at compile time
///
/// A field's data is reachable only through its lock, also in the struct's own module:
///
/// ```compile_fail,E0061
/// # use guarded::guarded;
/// # #[guarded] struct Bank { accounts: Vec<i64> }
/// let bank = Bank::new(Vec::new());
/// let accounts = bank.accounts.lock(); // the storage opens only with a key
/// ```
///
/// A key cannot cross threads:
///
/// ```compile_fail,E0277
/// let key = guarded::ThreadKey::get().unwrap();
/// std::thread::spawn(move || drop(key)); // `ThreadKey` is not `Send`
/// ```
///
/// A guard cannot outlive the key borrow it came from:
///
/// ```compile_fail,E0597
/// # use guarded::{guarded, ThreadKey};
/// # #[guarded] struct Bank { accounts: Vec<i64> }
/// let bank = Bank::new(Vec::new());
/// let guard = {
///     let mut key = ThreadKey::get().unwrap();
///     bank.lock_accounts(&mut key).0 // the key is dropped while the guard lives on
/// };
/// ```
///
/// # Options
///
/// - `#[guarded(crate = ::path::to::guarded)]` on the struct: where the `guarded` crate is,
///   for a crate that re-exports it (an absolute path).
/// - `#[guarded(rw)]`, `#[guarded(condvar)]`, `#[guarded(atomic)]`, `#[guarded(unlocked)]`
///   or `#[guarded(snapshot)]` on a field: its kind.
/// - `#[guarded(poison = panic | recover | result)]` on the struct or a field: the
///   poisoning policy (below); a field's own wins.
/// - `#[guarded(rename = name)]` on a field: its methods become `lock_<name>`,
///   `recover_<name>` and so on. Leading underscores are left out of method names, from a
///   field's name (`_cache` gets `lock_cache`) and from a rename alike.
/// - `#[guarded(after = OtherStruct)]` on the struct: a thread holding locks of
///   `OtherStruct` (or of anything it comes after) may take this struct's.
///
/// # Several instances, several structs
///
/// `S::lock_a_pair(&s1, &s2, &mut key)` and `S::lock_a_many(instances, &mut key)` lock
/// field `a` of several instances in one call, in an order of their own (the same
/// instance twice is `Err(SameInstance)`); [`lock!`] locks several fields of one instance.
/// Structs nest as `after` declares:
///
/// ```
/// use guarded::{guarded, ThreadKey};
///
/// #[guarded]
/// struct Account {
///     balance: i64,
/// }
///
/// #[guarded(after = Account)]
/// struct Log {
///     lines: Vec<String>,
/// }
///
/// let (a, b, log) = (Account::new(10), Account::new(0), Log::new(Vec::new()));
/// let mut key = ThreadKey::get().unwrap();
/// let (mut from, mut to, mut after) = Account::lock_balance_pair(&a, &b, &mut key).unwrap();
/// *from -= 5;
/// *to += 5;
/// log.lock_lines(&mut after).0.push("moved 5".to_owned());
/// ```
///
/// Nesting them the other way does not compile:
///
/// ```compile_fail,E0277
/// # use guarded::{guarded, ThreadKey};
/// # #[guarded] struct Account { balance: i64 }
/// # #[guarded(after = Account)] struct Log { lines: Vec<String> }
/// let (a, log) = (Account::new(10), Log::new(Vec::new()));
/// let mut key = ThreadKey::get().unwrap();
/// let (_lines, mut after) = log.lock_lines(&mut key);
/// // error: lock order violation on `Account`: cannot lock `balance` with `Key<'_, lines>`
/// let (_balance, _key) = a.lock_balance(&mut after);
/// ```
///
/// `#[derive(Debug)]` (locked fields print as `..`: printing them would lock outside the
/// order; atomic and `unlocked` fields print their value, `snapshot` fields their current
/// value)
/// and `#[derive(Default)]` work when written under `#[guarded]`. Derives that would read
/// the fields without their locks (`PartialEq`, `Hash`, `Serialize`, ...) or that clash
/// with the generated `Clone` are errors.
///
/// # Helpers that take a key
///
/// A function that locks a field takes "a key that may lock that field":
///
/// ```
/// use guarded::{guarded, CanLock, ThreadKey};
///
/// #[guarded]
/// struct Doc {
///     text: String,
///     history: Vec<&'static str>,
/// }
///
/// fn record(doc: &Doc, key: &mut impl CanLock<doc_levels::history>, who: &'static str) {
///     let (mut history, _key) = doc.lock_history(key);
///     history.push(who);
/// }
///
/// let doc = Doc::new(String::new(), Vec::new());
/// let mut key = ThreadKey::get().unwrap();
/// record(&doc, &mut key, "root key: fine");
/// let (_text, mut after_text) = doc.lock_text(&mut key);
/// record(&doc, &mut after_text, "after text: fine");
/// ```
///
/// Calling `record` while holding `history` does not compile:
///
/// ```compile_fail,E0277
/// # use guarded::{guarded, CanLock, ThreadKey};
/// # #[guarded]
/// # struct Doc { text: String, history: Vec<&'static str> }
/// # fn record(doc: &Doc, key: &mut impl CanLock<doc_levels::history>, who: &'static str) {
/// #     let (mut history, _key) = doc.lock_history(key);
/// #     history.push(who);
/// # }
/// let doc = Doc::new(String::new(), Vec::new());
/// let mut key = ThreadKey::get().unwrap();
/// let (_history, mut after_history) = doc.lock_history(&mut key);
/// // error: lock order violation: cannot lock `history` with `Key<'_, history>`
/// record(&doc, &mut after_history, "double lock");
/// ```
///
/// # Poisoning
///
/// A lock is poisoned when a thread panics while holding it. `lock_<field>` then panics
/// with a message that names the struct and the field and points to `recover_<field>`,
/// which hands over the data as the panicking thread left it and clears the poison:
///
/// ```
/// use guarded::{guarded, ThreadKey};
///
/// #[guarded]
/// struct Tally {
///     count: u32,
/// }
///
/// let tally = Tally::new(0);
/// let worker = tally.clone();
/// let _ = std::thread::spawn(move || {
///     let mut key = ThreadKey::get().unwrap();
///     let (mut count, _key) = worker.lock_count(&mut key);
///     *count += 1;
///     panic!("crashed while holding `count`");
/// })
/// .join();
///
/// let mut key = ThreadKey::get().unwrap();
/// {
///     let (count, _key) = tally.recover_count(&mut key);
///     assert_eq!(*count, 1, "nothing is lost");
/// }
/// let (count, _key) = tally.lock_count(&mut key); // the poison is cleared
/// assert_eq!(*count, 1);
/// ```
///
/// That is the default policy, `poison = panic`. Under `poison = recover` every lock call
/// hands over the data as it is (and clears the poison), as `parking_lot` does. Under
/// `poison = result` every lock call returns `Result<_, `[`Poisoned`]`>`, whose
/// [`into_inner`](Poisoned::into_inner) hands over the guard and the key and clears the
/// poison:
///
/// ```
/// use guarded::{guarded, ThreadKey};
///
/// #[guarded(poison = result)]
/// struct Tally {
///     count: u32,
/// }
///
/// let tally = Tally::new(0);
/// let worker = tally.clone();
/// let _ = std::thread::spawn(move || {
///     let mut key = ThreadKey::get().unwrap();
///     let (mut count, _key) = worker.lock_count(&mut key).unwrap();
///     *count += 1;
///     panic!("crashed while holding `count`");
/// })
/// .join();
///
/// let mut key = ThreadKey::get().unwrap();
/// let (count, _key) = match tally.lock_count(&mut key) {
///     Ok(locked) => locked,
///     Err(poisoned) => {
///         assert_eq!(poisoned.to_string(), "`Tally.count` is poisoned: a thread panicked while it held this lock");
///         poisoned.into_inner()
///     }
/// };
/// assert_eq!(*count, 1, "nothing is lost");
/// ```
///
/// # Backends
///
/// With the cargo feature `parking_lot`, every lock is `parking_lot`'s, with the same API.
/// `guarded` tracks poisoning itself for the policies that report it; under
/// `poison = recover` it does not, and a lock costs what a `parking_lot` lock costs.
///
/// With the cargo feature `shuttle`, every lock, condition variable and atomic is
/// shuttle's, and so is the per-thread key bookkeeping, for model-checked tests
/// (`shuttle::check_random`); those locks work only inside a shuttle test. The README's
/// "Model checking with shuttle" says how to turn it on for tests only, and what it does
/// with `parking_lot`, `tokio`, timeouts and `snapshot` fields.
#[doc(inline)]
pub use guarded_macros::guarded;
pub use guarded_runtime::Snapshot;
/// Async fields and task keys (the `tokio` feature): what is checked at compile time, what
/// at run time, and what is not.
#[cfg(feature = "tokio")]
pub use guarded_runtime::tasks;
#[cfg(feature = "tokio")]
pub use guarded_runtime::{
    AsyncGuard, AsyncKey, AsyncReadGuard, AsyncWaitGuard, AsyncWriteGuard, CanLockAsync,
    CanWaitAsync, HoldsAsync, TaskKey,
};
/// The atomics that `#[guarded(atomic)]` fields hold: `std::sync::atomic`'s, or with the
/// `shuttle` feature `shuttle::sync::atomic`'s (whose operations are points where a
/// model-checked test may switch threads). Name them through here (`&guarded::atomic::AtomicU64`)
/// in code that builds with either; both take `std`'s `Ordering`, re-exported here too.
pub mod atomic {
    pub use guarded_runtime::__private::atomic::*;
}
pub use guarded_runtime::{
    Busy, CanLock, CanWait, FreeToWaitOn, Guard, HeldLevel, Holds, Key, KeyInUse, LockChain,
    LockedData, MayPrecede, Poisoned, ReadGuard, SameInstance, ThreadKey, Unheld, WaitGuard,
    WaitKey, WriteGuard,
};
/// The picture of the whole program's lock order: every `#[guarded]` struct linked in, its
/// locked fields in order, and the `after` declarations between structs, as Mermaid or
/// Graphviz DOT text.
pub use guarded_runtime::{GuardedStruct, LockOrder, lock_order};

/// Locks several fields of one `#[guarded]` struct in one call, in the order listed, which
/// must be the declared order: `lock!(bank, &mut key => accounts, audit)` returns
/// `(accounts_guard, audit_guard, key_after_audit)`.
///
/// Each field is named as in the struct; an `rw` field is written `read name` or
/// `write name`. The fields must be visible where `lock!` is used, as their methods
/// would have to be. Listing them out of order (or one twice) is the usual compile
/// error, naming the struct and the fields. Each guard is what the field's `lock_`
/// method hands out, as its poisoning policy says; a `condvar` field's guard is a plain
/// [`Guard`] (waiting needs the key after that field, which `lock!` does not hand back).
/// Up to eight fields.
///
/// ```
/// use guarded::{guarded, lock, ThreadKey};
///
/// #[guarded]
/// struct Shop {
///     stock: u32,
///     #[guarded(rw)]
///     prices: Vec<u32>,
///     sales: Vec<u32>,
/// }
///
/// let shop = Shop::new(3, vec![10], Vec::new());
/// let mut key = ThreadKey::get().unwrap();
/// let (mut stock, prices, mut sales, _key) = lock!(shop, &mut key => stock, read prices, sales);
/// *stock -= 1;
/// sales.push(prices[0]);
/// ```
///
/// Out of order:
///
/// ```compile_fail,E0277
/// # use guarded::{guarded, lock, ThreadKey};
/// # #[guarded]
/// # struct Shop { stock: u32, sales: Vec<u32> }
/// # let shop = Shop::new(3, Vec::new());
/// # let mut key = ThreadKey::get().unwrap();
/// // error: lock order violation: cannot lock `stock` with `Key<'_, sales>`
/// let (_sales, _stock, _key) = lock!(shop, &mut key => sales, stock);
/// ```
#[macro_export]
macro_rules! lock {
    ($instance:expr, $key:expr => $($fields:tt)+) => {
        match &$instance {
            instance => $crate::__lock_fields!(@first instance; $key; $($fields)+),
        }
    };
}

/// `lock!`'s list of fields as a chain of runtime calls: `LockChain::start(first, key)`, then
/// `.then(next)` for each other field, then `.finish()`. Not public API.
#[doc(hidden)]
#[macro_export]
macro_rules! __lock_fields {
    (@first $instance:ident; $key:expr; $($fields:tt)+) => {
        $crate::__lock_fields!(@field $instance; [$key]; []; $($fields)+)
    };
    // Each field as the runtime locks it, then the rest.
    (@field $instance:ident; $key:tt; [$($done:expr,)*]; read $field:ident $(, $($rest:tt)*)?) => {
        $crate::__lock_fields!(
            @field $instance; $key;
            [$($done,)* $crate::__private::Read(&$instance.fields.$field),];
            $($($rest)*)?
        )
    };
    (@field $instance:ident; $key:tt; [$($done:expr,)*]; write $field:ident $(, $($rest:tt)*)?) => {
        $crate::__lock_fields!(
            @field $instance; $key;
            [$($done,)* $crate::__private::Write(&$instance.fields.$field),];
            $($($rest)*)?
        )
    };
    (@field $instance:ident; $key:tt; [$($done:expr,)*]; $field:ident $(, $($rest:tt)*)?) => {
        $crate::__lock_fields!(@field $instance; $key; [$($done,)* &$instance.fields.$field,]; $($($rest)*)?)
    };
    (@field $instance:ident; [$key:expr]; [$first:expr, $($next:expr,)*];) => {
        $crate::LockChain::start($first, $key)$(.then($next))*.finish()
    };
}

// Lets the example below, expanded inside this crate, name it as users do: `::guarded`.
#[cfg(doc)]
extern crate self as guarded;

/// Documentation only (it exists under `cfg(doc)`): not part of the API, and its level
/// types do not change how rustc names the user's own in error messages.
#[cfg(doc)]
pub mod example {
    //! `#[guarded]` structs, expanded, so that their generated API can be read here: the
    //! constructor, `LOCK_ORDER`, and each field's methods, each documented with its place
    //! in the order; and the modules of levels,
    //! [`bank_levels`](crate::example::bank_levels), to name in helper signatures.
    //! [`Bank`](crate::example::Bank) has two mutex fields;
    //! [`Pool`](crate::example::Pool) has a field of each other kind.
    //!
    //! It is also the proof that generated documentation builds without warnings: CI
    //! documents this crate with warnings denied. It exists only in the documentation.

    use std::collections::HashMap;

    /// A bank: balances by account, then an audit log, locked in that order.
    #[crate::guarded]
    #[derive(Debug, Default)]
    pub struct Bank {
        /// Balance per account number. Locked first.
        pub accounts: HashMap<u32, i64>,
        /// One line per change to `accounts`. Locked after `accounts`.
        pub audit: Vec<String>,
    }

    /// A worker pool: every field kind, and a poisoning policy per field.
    #[crate::guarded]
    #[derive(Debug, Default)]
    pub struct Pool {
        /// Settings, read often and written rarely; a poisoned lock is returned as an
        /// error. Locked first.
        #[guarded(rw, poison = result)]
        pub settings: HashMap<String, String>,
        /// Jobs waiting for a worker, with a condition variable; a poisoned lock hands the
        /// data over as it is. Locked after `settings`.
        #[guarded(condvar, poison = recover)]
        pub jobs: Vec<u32>,
        /// Jobs done, counted without a lock.
        #[guarded(atomic)]
        pub done: u64,
        /// The pool's name, set by `new`: read without a key or a lock.
        #[guarded(unlocked)]
        pub name: String,
        /// The most jobs a worker takes at once, read-mostly: loaded without a key or a
        /// lock, replaced whole.
        #[guarded(snapshot)]
        pub max_batch: usize,
    }
}

/// What the code generated by `#[guarded]` names. Not public API: it may change in any
/// release. Its order traits are `unsafe` to implement, and nothing in it reaches a
/// field's data without a key that may lock it.
///
/// A crate can point the macro at a fake of this module (`crate = crate::evil`): the
/// generated `Follows` impls and `Parent` types then name the fake's items, which it may
/// define as it likes without writing `unsafe`. The runtime re-checks each lock when the
/// lock call is built, by the levels' places and the structs' `StructOrder` records, which
/// no trait impl decides; so each attack below fails to build (a post-monomorphization
/// error, E0080: `cargo build` reports it, `cargo check` does not).
///
/// A fake `Less` that holds for any pair makes every field of `Bank` "come before" every
/// other, so a key holding `audit` passes the type checks for `accounts`:
///
/// ```compile_fail,E0080
/// use guarded::{ThreadKey, guarded};
///
/// pub mod evil {
///     pub mod __private {
///         // Everything the real one has, but a `Less` of its own, true for any pair.
///         pub use guarded::__private::*;
///         pub trait Less<Other> {}
///         impl<A, B> Less<B> for A {}
///     }
/// }
///
/// #[guarded(crate = crate::evil)]
/// pub struct Bank {
///     accounts: Vec<i64>,
///     audit: Vec<String>,
/// }
///
/// fn main() {
///     let bank = Bank::new(vec![100], Vec::new());
///     let mut key = ThreadKey::get().unwrap();
///     let (_audit, mut key) = bank.lock_audit(&mut key);
///     let (_accounts, _key) = bank.lock_accounts(&mut key); // out of order
/// }
/// ```
///
/// A fake `NoParent` (the `Parent` of a struct declared after nothing) that is another
/// struct makes `Ledger` pass the type checks as declared after `Bank`, though nothing
/// declares it: a thread could lock `Bank` then `Ledger`, and another `Ledger` then
/// `Bank`. `Ledger`'s `StructOrder` record says it comes after nothing:
///
/// ```compile_fail,E0080
/// use guarded::{ThreadKey, guarded};
///
/// pub mod evil {
///     pub mod __private {
///         pub use guarded::__private::*;
///         pub type NoParent = crate::Bank;
///     }
/// }
///
/// #[guarded]
/// pub struct Bank {
///     accounts: Vec<i64>,
/// }
///
/// #[guarded(crate = crate::evil)]
/// pub struct Ledger {
///     entries: Vec<String>,
/// }
///
/// fn main() {
///     let (bank, ledger) = (Bank::new(vec![100]), Ledger::new(Vec::new()));
///     let mut key = ThreadKey::get().unwrap();
///     let (_accounts, mut key) = bank.lock_accounts(&mut key);
///     let (_entries, _key) = ledger.lock_entries(&mut key); // no declared order
/// }
/// ```
///
/// Twins that one `macro_rules!` call expands in one module, one of them in a function
/// body, share a place of declaration. With digits swapped by a fake runtime (so the types
/// cannot tell the twins apart) and a fake `NoParent`, a cycle `P <- outer Acc <- W <- inner
/// Acc` would let a thread lock the inner `Acc`, then `W`, then the inner `Acc` again. The
/// records differ in what each twin is declared after, so the re-check tells them apart
/// (found by a review, kept here so it stays refused):
///
/// ```compile_fail,E0080
/// #![forbid(unsafe_code)]
/// #![allow(non_local_definitions)]
/// use guarded::{guarded, ThreadKey};
///
/// // A fake runtime: the real one, but other identity digits and another `NoParent`.
/// pub mod evil {
///     pub mod __private {
///         pub use guarded::__private::*;
///         use guarded::__private as r;
///         pub type X0<R> = r::XF<R>; pub type X1<R> = r::XE<R>; pub type X2<R> = r::XD<R>;
///         pub type X3<R> = r::XC<R>; pub type X4<R> = r::XB<R>; pub type X5<R> = r::XA<R>;
///         pub type X6<R> = r::X9<R>; pub type X7<R> = r::X8<R>; pub type X8<R> = r::X7<R>;
///         pub type X9<R> = r::X6<R>; pub type XA<R> = r::X5<R>; pub type XB<R> = r::X4<R>;
///         pub type XC<R> = r::X3<R>; pub type XD<R> = r::X2<R>; pub type XE<R> = r::X1<R>;
///         pub type XF<R> = r::X0<R>;
///         pub type NoParent = <crate::Sel as crate::Pick>::Inner;
///     }
/// }
/// pub trait Pick { type Inner; type W; }
/// pub struct Sel;
///
/// // One invocation: two `Acc`s with the same name, tokens, `after` token and location
/// // (module path, file, line, column of `twins!`), so `StructOrder::same` says they are one.
/// macro_rules! twins {
///     ($t:ident) => {
///         #[guarded(crate = crate::evil, after = $t)] // outer Acc: after P
///         pub struct Acc { x: i32 }
///         fn inner_acc() -> <Sel as Pick>::Inner {
///             type T = <Sel as Pick>::W;
///             #[guarded(after = $t)] // inner Acc: after W
///             pub struct Acc { x: i32 }
///             impl Pick for Sel { type Inner = Acc; type W = W; }
///             Acc::new(0)
///         }
///     };
/// }
/// type T = P;
/// twins!(T);
///
/// #[guarded(crate = crate::evil)] // no `after`: the fake NoParent says "after inner Acc"
/// pub struct P { p: i32 }
///
/// #[guarded(after = Acc)] // after the outer Acc
/// pub struct W { y: i32 }
///
/// fn main() {
///     let (acc, w) = (inner_acc(), W::new(0));
///     let mut key = ThreadKey::get().unwrap();
///     let (_x, mut k) = acc.lock_x(&mut key);
///     let (_y, mut k) = w.lock_y(&mut k); // holds inner Acc, locks W
///     println!("locking acc.x again while holding it");
///     let (_x2, _k) = acc.lock_x(&mut k); // holds W, locks inner Acc: the same lock again
///     println!("unreachable");
/// }
/// ```
///
/// With the `tokio` feature, the same attack on async fields, whose lock calls take the key
/// as an object (`&mut dyn comes_before_<field>`): the re-check is the object's method,
/// compiled for the key's real type where the key is cast.
#[cfg_attr(
    feature = "tokio",
    doc = r"
```compile_fail,E0080
use guarded::{TaskKey, guarded};

pub mod evil {
    pub mod __private {
        pub use guarded::__private::*;
        pub trait Less<Other> {}
        impl<A, B> Less<B> for A {}
    }
}

#[guarded(crate = crate::evil)]
pub struct Chat {
    #[guarded(async)]
    members: Vec<String>,
    #[guarded(async)]
    log: Vec<String>,
}

fn main() {
    let chat = Chat::new(Vec::new(), Vec::new());
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    runtime.block_on(async {
        let mut key = TaskKey::get().unwrap();
        let (_log, mut key) = chat.lock_log(&mut key).await;
        let (_members, _key) = chat.lock_members(&mut key).await; // out of order
    });
}
```
"
)]
///
/// Waiting needs nothing generated: `CanWait` and `FreeToWaitOn` are the runtime's, and
/// sealed, so a fake runtime has nothing to change there, and waiting while holding
/// another lock is refused by the types as with the real one:
///
/// ```compile_fail,E0277
/// use guarded::{ThreadKey, guarded};
///
/// pub mod evil {
///     pub mod __private {
///         pub use guarded::__private::*;
///         pub trait Less<Other> {}
///         impl<A, B> Less<B> for A {}
///     }
/// }
///
/// #[guarded(crate = crate::evil)]
/// pub struct Pool {
///     config: String,
///     #[guarded(condvar)]
///     jobs: Vec<u32>,
/// }
///
/// fn main() {
///     let pool = Pool::new(String::new(), Vec::new());
///     let mut key = ThreadKey::get().unwrap();
///     let (_config, mut key) = pool.lock_config(&mut key);
///     let (jobs, mut after) = pool.lock_jobs(&mut key);
///     let _jobs = jobs.wait_while(&mut after, |jobs| jobs.is_empty()); // holds `config`
/// }
/// ```
#[doc(hidden)]
pub mod __private {
    pub use guarded_runtime::__private::*;
}
