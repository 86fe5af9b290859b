//! The struct itself, and its one allocation: the struct holds one `Arc` of a generated
//! struct (`Fields`, in the levels module) whose fields are the user's, each stored in the
//! runtime's type for its kind (`Field`, which opens only with a key, for a mutex). Clones
//! share that `Arc`, so an instance costs one allocation, and each lock's address in it is
//! the lock's identity (the runtime's `identity.rs`).
//!
//! `Fields` is generic over the fields' types rather than naming them: from inside the
//! levels module, a type written in a function body, or imported beside the struct, could
//! not be named. Its fields have the user's names, attributes and visibilities (seen from
//! the module), so that code that may name a field reaches its storage
//! (`bank.fields.accounts`, as `lock!` does), and nothing else can; the storage still
//! opens only with a key.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

use crate::kind::StorageArgs;
use crate::model::{FieldModel, Model};

pub fn struct_definition(model: &Model) -> TokenStream {
    let attrs = &model.attrs;
    let item = model.item;
    let (vis, ident, generics) = (&item.vis, &item.ident, &item.generics);
    let where_clause = &generics.where_clause;
    let (rt, levels, storage) = (&model.rt, &model.levels, &model.storage);
    let fields_struct = &model.fields_struct;
    let arguments = model
        .fields
        .iter()
        .filter(|field| is_parameter(field))
        .map(|field| field.ty);
    let doc = format!(
        "Every field's storage, in one allocation that clones share. Each field is \
         reached through its methods (`{levels}` names their levels)."
    );
    let doc = super::doc_attr(&doc);
    let order_doc = super::docs::struct_doc(model).map(|doc| super::doc_attr(&doc));
    quote! {
        #(#attrs)*
        #order_doc
        #vis struct #ident #generics #where_clause {
            #doc
            #[doc(hidden)]
            #vis #storage: #rt::Arc<#levels::#fields_struct<#(#arguments),*>>,
        }
    }
}

/// The struct of every field's storage, for the levels module: one type parameter per
/// field whose type it stores (`T0`, `T1`, ...), a field of the runtime's storage type for
/// each field, with the user's attributes and visibility.
pub fn fields_struct(model: &Model) -> TokenStream {
    let (vis, ident) = (&model.inner_vis, &model.fields_struct);
    let mut parameters = Vec::new();
    let fields = model.fields.iter().map(|field| {
        // A lint expectation on the field is kept as an allowance (see the model's
        // `expectation_allowed`): the storage is read by the generated methods.
        let attrs = field
            .attrs
            .iter()
            .map(|attr| crate::model::expectation_allowed(attr).unwrap_or_else(|| (*attr).clone()));
        let ident = field.ident;
        let vis = crate::model::inner_visibility(field.vis);
        let data = if is_parameter(field) {
            let parameter = format_ident!("T{}", parameters.len());
            parameters.push(parameter.clone());
            quote!(#parameter)
        } else {
            TokenStream::new()
        };
        let storage = storage_type(model, field, &data, &quote!(self));
        quote! {
            #(#attrs)*
            #vis #ident: #storage
        }
    });
    // Collected first: the fields' closure numbers the parameters.
    let fields: Vec<TokenStream> = fields.collect();
    let doc = format!(
        "The storage of `{}`'s fields, which the struct holds in one `Arc`.",
        model.name()
    );
    let doc = super::doc_attr(&doc);
    quote! {
        #doc
        #[doc(hidden)]
        #vis struct #ident<#(#parameters),*> {
            #(#fields,)*
        }
    }
}

/// Whether `field`'s type is a type argument of the storage struct: every field's is but
/// an atomic field's, whose storage names its std atomic.
fn is_parameter(field: &FieldModel) -> bool {
    field.spec().storage_args != StorageArgs::Atomic
}

/// The runtime type that stores `field`, as its kind says, for the data type `data` and
/// the levels module at `levels`: `Field<T, levels::field>` for a mutex,
/// `UnlockedField<T>`, `AtomicField<AtomicU64>` for an atomic `u64`.
fn storage_type(
    model: &Model,
    field: &FieldModel,
    data: &TokenStream,
    levels: &TokenStream,
) -> TokenStream {
    let (rt, level) = (&model.rt, &field.macro_ident);
    let storage = Ident::new(field.spec().storage, Span::call_site());
    // Spanned on the type: rustc's errors about it land on what the user wrote.
    let span = field.ty.span();
    match field.spec().storage_args {
        StorageArgs::DataAndLevel => {
            quote_spanned!(span=> #rt::#storage<#data, #levels::#level>)
        }
        StorageArgs::Data => quote_spanned!(span=> #rt::#storage<#data>),
        StorageArgs::Atomic => {
            let atomic = atomic_path(model, field);
            quote_spanned!(span=> #rt::#storage<#atomic>)
        }
    }
}

/// `::guarded::__private::atomic::AtomicU64` for an atomic `u64` field: `core`'s atomic, or
/// shuttle's with the runtime's `shuttle` feature (which the macro cannot see).
pub fn atomic_path(model: &Model, field: &FieldModel) -> TokenStream {
    let krate = &model.krate;
    // `field_kind` makes a field atomic only if its type has an atomic.
    let atomic = field.atomic.unwrap_or("AtomicBool");
    let atomic = proc_macro2::Ident::new(atomic, proc_macro2::Span::call_site());
    quote!(#krate::__private::atomic::#atomic)
}
