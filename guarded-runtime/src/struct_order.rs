//! The order between `#[guarded]` structs: `#[guarded(after = Bank)]` on `Ledger` lets a
//! thread holding locks of `Bank` lock those of `Ledger`, and transitively of anything
//! declared after `Ledger`, across crates.
//!
//! Each struct has a marker type (the struct itself when it has no generic parameters)
//! that implements `Guarded`. Whether two levels belong to the same struct is decided at
//! the type level by comparing the markers' identities, 32 bits written as a type
//! (`TypeEq`): the same struct goes on to the field order (`Follows`, whose errors
//! name the fields), two structs to the struct order (`After`, whose error says how to
//! declare one). Keeping the two paths apart keeps each error specific.
//!
//! On the two-struct path, a key holding a field of `Ledger` that asks for a field of
//! `Bank` needs `Bank: After<Ledger>`. `After` has one impl, through the struct's
//! `Parent` (what `after = ...` named, or `NoParent`): `Bank::Parent: AtOrAfter<Ledger>`,
//! which holds if the parent is `Ledger` (same identity, and the same type: `(S, S)`) or is
//! itself `After<Ledger>`, one `after` step at a time. `NoParent` is after nothing, so an
//! undeclared or reversed nesting ends on `After`'s own message. The whole chain, from the
//! key's type to the message the user sees, and the build-time check that walks the
//! `StructOrder` statics below, are walked through in `order.rs`.

/// A bit of a struct's identity.
pub enum B0 {}
/// A bit of a struct's identity.
pub enum B1 {}
/// The end of a struct's identity.
pub enum Nil {}
/// A struct's identity: bits, first to last.
pub struct Cons<Bit, Rest>(Bit, Rest);

/// Four bits at once, most significant first, followed by `Rest`: the generated code
/// writes identities and places in these, a quarter as long as bit by bit (the expansion
/// of a wide struct is that much shorter). `X5<Rest>` is `Cons<B0, Cons<B1, Cons<B0,
/// Cons<B1, Rest>>>>`.
macro_rules! nibbles {
    ($($name:ident = $b3:ident $b2:ident $b1:ident $b0:ident;)*) => {$(
        #[doc = concat!(
            "The four bits `", stringify!($b3, $b2, $b1, $b0), "`, then `Rest`."
        )]
        pub type $name<Rest> = Cons<$b3, Cons<$b2, Cons<$b1, Cons<$b0, Rest>>>>;
    )*};
}

nibbles! {
    X0 = B0 B0 B0 B0; X1 = B0 B0 B0 B1; X2 = B0 B0 B1 B0; X3 = B0 B0 B1 B1;
    X4 = B0 B1 B0 B0; X5 = B0 B1 B0 B1; X6 = B0 B1 B1 B0; X7 = B0 B1 B1 B1;
    X8 = B1 B0 B0 B0; X9 = B1 B0 B0 B1; XA = B1 B0 B1 B0; XB = B1 B0 B1 B1;
    XC = B1 B1 B0 B0; XD = B1 B1 B0 B1; XE = B1 B1 B1 B0; XF = B1 B1 B1 B1;
}

/// The answer of `TypeEq`: the same.
pub enum True {}
/// The answer of `TypeEq`: different.
pub enum False {}

/// Compares two identities bit by bit: `Out` is `True` or `False`.
pub trait TypeEq<Other> {
    /// The answer.
    type Out;
}
impl TypeEq<Nil> for Nil {
    type Out = True;
}
impl<A, B> TypeEq<Cons<B1, B>> for Cons<B0, A> {
    type Out = False;
}
impl<A, B> TypeEq<Cons<B0, B>> for Cons<B1, A> {
    type Out = False;
}
impl<A: TypeEq<B>, B> TypeEq<Cons<B0, B>> for Cons<B0, A> {
    type Out = A::Out;
}
impl<A: TypeEq<B>, B> TypeEq<Cons<B1, B>> for Cons<B1, A> {
    type Out = A::Out;
}

/// `Self` (a field's place, written as bits like an identity) is lower than `Other`: the
/// field comes first. Compares the bits from the most significant; equal places are not
/// lower.
pub trait Less<Other> {}
impl<A, B> Less<Cons<B1, B>> for Cons<B0, A> {}
impl<A: Less<B>, B> Less<Cons<B0, B>> for Cons<B0, A> {}
impl<A: Less<B>, B> Less<Cons<B1, B>> for Cons<B1, A> {}

/// Where a struct stands among the others: its name and identity, and the struct it is
/// declared after. One `static` per struct, so that the runtime's own order check can walk
/// the declarations at compile time.
pub struct StructOrder {
    /// The struct's name, as written.
    pub name: &'static str,
    /// The struct's identity (the bits of its marker's `Id`).
    pub id: u64,
    /// Where the struct is declared: its module, file, line and column, which no other
    /// struct shares, whatever its name and fields. Two structs written token for token
    /// alike in two modules have the same `id`; this tells them apart.
    pub location: &'static str,
    /// The struct's locked fields in lock order (its `LOCK_ORDER`), for the picture of the
    /// whole lock order (`lock_order.rs`); no order check reads them.
    pub fields: &'static [&'static str],
    /// The struct it is declared after, if any.
    pub after: Option<&'static StructOrder>,
}

/// At most this many `after` steps are followed (a cycle cannot compile, but the walk
/// stays bounded regardless).
const MAX_CHAIN: usize = 256;

impl StructOrder {
    /// Whether `self` and `other` record the same struct: the same identity, name and
    /// place of declaration, and the same for every struct each is declared after. (Two
    /// structs that one `macro_rules!` call expands in one module, one of them in a
    /// function body, share a place; what they are declared after tells them apart.)
    pub const fn same(&self, other: &StructOrder) -> bool {
        let (mut a, mut b) = (self, other);
        let mut steps = 0;
        loop {
            if !(a.id == b.id && same_str(a.name, b.name) && same_str(a.location, b.location)) {
                return false;
            }
            match (a.after, b.after) {
                (None, None) => return true,
                (Some(next_a), Some(next_b)) => (a, b) = (next_a, next_b),
                _ => return false,
            }
            steps += 1;
            if steps > MAX_CHAIN {
                return false;
            }
        }
    }

    /// Whether `self` is declared after `earlier`, directly or through other structs.
    pub const fn is_after(&self, earlier: &StructOrder) -> bool {
        let mut next = self.after;
        let mut steps = 0;
        while let Some(order) = next {
            if order.same(earlier) {
                return true;
            }
            steps += 1;
            if steps > MAX_CHAIN {
                return false;
            }
            next = order.after;
        }
        false
    }
}

/// The marker type of one `#[guarded]` struct.
///
/// # Safety
///
/// Implemented only by `#[guarded]`, once per struct, with a `Parent` and an `ORDER` that
/// say what the struct was declared after.
pub unsafe trait Guarded: 'static {
    /// The struct's identity as a type.
    type Id;
    /// The marker of the struct it is declared after, or `NoParent`.
    type Parent;
    /// Where the struct stands among the others.
    const ORDER: &'static StructOrder;
}

/// The `Parent` of a struct declared after no other.
pub enum NoParent {}

/// Implemented by each `#[guarded]` struct (for every instantiation of a generic one):
/// names its marker, so that `#[guarded(after = Bank)]` can find it.
///
/// # Safety
///
/// Implemented only by `#[guarded]`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a `#[guarded]` struct, so nothing can come after it",
    label = "`after = ...` names a `#[guarded]` struct",
    note = "for a generic `#[guarded]` struct, name any instantiation: `after = Cache<()>`"
)]
pub unsafe trait HasOrder {
    /// The struct's marker type.
    type Marker: Guarded;
}

/// `Self` (a struct's marker) is `X`, or declared after it, directly or through others.
/// One impl, here: by comparing the identities, then through `After`.
///
/// # Safety
///
/// Implemented only here.
pub unsafe trait AtOrAfter<X> {}

/// How `AtOrAfter` holds for the pair: `Same` is `True` if it is one struct.
///
/// # Safety
///
/// Implemented only here.
pub unsafe trait AtOrAfterVia<Same> {}

// SAFETY: a struct is at or after itself. `(S, S)`, not `(S, X)`: two structs whose
// identities happen to be equal are not the same struct, and must not pass for one.
unsafe impl<S> AtOrAfterVia<True> for (S, S) {}

// SAFETY: two structs: through the declarations.
unsafe impl<S: After<X>, X> AtOrAfterVia<False> for (S, X) {}

// SAFETY: as the two impls above.
unsafe impl<S: Guarded, X: Guarded> AtOrAfter<X> for S
where
    S::Id: TypeEq<X::Id>,
    (S, X): AtOrAfterVia<<S::Id as TypeEq<X::Id>>::Out>,
{
}

/// `Self` (a struct's marker) is declared after `X`, directly or through others: a thread
/// holding locks of `X` may lock those of `Self`. One impl, here: through the struct
/// `Self` is declared after (its `Parent`).
///
/// # Safety
///
/// Implemented only here.
#[diagnostic::on_unimplemented(
    message = "no lock order puts `{Self}` after `{X}`: a field of `{Self}` cannot be locked while one of `{X}` is held",
    label = "this locks a field of `{Self}` while this thread holds one of `{X}`",
    note = "to nest them this way, declare `#[guarded(after = {X})]` on `{Self}` (or, if `{X}` is declared after `{Self}`, lock `{Self}` first)"
)]
pub unsafe trait After<X> {}

// SAFETY: `Parent` is what `#[guarded(after = ...)]` declared; the `static`s that record
// the declarations cannot form a cycle (rustc refuses their initializers).
// `do_not_recommend`: an undeclared nesting gets `After`'s own message, not one about the
// parent.
#[diagnostic::do_not_recommend]
unsafe impl<S: Guarded, X> After<X> for S where S::Parent: AtOrAfter<X> {}

/// Whether two strings are equal, in a const context.
const fn same_str(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}
