//! The struct's place among `#[guarded]` structs: its marker's `Guarded` impl and the
//! `static` that records what it comes after (`after = ...`), the `HasOrder` impl that
//! lets others name it, the `AtOrAfter` / `After` impls, and the `Level` impls of its
//! fields (which name the marker).
//!
//! A cycle of `after` declarations is refused by rustc twice over: the impls that make
//! a struct at or after its parent conflict with the one that makes it at or after itself
//! (E0119, pointing at the `after = ...`), and the `static`s that record the declarations
//! would need each other's values (E0391, "cycle detected").

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

use super::levels::level_impl;
use crate::model::Model;

pub fn struct_order(model: &Model) -> TokenStream {
    let levels = model
        .locks()
        .into_iter()
        .map(|field| level_impl(model, field));
    let marker_impls = marker_impls(model);
    let has_order = has_order(model);
    let relations = relations(model);
    quote! {
        #marker_impls
        #has_order
        #relations
        #(#levels)*
    }
}

/// The `static` that records the struct's place, and its marker's `Guarded` impl.
fn marker_impls(model: &Model) -> TokenStream {
    let (krate, marker) = (&model.krate, &model.marker);
    let name = model.name();
    let order = format_ident!(
        "__GUARDED_ORDER_{}",
        model.item.ident,
        span = Span::call_site()
    );
    let after_span = model.after.as_ref().map_or_else(Span::call_site, |after| {
        Span::call_site().located_at(after.span())
    });
    let id = proc_macro2::Literal::u64_unsuffixed(u64::from(model.id));
    let id_type = id_type(model);
    let after = model.after.map_or_else(
        || quote!(::core::option::Option::None),
        |after| {
            quote! {
                ::core::option::Option::Some(
                    <<#after as #krate::__private::HasOrder>::Marker
                        as #krate::__private::Guarded>::ORDER
                )
            }
        },
    );
    quote_spanned! {after_span=>
        #[doc(hidden)]
        #[allow(non_upper_case_globals)]
        static #order: #krate::__private::StructOrder = #krate::__private::StructOrder {
            name: #name,
            id: #id,
            after: #after,
        };

        // SAFETY: one marker per struct; `ORDER` records what the struct comes after.
        #[doc(hidden)]
        unsafe impl #krate::__private::Guarded for #marker {
            type Id = #id_type;
            const ORDER: &'static #krate::__private::StructOrder = &#order;
        }
    }
}

/// The struct's identity as a type: its bits, first to last.
fn id_type(model: &Model) -> TokenStream {
    let krate = &model.krate;
    (0..32)
        .rev()
        .fold(quote!(#krate::__private::Nil), |rest, bit| {
            let bit = if model.id >> bit & 1 == 1 {
                quote!(B1)
            } else {
                quote!(B0)
            };
            quote!(#krate::__private::Cons<#krate::__private::#bit, #rest>)
        })
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

/// The struct is at or after itself; with `after = P`, it is at or after (and after)
/// whatever `P` is at or after. `do_not_recommend`: a struct that cannot be nested after
/// another gets `After`'s own message, not one about `P`.
fn relations(model: &Model) -> TokenStream {
    let (krate, marker) = (&model.krate, &model.marker);
    // Spanned on the user's tokens: if the `after` declarations form a cycle, rustc reports
    // these two impls as conflicting (a struct would be after itself), pointing at the
    // struct's name and at its `after = ...`.
    // `located_at`: where rustc points, but still from the macro, so lints such as a
    // user's `forbid(unsafe_code)` do not take the `unsafe impl`s for the user's code.
    let name_span = Span::call_site().located_at(model.item.ident.span());
    let reflexive = quote_spanned! {name_span=>
        // SAFETY: a struct is at or after itself.
        #[doc(hidden)]
        unsafe impl #krate::__private::AtOrAfter<#marker> for #marker {}
    };
    let Some(after) = &model.after else {
        return reflexive;
    };
    let parent = quote!(<#after as #krate::__private::HasOrder>::Marker);
    let after_span = Span::call_site().located_at(after.span());
    let transitive = quote_spanned! {after_span=>
        // SAFETY: declared with `after = ...`; a cycle of declarations makes this impl
        // conflict with the reflexive one, which rustc refuses.
        #[doc(hidden)]
        #[diagnostic::do_not_recommend]
        unsafe impl<X> #krate::__private::AtOrAfter<X> for #marker
        where
            #parent: #krate::__private::AtOrAfter<X>,
        {}
    };
    quote! {
        #reflexive
        #transitive

        // SAFETY: as above.
        #[doc(hidden)]
        #[diagnostic::do_not_recommend]
        unsafe impl<X> #krate::__private::After<X> for #marker
        where
            #parent: #krate::__private::AtOrAfter<X>,
        {}
    }
}
