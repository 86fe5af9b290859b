//! The struct's place among `#[guarded]` structs: its marker's `Guarded` impl (with the
//! struct it comes after, `after = ...`, as its `Parent`) and the `static` that records
//! the same for the runtime's own check, the `HasOrder` impl that lets others name it,
//! and the `Level` impls of its fields (which name the marker). The relations between
//! structs are the runtime's blanket impls over `Parent`, so no impl here can conflict
//! with another crate's.
//!
//! A cycle of `after` declarations is refused by rustc: the `static`s that record the
//! declarations would need each other's values (E0391, "cycle detected when evaluating
//! initializer of static `_::AUDIT_AFTER_JOURNAL`", then "...which requires evaluating
//! initializer of static `_::JOURNAL_AFTER_AUDIT`", pointing at each `after = ...`). The
//! statics sit in anonymous `const` blocks (rustc's `_::`), so their names cannot meet the
//! user's items or each other; between two of them rustc also names the `Guarded` impl's
//! `ORDER` as `_::<impl at FILE:LINE>::ORDER` (it always writes impls that way in a cycle),
//! at the same `after = ...`.
//!
//! Each record is also registered (an element of a `linkme` distributed slice, through
//! `__private`) for `guarded::lock_order()`, the picture of the whole program's lock order;
//! no check reads that registry.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{ToTokens, format_ident, quote, quote_spanned};
use syn::Type;
use syn::spanned::Spanned;

use super::levels::level_impl;
use super::trees::Trees;
use crate::model::Model;
use crate::names::{snake_case, unraw};

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

/// The `static` that records the struct's place, its marker's `Guarded` impl, and the
/// registration of the record for `guarded::lock_order()`.
fn marker_impls(model: &Model) -> TokenStream {
    let (krate, marker, levels) = (&model.krate, &model.marker, &model.levels);
    let name = model.name();
    let (order, allow) = order_static(model);
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
    // In an anonymous `const` block: the names cannot collide with the user's items (nor
    // with another struct's static), and rustc's messages still show them (`_::BANK_AFTER_NOTHING`).
    let record = quote_spanned! {after_span=>
        #allow
        static #order: #krate::__private::StructOrder = #krate::__private::StructOrder {
            name: #name,
            id: #id,
            location: ::core::concat!(
                ::core::module_path!(), " ", ::core::file!(), ":",
                ::core::line!(), ":", ::core::column!()
            ),
            fields: #levels::LOCK_ORDER,
            after: #after,
        };

        // SAFETY: one marker per struct; `ORDER` records what the struct comes after.
        #[doc(hidden)]
        unsafe impl #krate::__private::Guarded for #marker {
            type Id = #id_type;
            type Parent = #parent;
            const ORDER: &'static #krate::__private::StructOrder = &#order;
        }
    };
    quote! {
        const _: () = {
            #record
            // Kept where `linkme` has a registry, dropped elsewhere.
            #krate::__private::if_registry! {
                #[#krate::__private::linkme::distributed_slice(
                    #krate::__private::GUARDED_0_1_STRUCTS
                )]
                #[linkme(crate = #krate::__private::linkme)]
                // SAFETY: this struct's own record, registered once, here.
                static REGISTRATION: #krate::__private::Registration =
                    unsafe { #krate::__private::Registration::new(&#order) };
            }
        };
    }
}

/// The name of the `static` that records the struct's place: `AUDIT_AFTER_JOURNAL` for
/// `#[guarded(after = Journal)] struct Audit`, `BANK_AFTER_NOTHING` without `after`, so
/// that rustc's message for a cycle of `after` declarations reads as the declarations
/// ("cycle detected when evaluating initializer of static `_::AUDIT_AFTER_JOURNAL`", then
/// "...which requires evaluating initializer of static `_::JOURNAL_AFTER_AUDIT`"). In upper
/// case, so that it needs no `allow(non_upper_case_globals)`, which a crate that forbids
/// that lint would reject; with a non-ASCII name the names keep their case, and the
/// `allow` is added (upper-casing could make a character that cannot be in a name).
fn order_static(model: &Model) -> (Ident, Option<TokenStream>) {
    let upper = |ident: &Ident| snake_case(&unraw(ident)).to_uppercase();
    let ascii = |name: &str| name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    let own = &model.item.ident;
    let parent = model.after.map(after_ident);
    let parent_upper = match parent {
        Some(Some(ident)) => upper(ident),
        Some(None) => "ANOTHER_STRUCT".to_owned(),
        None => "NOTHING".to_owned(),
    };
    let own_upper = upper(own);
    if ascii(&own_upper) && ascii(&parent_upper) {
        return (format_ident!("{own_upper}_AFTER_{parent_upper}"), None);
    }
    let parent = match parent {
        Some(Some(ident)) => unraw(ident),
        _ => parent_upper,
    };
    (
        format_ident!("{}_AFTER_{parent}", unraw(own)),
        Some(quote!(#[allow(non_upper_case_globals)])),
    )
}

/// The struct named by `after = ...`: the last segment of its path (`Journal` in
/// `crate::books::Journal`, `Cache` in `Cache<()>`), or `None` for a type that is not a path.
fn after_ident(after: &Type) -> Option<&Ident> {
    match after {
        Type::Path(path) => path.path.segments.last().map(|segment| &segment.ident),
        Type::Group(group) => after_ident(&group.elem),
        Type::Paren(paren) => after_ident(&paren.elem),
        _ => None,
    }
}

/// The struct's identity as a type: its bits, first to last.
fn id_type(model: &Model) -> Bits<TokenStream> {
    let krate = &model.krate;
    bits_type(quote!(#krate::__private), u64::from(model.id), 32)
}

/// `value`'s lowest `width` bits (rounded up to a multiple of four) as a type, most
/// significant first, four at a time: `X0<X2<Nil>>` for 2 in eight bits, which is
/// `Cons<B0, Cons<B0, ..., Cons<B1, Cons<B0, Nil>>>>`.
pub fn bits_type<R: ToTokens>(rt: R, value: u64, width: u32) -> Bits<R> {
    Bits { rt, value, width }
}

/// A number as a type (`bits_type`), written straight into the tokens it is interpolated
/// into (see `trees.rs`).
pub struct Bits<R> {
    rt: R,
    value: u64,
    width: u32,
}

impl<R: ToTokens> ToTokens for Bits<R> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let nibbles = self.width.div_ceil(4);
        for nibble in (0..nibbles).rev() {
            let digit = self.value.checked_shr(nibble * 4).unwrap_or(0) & 0xF;
            self.rt.to_tokens(tokens);
            Trees::default()
                .punct("::")
                .word(&format!("X{digit:X}"))
                .punct("<")
                .to_tokens(tokens);
        }
        self.rt.to_tokens(tokens);
        let mut nil = Trees::default();
        nil.punct("::").word("Nil");
        for _ in 0..nibbles {
            nil.punct(">");
        }
        nil.to_tokens(tokens);
    }
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
