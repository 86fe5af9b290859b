#![doc = include_str!("../README.md")]

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
/// | `S::new(a: A, b: B) -> S` | the struct's | each value behind its own `Arc<Mutex<_>>` |
/// | `impl Clone for S` | | a clone shares the same locks (no bound on type parameters) |
/// | `S::LOCK_ORDER: &[&str]` | the struct's | `["a", "b"]`, the declared order |
/// | `S::lock_a(&self, &mut key) -> (Guard<A>, Key<s_levels::a>)` | field `a`'s | blocks until `a` is free; panics if `a` is poisoned |
/// | `S::recover_a(&self, &mut key) -> (Guard<A>, Key<s_levels::a>)` | field `a`'s | like `lock_a`, but takes the data of a poisoned lock and clears the poison |
/// | `mod s_levels { pub enum a {} pub enum b {} pub const LOCK_ORDER: .. }` | the struct's | one level type per field, for helper signatures |
///
/// Each field's type becomes `Field<T, Level>`, a wrapper that has no way to the data except
/// those two methods, so not even code in the struct's module can skip the lock or the
/// order. `S` is `Send` and `Sync` exactly when every field type is `Send` (as for
/// `Arc<Mutex<T>>`).
///
/// `lock_b` takes `key: &mut impl CanLock<s_levels::b>`: the [`ThreadKey`], or the key
/// handed back by `lock_a`. The key handed back by `lock_b` cannot lock `a` or `b`.
///
/// # Options
///
/// - `#[guarded(crate = ::path::to::guarded)]` on the struct: where the `guarded` crate is,
///   for a crate that re-exports it (an absolute path).
/// - `#[guarded(rename = name)]` on a field: its methods become `lock_<name>` and
///   `recover_<name>`. Without it, leading underscores are dropped: `_cache` gets
///   `lock_cache`.
///
/// `#[derive(Debug)]` (fields print as `..`: printing them would lock outside the order)
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
/// record(&doc, &mut after_history, "double lock"); // error: double lock on `Doc`
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
#[doc(inline)]
pub use guarded_macros::guarded;
pub use guarded_runtime::{
    Busy, CanLock, CanWait, Guard, Key, Poisoned, ReadGuard, ThreadKey, WaitGuard, WriteGuard,
};

// Lets the example below, expanded inside this crate, name it as users do: `::guarded`.
#[cfg(doc)]
extern crate self as guarded;

/// Documentation only (it exists under `cfg(doc)`): not part of the API, and its level
/// types do not change how rustc names the user's own in error messages.
#[cfg(doc)]
pub mod example {
    //! A `#[guarded]` struct, expanded, so that its generated API can be read here: the
    //! constructor, `LOCK_ORDER`, and for each field `lock_<field>` and `recover_<field>`,
    //! each documented with its place in the order; and the module of levels,
    //! [`bank_levels`](crate::example::bank_levels), to name in helper signatures.
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
}

/// What the code generated by `#[guarded]` names. Not public API: it may change in any
/// release. Its order traits are `unsafe` to implement, and nothing in it reaches a
/// field's data without a key that may lock it.
///
/// A crate can point the macro at a fake of this module (`crate = crate::evil`) whose
/// `Unimplementable` it may implement, and so make the check trait of an out-of-order
/// pair hold without writing `unsafe`. The runtime re-checks the levels' places when a
/// lock call is built, so this fails to build (a post-monomorphization error: `cargo
/// build` reports it, `cargo check` does not):
///
/// ```compile_fail,E0080
/// use guarded::{ThreadKey, guarded};
///
/// pub mod evil {
///     pub mod __private {
///         pub use guarded::__private::{CanLock, Field, Guard, Key, Level, Precedes};
///         pub trait Unimplementable {}
///     }
/// }
///
/// #[guarded(crate = crate::evil)]
/// pub struct Bank {
///     accounts: Vec<i64>,
///     audit: Vec<String>,
/// }
///
/// impl evil::__private::Unimplementable for bank_levels::audit {}
/// impl<'x> bank_levels::cannot_lock_accounts_while_holding_audit<'x> for bank_levels::audit {}
///
/// fn main() {
///     let bank = Bank::new(vec![100], Vec::new());
///     let mut key = ThreadKey::get().unwrap();
///     let (audit, mut key) = bank.lock_audit(&mut key);
///     let (accounts, _key) = bank.lock_accounts(&mut key); // out of order
/// }
/// ```
#[doc(hidden)]
pub mod __private {
    pub use guarded_runtime::__private::*;
}
