//! The struct itself: each field's type becomes the runtime's `Field`, which opens only
//! with a key.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use crate::model::Model;

pub fn struct_definition(model: &Model) -> TokenStream {
    let krate = &model.krate;
    let levels = &model.levels;
    let attrs = &model.attrs;
    let item = model.item;
    let (vis, ident, generics) = (&item.vis, &item.ident, &item.generics);
    let where_clause = &generics.where_clause;
    let fields = model.fields.iter().map(|field| {
        let (attrs, vis, ident, ty, level) = (
            &field.attrs,
            field.vis,
            field.ident,
            field.ty,
            &field.macro_ident,
        );
        // Spanned on the type: rustc's errors about it (not `Send`, not sized, unknown)
        // land on what the user wrote.
        let storage = quote_spanned!(ty.span()=> #krate::__private::Field<#ty, #levels::#level>);
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
