//! The struct's place among `#[guarded]` structs: its marker's `Guarded` impl (with the
//! struct it comes after, `after = ...`, as its `Parent`) and the `static` that records
//! the same for the runtime's own check, the `HasOrder` impl that lets others name it,
//! and the `Level` impls of its fields (which name the marker). The relations between
//! structs are the runtime's blanket impls over `Parent`, so no impl here can conflict
//! with another crate's.
//!
//! A cycle of `after` declarations is refused by rustc: the `static`s that record the
//! declarations would need each other's values (E0391, "cycle detected when evaluating
//! initializer of static `AFTER_DECLARATION_OF_...`", pointing at each `after = ...`).

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

use super::levels::level_impl;
use crate::model::Model;

pub fn struct_order(model: &Model) -> TokenStream {
    let marker_impls = marker_impls(model);
    let has_order = has_order(model);
    quote! {
        #marker_impls
        #has_order
    }
}

/// The `Level` impls of the struct's fields.
pub fn level_impls(model: &Model) -> TokenStream {
    model
        .locks()
        .into_iter()
        .map(|field| level_impl(model, field))
        .collect()
}

/// The `static` that records the struct's place, and its marker's `Guarded` impl.
fn marker_impls(model: &Model) -> TokenStream {
    let (krate, marker) = (&model.krate, &model.marker);
    let name = model.name();
    // Named so that rustc's message for a cycle of `after` declarations ("cycle detected
    // when evaluating initializer of static `AFTER_DECLARATION_OF_BANK`") reads well, and
    // in upper case, so that it needs no `allow(non_upper_case_globals)`, which a crate
    // that forbids that lint would reject. (A non-ASCII name keeps its case, and the
    // `allow`: upper-casing it could make a character that cannot be in a name.)
    let upper = crate::names::snake_case(&crate::names::unraw(&model.item.ident)).to_uppercase();
    let (order, allow) = if upper
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'_')
    {
        (format_ident!("AFTER_DECLARATION_OF_{}", upper), None)
    } else {
        let order = format_ident!("AFTER_DECLARATION_OF_{}", model.item.ident);
        (order, Some(quote!(#[allow(non_upper_case_globals)])))
    };
    let after_span = model.after.as_ref().map_or_else(Span::call_site, |after| {
        Span::call_site().located_at(after.span())
    });
    let id = proc_macro2::Literal::u64_unsuffixed(u64::from(model.id));
    let id_type = id_type(model);
    let parent = model.after.map_or_else(
        || quote!(#krate::__private::NoParent),
        |after| quote!(<#after as #krate::__private::HasOrder>::Marker),
    );
    let after = model.after.map_or_else(
        || quote!(::core::option::Option::None),
        |_| quote!(::core::option::Option::Some(<#parent as #krate::__private::Guarded>::ORDER)),
    );
    quote_spanned! {after_span=>
        #[doc(hidden)]
        #allow
        static #order: #krate::__private::StructOrder = #krate::__private::StructOrder {
            name: #name,
            id: #id,
            location: ::core::concat!(
                ::core::module_path!(), " ", ::core::file!(), ":",
                ::core::line!(), ":", ::core::column!()
            ),
            after: #after,
        };

        // SAFETY: one marker per struct; `ORDER` records what the struct comes after.
        #[doc(hidden)]
        unsafe impl #krate::__private::Guarded for #marker {
            type Id = #id_type;
            type Parent = #parent;
            const ORDER: &'static #krate::__private::StructOrder = &#order;
        }
    }
}

/// The struct's identity as a type: its bits, first to last.
fn id_type(model: &Model) -> TokenStream {
    let krate = &model.krate;
    bits_type(&quote!(#krate::__private), u64::from(model.id), 32)
}

/// `value`'s lowest `width` bits (rounded up to a multiple of four) as a type, most
/// significant first, four at a time: `X0<X2<Nil>>` for 2 in eight bits, which is
/// `Cons<B0, Cons<B0, ..., Cons<B1, Cons<B0, Nil>>>>`.
pub fn bits_type(rt: &impl quote::ToTokens, value: u64, width: u32) -> TokenStream {
    let nibbles = width.div_ceil(4);
    let digits = (0..nibbles).rev().map(|nibble| {
        let digit = value.checked_shr(nibble * 4).unwrap_or(0) & 0xF;
        format_ident!("X{:X}", digit)
    });
    let closers = (0..nibbles).map(|_| quote!(>));
    quote!(#(#rt::#digits<)* #rt::Nil #(#closers)*)
}

/// `HasOrder` for every instantiation of the struct: how `after = ThisStruct` finds it.
fn has_order(model: &Model) -> TokenStream {
    let (krate, marker) = (&model.krate, &model.marker);
    let ident = &model.item.ident;
    let (impl_generics, ty_generics, where_clause) = model.item.generics.split_for_impl();
    quote! {
        // SAFETY: names this struct's marker.
        #[doc(hidden)]
        #[automatically_derived]
        unsafe impl #impl_generics #krate::__private::HasOrder for #ident #ty_generics
        #where_clause
        {
            type Marker = #marker;
        }
    }
}
