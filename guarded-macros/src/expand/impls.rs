//! Trait impls: `Clone`, which shares the locks.

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::Model;

/// `Clone` without bounds on the type parameters: a clone shares the same `Arc`s.
pub fn clone_impl(model: &Model) -> TokenStream {
    let ident = &model.item.ident;
    let (impl_generics, ty_generics, where_clause) = model.item.generics.split_for_impl();
    let fields = model.fields.iter().map(|field| field.ident);
    let rt = &model.rt;
    quote! {
        #[automatically_derived]
        impl #impl_generics #rt::Clone for #ident #ty_generics #where_clause {
            #[inline]
            fn clone(&self) -> Self {
                Self {
                    #(#fields: #rt::Clone::clone(&self.#fields),)*
                }
            }
        }
    }
}
