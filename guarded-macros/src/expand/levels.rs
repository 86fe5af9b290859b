//! The module of lock levels: one uninhabited type per field, and the order between them
//! as `Follows` impls.
//!
//! In a struct of up to `PAIRWISE_MAX` locked fields, every ordered pair of levels gets an
//! impl (`pairwise`). Pairs in order have a plain impl; pairs out of order (and a level
//! with itself) get an impl whose bound names a trait that nothing implements and whose
//! `#[diagnostic::on_unimplemented]` message names the struct and both fields. So a lock
//! taken out of order fails on that bound, and rustc reports the struct, the fields and the
//! order in the user's words. The bound is higher-ranked (`for<'x>`) so that rustc accepts
//! an impl with an always-false bound. A wider struct gets one check per field instead
//! (`field_check`, below), linear in the number of fields.

use std::collections::HashSet;

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::{order_text, ordinal, pairwise};
use crate::model::{FieldModel, Model};

pub fn levels_module(model: &Model) -> TokenStream {
    let (vis, levels) = (&model.item.vis, &model.levels);
    let doc = module_doc(model);
    let locks = model.locks();
    let types = locks.iter().map(|f| level_type(model, f));
    let pairs = pair_impls(model);
    let order = lock_order(model);
    let marker = model.generic_marker().then(|| marker_enum(model));
    let (krate, rt) = (&model.krate, &model.rt);
    // Used by the order checks, which exist if any field takes a lock.
    let import = (model.lock_count > 0).then(|| quote!(use #krate::__private as #rt;));
    quote! {
        #[doc = #doc]
        #vis mod #levels {
            #import
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
        "The lock order of `{}`: its locked fields' names in declaration order (`atomic`, \
         `unlocked` and `snapshot` fields take no lock), which is the order \
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
        return format!("The lock levels of `{name}`: none, since no field takes a lock.");
    };
    format!(
        "The lock levels of `{name}`, one type per locked field, in lock order: {}.\n\n\
         Name a level in a helper that takes a key: `key: &mut impl {}::CanLock<{}::{first}>` \
         accepts any key that may lock that field.",
        order_text(model),
        crate::names::path_text(&model.krate).trim_start_matches("::"),
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
        model.lock_count
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
    let (rt, levels, marker) = (&model.rt, &model.levels, &model.marker);
    let ident = &field.macro_ident;
    let (struct_name, field_name) = (model.name(), &field.name);
    let recover = field.recover_name();
    let index = field.place.unwrap_or_default();
    let place = proc_macro2::Literal::usize_unsuffixed(index);
    // As many bits as the last place needs: every field of the struct has the same width,
    // and places are only compared within one struct.
    let last = model.lock_count.saturating_sub(1);
    let width = (usize::BITS - last.leading_zeros()).max(1);
    let index = super::struct_order::bits_type(rt, u64::try_from(index).unwrap_or(u64::MAX), width);
    let policy =
        proc_macro2::Ident::new(field.poison.runtime_type(), proc_macro2::Span::call_site());
    quote! {
        // SAFETY: one level type per field of one struct, generated once.
        #[doc(hidden)]
        unsafe impl #rt::Level for #levels::#ident {
            const STRUCT: &'static #rt::str = #struct_name;
            const FIELD: &'static #rt::str = #field_name;
            const RECOVER: &'static #rt::str = #recover;
            const INDEX: #rt::usize = #place;
            type Policy = #rt::#policy;
            type Struct = #marker;
            type Index = #index;
        }
    }
}

/// Structs of up to this many locked fields get one check item per pair of fields
/// (`pairwise`), whose errors name both fields as written; wider ones get one per field
/// (below), linear in the number of fields, whose errors name the held field by its level
/// type (`{H}`), written with its module when another struct has a field of that name.
const PAIRWISE_MAX: usize = 32;

/// The order checks: pairwise for a narrow struct, per field for a wide one; and, either
/// way, one `WaitsHolding` impl per lock held before a condition-variable field.
fn pair_impls(model: &Model) -> TokenStream {
    let locks = model.locks();
    if locks.len() <= PAIRWISE_MAX {
        return pairwise::pair_impls(model);
    }
    let waits = pairwise::check_traits(model, false);
    let names = field_check_names(model, &waits);
    let field_checks = locks
        .iter()
        .zip(&names)
        .map(|(wanted, name)| field_check(model, wanted, name));
    let wait_checks = waits.iter().map(|check| {
        let (held, wanted) = (locks[check.held], locks[check.wanted]);
        let text = pairwise::wait_text(model, held, wanted);
        pairwise::unsatisfiable(model, check, held, wanted, &text)
    });
    field_checks.chain(wait_checks).collect()
}

/// The check of locks of `wanted`: its trait, the trait's impl for the fields that come
/// first, and the `Follows` impl that goes through it.
fn field_check(model: &Model, wanted: &FieldModel, name: &Ident) -> TokenStream {
    let rt = &model.rt;
    let (message, label, notes) = violation_text(model, wanted);
    let wanted = &wanted.macro_ident;
    quote! {
        #[doc(hidden)]
        #[diagnostic::on_unimplemented(message = #message, label = #label, #(note = #notes),*)]
        pub trait #name<H> {}

        // `do_not_recommend`: a lock out of order reports the check trait's message, not the
        // comparison of the fields' places behind it.
        #[doc(hidden)]
        #[diagnostic::do_not_recommend]
        impl<H: #rt::Level> #name<H> for ()
        where
            H::Index: #rt::Less<<#wanted as #rt::Level>::Index>,
        {}

        // SAFETY: a key holding `H` may lock `wanted` exactly when `H` comes first in the
        // struct's order (the check above). Should `crate = ...` lead to a fake runtime whose
        // `Less` holds for any pair, `Field::lock` still refuses an out-of-order lock at
        // compile time by the levels' `INDEX`.
        // `Struct = marker`: only this struct's fields, even if another struct's identity
        // happened to be equal to this one's.
        #[doc(hidden)]
        unsafe impl<H> #rt::Follows<H> for #wanted
        where
            H: #rt::Level<
                Struct = <#wanted as #rt::Level>::Struct,
            >,
            (): #name<H>,
        {}
    }
}

/// The per-field check traits' names, `cannot_lock_<field>_while_holding`, or numbered
/// (`cannot_lock_field_0_while_holding`) if those are not all distinct from each other,
/// the level types and the wait checks.
fn field_check_names(model: &Model, waits: &[pairwise::CheckTrait]) -> Vec<Ident> {
    let locks = model.locks();
    let taken = || -> HashSet<String> {
        locks
            .iter()
            .map(|f| f.name.clone())
            .chain(waits.iter().map(|w| w.name.to_string()))
            .collect()
    };
    let mut seen = taken();
    let descriptive: Vec<String> = locks
        .iter()
        .map(|f| format!("cannot_lock_{}_while_holding", f.name))
        .collect();
    let names = if descriptive.iter().all(|name| seen.insert(name.clone())) {
        descriptive
    } else {
        let mut seen = taken();
        (0..locks.len())
            .map(|w| {
                let mut name = format!("cannot_lock_field_{w}_while_holding");
                while !seen.insert(name.clone()) {
                    name.push('_');
                }
                name
            })
            .collect()
    };
    names
        .into_iter()
        .map(|name| format_ident!("{}", name))
        .collect()
}

/// The message, label and notes of a lock of `wanted` taken while a field that does not
/// come before it is held: rustc fills in `{H}`, the held level's type, which is named
/// after its field.
fn violation_text(model: &Model, wanted: &FieldModel) -> (String, String, Vec<String>) {
    let name = model.name();
    let w = &wanted.name;
    let rw = wanted.spec().shared_reads;
    let mut notes = vec![format!("`{name}` locks {}", order_text(model))];
    notes.push(format!(
        "lock `{w}` before the fields after it, and only once: drop the guard of `{{H}}` \
         first"
    ));
    if rw {
        notes.push(format!(
            "`{w}` is a reader-writer lock: a second read deadlocks as soon as a writer \
             waits between the two, and a write waits for this thread's read forever"
        ));
    }
    if wanted.has_accessors() {
        let pair = if rw {
            format!(
                "`{name}::{}` or `{name}::{}` (or `_many`)",
                wanted.method("read_", "_pair"),
                wanted.method("write_", "_pair")
            )
        } else {
            format!(
                "`{name}::{}` (or `{}`)",
                wanted.method("lock_", "_pair"),
                wanted.method("lock_", "_many")
            )
        };
        notes.push(format!(
            "to hold `{w}` of several `{name}`s, lock them together with {pair}"
        ));
    }
    (
        format!("lock order violation on `{name}`: cannot lock `{w}` while holding `{{H}}`"),
        format!("`{w}` must be locked before `{{H}}`, and only once"),
        notes,
    )
}
