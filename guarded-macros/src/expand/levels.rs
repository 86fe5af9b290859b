//! The module of lock levels: one uninhabited type per field, and the order between them
//! as `Precedes` impls.
//!
//! Every ordered pair of one struct's levels gets an impl. Pairs in order have a plain
//! impl; pairs out of order (and a level with itself) get an impl whose bound names a
//! trait that nothing implements and whose `#[diagnostic::on_unimplemented]` message names
//! the struct and both fields. So a lock taken out of order fails on that bound, and rustc
//! reports the struct, the fields and the order in the user's words. The bound is
//! higher-ranked (`for<'x>`) so that rustc accepts an impl with an always-false bound.

use std::collections::HashSet;

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::{order_text, ordinal};
use crate::model::{FieldModel, Model};
use crate::parse::{Kind, Poison};

pub fn levels_module(model: &Model) -> TokenStream {
    let (vis, levels) = (&model.item.vis, &model.levels);
    let doc = module_doc(model);
    let locks = model.locks();
    let types = locks.iter().map(|f| level_type(model, f));
    let pairs = pair_impls(model);
    let order = lock_order(model);
    let marker = model.generic_marker().then(|| marker_enum(model));
    quote! {
        #[doc = #doc]
        #vis mod #levels {
            #order
            #marker
            #(#types)*
            #pairs
        }
    }
}

/// The marker of a generic struct in the order between structs (one type for every
/// instantiation; a struct without generic parameters is its own marker).
fn marker_enum(model: &Model) -> TokenStream {
    let ident = &model.item.ident;
    let doc = format!(
        "`{}` in the order between structs (for a generic struct, every instantiation).",
        model.name()
    );
    let vis = &model.inner_vis;
    quote! {
        #[doc = #doc]
        #vis enum #ident {}
    }
}

/// `LOCK_ORDER`, here rather than only on the struct so that it can be named without the
/// struct's generic arguments; the struct's own constant refers to it.
fn lock_order(model: &Model) -> TokenStream {
    let names = model.locks().into_iter().map(|f| &f.name);
    let doc = format!(
        "The lock order of `{}`: its locked fields' names in declaration order (atomic \
         fields take no lock), which is the order \
         in which a thread may lock them.",
        model.name()
    );
    let vis = &model.inner_vis;
    quote! {
        #[doc = #doc]
        #vis const LOCK_ORDER: &[&::core::primitive::str] = &[#(#names),*];
    }
}

fn module_doc(model: &Model) -> String {
    let name = model.name();
    let Some(first) = model.locks().first().map(|f| &f.name) else {
        return format!("The lock levels of `{name}`: none, since every field is atomic.");
    };
    format!(
        "The lock levels of `{name}`, one type per locked field, in lock order: {}.\n\n\
         Name a level in a helper that takes a key: `key: &mut impl {}::CanLock<{}::{first}>` \
         accepts any key that may lock that field.",
        order_text(model),
        crate::parse::path_text(&model.krate).trim_start_matches("::"),
        model.levels,
    )
}

fn level_type(model: &Model, field: &FieldModel) -> TokenStream {
    let ident = &field.macro_ident;
    let (struct_name, field_name) = (model.name(), &field.name);
    let index = field.place.unwrap_or_default();
    let doc = format!(
        "The level of `{struct_name}.{field_name}`, {} of {} in the lock order.",
        ordinal(index + 1),
        model.locks().len()
    );
    let vis = &model.inner_vis;
    quote! {
        #[doc = #doc]
        #vis enum #ident {}
    }
}

/// The `Level` impl of `field`'s level type. It is written beside the struct, not in the
/// levels module, because it names the struct's marker, which is the struct itself unless
/// it is generic: from inside the module, a struct declared in a function body cannot be
/// named.
pub fn level_impl(model: &Model, field: &FieldModel) -> TokenStream {
    let (krate, levels, marker) = (&model.krate, &model.levels, &model.marker);
    let ident = &field.macro_ident;
    let (struct_name, field_name) = (model.name(), &field.name);
    let recover = field.recover_name();
    let place = proc_macro2::Literal::usize_unsuffixed(field.place.unwrap_or_default());
    let policy = match field.poison {
        Poison::Panic => quote!(PanicOnPoison),
        Poison::Recover => quote!(RecoverOnPoison),
        Poison::Result => quote!(ReturnPoison),
    };
    quote! {
        // SAFETY: one level type per field of one struct, generated once.
        #[doc(hidden)]
        unsafe impl #krate::__private::Level for #levels::#ident {
            const STRUCT: &'static ::core::primitive::str = #struct_name;
            const FIELD: &'static ::core::primitive::str = #field_name;
            const RECOVER: &'static ::core::primitive::str = #recover;
            const INDEX: ::core::primitive::usize = #place;
            type Policy = #krate::__private::#policy;
            type Struct = #marker;
        }
    }
}

/// A `Precedes` impl for every ordered pair (held, wanted) of the struct's levels, and a
/// `WaitsHolding` impl for every lock held before a condition-variable field.
fn pair_impls(model: &Model) -> TokenStream {
    let locks = model.locks();
    let in_order_pairs = locks.iter().enumerate().flat_map(|(h, held)| {
        locks[h + 1..]
            .iter()
            .map(move |wanted| in_order(model, held, wanted))
    });
    let checks = check_traits(model).into_iter().map(|check| {
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
    let krate = &model.krate;
    let (held, wanted) = (&held.macro_ident, &wanted.macro_ident);
    quote! {
        // SAFETY: `held` is declared before `wanted`.
        unsafe impl #krate::__private::Precedes<#wanted> for #held {}
    }
}

/// What a check trait stands for: a lock out of order, or a wait while holding a lock.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Check {
    Lock,
    Wait,
}

/// A check trait: `cannot_lock_<wanted>_while_holding_<held>` or
/// `cannot_wait_on_<wanted>_while_holding_<held>`, with places in the lock order.
struct CheckTrait {
    what: Check,
    held: usize,
    wanted: usize,
    name: Ident,
}

/// The impl of `Precedes` (for `Check::Lock`) or `WaitsHolding` (for `Check::Wait`) whose
/// bound, a check trait, never holds: using it fails with the check trait's message.
fn unsatisfiable(
    model: &Model,
    check: &CheckTrait,
    held: &FieldModel,
    wanted: &FieldModel,
    (message, label, notes): &(String, String, Vec<String>),
) -> TokenStream {
    let krate = &model.krate;
    let name = &check.name;
    let (held, wanted) = (&held.macro_ident, &wanted.macro_ident);
    let trait_ = match check.what {
        Check::Lock => quote!(Precedes),
        Check::Wait => quote!(WaitsHolding),
    };
    quote! {
        #[doc(hidden)]
        #[diagnostic::on_unimplemented(message = #message, label = #label, #(note = #notes),*)]
        pub trait #name<'x>: #krate::__private::Unimplementable {}

        // SAFETY: the bound never holds with the real runtime (the check trait's supertrait
        // is sealed and has no impls), so this impl allows nothing; it exists so that rustc
        // reports the check trait's message. Should `crate = ...` lead to a fake runtime
        // whose `Unimplementable` can be implemented, the runtime still refuses the lock or
        // the wait at compile time by the levels' `INDEX` and the key's type. (A
        // `do_not_recommend` blanket impl of the check trait would drop rustc's "consider
        // adding an impl" hint, but adds "`CanLock` is implemented for `Key`" instead: this
        // is the quieter of the two.)
        #[doc(hidden)]
        unsafe impl #krate::__private::#trait_<#wanted> for #held
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
fn check_traits(model: &Model) -> Vec<CheckTrait> {
    let locks = model.locks();
    let lock_pairs = (0..locks.len()).flat_map(|h| (0..=h).map(move |w| (Check::Lock, h, w)));
    let wait_pairs = (0..locks.len())
        .filter(|&w| locks[w].kind == Kind::Condvar)
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
fn wait_text(
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
        let rw = held.kind == Kind::Rw;
        let mut notes = vec![order];
        if rw {
            notes.push(format!(
                "`{w}` is a reader-writer lock: a second read deadlocks as soon as a writer \
                 waits between the two, and a write waits for this thread's read forever"
            ));
        }
        let pair = match (wanted.has_accessors, rw) {
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
