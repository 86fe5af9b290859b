//! The module of lock levels: one uninhabited type per field, and the order between them.
//!
//! For each locked field `f` it holds two things (the walkthrough of the whole chain is in
//! guarded-runtime's `order.rs`):
//!
//! - `comes_before_f`, the bound of every call that locks `f`: a trait whose
//!   `#[diagnostic::on_unimplemented]` message names the struct, the field and the
//!   declared order, as literals, in the user's words, with one `do_not_recommend` blanket
//!   impl over the runtime's `CanLock<f>` (`CanLockAsync<f>` for an async field). A key
//!   that may not lock `f` stops here, with this message and nothing of the runtime. Its
//!   supertrait is that bound, or, for the async kinds, whose calls take the key as an
//!   object (`Spec::key_object`), the runtime's `AsyncLockKey<f>`, which one can be made
//!   of (`AsyncWaitLockKey<f>` for an `async_condvar` field, whose object names the key's
//!   type).
//! - One `Follows<H>` impl for `f`, generic over `H`: it holds for every level `H` of the
//!   same struct whose place (`Index`, as bits) is `Less` than `f`'s. One impl per field,
//!   whatever the width, so the expansion is linear in the number of fields.
//!
//! Waiting needs nothing generated: the runtime lets only a key that holds nothing wait.
//!
//! The module also holds the struct of every field's storage (`storage.rs`): a generated
//! item here cannot clash with any name beside the user's struct.

use std::fmt::Write as _;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::{order_text, ordinal};
use crate::model::{FieldModel, Model};

pub fn levels_module(model: &Model) -> TokenStream {
    let (vis, levels) = (&model.item.vis, &model.levels);
    let doc = module_doc(model);
    let doc = super::doc_attr(&doc);
    let locks = model.locks();
    let types = locks.iter().map(|f| level_type(model, f));
    let pairs = order_checks(model);
    let order = lock_order(model);
    let marker = model.generic_marker().then(|| marker_enum(model));
    let (krate, rt) = (&model.krate, &model.rt);
    let fields = super::storage::fields_struct(model);
    quote! {
        #doc
        #vis mod #levels {
            use #krate::__private as #rt;
            #order
            #marker
            #(#types)*
            #pairs
            #fields
        }
    }
}

/// The marker of a generic struct in the order between structs (one type for every
/// instantiation; a struct without generic parameters is its own marker).
fn marker_enum(model: &Model) -> TokenStream {
    let ident = &model.marker_ident;
    let doc = format!(
        "`{}` in the order between structs (for a generic struct, every instantiation).",
        model.name()
    );
    let doc = super::doc_attr(&doc);
    let vis = &model.inner_vis;
    quote! {
        #doc
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
    let doc = super::doc_attr(&doc);
    let vis = &model.inner_vis;
    quote! {
        #doc
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
    let doc = super::doc_attr(&doc);
    let vis = &model.inner_vis;
    quote! {
        #doc
        #vis enum #ident {}
    }
}

/// The `Level` impl of `field`'s level type. It is written beside the struct, not in the
/// levels module, because it names the struct's marker, which is the struct itself unless
/// it is generic: from inside the module, a struct declared in a function body cannot be
/// named.
pub fn level_impl(model: &Model, field: &FieldModel) -> TokenStream {
    let (rt, levels) = (&model.rt, &model.levels);
    let ident = &field.macro_ident;
    // `model.marker` as tokens, not a token stream to interpolate (see `trees.rs`).
    let mut marker = super::trees::Trees::default();
    if model.generic_marker() {
        marker.ident(levels).punct("::").ident(&model.marker_ident);
    } else {
        marker.ident(&model.item.ident);
    }
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

/// The order checks: for each locked field, the trait that the keys of its lock calls must
/// hold (`comes_before_<field>`, whose message the user sees) and the `Follows` impl that
/// places it after the fields before it. (Waiting while holding needs nothing generated:
/// the runtime lets only a key that holds nothing wait.)
///
/// Every token of theirs is the macro's own, at the call site, so they are written as
/// text and lexed in one call (`super::lexed`), not token by token with `quote!`, whose
/// escaping of the messages alone was a tenth of this module's cost in the macro's debug
/// build. (The same tokens with `quote!` if the text does not lex, which it always does.)
fn order_checks(model: &Model) -> TokenStream {
    let locks = model.locks();
    if let Some(tokens) = order_checks_text(model, &locks).and_then(|text| super::lexed(&text)) {
        return tokens;
    }
    let before = locks.iter().map(|field| before_check(model, field));
    let follows = locks.iter().map(|field| follows_impl(model, field));
    before.chain(follows).collect()
}

/// The text of `order_checks`: `before_check` and `follows_impl` of each field, as they
/// write them. `None` if a message cannot be a raw string.
fn order_checks_text(model: &Model, locks: &[&FieldModel]) -> Option<String> {
    let rt = &model.rt;
    let (k, h) = impl_params(model);
    let mut text = String::new();
    for wanted in locks {
        let (message, label, notes) = violation_text(model, wanted);
        let (name, can_lock) = (&wanted.before, wanted.spec().can_lock());
        let supertrait = wanted.spec().before_supertrait();
        let level = &wanted.macro_ident;
        let _ = write!(
            text,
            "#[doc(hidden)] #[diagnostic::on_unimplemented(message = {}, label = {}",
            super::raw_string(&message)?,
            super::raw_string(&label)?
        );
        for note in &notes {
            let _ = write!(text, ", note = {}", super::raw_string(note)?);
        }
        let _ = writeln!(
            text,
            ")] pub trait {name}: {rt}::{supertrait}<{level}> {{}} \
             #[doc(hidden)] #[diagnostic::do_not_recommend] \
             impl<{k}: {rt}::{can_lock}<{level}>> {name} for {k} {{}}"
        );
    }
    for wanted in locks {
        let level = &wanted.macro_ident;
        let _ = writeln!(
            text,
            "#[doc(hidden)] unsafe impl<{h}> {rt}::Follows<{h}> for {level} where \
             {h}: {rt}::Level<Struct = <{level} as {rt}::Level>::Struct>, \
             {h}::Index: {rt}::Less<<{level} as {rt}::Level>::Index>, {{}}"
        );
    }
    Some(text)
}

/// `comes_before_<wanted>`: the bound of every call that locks `wanted`, on the level the
/// key holds. One blanket impl, through the runtime's order (`MayPrecede`), and
/// `do_not_recommend` on it: a lock out of order stops here, with this trait's message in
/// the user's words, rather than walking rustc through the runtime's traits.
fn before_check(model: &Model, wanted: &FieldModel) -> TokenStream {
    let rt = &model.rt;
    let (message, label, notes) = violation_text(model, wanted);
    let name = &wanted.before;
    let can_lock =
        proc_macro2::Ident::new(wanted.spec().can_lock(), proc_macro2::Span::call_site());
    let supertrait = proc_macro2::Ident::new(
        wanted.spec().before_supertrait(),
        proc_macro2::Span::call_site(),
    );
    let wanted = &wanted.macro_ident;
    let (k, _) = impl_params(model);
    quote! {
        #[doc(hidden)]
        #[diagnostic::on_unimplemented(message = #message, label = #label, #(note = #notes),*)]
        pub trait #name: #rt::#supertrait<#wanted> {}

        #[doc(hidden)]
        #[diagnostic::do_not_recommend]
        impl<#k: #rt::#can_lock<#wanted>> #name for #k {}

    }
}

/// The `Follows` impl of `wanted`: every field of the struct whose place is lower.
fn follows_impl(model: &Model, wanted: &FieldModel) -> TokenStream {
    let rt = &model.rt;
    let wanted = &wanted.macro_ident;
    let (_, h) = impl_params(model);
    quote! {
        // SAFETY: a key holding `H` may lock `wanted` exactly when `H` is a field of the same
        // struct (`Struct`: its marker, even if another struct's identity happened to be
        // equal to this one's) whose place comes first. Should `crate = ...` lead to a fake
        // runtime whose `Less` holds for any pair, the lock calls still refuse an
        // out-of-order lock at compile time by the levels' `INDEX`.
        #[doc(hidden)]
        unsafe impl<#h> #rt::Follows<#h> for #wanted
        where
            #h: #rt::Level<Struct = <#wanted as #rt::Level>::Struct>,
            #h::Index: #rt::Less<<#wanted as #rt::Level>::Index>,
        {}
    }
}

/// The type parameters of the order checks' impls: `K`, the key of
/// `impl<K: CanLock<level>> comes_before_<field> for K`, and `H`, the held level of
/// `impl<H> Follows<H> for level`. In the levels module each locked field's level has the
/// field's name, which a parameter of the same name would hide (a field `K` or `H`): then
/// the parameter gets underscores until it names no field. (By the fields' names, not their
/// `Ident`s: in the compiler, comparing an `Ident` with a string is a call across the
/// proc-macro bridge, which for a wide struct cost more than the rest of this module.)
fn impl_params(model: &Model) -> (Ident, Ident) {
    let param = |base: &str| {
        let mut name = base.to_owned();
        while model.fields.iter().any(|f| f.name == name) {
            name.push('_');
        }
        Ident::new(&name, Span::call_site())
    };
    (param("K"), param("H"))
}

/// The message, label and notes of a lock of `wanted` taken with the key of a lock that
/// does not come before it: rustc fills in `{Self}`, the key's type, which names the held
/// field (`Key<'_, audit>`, with its module, `ledger_levels::audit`, when another struct
/// has a field of that name).
fn violation_text(model: &Model, wanted: &FieldModel) -> (String, String, Vec<String>) {
    let name = model.name();
    let w = &wanted.name;
    let mut fix = format!("lock `{w}` first, or drop that guard first");
    if wanted.has_accessors() {
        let pair = if wanted.spec().shared_reads {
            format!(
                "`{name}::{}` or `{}`",
                wanted.method("read_", "_pair"),
                wanted.method("write_", "_pair")
            )
        } else {
            format!("`{name}::{}`", wanted.method("lock_", "_pair"))
        };
        let _ = write!(fix, "; for two `{name}`s, use {pair}");
    }
    // "Does not come before", not "at or after": the key may hold a lock of another
    // struct that is not declared before this one. A key of the other kind holds nothing
    // and still may not lock the field: the label names it too.
    let label = if wanted.spec().asynchronous {
        format!("this key holds a lock that does not come before `{w}`, or is not a task key")
    } else {
        format!("this key holds a lock that does not come before `{w}`, or is a task key")
    };
    (
        format!("lock order violation on `{name}`: cannot lock `{w}` with `{{Self}}`"),
        label,
        vec![format!("`{name}` locks {}", order_text(model)), fix],
    )
}

#[cfg(test)]
mod tests {
    use proc_macro2::{Literal, Punct, Spacing, TokenStream, TokenTree};

    use super::{before_check, follows_impl, order_checks_text};
    use crate::model::Model;

    /// `tokens` with each string literal written as `Literal::string` of its value, so
    /// that a raw string and an escaped one holding the same text compare equal, and each
    /// punctuation mark alone (`quote!` and the lexer join `>::` differently, which
    /// changes nothing in how rustc parses them).
    fn normalized(tokens: TokenStream) -> TokenStream {
        tokens
            .into_iter()
            .map(|tree| -> TokenTree {
                match tree {
                    TokenTree::Group(group) => {
                        proc_macro2::Group::new(group.delimiter(), normalized(group.stream()))
                            .into()
                    }
                    TokenTree::Literal(literal) => {
                        match syn::parse_str::<syn::LitStr>(&literal.to_string()) {
                            Ok(string) => Literal::string(&string.value()).into(),
                            Err(_) => literal.into(),
                        }
                    }
                    TokenTree::Punct(punct) => Punct::new(punct.as_char(), Spacing::Alone).into(),
                    TokenTree::Ident(ident) => ident.into(),
                }
            })
            .collect()
    }

    /// The order checks written as text and lexed are the tokens that `before_check` and
    /// `follows_impl` write, the fallback for text that does not lex: for names that are
    /// raw, non-ASCII, the impls' type parameters (`K`, `H`) or colliding with the check
    /// traits' names, for a struct past the listed width, and for each lock kind.
    #[test]
    fn order_checks_text_lexes_to_the_quoted_tokens() {
        let items = [
            "struct Bank { accounts: u8, audit: u8 }",
            "struct r#Match { r#type: u8, r#struct: u8 }",
            "struct Größe { länge: u8, 日本: u8 }",
            "struct Generic { first: u8, H: u8, K: u8 }",
            "struct Tricky { comes_before_a: u8, a: u8 }",
            "struct Kinds { #[guarded(rw)] shared: u8, #[guarded(condvar)] queue: u8, \
             #[guarded(atomic)] count: u8, #[guarded(poison = result)] strict: u8 }",
            "struct Wide { f0: u8, f1: u8, f2: u8, f3: u8, f4: u8, f5: u8, f6: u8, f7: u8, \
             f8: u8, #[guarded(unlocked)] f9: u8 }",
        ];
        for item in items {
            let mut errors = crate::errors::Errors::default();
            let tokens: TokenStream = item.parse().expect("the item lexes");
            let input = crate::parse::parse(TokenStream::new(), tokens, &mut errors)
                .expect("the item parses");
            let model = Model::build(&input);
            model.validate(&mut errors);
            assert!(errors.finish().is_ok(), "{item}: valid");
            let locks = model.locks();
            let text = order_checks_text(&model, &locks).expect("the messages are raw strings");
            let lexed: TokenStream = text.parse().expect("the text lexes");
            let quoted: TokenStream = locks
                .iter()
                .map(|field| before_check(&model, field))
                .chain(locks.iter().map(|field| follows_impl(&model, field)))
                .collect();
            assert_eq!(
                normalized(lexed).to_string(),
                normalized(quoted).to_string(),
                "{item}"
            );
        }
    }
}
