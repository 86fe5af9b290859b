//! The inherent methods: `new`, `LOCK_ORDER`, and `lock_<field>` / `recover_<field>`.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::{order_text, ordinal};
use crate::model::{FieldModel, Model};

/// Clippy's default `too-many-arguments-threshold`.
const CLIPPY_MAX_ARGUMENTS: usize = 7;

pub fn inherent_impl(model: &Model) -> TokenStream {
    let ident = &model.item.ident;
    let (impl_generics, ty_generics, where_clause) = model.item.generics.split_for_impl();
    let constructor = constructor(model);
    let order = lock_order(model);
    let accessors = model
        .fields
        .iter()
        .enumerate()
        .filter(|(_, field)| field.has_accessors)
        .map(|(index, field)| accessors(model, index, field));
    quote! {
        #[automatically_derived]
        impl #impl_generics #ident #ty_generics #where_clause {
            #constructor
            #order
            #(#accessors)*
        }
    }
}

fn constructor(model: &Model) -> TokenStream {
    let krate = &model.krate;
    let vis = &model.item.vis;
    // The user's names with the macro's span: lints on the parameters belong to the macro.
    let params: Vec<_> = model
        .fields
        .iter()
        .map(|field| {
            let mut param = field.ident.clone();
            param.set_span(Span::call_site());
            param
        })
        .collect();
    let (fields, types) = (
        model.fields.iter().map(|f| f.ident),
        model.fields.iter().map(|f| f.ty),
    );
    let doc = format!(
        "Creates a `{}` from the values of its fields, in declaration order: {}. \
         Each value goes behind its own lock.",
        model.name(),
        model
            .fields
            .iter()
            .map(|f| format!("`{}`", f.name))
            .collect::<Vec<_>>()
            .join(", ")
    );
    // The number of arguments is the user's number of fields; the `allow` is emitted only
    // when clippy would object, so a crate that forbids the lint can still have small structs.
    let allow =
        (params.len() > CLIPPY_MAX_ARGUMENTS).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    quote! {
        #[doc = #doc]
        #[must_use]
        #[inline]
        #allow
        #vis fn new(#(#params: #types),*) -> Self {
            Self {
                #(#fields: #krate::__private::Field::new(#params),)*
            }
        }
    }
}

fn lock_order(model: &Model) -> TokenStream {
    let vis = &model.item.vis;
    let names = model.fields.iter().map(|f| &f.name);
    let doc = format!(
        "The lock order of `{}`: its fields' names in declaration order, which is the order \
         in which a thread may lock them.",
        model.name()
    );
    quote! {
        #[doc = #doc]
        #vis const LOCK_ORDER: &'static [&'static ::core::primitive::str] = &[#(#names),*];
    }
}

fn accessors(model: &Model, index: usize, field: &FieldModel) -> TokenStream {
    let krate = &model.krate;
    let levels = &model.levels;
    let (vis, ident, ty, lock, recover) = (
        field.vis,
        field.ident,
        field.ty,
        &field.lock,
        &field.recover,
    );
    let level = &field.level;
    let (lock_doc, recover_doc) = accessor_docs(model, index, field);
    let lifetime = lifetime_name(model);
    let key = key_name(model);
    let signature = quote! {
        <#lifetime>(
            &#lifetime self,
            #key: &#lifetime mut impl #krate::__private::CanLock<#levels::#level>,
        ) -> (
            #krate::__private::Guard<#lifetime, #ty>,
            #krate::__private::Key<#lifetime, #levels::#level>,
        )
    };
    quote! {
        #[doc = #lock_doc]
        #[inline]
        #[track_caller]
        #vis fn #lock #signature {
            self.#ident.lock(#key)
        }

        #[doc = #recover_doc]
        #[inline]
        #vis fn #recover #signature {
            self.#ident.recover(#key)
        }
    }
}

fn accessor_docs(model: &Model, index: usize, field: &FieldModel) -> (String, String) {
    let name = model.name();
    let field_name = &field.name;
    let before: Vec<String> = model.fields[..index]
        .iter()
        .map(|f| format!("`{}`", f.name))
        .collect();
    let after: Vec<String> = model.fields[index + 1..]
        .iter()
        .map(|f| format!("`{}`", f.name))
        .collect();
    let place = format!(
        "`{field_name}` is {} of {} in the lock order of `{name}`: {}.",
        ordinal(index + 1),
        model.fields.len(),
        order_text(model)
    );
    let takes = if before.is_empty() {
        format!(
            "Takes the `ThreadKey`: `{field_name}` comes first, so no other lock of `{name}` \
             may be held."
        )
    } else {
        format!(
            "Takes the `ThreadKey`, or the key handed back by locking an earlier field ({}); \
             a key that holds `{field_name}` or a later field does not compile.",
            list(&before)
        )
    };
    let gives = if after.is_empty() {
        "Hands back the guard and a key that may lock no other field of this struct \
         (`{field_name}` is last)."
            .replace("{field_name}", field_name)
    } else {
        format!(
            "Hands back the guard, which unlocks when dropped, and a key that may lock only \
             the fields after it: {}.",
            list(&after)
        )
    };
    let lock_doc = format!(
        "Locks `{field_name}`, blocking until it is free.\n\n{place}\n\n{takes} {gives}\n\n\
         # Panics\n\nIf `{field_name}` is poisoned (a thread panicked while holding it). \
         `{recover}` takes the data anyway.",
        recover = field.recover
    );
    let recover_doc = format!(
        "Locks `{field_name}` like `{lock}`, but if the lock is poisoned (a thread panicked \
         while holding it), hands over the data as that thread left it and clears the \
         poison, instead of panicking.\n\n{place}\n\n{takes} {gives}",
        lock = field.lock
    );
    (lock_doc, recover_doc)
}

fn list(names: &[String]) -> String {
    if names.len() > super::LISTED_FIELDS {
        format!(
            "{} fields, {} to {}",
            names.len(),
            names[0],
            names[names.len() - 1]
        )
    } else {
        names.join(", ")
    }
}

/// The accessors' lifetime: `'g`, or `'g_`, `'g__`, ... if the struct has a lifetime of
/// that name already.
fn lifetime_name(model: &Model) -> syn::Lifetime {
    let lifetimes: Vec<&Ident> = model
        .item
        .generics
        .lifetimes()
        .map(|l| &l.lifetime.ident)
        .collect();
    let name = unused_name("g", &lifetimes);
    syn::Lifetime::new(&format!("'{name}"), Span::call_site())
}

/// The accessors' key parameter: `key`, or `key_`, ... if a const parameter of the struct
/// has that name (a pattern would match the constant rather than bind the argument).
fn key_name(model: &Model) -> Ident {
    let consts: Vec<&Ident> = model
        .item
        .generics
        .const_params()
        .map(|c| &c.ident)
        .collect();
    Ident::new(&unused_name("key", &consts), Span::call_site())
}

/// `base`, with underscores added until no name in `taken` is equal to it.
fn unused_name(base: &str, taken: &[&Ident]) -> String {
    let mut name = base.to_owned();
    while taken.iter().any(|ident| **ident == name) {
        name.push('_');
    }
    name
}
