//! The struct itself: each field's type becomes the runtime's `Field`, which opens only
//! with a key.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use crate::model::{FieldModel, Model};
use crate::parse::Kind;

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
    quote! {
        #(#attrs)*
        #vis struct #ident #generics #where_clause {
            #(#fields,)*
        }
    }
}

/// The runtime type that stores `field`: `Field<T, level>` for a mutex, `RwField`,
/// `CondvarField`, or `AtomicField<AtomicU64>` for an atomic `u64`.
pub fn storage_type(model: &Model, field: &FieldModel) -> TokenStream {
    let (krate, levels, ty, level) = (&model.krate, &model.levels, field.ty, &field.macro_ident);
    let wrapper = match field.kind {
        Kind::Mutex => quote!(Field),
        Kind::Rw => quote!(RwField),
        Kind::Condvar => quote!(CondvarField),
        Kind::Atomic => {
            let atomic = atomic_path(field);
            return quote_spanned!(ty.span()=> #krate::__private::AtomicField<#atomic>);
        }
    };
    // Spanned on the type: rustc's errors about it (not `Send`, not sized, unknown) land on
    // what the user wrote.
    quote_spanned!(ty.span()=> #krate::__private::#wrapper<#ty, #levels::#level>)
}

/// `::core::sync::atomic::AtomicU64` for an atomic `u64` field.
pub fn atomic_path(field: &FieldModel) -> TokenStream {
    // `field_kind` makes a field atomic only if its type has an atomic.
    let atomic = field.atomic.unwrap_or("AtomicBool");
    let atomic = proc_macro2::Ident::new(atomic, proc_macro2::Span::call_site());
    quote!(::core::sync::atomic::#atomic)
}
