//! The calls that lock one field of several instances at once: `lock_<field>_pair` and
//! `lock_<field>_many` (`read_`/`write_` for an `rw` field). They lock the instances in an
//! order of their own (see the runtime's `many` module), so two threads passing the same
//! instances in opposite orders cannot deadlock.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::docs;
use crate::kind::{Access, Poison};
use crate::model::{FieldModel, Model};

/// The storage type, for calling its associated functions.
fn storage(field: &FieldModel) -> Ident {
    Ident::new(field.spec().storage, Span::call_site())
}

/// One instance's guard as the field's policy hands it out.
fn guard_out(model: &Model, field: &FieldModel, access: Access) -> TokenStream {
    let (rt, lifetime, ty) = (&model.rt, &model.lifetime, field.ty);
    let guard = Ident::new(&field.spec().group_guard(access), Span::call_site());
    match field.poison {
        Poison::Result => quote! {
            #rt::Result<
                #rt::#guard<#lifetime, #ty>,
                #rt::Poisoned<#lifetime, #rt::#guard<#lifetime, #ty>>,
            >
        },
        Poison::Panic | Poison::Recover => quote!(#rt::#guard<#lifetime, #ty>),
    }
}

/// `lock_<field>_pair` (or `read_`, `write_`).
pub fn pair(model: &Model, field: &FieldModel, access: Access) -> TokenStream {
    let (rt, levels, lifetime, key) = (&model.rt, &model.levels, &model.lifetime, &model.key);
    let [first, second, _] = &model.instances;
    let (vis, ident) = (field.vis, field.ident);
    let (prefix, stem, _) = access.names();
    let name = field.method(prefix, "_pair");
    let runtime = Ident::new(&format!("{stem}_pair"), Span::call_site());
    let (storage, out) = (storage(field), guard_out(model, field, access));
    let fields = &model.storage;
    let (level, before) = (&field.macro_ident, super::before_bound(model, field));
    let doc = docs::group_doc(model, field, access, false);
    let doc = super::doc_attr(&doc);
    let key_type = super::key_type(field);
    let output = super::future_if_async(
        model,
        field,
        quote! {
            #rt::Result<
                (#out, #out, #rt::#key_type<#lifetime, #levels::#level>),
                #rt::SameInstance,
            >
        },
    );
    // Generic over the key, so inlinable in the caller's crate without `#[inline]`.
    quote! {
        #doc
        #[track_caller]
        #vis fn #name<#lifetime>(
            #first: &#lifetime Self,
            #second: &#lifetime Self,
            #key: &#lifetime mut impl #before,
        ) -> #output {
            #rt::#storage::#runtime(&#first.#fields.#ident, &#second.#fields.#ident, #key)
        }
    }
}

/// `lock_<field>_many` (or `read_`, `write_`).
pub fn many(model: &Model, field: &FieldModel, access: Access) -> TokenStream {
    let (rt, levels, lifetime, key) = (&model.rt, &model.levels, &model.lifetime, &model.key);
    let instances = &model.instances[2];
    let (vis, ident) = (field.vis, field.ident);
    let (prefix, stem, _) = access.names();
    let name = field.method(prefix, "_many");
    let runtime = Ident::new(&format!("{stem}_many"), Span::call_site());
    let (storage, out) = (storage(field), guard_out(model, field, access));
    let fields = &model.storage;
    let (level, before) = (&field.macro_ident, super::before_bound(model, field));
    let doc = docs::group_doc(model, field, access, true);
    let doc = super::doc_attr(&doc);
    let key_type = super::key_type(field);
    let output = super::future_if_async(
        model,
        field,
        quote! {
            #rt::Result<
                (#rt::Vec<#out>, #rt::#key_type<#lifetime, #levels::#level>),
                #rt::SameInstance,
            >
        },
    );
    quote! {
        #doc
        #[track_caller]
        #vis fn #name<#lifetime>(
            #instances: impl #rt::IntoIterator<Item = &#lifetime Self>,
            #key: &#lifetime mut impl #before,
        ) -> #output
        where
            Self: #lifetime,
        {
            #rt::#storage::#runtime(#instances, |#instances| &#instances.#fields.#ident, #key)
        }
    }
}
