//! The calls that lock one field of several instances at once: `lock_<field>_pair` and
//! `lock_<field>_many` (`read_`/`write_` for an `rw` field). They lock the instances in an
//! order of their own (see the runtime's `many` module), so two threads passing the same
//! instances in opposite orders cannot deadlock.

use proc_macro2::{Delimiter, Group, Ident, Span, TokenStream};
use quote::{ToTokens, quote};

use super::docs;
use super::trees::Trees;
use crate::kind::{Access, Poison};
use crate::model::{FieldModel, Model};

/// The storage type, for calling its associated functions.
fn storage(field: &FieldModel) -> Ident {
    Ident::new(field.spec().storage, Span::call_site())
}

/// One instance's guard as the field's policy hands it out: `Guard<'g, T>`, or under
/// `poison = result` `Result<Guard<'g, T>, Poisoned<'g, Guard<'g, T>>,>`. Its tokens are
/// written straight into the return type's (see `trees.rs`).
struct GuardOut<'a> {
    model: &'a Model<'a>,
    field: &'a FieldModel<'a>,
    guard: String,
}

impl GuardOut<'_> {
    fn new<'a>(model: &'a Model<'a>, field: &'a FieldModel<'a>, access: Access) -> GuardOut<'a> {
        let guard = field.spec().group_guard(access);
        GuardOut {
            model,
            field,
            guard,
        }
    }

    /// `Guard<'g, T>`
    fn guard(&self, tokens: &mut TokenStream) {
        let mut head = Trees::default();
        head.rt(&self.model.rt, &self.guard)
            .punct("<")
            .lifetime(&self.model.lifetime)
            .punct(",");
        head.to_tokens(tokens);
        self.field.ty.to_tokens(tokens);
        Trees::default().punct(">").to_tokens(tokens);
    }
}

impl ToTokens for GuardOut<'_> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let (rt, lifetime) = (&self.model.rt, &self.model.lifetime);
        if self.field.poison != Poison::Result {
            return self.guard(tokens);
        }
        Trees::default()
            .rt(rt, "Result")
            .punct("<")
            .to_tokens(tokens);
        self.guard(tokens);
        Trees::default()
            .punct(",")
            .rt(rt, "Poisoned")
            .punct("<")
            .lifetime(lifetime)
            .punct(",")
            .to_tokens(tokens);
        self.guard(tokens);
        Trees::default()
            .punct(">")
            .punct(",")
            .punct(">")
            .to_tokens(tokens);
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
    let (storage, out) = (storage(field), GuardOut::new(model, field, access));
    let fields = &model.storage;
    let level = &field.macro_ident;
    let (key_param, key_arg) = super::key_param(model, field, false);
    let doc = docs::group_doc(model, field, access, false);
    let doc = super::doc_attrs(&doc, true);
    let key_type = super::key_type(field);
    // `Result<(out, out, Key<'g, level>), SameInstance>`
    let locked = Group::new(
        Delimiter::Parenthesis,
        quote!(#out, #out, #rt::#key_type<#lifetime, #levels::#level>),
    );
    let mut output = Trees::default();
    output.rt(rt, "Result").punct("<").group(&locked).punct(",");
    output.rt(rt, "SameInstance").punct(",").punct(">");
    let output = super::future_if_async(model, field, output);
    // Generic over the key, so inlinable in the caller's crate without `#[inline]`; one
    // that takes the key as an object is not (`_many` is, over its instances).
    let inline = super::inline_if_key_object(field);
    quote! {
        #doc
        #inline
        #vis fn #name<#lifetime #key_param>(
            #first: &#lifetime Self,
            #second: &#lifetime Self,
            #key: &#lifetime mut #key_arg,
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
    let (storage, out) = (storage(field), GuardOut::new(model, field, access));
    let fields = &model.storage;
    let level = &field.macro_ident;
    let (key_param, key_arg) = super::key_param(model, field, false);
    let doc = docs::group_doc(model, field, access, true);
    let doc = super::doc_attrs(&doc, true);
    let key_type = super::key_type(field);
    // `Result<(Vec<out>, Key<'g, level>), SameInstance>`
    let locked = Group::new(
        Delimiter::Parenthesis,
        quote!(#rt::Vec<#out>, #rt::#key_type<#lifetime, #levels::#level>),
    );
    let mut output = Trees::default();
    output.rt(rt, "Result").punct("<").group(&locked).punct(",");
    output.rt(rt, "SameInstance").punct(",").punct(">");
    let output = super::future_if_async(model, field, output);
    quote! {
        #doc
        #vis fn #name<#lifetime #key_param>(
            #instances: impl #rt::IntoIterator<Item = &#lifetime Self>,
            #key: &#lifetime mut #key_arg,
        ) -> #output
        where
            Self: #lifetime,
        {
            #rt::#storage::#runtime(#instances, |#instances| &#instances.#fields.#ident, #key)
        }
    }
}
