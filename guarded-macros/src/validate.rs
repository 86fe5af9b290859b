//! The rules a struct must follow to be `#[guarded]`, each mistake reported on its own.

use std::collections::HashMap;

use syn::{Attribute, Data, DeriveInput, Fields, Path};

use crate::errors::Errors;
use crate::model;
use crate::parse::{self, FieldOptions, Input, Kind};

/// Records every rule `input` breaks. The rules for a struct's derives and fields are
/// checked only on a struct with named fields: on anything else they would only add noise
/// beside the one error that matters.
pub fn validate(input: &Input, errors: &mut Errors) {
    let shape = shape(&input.item);
    let has_fields = shape.is_none();
    if let Some(error) = shape {
        errors.push(error);
    }
    applied_twice(&input.item.attrs, errors);
    crate_path(input, errors);
    levels_shadowed(&input.item, errors);
    if let (true, Data::Struct(data)) = (has_fields, &input.item.data) {
        derives(&input.item.attrs, errors);
        packed(&input.item.attrs, errors);
        for (field, options) in data.fields.iter().zip(&input.field_options) {
            field_attributes(field, errors);
            unsized_type(field, errors);
            atomic_field(&input.item.ident, field, options, errors);
        }
        accessor_clashes(input, errors);
    }
}

/// A type parameter named like the levels module would take over the generated paths to
/// the levels (`bank_levels::accounts` would name an associated type of the parameter).
fn levels_shadowed(item: &DeriveInput, errors: &mut Errors) {
    if let Some(param) = shadows_levels(item) {
        errors.at(
            param,
            format!(
                "the type parameter `{param}` has the name of the module of lock levels that \
                 `#[guarded]` generates for `{}`: rename the parameter",
                item.ident
            ),
        );
    }
}

/// The type parameter of `item` that has the name of its levels module, if any.
pub fn shadows_levels(item: &DeriveInput) -> Option<&syn::Ident> {
    let levels = model::levels_name(&item.ident).to_string();
    item.generics
        .type_params()
        .map(|p| &p.ident)
        .find(|ident| model::unraw(ident) == levels)
}

/// Why `item` is not a struct with named fields, or `None` if it is one.
fn shape(item: &DeriveInput) -> Option<syn::Error> {
    let name = &item.ident;
    let no_fields = || {
        syn::Error::new_spanned(
            name,
            format!(
                "`#[guarded]` struct `{name}` has no fields, so there is nothing to lock: \
                 add a field (`struct {name} {{ name: Type }}`), or remove `#[guarded]`"
            ),
        )
    };
    match &item.data {
        Data::Enum(data) => Some(syn::Error::new_spanned(
            data.enum_token,
            format!(
                "`#[guarded]` goes on a struct with named fields, not on the enum `{name}`: \
                 each named field gets its own lock; put the enum in a field of a struct instead"
            ),
        )),
        Data::Union(data) => Some(syn::Error::new_spanned(
            data.union_token,
            format!(
                "`#[guarded]` goes on a struct with named fields, not on the union `{name}`: \
                 put the union in a field of a struct instead"
            ),
        )),
        Data::Struct(data) => match &data.fields {
            Fields::Named(fields) if fields.named.is_empty() => Some(no_fields()),
            Fields::Named(_) => None,
            Fields::Unnamed(fields) => Some(syn::Error::new_spanned(
                fields,
                format!(
                    "`#[guarded]` needs named fields, because each lock method is named after \
                     its field (`lock_<field>`): write `struct {name} {{ name: Type, .. }}`"
                ),
            )),
            Fields::Unit => Some(no_fields()),
        },
    }
}

fn applied_twice(attrs: &[Attribute], errors: &mut Errors) {
    for attr in attrs.iter().filter(|attr| parse::is_guarded(attr)) {
        errors.at(
            attr,
            "`#[guarded]` is applied twice to this struct: remove one; \
             its options go in a single `#[guarded(...)]`",
        );
    }
}

fn derives(attrs: &[Attribute], errors: &mut Errors) {
    for attr in attrs {
        for path in model::derived_paths(attr) {
            if let Some(why) = rejected_derive(&path) {
                errors.at(&path, why);
            }
        }
    }
}

/// Why `#[derive(path)]` cannot work on a `#[guarded]` struct, or `None` if it may.
pub fn rejected_derive(path: &Path) -> Option<String> {
    let name = path.segments.last()?.ident.to_string();
    let (why, instead) = match name.as_str() {
        "Clone" => (
            "`#[guarded]` implements `Clone` already (a clone shares the same locks)",
            "",
        ),
        "Copy" => (
            "a `#[guarded]` struct owns reference-counted locks, which cannot be copied",
            "",
        ),
        "PartialEq" | "Eq" | "PartialOrd" | "Ord" => (
            READS_UNLOCKED,
            ", and compare the data inside the locks instead",
        ),
        "Hash" => (
            READS_UNLOCKED,
            ", and hash the data inside the locks instead",
        ),
        "Serialize" => (
            READS_UNLOCKED,
            ", and serialize the data inside the locks instead",
        ),
        "Deserialize" => (
            "the fields of a `#[guarded]` struct are locks, which only `new` makes",
            ", deserialize the data into a plain struct and pass it to `new`",
        ),
        _ => return None,
    };
    Some(format!(
        "cannot derive `{name}`: {why}; remove `{name}` from the derive{instead}"
    ))
}

const READS_UNLOCKED: &str =
    "it would read the fields of a `#[guarded]` struct without taking their locks in order";

fn crate_path(input: &Input, errors: &mut Errors) {
    let Some(path) = &input.options.krate else {
        return;
    };
    let text = parse::path_text(path);
    let first = path.segments.first().map(|s| s.ident.to_string());
    let absolute =
        path.leading_colon.is_some() || matches!(first.as_deref(), Some("crate" | "$crate"));
    if !absolute {
        errors.at(path, relative_crate_path(&text, first.as_deref()));
    } else if path.segments.iter().any(|s| !s.arguments.is_none()) {
        errors.at(
            path,
            format!(
                "`crate = {text}` must be a plain path to the `guarded` crate, without \
                 generic arguments: write `crate = ::path::to::guarded`"
            ),
        );
    }
}

fn relative_crate_path(text: &str, first: Option<&str>) -> String {
    let fix = if matches!(first, Some("self" | "super")) {
        "write the path from the crate root: `crate = crate::path::to::guarded`".to_owned()
    } else {
        format!(
            "write `crate = ::{text}` for a crate, or `crate = crate::{text}` for a re-export \
             in this crate"
        )
    };
    format!(
        "`crate = {text}` is a relative path, which the generated code (inside a module of \
         its own) would not find: {fix}"
    )
}

fn field_attributes(field: &syn::Field, errors: &mut Errors) {
    let name = field_name(field);
    for attr in &field.attrs {
        if let Some(why) = rejected_field_attribute(attr, &name) {
            errors.at(attr, why);
        }
    }
    if let Some((eq, _)) = &field.default {
        errors.at(
            eq,
            format!(
                "the default value of `{name}` is not supported by `#[guarded]`: every value is \
                 given to `new`; remove `= ...`"
            ),
        );
    }
}

/// `#[repr(packed)]` would leave the fields' `Arc`s unaligned, which rustc rejects
/// with errors about references to packed fields, on code the user never wrote.
fn packed(attrs: &[Attribute], errors: &mut Errors) {
    for attr in attrs.iter().filter(|attr| is_packed(attr)) {
        errors.at(
            attr,
            "`#[repr(packed)]` cannot go on a `#[guarded]` struct: each field is a \
             reference-counted lock, which must stay aligned; remove `packed`",
        );
    }
}

/// Whether `attr` is `#[repr(..., packed, ...)]` or `#[repr(packed(N))]`.
pub fn is_packed(attr: &Attribute) -> bool {
    let mut packed = false;
    if attr.path().is_ident("repr") {
        let _ = attr.parse_nested_meta(|meta| {
            packed |= meta.path.is_ident("packed");
            if meta.input.peek(syn::token::Paren) {
                meta.input.parse::<proc_macro2::Group>()?; // `packed(N)`, `align(N)`
            }
            Ok(())
        });
    }
    packed
}

/// A field whose type is unsized as written: each field is moved into its own
/// `Arc<Mutex<_>>`, which needs a sized value.
fn unsized_type(field: &syn::Field, errors: &mut Errors) {
    if is_unsized_as_written(&field.ty) {
        let ty = &field.ty;
        errors.at(
            ty,
            format!(
                "the field `{}` has the unsized type `{}`: `new` moves each value into its own \
                 lock, which needs a sized value; use an owning type such as `Vec<_>`, \
                 `String` or `Box<_>`",
                field_name(field),
                quote::quote!(#ty),
            ),
        );
    }
}

/// Whether `ty` is unsized as written: `[T]`, `str` or `dyn Trait`.
pub fn is_unsized_as_written(ty: &syn::Type) -> bool {
    match ty {
        // `(str)`, or a `$t:ty` passed in by `macro_rules!`.
        syn::Type::Paren(inner) => is_unsized_as_written(&inner.elem),
        syn::Type::Group(inner) => is_unsized_as_written(&inner.elem),
        syn::Type::Slice(_) | syn::Type::TraitObject(_) => true,
        syn::Type::Path(path) => path.qself.is_none() && path.path.is_ident("str"),
        _ => false,
    }
}

/// Whether `attr` is one that `#[guarded]` rejects on a field (`cfg`, `cfg_attr`).
pub fn is_unsupported_on_field(attr: &Attribute) -> bool {
    rejected_field_attribute(attr, "").is_some()
}

/// Why `attr` cannot go on the field `name`, or `None` if it may.
fn rejected_field_attribute(attr: &Attribute, name: &str) -> Option<String> {
    if attr.path().is_ident("cfg") {
        Some(format!(
            "`#[cfg]` on the field `{name}` of a `#[guarded]` struct is not supported: the \
             lock order and the arguments of `new` must not change with the configuration; \
             put the `#[cfg]` on the whole struct, or make the field an `Option`"
        ))
    } else if attr.path().is_ident("cfg_attr") {
        Some(format!(
            "`#[cfg_attr]` on the field `{name}` of a `#[guarded]` struct is not supported: \
             `#[guarded]` reads the field before the configuration applies, so it could not \
             see a `#[cfg]` or `#[guarded(...)]` this adds; write the attribute without \
             `cfg_attr`, or put the `#[cfg_attr]` on the whole struct"
        ))
    } else {
        None
    }
}

fn accessor_clashes(input: &Input, errors: &mut Errors) {
    let Data::Struct(data) = &input.item.data else {
        return;
    };
    // Each method name, and the field that has it.
    let mut seen: HashMap<String, String> = HashMap::new();
    for (field, options) in data.fields.iter().zip(&input.field_options) {
        let Some(ident) = &field.ident else {
            continue;
        };
        let name = model::unraw(ident);
        let at = options
            .rename
            .as_ref()
            .map_or_else(|| quote::quote!(#ident), |rename| quote::quote!(#rename));
        let Some(suffix) = model::accessor_suffix(field, options) else {
            match &options.rename {
                Some(rename) => errors.at(rename, no_accessor_name_in_rename(rename)),
                None => errors.at(ident, no_accessor_name(&name)),
            }
            continue;
        };
        let kind = model::field_kind(field, options);
        let poison = model::field_poison(options, &input.options);
        let methods = crate::methods::method_names(kind, poison, &suffix);
        if let Some(unusable) = methods.iter().find(|m| !model::usable_method_name(m)) {
            let owner = format!("{}.{name}", model::unraw(&input.item.ident));
            errors.at(&at, unusable_name(&owner, unusable));
        } else if let Some((method, first)) = methods
            .iter()
            .find_map(|m| seen.get(m).map(|first| (m, first)))
        {
            errors.at(&at, clash(&name, first, method));
        }
        for method in methods {
            seen.entry(method).or_insert_with(|| name.clone());
        }
    }
}

/// An atomic field needs a type with a std atomic, and takes no lock to poison.
fn atomic_field(
    structure: &syn::Ident,
    field: &syn::Field,
    options: &FieldOptions,
    errors: &mut Errors,
) {
    let Some((Kind::Atomic, keyword)) = &options.kind else {
        return;
    };
    let name = format!("{}.{}", model::unraw(structure), field_name(field));
    if model::atomic_type(&field.ty).is_none() {
        let ty = &field.ty;
        let supported: Vec<&str> = model::ATOMICS.iter().map(|(t, _)| *t).collect();
        errors.at(
            ty,
            format!(
                "`#[guarded({keyword})]` on `{name}` needs a type that has a std atomic, one of \
                 {}; `{}` has none: give the field one of these types, or remove `{keyword}` \
                 to guard it with a lock",
                supported.join(", "),
                quote::quote!(#ty).to_string().replace(' ', ""),
            ),
        );
    }
    if let Some((_, poison)) = &options.poison {
        errors.at(
            poison,
            format!(
                "the atomic field `{name}` takes no lock, so nothing can poison it: remove \
                 `poison = {poison}`"
            ),
        );
    }
}

fn unusable_name(name: &str, method: &str) -> String {
    let why = match method {
        "new" => "which `#[guarded]` generates already (the constructor)",
        "LOCK_ORDER" => "which `#[guarded]` generates already (the lock order)",
        "clone" => "which would hide `Clone::clone`",
        "default" => "which would hide `Default::default`",
        _ => "which is not a name a method can have",
    };
    format!(
        "the atomic field `{name}` would get the method `{method}`, {why}: give the field's \
         method another name with `#[guarded(rename = ...)]`"
    )
}

fn no_accessor_name(name: &str) -> String {
    format!(
        "the field `{name}` cannot name its methods: `lock_<field>` leaves out leading \
         underscores, which leaves nothing; add `#[guarded(rename = name)]` to the field to \
         choose `lock_<name>` and `recover_<name>`"
    )
}

fn no_accessor_name_in_rename(rename: &syn::Ident) -> String {
    format!(
        "`rename = {rename}` leaves nothing once leading underscores are left out of method \
         names: choose a name with a letter or digit, as in `rename = name`"
    )
}

fn clash(name: &str, first: &str, method: &str) -> String {
    let underscores = if name.starts_with('_') || first.starts_with('_') {
        " (leading underscores are left out of method names)"
    } else {
        ""
    };
    format!(
        "the field `{name}` would get the method `{method}`, which the field `{first}` \
         already has{underscores}: give one of them another name with \
         `#[guarded(rename = ...)]`"
    )
}

fn field_name(field: &syn::Field) -> String {
    field.ident.as_ref().map_or_else(String::new, model::unraw)
}
