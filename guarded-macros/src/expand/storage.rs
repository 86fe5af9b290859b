//! The struct itself: each field's type becomes the runtime's `Field`, which opens only
//! with a key.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use crate::kind::StorageArgs;
use crate::model::{FieldModel, Model};

pub fn struct_definition(model: &Model) -> TokenStream {
    let attrs = &model.attrs;
    let item = model.item;
    let (vis, ident, generics) = (&item.vis, &item.ident, &item.generics);
    let where_clause = &generics.where_clause;
    let fields = model.fields.iter().map(|field| {
        let (attrs, vis, ident) = (&field.attrs, field.vis, field.ident);
        let storage = storage_type(model, field);
        quote! {
            #(#attrs)*
            #vis #ident: #storage
        }
    });
    let order_doc = super::docs::struct_doc(model).map(|doc| quote!(#[doc = #doc]));
    quote! {
        #(#attrs)*
        #order_doc
        #vis struct #ident #generics #where_clause {
            #(#fields,)*
        }
    }
}

/// The runtime type that stores `field`, as its kind says: `Field<T, level>` for a mutex,
/// `UnlockedField<T>`, `AtomicField<AtomicU64>` for an atomic `u64`.
pub fn storage_type(model: &Model, field: &FieldModel) -> TokenStream {
    let (krate, levels, ty, level) = (&model.krate, &model.levels, field.ty, &field.macro_ident);
    let storage = Ident::new(field.spec().storage, Span::call_site());
    // Spanned on the type: rustc's errors about it (not `Send`, not sized, unknown) land on
    // what the user wrote.
    match field.spec().storage_args {
        StorageArgs::DataAndLevel => {
            quote_spanned!(ty.span()=> #krate::__private::#storage<#ty, #levels::#level>)
        }
        StorageArgs::Data => quote_spanned!(ty.span()=> #krate::__private::#storage<#ty>),
        StorageArgs::Atomic => {
            let atomic = atomic_path(model, field);
            quote_spanned!(ty.span()=> #krate::__private::#storage<#atomic>)
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
