//! The inherent methods: `new`, `LOCK_ORDER`, and `lock_<field>` / `recover_<field>`.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::{LISTED_FIELDS, order_text, ordinal, ticked};
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
    let (krate, vis) = (&model.krate, &model.item.vis);
    let fields = model.fields.iter().map(|f| f.ident);
    // A const parameter named like a field would turn that argument into a pattern.
    let consts: Vec<&Ident> = model
        .item
        .generics
        .const_params()
        .map(|c| &c.ident)
        .collect();
    let params: Vec<Ident> = model
        .fields
        .iter()
        .map(|f| {
            if consts.contains(&f.ident) {
                quote::format_ident!("{}_", f.macro_ident)
            } else {
                f.macro_ident.clone()
            }
        })
        .collect();
    let types = model.fields.iter().map(|f| f.ty);
    let doc = format!(
        "Creates a `{}` from the values of its fields, in declaration order: {}. \
         Each value goes behind its own lock.",
        model.name(),
        ticked(&model.fields).join(", ")
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
    let (vis, levels) = (&model.item.vis, &model.levels);
    let doc = format!(
        "The lock order of `{}`: its fields' names in declaration order, which is the order \
         in which a thread may lock them (also `{levels}::LOCK_ORDER`, which needs no \
         generic arguments).",
        model.name()
    );
    quote! {
        #[doc = #doc]
        #vis const LOCK_ORDER: &'static [&'static ::core::primitive::str] = #levels::LOCK_ORDER;
    }
}

fn accessors(model: &Model, index: usize, field: &FieldModel) -> TokenStream {
    let (krate, levels, lifetime, key) = (&model.krate, &model.levels, &model.lifetime, &model.key);
    let (vis, ident, ty, level) = (field.vis, field.ident, field.ty, &field.macro_ident);
    let (lock, recover) = (&field.lock, &field.recover);
    let (lock_doc, recover_doc) = accessor_docs(model, index, field);
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
    let field_name = &field.name;
    let place = format!(
        "`{field_name}` is {} of {} in the lock order of `{}`: {}.",
        ordinal(index + 1),
        model.fields.len(),
        model.name(),
        order_text(model)
    );
    let keys = format!("{} {}", takes_text(model, index), gives_text(model, index));
    let lock_doc = format!(
        "Locks `{field_name}`, blocking until it is free.\n\n{place}\n\n{keys}\n\n\
         # Panics\n\nIf `{field_name}` is poisoned (a thread panicked while holding it). \
         `{recover}` takes the data anyway.",
        recover = field.recover
    );
    let recover_doc = format!(
        "Locks `{field_name}` like `{lock}`, but if the lock is poisoned (a thread panicked \
         while holding it), hands over the data as that thread left it and clears the \
         poison, instead of panicking.\n\n{place}\n\n{keys}",
        lock = field.lock
    );
    (lock_doc, recover_doc)
}

/// Which keys the accessors of field `index` take.
fn takes_text(model: &Model, index: usize) -> String {
    let field_name = &model.fields[index].name;
    if index == 0 {
        format!(
            "Takes the `ThreadKey`: `{field_name}` comes first, so no other lock of `{}` \
             may be held.",
            model.name()
        )
    } else {
        format!(
            "Takes the `ThreadKey`, or the key handed back by locking an earlier field ({}); \
             a key that holds `{field_name}` or a later field does not compile.",
            list(&ticked(&model.fields[..index]))
        )
    }
}

/// What the accessors of field `index` hand back.
fn gives_text(model: &Model, index: usize) -> String {
    let after = &model.fields[index + 1..];
    if after.is_empty() {
        format!(
            "Hands back the guard, which unlocks when dropped, and a key that may lock no \
             other field of this struct (`{}` is last).",
            model.fields[index].name
        )
    } else {
        format!(
            "Hands back the guard, which unlocks when dropped, and a key that may lock only \
             the fields after it: {}.",
            list(&ticked(after))
        )
    }
}

fn list(names: &[String]) -> String {
    match names {
        [first, .., last] if names.len() > LISTED_FIELDS => {
            format!("{} fields, {first} to {last}", names.len())
        }
        _ => names.join(", "),
    }
}
