//! Trait impls: `Clone`, which shares the locks; and `Debug` and `Default` when the struct
//! derives them, written as the derives would be on the fields as the user wrote them (a
//! derive would see only the struct's one `Arc`).

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use crate::model::{Derived, Model};

/// `Clone` without bounds on the type parameters: a clone shares the same `Arc`.
pub fn clone_impl(model: &Model) -> TokenStream {
    let ident = &model.item.ident;
    let (impl_generics, ty_generics, where_clause) = model.item.generics.split_for_impl();
    let (rt, storage) = (&model.rt, &model.storage);
    quote! {
        #[automatically_derived]
        impl #impl_generics #rt::Clone for #ident #ty_generics #where_clause {
            #[inline]
            fn clone(&self) -> Self {
                Self {
                    #storage: #rt::Clone::clone(&self.#storage),
                }
            }
        }
    }
}

/// `Debug` as `#[derive(Debug)]` would write it: each field by name, as its storage prints
/// (`..` for a lock, whose data would need the lock; the value of an atomic, `unlocked` or
/// `snapshot` field), with `T: Debug` for each type parameter.
pub fn debug_impl(model: &Model) -> TokenStream {
    let condition = match &model.derives_debug {
        Derived::No => return TokenStream::new(),
        Derived::Always => None,
        Derived::Under(condition) => Some(&**condition),
    };
    let (rt, storage, f) = (&model.rt, &model.storage, &model.update);
    let name = model.name();
    // By path, not as methods: a trait of the user's module implemented for every type,
    // with a by-value method named `field` or `finish`, would come first in method lookup
    // (a by-value receiver is tried before `&mut self`). Nested, with no local variable
    // (whose name a const parameter of the struct could take).
    let mut builder = quote!(&mut #rt::fmt::Formatter::debug_struct(#f, #name));
    for field in &model.fields {
        let (name, ident) = (&field.name, field.ident);
        // The block and the cast are spanned at the field's type (`self` inside keeps the
        // macro's span: with the span of a type written by a `macro_rules!` it would not
        // resolve), so that a field whose type lacks `Debug` is the one rustc's error
        // points at, as a derive's does; at the `#[guarded]` line, rustc would report a
        // second such field as the same error, and leave it out.
        let this = quote!(self);
        let printed =
            quote_spanned!(field.ty.span()=> { &#this.#storage.#ident } as &dyn #rt::fmt::Debug);
        builder = quote!(#rt::fmt::DebugStruct::field(#builder, #name, #printed));
    }
    trait_impl(
        model,
        condition,
        &quote!(#rt::fmt::Debug),
        &quote! {
            fn fmt(&self, #f: &mut #rt::fmt::Formatter<'_>) -> #rt::fmt::Result {
                #rt::fmt::DebugStruct::finish(#builder)
            }
        },
    )
}

/// `Default` as `#[derive(Default)]` would give it: `new` of each field's default value,
/// with `T: Default` for each type parameter.
pub fn default_impl(model: &Model) -> TokenStream {
    let condition = match &model.derives_default {
        Derived::No => return TokenStream::new(),
        Derived::Always => None,
        Derived::Under(condition) => Some(&**condition),
    };
    let rt = &model.rt;
    // Each value as `<Type as Default>::default()`, with the field's type as written: a
    // type that lacks `Default` is reported on that field, as a derive's error is, rather
    // than once on the `#[guarded]` line for every such field.
    let values = model.fields.iter().map(|field| {
        let ty = field.ty;
        quote_spanned!(ty.span()=> <#ty as #rt::Default>::default())
    });
    trait_impl(
        model,
        condition,
        &quote!(#rt::Default),
        &quote! {
            #[inline]
            fn default() -> Self {
                Self::new(#(#values),*)
            }
        },
    )
}

/// `impl trait for Struct { body }`, with the struct's generics and the bound `trait` on
/// each type parameter, as std's derives bound them; under `#[cfg(condition)]` if the
/// derive was under `#[cfg_attr(condition, ..)]`.
fn trait_impl(
    model: &Model,
    condition: Option<&syn::Meta>,
    bound: &TokenStream,
    body: &TokenStream,
) -> TokenStream {
    let condition = condition.map(|condition| quote!(#[cfg(#condition)]));
    let ident = &model.item.ident;
    let mut generics = model.item.generics.clone();
    let parameters: Vec<syn::Ident> = generics.type_params().map(|p| p.ident.clone()).collect();
    let where_clause = generics.make_where_clause();
    for parameter in parameters {
        where_clause
            .predicates
            .push(syn::parse_quote_spanned!(Span::call_site()=> #parameter: #bound));
    }
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    quote! {
        #condition
        #[automatically_derived]
        impl #impl_generics #bound for #ident #ty_generics #where_clause {
            #body
        }
    }
}
