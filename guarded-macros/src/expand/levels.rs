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

pub fn levels_module(model: &Model) -> TokenStream {
    let (vis, levels) = (&model.item.vis, &model.levels);
    let doc = module_doc(model);
    let types = model
        .fields
        .iter()
        .enumerate()
        .map(|(i, f)| level_type(model, i, f));
    let pairs = pair_impls(model);
    let order = lock_order(model);
    quote! {
        #[doc = #doc]
        #vis mod #levels {
            #order
            #(#types)*
            #pairs
        }
    }
}

/// `LOCK_ORDER`, here rather than only on the struct so that it can be named without the
/// struct's generic arguments; the struct's own constant refers to it.
fn lock_order(model: &Model) -> TokenStream {
    let names = model.fields.iter().map(|f| &f.name);
    let doc = format!(
        "The lock order of `{}`: its fields' names in declaration order, which is the order \
         in which a thread may lock them.",
        model.name()
    );
    quote! {
        #[doc = #doc]
        pub const LOCK_ORDER: &[&::core::primitive::str] = &[#(#names),*];
    }
}

fn module_doc(model: &Model) -> String {
    let name = model.name();
    format!(
        "The lock levels of `{name}`, one type per field, in lock order: {}.\n\n\
         Name a level in a helper that takes a key: `key: &mut impl {}::CanLock<{}::{}>` \
         accepts any key that may lock that field.",
        order_text(model),
        crate::parse::path_text(&model.krate).trim_start_matches("::"),
        model.levels,
        model.fields[0].name,
    )
}

fn level_type(model: &Model, index: usize, field: &FieldModel) -> TokenStream {
    let krate = &model.krate;
    let ident = &field.macro_ident;
    let (struct_name, field_name) = (model.name(), &field.name);
    let recover = field.recover.to_string();
    let place = proc_macro2::Literal::usize_unsuffixed(index);
    let doc = format!(
        "The level of `{struct_name}.{field_name}`, {} of {} in the lock order.",
        ordinal(index + 1),
        model.fields.len()
    );
    quote! {
        #[doc = #doc]
        pub enum #ident {}

        // SAFETY: one level type per field of one struct, generated once.
        unsafe impl #krate::__private::Level for #ident {
            const STRUCT: &'static ::core::primitive::str = #struct_name;
            const FIELD: &'static ::core::primitive::str = #field_name;
            const RECOVER: &'static ::core::primitive::str = #recover;
            const INDEX: ::core::primitive::usize = #place;
        }
    }
}

/// A `Precedes` impl for every ordered pair (held, wanted) of the struct's levels.
fn pair_impls(model: &Model) -> TokenStream {
    let fields = &model.fields;
    let in_order_pairs = fields.iter().enumerate().flat_map(|(h, held)| {
        fields[h + 1..]
            .iter()
            .map(move |wanted| in_order(model, held, wanted))
    });
    let out_of_order_pairs = check_trait_names(model)
        .into_iter()
        .map(|(h, w, check)| out_of_order(model, &fields[h], &fields[w], &check));
    in_order_pairs.chain(out_of_order_pairs).collect()
}

fn in_order(model: &Model, held: &FieldModel, wanted: &FieldModel) -> TokenStream {
    let krate = &model.krate;
    let (held, wanted) = (&held.macro_ident, &wanted.macro_ident);
    quote! {
        // SAFETY: `held` is declared before `wanted`.
        unsafe impl #krate::__private::Precedes<#wanted> for #held {}
    }
}

fn out_of_order(
    model: &Model,
    held: &FieldModel,
    wanted: &FieldModel,
    check: &Ident,
) -> TokenStream {
    let krate = &model.krate;
    let (message, label, notes) = violation_text(model, held, wanted);
    let (held, wanted) = (&held.macro_ident, &wanted.macro_ident);
    quote! {
        #[doc(hidden)]
        #[diagnostic::on_unimplemented(message = #message, label = #label, #(note = #notes),*)]
        pub trait #check<'x>: #krate::__private::Unimplementable {}

        // SAFETY: the bound never holds with the real runtime (the check trait's supertrait
        // is sealed and has no impls), so this impl orders nothing; it exists so that rustc
        // reports the check trait's message. Should `crate = ...` lead to a fake runtime
        // whose `Unimplementable` can be implemented, `Field::lock` still refuses the lock
        // at compile time by the levels' `INDEX`. (A `do_not_recommend` blanket impl of the check trait would drop
        // rustc's "consider adding an impl" hint, but adds "`CanLock` is implemented for
        // `Key`" instead: this is the quieter of the two.)
        #[doc(hidden)]
        unsafe impl #krate::__private::Precedes<#wanted> for #held
        where
            for<'x> #held: #check<'x>,
        {}
    }
}

/// The pairs out of order, `(held, wanted)` with `wanted <= held`, each with the name of
/// its check trait: `cannot_lock_accounts_while_holding_audit`, or numbered names
/// (`cannot_lock_field_0_while_holding_field_1`) if the descriptive ones are not all
/// distinct and distinct from the level types (fields named `a_while_holding_b` can do
/// that).
fn check_trait_names(model: &Model) -> Vec<(usize, usize, Ident)> {
    let pairs: Vec<(usize, usize)> = (0..model.fields.len())
        .flat_map(|h| (0..=h).map(move |w| (h, w)))
        .collect();
    let descriptive: Vec<String> = pairs
        .iter()
        .map(|&(h, w)| {
            let (held, wanted) = (&model.fields[h].name, &model.fields[w].name);
            format!("cannot_lock_{wanted}_while_holding_{held}")
        })
        .collect();
    let names = if all_new(model, &descriptive) {
        descriptive
    } else {
        numbered(model, &pairs)
    };
    pairs
        .iter()
        .zip(names)
        .map(|(&(h, w), name)| (h, w, format_ident!("{}", name)))
        .collect()
}

/// Whether `names` are distinct from each other and from the fields' (level types') names.
fn all_new(model: &Model, names: &[String]) -> bool {
    let mut seen: HashSet<&str> = model.fields.iter().map(|f| f.name.as_str()).collect();
    names.iter().all(|name| seen.insert(name))
}

/// `cannot_lock_field_<w>_while_holding_field_<h>` for each pair, with underscores added
/// where a field already has the name.
fn numbered(model: &Model, pairs: &[(usize, usize)]) -> Vec<String> {
    let mut seen: HashSet<String> = model.fields.iter().map(|f| f.name.clone()).collect();
    let name = |&(h, w): &(usize, usize)| {
        let mut name = format!("cannot_lock_field_{w}_while_holding_field_{h}");
        while !seen.insert(name.clone()) {
            name.push('_');
        }
        name
    };
    pairs.iter().map(name).collect()
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
        (
            format!("double lock on `{name}`: cannot lock `{w}` while holding `{h}`"),
            format!("`{w}` is already held by this thread (through this key)"),
            vec![
                order,
                format!(
                    "drop the guard of `{w}` before locking it again; the same field of two \
                     `{name}`s cannot be nested either, since nothing orders the two"
                ),
            ],
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
