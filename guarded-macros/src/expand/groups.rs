//! The calls that lock one field of several instances at once: `lock_<field>_pair` and
//! `lock_<field>_many` (`read_`/`write_` for an `rw` field). They lock the instances in an
//! order of their own (see the runtime's `many` module), so two threads passing the same
//! instances in opposite orders cannot deadlock.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::docs;
use crate::methods::Access;
use crate::model::{FieldModel, Model};
use crate::parse::{Kind, Poison};

/// The storage type's path, for calling its associated functions.
fn storage(model: &Model, field: &FieldModel) -> TokenStream {
    let krate = &model.krate;
    match field.kind {
        Kind::Rw => quote!(#krate::__private::RwField),
        Kind::Condvar => quote!(#krate::__private::CondvarField),
        Kind::Mutex | Kind::Atomic => quote!(#krate::__private::Field),
    }
}

/// One instance's guard as the field's policy hands it out.
fn guard_out(model: &Model, field: &FieldModel, access: Access) -> TokenStream {
    let (krate, lifetime, ty) = (&model.krate, &model.lifetime, field.ty);
    let guard = match access {
        Access::Lock => quote!(Guard),
        Access::Read => quote!(ReadGuard),
        Access::Write => quote!(WriteGuard),
    };
    let guard = quote!(#krate::__private::#guard<#lifetime, #ty>);
    match field.poison {
        Poison::Result => quote! {
            ::core::result::Result<#guard, #krate::__private::Poisoned<#lifetime, #guard>>
        },
        Poison::Panic | Poison::Recover => guard,
    }
}

/// The key parameter's type and the key type handed back.
fn keys(model: &Model, field: &FieldModel) -> (TokenStream, TokenStream) {
    let (krate, levels, lifetime, level) = (
        &model.krate,
        &model.levels,
        &model.lifetime,
        &field.macro_ident,
    );
    (
        quote!(&#lifetime mut impl #krate::__private::CanLock<#levels::#level>),
        quote!(#krate::__private::Key<#lifetime, #levels::#level>),
    )
}

/// `lock_<field>_pair` (or `read_`, `write_`).
pub fn pair(model: &Model, field: &FieldModel, access: Access) -> TokenStream {
    let (krate, lifetime, key) = (&model.krate, &model.lifetime, &model.key);
    let [first, second, _] = &model.instances;
    let (vis, ident) = (field.vis, field.ident);
    let (prefix, stem) = access.names();
    let name = field.method(prefix, "_pair");
    let runtime = Ident::new(&format!("{stem}_pair"), Span::call_site());
    let (storage, out) = (storage(model, field), guard_out(model, field, access));
    let (key_type, key_out) = keys(model, field);
    let doc = docs::group_doc(model, field, access, false);
    quote! {
        #[doc = #doc]
        #[inline]
        #[track_caller]
        #vis fn #name<#lifetime>(
            #first: &#lifetime Self,
            #second: &#lifetime Self,
            #key: #key_type,
        ) -> ::core::result::Result<(#out, #out, #key_out), #krate::__private::SameInstance> {
            #storage::#runtime(&#first.#ident, &#second.#ident, #key)
        }
    }
}

/// `lock_<field>_many` (or `read_`, `write_`).
pub fn many(model: &Model, field: &FieldModel, access: Access) -> TokenStream {
    let (krate, lifetime, key) = (&model.krate, &model.lifetime, &model.key);
    let instances = &model.instances[2];
    let (vis, ident) = (field.vis, field.ident);
    let (prefix, stem) = access.names();
    let name = field.method(prefix, "_many");
    let runtime = Ident::new(&format!("{stem}_many"), Span::call_site());
    let (storage, out) = (storage(model, field), guard_out(model, field, access));
    let (key_type, key_out) = keys(model, field);
    let doc = docs::group_doc(model, field, access, true);
    quote! {
        #[doc = #doc]
        #[track_caller]
        #vis fn #name<#lifetime>(
            #instances: impl ::core::iter::IntoIterator<Item = &#lifetime Self>,
            #key: #key_type,
        ) -> ::core::result::Result<
            (::std::vec::Vec<#out>, #key_out),
            #krate::__private::SameInstance,
        >
        where
            Self: #lifetime,
        {
            #storage::#runtime(
                ::core::iter::Iterator::map(
                    ::core::iter::IntoIterator::into_iter(#instances),
                    |instance| &instance.#ident,
                ),
                #key,
            )
        }
    }
}
