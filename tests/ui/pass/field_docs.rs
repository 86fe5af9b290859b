//! Field docs of every awkward kind, which the macro copies onto the field's methods as
//! the user wrote them (the generated docs after them are raw strings it lexes): quotes
//! followed by `#`s, a carriage return, `*/`, backslashes, non-ASCII text, a block doc
//! comment, values that are macro calls (`include_str!`, `concat!`), `#[doc(hidden)]`, an
//! empty doc. Under `missing_docs`, with every method called.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

use guarded::{ThreadKey, guarded};

/// Awkward docs.
#[guarded]
pub struct Docs {
    /// Quote-hash "# and "## and "### end.
    pub a: u32,
    #[doc = "carriage\rreturn and \"#"]
    pub b: u32,
    /// Ends a block comment */ and has a backslash \ and \n and \\ and ünïcödé ✓ 🦀.
    pub c: u32,
    #[doc = include_str!("field_docs.md")]
    pub d: u32,
    #[doc = concat!("concat ", "doc \"#", stringify!(x))]
    pub e: u32,
    /** Block doc "# with "## */
    pub f: u32,
    #[doc(hidden)]
    pub g: u32,
    #[doc = r##"raw "# doc"##]
    pub h: u32,
    #[doc = "\r\n"]
    pub i: u32,
    /// Atomic "#.
    #[guarded(atomic)]
    pub j: u32,
    /// Read-write "##.
    #[guarded(rw)]
    pub k: u32,
}

fn main() {
    let d = Docs::new(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    let mut key = ThreadKey::get().unwrap();
    let (a, mut key) = d.lock_a(&mut key);
    let (b, mut key) = d.recover_b(&mut key);
    let (c, mut key) = d.lock_c(&mut key);
    let (dd, mut key) = d.lock_d(&mut key);
    let (e, mut key) = d.lock_e(&mut key);
    let (f, mut key) = d.lock_f(&mut key);
    let (g, mut key) = d.lock_g(&mut key);
    let (h, mut key) = d.lock_h(&mut key);
    let (i, mut key) = d.lock_i(&mut key);
    let (k, _key) = d.write_k(&mut key);
    assert_eq!(*a + *b + *c + *dd + *e + *f + *g + *h + *i + *k, 56);
    assert_eq!(d.j().load(std::sync::atomic::Ordering::Relaxed), 10);
}
