//! The checks of a struct of up to `PAIRWISE_MAX` locked fields: one item per pair of
//! fields, so that an error names the struct and both fields as written (and says "double
//! lock" for a field held already). Wider structs get one check per field
//! (`levels::field_check`).

use std::collections::HashSet;

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::order_text;
use crate::model::{FieldModel, Model};

/// A `Follows` impl for every ordered pair (held, wanted) of the struct's levels, and a
/// `WaitsHolding` impl for every lock held before a condition-variable field.
pub fn pair_impls(model: &Model) -> TokenStream {
    let locks = model.locks();
    let in_order_pairs = locks.iter().enumerate().flat_map(|(h, held)| {
        locks[h + 1..]
            .iter()
            .map(move |wanted| in_order(model, held, wanted))
    });
    let checks = check_traits(model, true).into_iter().map(|check| {
        let (held, wanted) = (locks[check.held], locks[check.wanted]);
        let text = match check.what {
            Check::Lock => violation_text(model, held, wanted),
            Check::Wait => wait_text(model, held, wanted),
        };
        unsatisfiable(model, &check, held, wanted, &text)
    });
    in_order_pairs.chain(checks).collect()
}

fn in_order(model: &Model, held: &FieldModel, wanted: &FieldModel) -> TokenStream {
    let rt = &model.rt;
    let (held, wanted) = (&held.macro_ident, &wanted.macro_ident);
    quote! {
        // SAFETY: `held` is declared before `wanted`.
        #[doc(hidden)]
        unsafe impl #rt::Follows<#held> for #wanted {}
    }
}

/// What a check trait stands for: a lock out of order, or a wait while holding a lock.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Check {
    Lock,
    Wait,
}

/// A check trait: `cannot_lock_<wanted>_while_holding_<held>` or
/// `cannot_wait_on_<wanted>_while_holding_<held>`, with places in the lock order.
pub struct CheckTrait {
    pub what: Check,
    pub held: usize,
    pub wanted: usize,
    pub name: Ident,
}

/// The impl of `Follows` (for `Check::Lock`) or `WaitsHolding` (for `Check::Wait`) whose
/// bound, a check trait, never holds: using it fails with the check trait's message.
pub fn unsatisfiable(
    model: &Model,
    check: &CheckTrait,
    held: &FieldModel,
    wanted: &FieldModel,
    (message, label, notes): &(String, String, Vec<String>),
) -> TokenStream {
    let rt = &model.rt;
    let name = &check.name;
    let (held, wanted) = (&held.macro_ident, &wanted.macro_ident);
    let header = match check.what {
        Check::Lock => quote!(#rt::Follows<#held> for #wanted),
        Check::Wait => quote!(#rt::WaitsHolding<#wanted> for #held),
    };
    quote! {
        #[doc(hidden)]
        #[diagnostic::on_unimplemented(message = #message, label = #label, #(note = #notes),*)]
        pub trait #name<'x>: #rt::Unimplementable {}

        // SAFETY: the bound never holds with the real runtime (the check trait's supertrait
        // is sealed and has no impls), so this impl allows nothing; it exists so that rustc
        // reports the check trait's message. Should `crate = ...` lead to a fake runtime
        // whose `Unimplementable` can be implemented, the runtime still refuses the lock or
        // the wait at compile time by the levels' `INDEX` and the key's type. (A
        // `do_not_recommend` blanket impl of the check trait would drop rustc's "consider
        // adding an impl" hint, but adds "`CanLock` is implemented for `Key`" instead: this
        // is the quieter of the two.)
        #[doc(hidden)]
        unsafe impl #header
        where
            for<'x> #held: #name<'x>,
        {}
    }
}

/// Every check trait: one per pair out of order, `(held, wanted)` with `wanted <= held`,
/// and one per lock held before a condition-variable field. Named descriptively
/// (`cannot_lock_accounts_while_holding_audit`), or by places
/// (`cannot_lock_field_0_while_holding_field_1`) if the descriptive names are not all
/// distinct and distinct from the level types (fields named `a_while_holding_b` can do
/// that).
///
/// `with_locks: false` leaves out the lock checks (a wide struct checks locks per field).
pub fn check_traits(model: &Model, with_locks: bool) -> Vec<CheckTrait> {
    let locks = model.locks();
    let lock_count = if with_locks { locks.len() } else { 0 };
    let lock_pairs = (0..lock_count).flat_map(|h| (0..=h).map(move |w| (Check::Lock, h, w)));
    let wait_pairs = (0..locks.len())
        .filter(|&w| locks[w].spec().waits)
        .flat_map(|w| (0..w).map(move |h| (Check::Wait, h, w)));
    let pairs: Vec<(Check, usize, usize)> = lock_pairs.chain(wait_pairs).collect();
    let verb = |what| match what {
        Check::Lock => "lock",
        Check::Wait => "wait_on",
    };
    let descriptive: Vec<String> = pairs
        .iter()
        .map(|&(what, h, w)| {
            let (held, wanted) = (&locks[h].name, &locks[w].name);
            format!("cannot_{}_{wanted}_while_holding_{held}", verb(what))
        })
        .collect();
    let mut seen: HashSet<String> = locks.iter().map(|f| f.name.clone()).collect();
    let names = if descriptive.iter().all(|name| seen.insert(name.clone())) {
        descriptive
    } else {
        let mut seen: HashSet<String> = locks.iter().map(|f| f.name.clone()).collect();
        pairs
            .iter()
            .map(|&(what, h, w)| {
                let mut name = format!("cannot_{}_field_{w}_while_holding_field_{h}", verb(what));
                while !seen.insert(name.clone()) {
                    name.push('_');
                }
                name
            })
            .collect()
    };
    pairs
        .iter()
        .zip(names)
        .map(|(&(what, held, wanted), name)| CheckTrait {
            what,
            held,
            wanted,
            name: format_ident!("{}", name),
        })
        .collect()
}

/// The message, label and notes of a wait on `wanted` (a condition-variable field) locked
/// while `held` was held.
pub fn wait_text(
    model: &Model,
    held: &FieldModel,
    wanted: &FieldModel,
) -> (String, String, Vec<String>) {
    let name = model.name();
    let (h, w) = (&held.name, &wanted.name);
    (
        format!("wait while holding a lock on `{name}`: cannot wait on `{w}` while holding `{h}`"),
        format!(
            "`{w}` was locked while this thread held `{h}`, which it would keep while it waits"
        ),
        vec![
            format!(
                "a waiting thread keeps every other lock it holds: a thread that needs `{h}` \
                 before it can notify `{w}` would never come"
            ),
            format!(
                "drop the guard of `{h}` before locking `{w}`, and lock `{w}` with the \
                 `ThreadKey` to wait on it"
            ),
        ],
    )
}

/// The message, label and notes of a lock taken while `held` (at or after it) is held.
fn violation_text(
    model: &Model,
    held: &FieldModel,
    wanted: &FieldModel,
) -> (String, String, Vec<String>) {
    let name = model.name();
    let (h, w) = (&held.name, &wanted.name);
    let order = format!("`{name}` locks {}", order_text(model));
    if h == w {
        let rw = held.spec().shared_reads;
        let mut notes = vec![order];
        if rw {
            notes.push(format!(
                "`{w}` is a reader-writer lock: a second read deadlocks as soon as a writer \
                 waits between the two, and a write waits for this thread's read forever"
            ));
        }
        let pair = match (wanted.has_accessors(), rw) {
            (false, _) => String::new(),
            (true, false) => format!(
                "; to hold `{w}` of several `{name}`s, lock them together with `{name}::{}` \
                 (or `{}`)",
                wanted.method("lock_", "_pair"),
                wanted.method("lock_", "_many")
            ),
            (true, true) => format!(
                "; to hold `{w}` of several `{name}`s, lock them together with \
                 `{name}::{}` or `{name}::{}` (or `_many`)",
                wanted.method("read_", "_pair"),
                wanted.method("write_", "_pair")
            ),
        };
        notes.push(format!(
            "drop the guard of `{w}` before locking it again{pair}"
        ));
        (
            format!("double lock on `{name}`: cannot lock `{w}` while holding `{h}`"),
            format!(
                "`{w}` is already {} by this thread (through this key)",
                if rw { "read or written" } else { "held" }
            ),
            notes,
        )
    } else {
        (
            format!("lock order violation on `{name}`: cannot lock `{w}` while holding `{h}`"),
            format!("`{w}` comes before `{h}`, so it must be locked first"),
            vec![
                order,
                format!("lock `{w}` before `{h}`, or drop the guard of `{h}` first"),
            ],
        )
    }
}
