//! The rules a struct must follow to be `#[guarded]`, each mistake reported on its own.

use std::collections::HashMap;

use syn::{Attribute, Data, Fields, Path};

use crate::errors::Errors;
use crate::model;
use crate::parse::{self, Input};

/// Records every rule `input` breaks.
pub fn validate(input: &Input, errors: &mut Errors) {
    shape(input, errors);
    struct_attributes(&input.item.attrs, errors);
    crate_path(input, errors);
    if let Data::Struct(data) = &input.item.data {
        for field in &data.fields {
            field_attributes(field, errors);
        }
        accessor_clashes(input, errors);
    }
}

fn shape(input: &Input, errors: &mut Errors) {
    let name = &input.item.ident;
    match &input.item.data {
        Data::Enum(data) => errors.at(
            data.enum_token,
            format!(
                "`#[guarded]` goes on a struct with named fields, not on the enum `{name}`: \
                 each named field gets its own lock; put the enum in a field of a struct instead"
            ),
        ),
        Data::Union(data) => errors.at(
            data.union_token,
            format!(
                "`#[guarded]` goes on a struct with named fields, not on the union `{name}`: \
                 put the union in a field of a struct instead"
            ),
        ),
        Data::Struct(data) => match &data.fields {
            Fields::Named(fields) if fields.named.is_empty() => errors.at(
                name,
                format!(
                    "`#[guarded]` struct `{name}` has no fields, so there is nothing to lock: \
                     add a field, or remove `#[guarded]`"
                ),
            ),
            Fields::Named(_) => {}
            Fields::Unnamed(fields) => errors.at(
                fields,
                format!(
                    "`#[guarded]` needs named fields, because each lock method is named after \
                     its field (`lock_<field>`): write `struct {name} {{ name: Type, .. }}`"
                ),
            ),
            Fields::Unit => errors.at(
                name,
                format!(
                    "`#[guarded]` struct `{name}` has no fields, so there is nothing to lock: \
                     add a field, or remove `#[guarded]`"
                ),
            ),
        },
    }
}

fn struct_attributes(attrs: &[Attribute], errors: &mut Errors) {
    for attr in attrs {
        if parse::is_guarded(attr) {
            errors.at(
                attr,
                "`#[guarded]` is applied twice to this struct: remove one; \
                 its options go in a single `#[guarded(...)]`",
            );
        }
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
    let why = match name.as_str() {
        "Clone" => {
            "`#[guarded]` structs implement `Clone` already (a clone shares the same locks): remove `Clone` from the derive"
        }
        "Copy" => {
            "a `#[guarded]` struct cannot be `Copy`: it owns reference-counted locks; remove `Copy` from the derive"
        }
        "PartialEq" | "Eq" | "PartialOrd" | "Ord" | "Hash" => {
            "comparing or hashing a `#[guarded]` struct would read its fields without taking their locks in order: remove it from the derive and compare inside the locks instead"
        }
        "Serialize" | "Deserialize" => {
            "serializing a `#[guarded]` struct would read its fields without taking their locks in order: remove it from the derive and serialize the data inside the locks instead"
        }
        _ => return None,
    };
    Some(format!("cannot derive `{name}`: {why}"))
}

fn crate_path(input: &Input, errors: &mut Errors) {
    if let Some(path) = &input.options.krate {
        let absolute = path.leading_colon.is_some()
            || path.segments.first().is_some_and(|s| s.ident == "crate");
        if !absolute {
            errors.at(
                path,
                format!(
                    "`crate = {}` must be an absolute path (starting with `::` or `crate::`), \
                     because the generated code uses it from inside a module",
                    parse::path_text(path)
                ),
            );
        }
    }
}

fn field_attributes(field: &syn::Field, errors: &mut Errors) {
    let name = field_name(field);
    for attr in &field.attrs {
        if attr.path().is_ident("cfg") || attr.path().is_ident("cfg_attr") {
            errors.at(
                attr,
                format!(
                    "`#[cfg]` on the field `{name}` of a `#[guarded]` struct is not supported: the \
                     lock order and the arguments of `new` must not change with the configuration; \
                     put the `#[cfg]` on the whole struct, or make the field an `Option`"
                ),
            );
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

fn accessor_clashes(input: &Input, errors: &mut Errors) {
    let Data::Struct(data) = &input.item.data else {
        return;
    };
    let mut seen: HashMap<String, String> = HashMap::new();
    for (field, options) in data.fields.iter().zip(&input.field_options) {
        let name = field_name(field);
        let Some(accessor) = model::accessor_suffix(field, options) else {
            if field.ident.is_some() {
                errors.at(
                    field.ident.as_ref(),
                    format!(
                        "the field `{name}` has no letters to name its methods after: \
                         add `#[guarded(rename = name)]` to choose `lock_<name>`"
                    ),
                );
            }
            continue;
        };
        let suffix = model::unraw(&accessor);
        if let Some(first) = seen.get(&suffix) {
            let at = options
                .rename
                .as_ref()
                .map_or_else(|| quote::quote!(#field), |rename| quote::quote!(#rename));
            errors.at(
                at,
                format!(
                    "the field `{name}` would get the methods `lock_{suffix}` and \
                     `recover_{suffix}`, which the field `{first}` already has: give one of them \
                     another `#[guarded(rename = ...)]`"
                ),
            );
        } else {
            seen.insert(suffix, name);
        }
    }
}

fn field_name(field: &syn::Field) -> String {
    field.ident.as_ref().map_or_else(String::new, model::unraw)
}
