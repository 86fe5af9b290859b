//! The inherent methods: `new`, `LOCK_ORDER`, and each field's methods (`lock_<field>`
//! and the others of its kind).

use proc_macro2::{Delimiter, Group, Ident, Span, TokenStream};
use quote::quote;

use super::storage::atomic_path;
use super::ticked;
use super::trees::Trees;
use super::{docs, groups};
use crate::kind::{Method, Op, Poison, Shape, StorageArgs};
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
        .filter(|field| field.has_accessors())
        .map(|field| field_methods(model, field));
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
    let vis = &model.item.vis;
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
    let values = model
        .fields
        .iter()
        .zip(&params)
        .map(|(field, param)| stored(model, field, param));
    let doc = format!(
        "Creates a `{}` from the values of its fields, in declaration order: {}. \
         Each value goes behind its own lock (a field that takes no lock keeps it without \
         one: `atomic`, `unlocked`, `snapshot`), all in one allocation, which clones share.",
        model.name(),
        ticked(&model.fields.iter().collect::<Vec<_>>()).join(", ")
    );
    let doc = super::doc_attr(&doc);
    // The number of arguments is the user's number of fields; the `allow` is emitted only
    // when clippy would object, so a crate that forbids the lint can still have small structs.
    let allow =
        (params.len() > CLIPPY_MAX_ARGUMENTS).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    let (rt, levels, storage, fields_struct) = (
        &model.rt,
        &model.levels,
        &model.storage,
        &model.fields_struct,
    );
    quote! {
        #doc
        #[must_use]
        #[inline]
        #allow
        #vis fn new(#(#params: #types),*) -> Self {
            Self {
                #storage: #rt::Arc::new(#levels::#fields_struct {
                    #(#fields: #values,)*
                }),
            }
        }
    }
}

/// The value `new` stores for `field`, given its argument.
fn stored(model: &Model, field: &FieldModel, param: &Ident) -> TokenStream {
    let rt = &model.rt;
    let storage = Ident::new(field.spec().storage, Span::call_site());
    if field.spec().storage_args == StorageArgs::Atomic {
        let atomic = atomic_path(model, field);
        quote!(#rt::#storage::new(#atomic::new(#param)))
    } else {
        quote!(#rt::#storage::new(#param))
    }
}

fn lock_order(model: &Model) -> TokenStream {
    let (vis, levels) = (&model.item.vis, &model.levels);
    let doc = format!(
        "The lock order of `{}`: its locked fields' names in declaration order (`atomic`, \
         `unlocked` and `snapshot` fields take no lock), which is the order \
         in which a thread may lock them (also `{levels}::LOCK_ORDER`, which needs no \
         generic arguments).",
        model.name()
    );
    let doc = super::doc_attr(&doc);
    quote! {
        #doc
        #vis const LOCK_ORDER: &'static [&'static ::core::primitive::str] = #levels::LOCK_ORDER;
    }
}

/// Every method of `field`, as its kind and policy say (`Kind::methods`).
fn field_methods(model: &Model, field: &FieldModel) -> TokenStream {
    // A `#[deprecated]` field's methods are deprecated: they are how the field is used.
    // (The attribute is not on its storage, whose uses are all the macro's.)
    let deprecated = &field.deprecated;
    field
        .kind
        .methods(field.poison)
        .into_iter()
        .map(|method| match method {
            Method::Single(op) => lock_method(model, field, op),
            Method::Pair(access) => groups::pair(model, field, access),
            Method::Many(access) => groups::many(model, field, access),
            Method::NotifyOne => notify_method(
                model,
                field,
                "notify_one",
                &docs::notify_one_doc(model, field),
            ),
            Method::NotifyAll => notify_method(
                model,
                field,
                "notify_all",
                &docs::notify_all_doc(model, field),
            ),
            Method::Atomic => atomic_method(model, field),
            Method::Get => get_method(model, field),
            Method::Load => load_method(model, field),
            Method::Store => store_method(model, field),
            Method::Update => update_method(model, field),
        })
        // Only where there is one: each token stream interpolated into another costs calls
        // across the proc-macro bridge (see `trees.rs`).
        .map(|method| {
            if deprecated.is_empty() {
                method
            } else {
                quote!(#(#deprecated)* #method)
            }
        })
        .collect()
}

/// The field's own doc comment, as a paragraph above the generated doc of the methods that
/// reach its data (`lock_`, `read_`, `write_`, and the accessor of an `atomic`, `unlocked` or
/// `snapshot` field; the other methods point to these): the field itself is in the hidden
/// storage struct, where rustdoc does not show it. Only `#[doc = "..."]` (what `///` and
/// `/** */` are), not `#[doc(hidden)]` and the like.
fn field_doc(field: &FieldModel) -> TokenStream {
    let docs: Vec<_> = field
        .attrs
        .iter()
        .filter(|attr| matches!(&attr.meta, syn::Meta::NameValue(doc) if doc.path.is_ident("doc")))
        .collect();
    if docs.is_empty() {
        return TokenStream::new();
    }
    quote!(#(#docs)* #[doc = ""])
}

/// One method that locks `field`: its signature, its doc, and the call into the runtime.
fn lock_method(model: &Model, field: &FieldModel, op: Op) -> TokenStream {
    let (rt, levels, lifetime, key) = (&model.rt, &model.levels, &model.lifetime, &model.key);
    let (vis, ident, ty, level) = (field.vis, field.ident, field.ty, &field.macro_ident);
    let storage = &model.storage;
    let (prefix, postfix, runtime) = op.names();
    let name = field.method(prefix, postfix);
    let runtime = Ident::new(runtime, Span::call_site());
    // Optional pieces are lists of one or none, repeated with `#(...)*`, and the return
    // type is `Trees` around one group: in the compiler, each token stream interpolated
    // into another is a few calls across the proc-macro bridge (see `trees.rs`).
    // A condition-variable field's methods name the key's type `K` (its guard remembers
    // it, for waiting): see `key_param`.
    let (key_param, key_arg) = super::key_param(model, field, true);
    // Called on `&self.fields.f`, where the storage's `&self` method comes first in method
    // lookup: on `self.fields.f`, a by-value method of a user's trait of the same name
    // would. (By path, `rt::Field::lock(&self.fields.f, key)`, costs rustc more: 3% of the
    // check of a 200-field struct, by callgrind.)
    let condvar_key = field.spec().waits.then_some(&model.key_type).into_iter();
    let spec = field.spec();
    let guard = Ident::new(spec.guards[op.access()], Span::call_site());
    let key_type = super::key_type(field);
    let locked = &Group::new(
        Delimiter::Parenthesis,
        quote! {
            #rt::#guard<#lifetime, #ty #(, #levels::#level, #condvar_key)*>,
            #rt::#key_type<#lifetime, #levels::#level>,
        },
    );
    let mut output = Trees::default();
    match (op.shape(), field.poison) {
        (Shape::Recover, _) | (Shape::Blocking, Poison::Panic | Poison::Recover) => {
            output.group(locked);
        }
        (Shape::Blocking, Poison::Result) => {
            // `Result<locked, Poisoned<'g, locked>>`
            output.rt(rt, "Result").punct("<").group(locked).punct(",");
            output
                .rt(rt, "Poisoned")
                .punct("<")
                .lifetime(lifetime)
                .punct(",");
            output.group(locked).punct(">>");
        }
        (Shape::Try, Poison::Panic | Poison::Recover) => {
            // `Result<locked, Busy>`
            output.rt(rt, "Result").punct("<").group(locked).punct(",");
            output.rt(rt, "Busy").punct(">");
        }
        (Shape::Try, Poison::Result) => {
            // `Result<Result<locked, Poisoned<'g, locked>>, Busy,>`
            output
                .rt(rt, "Result")
                .punct("<")
                .rt(rt, "Result")
                .punct("<");
            output.group(locked).punct(",");
            output
                .rt(rt, "Poisoned")
                .punct("<")
                .lifetime(lifetime)
                .punct(",");
            output.group(locked).punct(">>").punct(",");
            output.rt(rt, "Busy").punct(",").punct(">");
        }
    }
    // A blocking call of an async field is a future, which resolves to the guard.
    let output = if op.shape() == Shape::Blocking {
        super::future_if_async(model, field, output)
    } else {
        output
    };
    let timeout: Vec<&Ident> = op.timed().then_some(&model.timeout).into_iter().collect();
    let own_doc = matches!(op, Op::Lock | Op::Read | Op::Write).then(|| field_doc(field));
    let doc = docs::lock_doc(model, field, op);
    // Every lock call tracks its caller: a blocking one's panics point at the user's call,
    // and an async one's future names that call if a task other than the key's polls it.
    let doc = super::doc_attrs(&doc, true);
    // Generic over the key, the method is compiled, and inlined, in the caller's crate
    // without `#[inline]` (the benchmarks count the same instructions). One that takes the
    // key as an object is generic only over its lifetime, so it needs `#[inline]`.
    let inline = super::inline_if_key_object(field);
    quote! {
        #own_doc
        #doc
        #inline
        #vis fn #name<#lifetime #key_param>(
            &#lifetime self,
            #key: &#lifetime mut #key_arg
            #(, #timeout: #rt::Duration)*
        ) -> #output {
            (&self.#storage.#ident).#runtime(#key #(, #timeout)*)
        }
    }
}

/// `notify_one_<field>` or `notify_all_<field>`, which calls the runtime's method `runtime`.
fn notify_method(model: &Model, field: &FieldModel, runtime: &str, doc: &str) -> TokenStream {
    let (vis, ident, storage) = (field.vis, field.ident, &model.storage);
    let name = field.method(&format!("{runtime}_"), "");
    let runtime = Ident::new(runtime, proc_macro2::Span::call_site());
    let doc = super::doc_attr(doc);
    quote! {
        #doc
        #[inline]
        #vis fn #name(&self) {
            (&self.#storage.#ident).#runtime();
        }
    }
}

/// The method of an atomic field: the atomic itself, named after the field.
fn atomic_method(model: &Model, field: &FieldModel) -> TokenStream {
    let (vis, ident, storage) = (field.vis, field.ident, &model.storage);
    let name = field.method("", "");
    let atomic = atomic_path(model, field);
    let doc = docs::atomic_doc(model, field);
    let doc = super::doc_attr(&doc);
    let own_doc = field_doc(field);
    quote! {
        #own_doc
        #doc
        #[inline]
        #[must_use]
        #vis fn #name(&self) -> &#atomic {
            (&self.#storage.#ident).get()
        }
    }
}

/// The method of an unlocked field: `&T`, named after the field.
fn get_method(model: &Model, field: &FieldModel) -> TokenStream {
    let (vis, ident, ty, storage) = (field.vis, field.ident, field.ty, &model.storage);
    let name = field.method("", "");
    let doc = docs::get_doc(model, field);
    let doc = super::doc_attr(&doc);
    let own_doc = field_doc(field);
    quote! {
        #own_doc
        #doc
        #[inline]
        #[must_use]
        #vis fn #name(&self) -> &#ty {
            (&self.#storage.#ident).get()
        }
    }
}

/// `load_<field>` of a snapshot field: the current value, as a snapshot.
fn load_method(model: &Model, field: &FieldModel) -> TokenStream {
    let (rt, vis, ident, ty) = (&model.rt, field.vis, field.ident, field.ty);
    let storage = &model.storage;
    let name = field.method("load_", "");
    let doc = docs::load_doc(model, field);
    let doc = super::doc_attr(&doc);
    let own_doc = field_doc(field);
    quote! {
        #own_doc
        #doc
        #[inline]
        #[must_use]
        #vis fn #name(&self) -> #rt::Snapshot<#ty> {
            (&self.#storage.#ident).load()
        }
    }
}

/// `store_<field>` of a snapshot field: replaces the value.
fn store_method(model: &Model, field: &FieldModel) -> TokenStream {
    let (vis, ident, ty, value) = (field.vis, field.ident, field.ty, &model.value);
    let storage = &model.storage;
    let name = field.method("store_", "");
    let doc = docs::store_doc(model, field);
    let doc = super::doc_attr(&doc);
    quote! {
        #doc
        #[inline]
        #[track_caller]
        #vis fn #name(&self, #value: #ty) {
            (&self.#storage.#ident).store(#value);
        }
    }
}

/// `update_<field>` of a snapshot field: replaces the value by a function of it.
fn update_method(model: &Model, field: &FieldModel) -> TokenStream {
    let (rt, vis, ident, ty, f) = (&model.rt, field.vis, field.ident, field.ty, &model.update);
    let storage = &model.storage;
    let name = field.method("update_", "");
    let doc = docs::update_doc(model, field);
    let doc = super::doc_attr(&doc);
    quote! {
        #doc
        #[inline]
        #[track_caller]
        #vis fn #name(&self, #f: impl #rt::FnMut(&#ty) -> #ty) {
            (&self.#storage.#ident).update(#f);
        }
    }
}
