//! The rules a struct must follow to be `#[guarded]`, each mistake reported on its own
//! with a span on the user's tokens. Reads the model, which has answered every question
//! once; says only what is wrong and how to fix it.

use syn::{Attribute, Data, DeriveInput, Fields, Path};

use crate::errors::Errors;
use crate::kind::{self, Kind};
use crate::model::{FieldModel, Model, Naming};
use crate::names::{path_text, unraw};
use crate::parse;

impl Model<'_> {
    /// Records every rule the struct breaks. The rules for a struct's derives and fields
    /// are checked only on a struct with named fields: on anything else they would only
    /// add noise beside the one error that matters.
    pub fn validate(&self, errors: &mut Errors) {
        let shape = shape(self.item);
        let has_fields = shape.is_none();
        if let Some(error) = shape {
            errors.push(error);
        }
        applied_twice(&self.item.attrs, errors);
        crate_path(self, errors);
        levels_shadowed(self, errors);
        after_itself(self, errors);
        after_own_param(self, errors);
        if has_fields {
            for path in &self.rejected_derives {
                errors.at(path, rejected_derive(path));
            }
            packed(&self.packed, errors);
            for field in &self.fields {
                field_attributes(field, errors);
                unsized_type(field, errors);
                kind_rules(self, field, errors);
                naming(self, field, errors);
            }
        }
    }
}

/// `after = ...` naming the struct itself: it would let a thread holding any lock of the
/// struct lock any of its fields again, so rustc would refuse it as a cycle (E0391); said
/// here in the struct's words instead.
fn after_itself(model: &Model, errors: &mut Errors) {
    if let Some(after) = model.after_itself {
        let s = model.name();
        errors.at(
            after,
            format!(
                "`{s}` cannot be declared after itself: `after` names another `#[guarded]` \
                 struct, whose locks a thread may hold while it takes those of `{s}` (the \
                 fields of `{s}` are ordered by their declaration already); remove \
                 `after = ...`, or name another struct"
            ),
        );
    }
}

/// `after = Cache<T>` using the struct's own parameter `T`: the generated code that names
/// the other struct is outside the struct's generics, and all instantiations of a generic
/// struct share one lock order, so a concrete one names it as well.
fn after_own_param(model: &Model, errors: &mut Errors) {
    if let Some(param) = &model.after_own_param {
        let (s, name) = (model.name(), &param.name);
        errors.push(syn::Error::new(
            param.span,
            format!(
                "`after` cannot use `{name}`, a parameter of `{s}`: it names the other \
                 struct, whose instantiations all share one lock order; write {} in place \
                 of `{name}`",
                param.instead
            ),
        ));
    }
}

/// A type parameter named like the levels module would take over the generated paths to
/// the levels (`bank_levels::accounts` would name an associated type of the parameter).
fn levels_shadowed(model: &Model, errors: &mut Errors) {
    if let Some(param) = model.shadowing_param {
        errors.at(
            param,
            format!(
                "the type parameter `{param}` has the name of the module of lock levels that \
                 `#[guarded]` generates for `{}`: rename the parameter",
                model.item.ident
            ),
        );
    }
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

/// Why `#[derive(path)]`, one of the model's `REJECTED_DERIVES`, cannot work on a
/// `#[guarded]` struct.
fn rejected_derive(path: &Path) -> String {
    let name = path
        .segments
        .last()
        .map_or_else(String::new, |last| unraw(&last.ident));
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
        _ => ("`#[guarded]` cannot support it", ""),
    };
    format!("cannot derive `{name}`: {why}; remove `{name}` from the derive{instead}")
}

const READS_UNLOCKED: &str =
    "it would read the fields of a `#[guarded]` struct without taking their locks in order";

fn crate_path(model: &Model, errors: &mut Errors) {
    let Some(path) = &model.input.options.krate else {
        return;
    };
    let text = path_text(path);
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

fn field_attributes(field: &FieldModel, errors: &mut Errors) {
    let name = &field.name;
    for attr in &field.unsupported_attrs {
        errors.at(attr, rejected_field_attribute(attr, name));
    }
    if let Some((eq, _)) = &field.field.default {
        errors.at(
            eq,
            format!(
                "the default value of `{name}` is not supported by `#[guarded]`: every value is \
                 given to `new`; remove `= ...`"
            ),
        );
    }
}

/// `#[repr(packed)]` would leave the struct's `Arc` of its fields unaligned, which rustc
/// rejects with errors about references to packed fields, on code the user never wrote.
fn packed(attrs: &[&Attribute], errors: &mut Errors) {
    for attr in attrs {
        errors.at(
            attr,
            "`#[repr(packed)]` cannot go on a `#[guarded]` struct: it holds its fields' \
             locks in one reference-counted allocation, whose pointer must stay aligned; \
             remove `packed`",
        );
    }
}

/// A field whose type is unsized as written: each field is moved into its own lock in the
/// struct's one allocation, which needs a sized value.
fn unsized_type(field: &FieldModel, errors: &mut Errors) {
    if field.unsized_type {
        let ty = field.ty;
        errors.at(
            ty,
            format!(
                "the field `{}` has the unsized type `{}`: `new` moves each value into its own \
                 lock, which needs a sized value; use an owning type such as `Vec<_>`, \
                 `String` or `Box<_>`",
                field.name,
                quote::quote!(#ty),
            ),
        );
    }
}

/// Why `attr`, `#[cfg]` or `#[cfg_attr]`, cannot go on the field `name`.
fn rejected_field_attribute(attr: &Attribute, name: &str) -> String {
    if attr.path().is_ident("cfg") {
        format!(
            "`#[cfg]` on the field `{name}` of a `#[guarded]` struct is not supported: the \
             lock order and the arguments of `new` must not change with the configuration; \
             put the `#[cfg]` on the whole struct, or make the field an `Option`"
        )
    } else {
        format!(
            "`#[cfg_attr]` on the field `{name}` of a `#[guarded]` struct is not supported: \
             `#[guarded]` reads the field before the configuration applies, so it could not \
             see a `#[cfg]` or `#[guarded(...)]` this adds; write the attribute without \
             `cfg_attr`, or put the `#[cfg_attr]` on the whole struct"
        )
    }
}

/// A field whose methods cannot have their names (the model's `naming`).
fn naming(model: &Model, field: &FieldModel, errors: &mut Errors) {
    let options = field.options;
    let at = options.rename.as_ref().unwrap_or(field.ident);
    match &field.naming {
        Naming::Named => {}
        Naming::NoName => match &options.rename {
            Some(rename) => errors.at(rename, no_accessor_name_in_rename(rename)),
            None => errors.at(field.ident, no_accessor_name(&field.name)),
        },
        Naming::Unusable(method) => {
            let owner = format!("{}.{}", model.name(), field.name);
            errors.at(at, unusable_name(&owner, field.kind, method));
        }
        Naming::Clash { method, first } => errors.at(at, clash(&field.name, first, method)),
    }
}

/// What the field's kind allows: an atomic field needs a type with a std atomic; a field
/// without a lock has nothing to poison; an unlocked or snapshot field must not hold a
/// lock.
fn kind_rules(model: &Model, field: &FieldModel, errors: &mut Errors) {
    let Some((chosen, keyword)) = &field.options.kind else {
        return;
    };
    let name = format!("{}.{}", model.name(), field.name);
    if *chosen == Kind::Atomic && field.atomic.is_none() {
        let ty = field.ty;
        let supported: Vec<&str> = kind::ATOMICS.iter().map(|(t, _)| *t).collect();
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
    if let (false, Some((_, poison))) = (chosen.spec().poisons, &field.options.poison) {
        let why = if chosen.spec().locks {
            "is never poisoned (a panic or a cancelled future leaves its data as it was, as \
             with `tokio`'s locks)"
        } else {
            "takes no lock, so nothing can poison it"
        };
        errors.at(
            poison,
            format!("the {keyword} field `{name}` {why}: remove `poison = {poison}`"),
        );
    }
    if let Some(lock) = field.hidden_lock {
        errors.at(
            field.ty,
            format!(
                "`#[guarded({keyword})]` on `{name}` would keep a `{lock}` outside the lock \
                 order, where `guarded` cannot check it: remove `{keyword}` and give the field \
                 the data itself, guarded by a lock of its own (a mutex by default, or \
                 `#[guarded(rw)]`, `#[guarded(condvar)]`)"
            ),
        );
    }
}

fn unusable_name(name: &str, kind: Kind, method: &str) -> String {
    let keyword = kind.spec().keyword.unwrap_or("mutex");
    let why = match method {
        "new" => "which `#[guarded]` generates already (the constructor)",
        "LOCK_ORDER" => "which `#[guarded]` generates already (the lock order)",
        "clone" => "which would hide `Clone::clone`",
        "default" => "which would hide `Default::default`",
        _ => "which is not a name a method can have",
    };
    format!(
        "the {keyword} field `{name}` would get the method `{method}`, {why}: give the \
         field's method another name with `#[guarded(rename = ...)]`"
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
