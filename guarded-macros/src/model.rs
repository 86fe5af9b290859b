//! What the macro generates from, with every derived question answered once.
//!
//! Each piece keeps the syntax it came from, so later errors and spans point at what the
//! user wrote.

use std::collections::HashSet;

use proc_macro2::{Ident, Span, TokenTree};
use quote::format_ident;
use syn::punctuated::Punctuated;
use syn::{Attribute, Data, DeriveInput, Fields, Path, Token, Type, Visibility};

use crate::parse::{self, FieldOptions, Input, Kind, Poison, StructOptions};
use crate::validate;

/// A `#[guarded]` struct.
pub struct Model<'a> {
    pub item: &'a DeriveInput,
    /// The struct's attributes as they are emitted: rejected derives are left out.
    pub attrs: Vec<Attribute>,
    /// The path to the `guarded` crate (`::guarded` unless `crate = ...` says otherwise).
    pub krate: Path,
    /// The module of lock levels: `bank_levels` for `Bank`.
    pub levels: Ident,
    /// The fields in declaration order, atomic ones included.
    pub fields: Vec<FieldModel<'a>>,
    /// The accessors' lifetime: `'g`, renamed if the struct has a lifetime of that name.
    pub lifetime: syn::Lifetime,
    /// The accessors' key parameter: `key`, renamed if the struct has a const parameter of
    /// that name.
    pub key: Ident,
    /// The timed accessors' duration parameter: `timeout`, renamed likewise.
    pub timeout: Ident,
    /// The parameters of the calls that lock a field of several instances: `first`,
    /// `second` and `instances`, renamed likewise.
    pub instances: [Ident; 3],
    /// The condition-variable accessors' key type parameter: `K`, renamed if the struct
    /// has a type or const parameter of that name.
    pub key_type: Ident,
    /// The struct's marker in the order between structs: the struct itself, or for a
    /// generic struct an enum of the same name in the levels module. (So that messages
    /// about two structs name them as written.)
    pub marker: proc_macro2::TokenStream,
    /// The struct this one comes after (`after = ...`).
    pub after: Option<&'a Type>,
    /// The visibility of the items in the levels module: the struct's, as seen from inside
    /// the module (`pub(super)` for a private struct). As visible as the struct, no more,
    /// since their trait impls name it.
    pub inner_vis: proc_macro2::TokenStream,
    /// The struct's identity among structs (its marker's `Id`): a hash of its crate,
    /// name, fields and place in the source.
    pub id: u32,
    /// How many fields take a lock (`locks().len()`, without building the list).
    pub lock_count: usize,
    /// The name the generated code gives the runtime (`use ::guarded::__private as rt`):
    /// `__guarded_Bank` for `Bank`, so that two structs of one module do not import it
    /// twice (`runtime_name` says what happens if the struct uses that identifier).
    pub rt: Ident,
}

/// One field: one lock, one level.
pub struct FieldModel<'a> {
    /// The field's identifier, as written (`r#type` stays raw).
    pub ident: &'a Ident,
    /// The field's name in messages (`type` for `r#type`).
    pub name: String,
    /// The field's identifier with the macro's span, for the items named after the field
    /// that the user did not write (its level type, `new`'s parameter): lints about them
    /// (a lowercase type, an underscore binding) must not land on the field.
    pub macro_ident: Ident,
    pub ty: &'a Type,
    pub vis: &'a Visibility,
    /// The field's attributes as they are emitted: `#[guarded(...)]` is left out.
    pub attrs: Vec<&'a Attribute>,
    /// What the field is stored in. An atomic field whose type has no atomic (reported by
    /// `validate`) is a mutex here, so that the rest of the struct still works.
    pub kind: Kind,
    /// The field's poisoning policy (its own, or the struct's).
    pub poison: Poison,
    /// For an atomic field, the std atomic that stores it (`AtomicU64`).
    pub atomic: Option<&'static str>,
    /// The field's place in the lock order, from 0; `None` for an atomic field, which
    /// takes no lock.
    pub place: Option<usize>,
    /// The name in the field's methods (`accounts` in `lock_accounts`): the field's name
    /// without leading underscores, or its `rename`.
    suffix: String,
    /// The span of the field's methods: the `rename`, or the field's name.
    span: Span,
    /// False for a field without a usable method name, or whose names another field has
    /// taken already (both reported by `validate`): the methods are left out rather than
    /// misnamed or defined twice.
    pub has_accessors: bool,
}

impl<'a> Model<'a> {
    /// The model of `input`, or `None` if it is not a struct with named fields that can
    /// be guarded.
    pub fn build(input: &'a Input) -> Option<Model<'a>> {
        let item = &input.item;
        let Data::Struct(data) = &item.data else {
            return None;
        };
        let Fields::Named(named) = &data.fields else {
            return None;
        };
        // Input that would only give rustc's errors on generated code beside ours (see
        // `validate`) is emitted as written instead.
        let cannot_expand = named.named.is_empty()
            || item.attrs.iter().any(validate::is_packed)
            || named
                .named
                .iter()
                .any(|f| validate::is_unsized_as_written(&f.ty))
            || validate::shadows_levels(item).is_some();
        if cannot_expand {
            return None;
        }
        let mut taken = HashSet::new();
        let mut fields: Vec<FieldModel> = named
            .named
            .iter()
            .zip(&input.field_options)
            .map(|(field, options)| FieldModel::build(field, options, &input.options, &mut taken))
            .collect::<Option<_>>()?;
        let mut places = 0..;
        for field in &mut fields {
            if field.kind != Kind::Atomic {
                field.place = places.next();
            }
        }
        let lock_count = fields.iter().filter(|f| f.place.is_some()).count();
        // Every identifier in the struct, which generated names must avoid.
        let mut idents = Vec::new();
        all_idents(quote::quote!(#item), &mut idents);
        let idents: Vec<&Ident> = idents.iter().collect();
        Some(Model {
            item,
            attrs: item
                .attrs
                .iter()
                .filter_map(kept_struct_attribute)
                .collect(),
            krate: input
                .options
                .krate
                .clone()
                .unwrap_or_else(|| syn::parse_quote!(::guarded)),
            levels: levels_name(&item.ident),
            fields,
            lifetime: lifetime_name(item),
            key: value_name("key", &item.generics),
            timeout: value_name("timeout", &item.generics),
            instances: ["first", "second", "instances"]
                .map(|name| value_name(name, &item.generics)),
            key_type: key_type_name(&idents),
            rt: runtime_name(item, &idents),
            marker: marker(item),
            inner_vis: inner_visibility(&item.vis),
            after: input.options.after.as_ref(),
            id: struct_id(item),
            lock_count,
        })
    }

    /// The struct's name in messages.
    pub fn name(&self) -> String {
        unraw(&self.item.ident)
    }

    /// Whether the struct's marker is an enum in the levels module (the struct is generic).
    pub fn generic_marker(&self) -> bool {
        !self.item.generics.params.is_empty()
    }

    /// The fields that take a lock, in lock order: every field but the atomic ones.
    pub fn locks(&self) -> Vec<&FieldModel<'a>> {
        self.fields.iter().filter(|f| f.place.is_some()).collect()
    }
}

impl<'a> FieldModel<'a> {
    fn build(
        field: &'a syn::Field,
        options: &FieldOptions,
        struct_options: &StructOptions,
        taken: &mut HashSet<String>,
    ) -> Option<Self> {
        let ident = field.ident.as_ref()?;
        let (kind, poison) = (
            field_kind(field, options),
            field_poison(options, struct_options),
        );
        // A field without usable method names (reported by `validate`) keeps its place in
        // the order under a placeholder name that is not taken from anyone, and gets no
        // methods.
        let suffix = accessor_suffix(field, options);
        let names = suffix
            .as_ref()
            .map(|suffix| crate::methods::method_names(kind, poison, suffix));
        let has_accessors = names.as_ref().is_some_and(|names| {
            names
                .iter()
                .all(|name| !taken.contains(name) && usable_method_name(name))
        });
        taken.extend(names.into_iter().flatten());
        let suffix = suffix.unwrap_or_else(|| format!("field_{}", taken.len()));
        let span = options.rename.as_ref().unwrap_or(ident).span();
        Some(FieldModel {
            ident,
            name: unraw(ident),
            macro_ident: {
                let mut macro_ident = ident.clone();
                macro_ident.set_span(Span::call_site());
                macro_ident
            },
            ty: &field.ty,
            vis: &field.vis,
            attrs: field
                .attrs
                .iter()
                .filter(|attr| !parse::is_guarded(attr) && !validate::is_unsupported_on_field(attr))
                .collect(),
            kind,
            poison,
            atomic: (kind == Kind::Atomic)
                .then(|| atomic_type(&field.ty))
                .flatten(),
            place: None,
            suffix,
            span,
            has_accessors,
        })
    }

    /// The method `<prefix><name><postfix>` of this field, spanned on its name.
    pub fn method(&self, prefix: &str, postfix: &str) -> Ident {
        let name = format!("{prefix}{}{postfix}", self.suffix);
        // Only an atomic field's method, which has no prefix, can be a keyword (`type`)
        // or no name at all (`1`): `validate` reports the latter, and `has_accessors` is
        // false for it.
        method_ident(&name, self.span).unwrap_or_else(|| format_ident!("field_{}", name))
    }

    /// The method that takes a poisoned field's data anyway, for messages (it exists only
    /// under `poison = panic`, the one policy whose message names it).
    pub fn recover_name(&self) -> String {
        format!("recover_{}", self.suffix)
    }
}

/// What `field` is stored in: its kind, except that an atomic field whose type has no
/// atomic (which `validate` reports) is a mutex, so that the rest of the struct works.
pub fn field_kind(field: &syn::Field, options: &FieldOptions) -> Kind {
    match options.kind {
        Some((Kind::Atomic, _)) if atomic_type(&field.ty).is_none() => Kind::Mutex,
        Some((kind, _)) => kind,
        None => Kind::Mutex,
    }
}

/// A field's poisoning policy: its own, or the struct's, or `panic`.
pub fn field_poison(options: &FieldOptions, struct_options: &StructOptions) -> Poison {
    options
        .poison
        .as_ref()
        .or(struct_options.poison.as_ref())
        .map(|(poison, _)| *poison)
        .unwrap_or_default()
}

/// Names a field's method must not have: they would clash with `new` or `LOCK_ORDER`, or
/// hide `Clone::clone` or `Default::default` (an inherent method wins over a trait's).
pub const RESERVED: &[&str] = &["new", "clone", "LOCK_ORDER", "default"];

/// Whether `name` can be a generated method's name: an identifier (raw if a keyword) that
/// is not reserved.
pub fn usable_method_name(name: &str) -> bool {
    !RESERVED.contains(&name) && method_ident(name, Span::call_site()).is_some()
}

/// `name` as a method's identifier: raw if it is a keyword (`r#type`), `None` if it cannot
/// be one (`1`, `self`).
fn method_ident(name: &str, span: Span) -> Option<Ident> {
    let plain = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.contains('_')
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if plain {
        // An identifier, and not a keyword: none has an underscore. The common case
        // (`lock_accounts`), answered without parsing.
        return Some(Ident::new(name, span));
    }
    let mut ident = syn::parse_str::<Ident>(name)
        .or_else(|_| syn::parse_str::<Ident>(&format!("r#{name}")))
        .ok()?;
    ident.set_span(span);
    Some(ident)
}

/// The std atomic that stores a field of type `ty`, if there is one: `AtomicU64` for
/// `u64`. The type is read as written (`u64`, or a path ending in `primitive::u64`); an
/// alias is not followed.
pub fn atomic_type(ty: &Type) -> Option<&'static str> {
    let Type::Path(path) = ty else {
        return None;
    };
    let segments: Vec<String> = path
        .path
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect();
    let plain = path.qself.is_none()
        && path.path.segments.iter().all(|s| s.arguments.is_none())
        && (segments.len() == 1
            || segments
                .get(segments.len().wrapping_sub(2))
                .is_some_and(|s| s == "primitive"));
    let last = segments.last()?;
    ATOMICS
        .iter()
        .find(|(primitive, _)| plain && last == primitive)
        .map(|(_, atomic)| *atomic)
}

/// The types an atomic field may have, and their atomics.
pub const ATOMICS: &[(&str, &str)] = &[
    ("bool", "AtomicBool"),
    ("u8", "AtomicU8"),
    ("u16", "AtomicU16"),
    ("u32", "AtomicU32"),
    ("u64", "AtomicU64"),
    ("usize", "AtomicUsize"),
    ("i8", "AtomicI8"),
    ("i16", "AtomicI16"),
    ("i32", "AtomicI32"),
    ("i64", "AtomicI64"),
    ("isize", "AtomicIsize"),
];

/// The name after `lock_` and `recover_`: the `rename`, or the field's own name without
/// leading underscores (`_cache` gets `lock_cache`, `_1` gets `lock_1`). `None` if that
/// leaves nothing (a field named `_` or `__` without a `rename`) or the field has no name.
/// Whatever is left continues an identifier, so `lock_<suffix>` is always one.
pub fn accessor_suffix(field: &syn::Field, options: &FieldOptions) -> Option<String> {
    let ident = options.rename.as_ref().or(field.ident.as_ref())?;
    let name = unraw(ident);
    let trimmed = name.trim_start_matches('_');
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// The accessors' lifetime: `'g`, or `'g_`, `'g__`, ... if a lifetime of that name
/// appears anywhere in the struct (a parameter, or a `for<'g>` inside a field's type).
fn lifetime_name(item: &DeriveInput) -> syn::Lifetime {
    let mut lifetimes = Vec::new();
    lifetime_idents(quote::quote!(#item), &mut lifetimes);
    let name = unused_name("g", &lifetimes.iter().collect::<Vec<_>>());
    syn::Lifetime::new(&format!("'{name}"), Span::call_site())
}

/// Every identifier that follows a `'` in `tokens`, at any depth.
fn lifetime_idents(tokens: proc_macro2::TokenStream, out: &mut Vec<Ident>) {
    let mut after_quote = false;
    for tree in tokens {
        match tree {
            TokenTree::Punct(punct) => after_quote = punct.as_char() == '\'',
            TokenTree::Ident(ident) if after_quote => {
                out.push(ident);
                after_quote = false;
            }
            TokenTree::Group(group) => {
                lifetime_idents(group.stream(), out);
                after_quote = false;
            }
            _ => after_quote = false,
        }
    }
}

/// The struct's marker: the struct itself, or `<levels>::<Name>` for a generic struct
/// (one marker stands for every instantiation).
fn marker(item: &DeriveInput) -> proc_macro2::TokenStream {
    let ident = &item.ident;
    if item.generics.params.is_empty() {
        quote::quote!(#ident)
    } else {
        let levels = levels_name(ident);
        quote::quote!(#levels::#ident)
    }
}

/// `vis`, written from inside a child module: private becomes `pub(super)`, `pub(super)`
/// becomes `pub(in super::super)`, a path starting with `self` or `super` gains a `super`.
fn inner_visibility(vis: &Visibility) -> proc_macro2::TokenStream {
    match vis {
        Visibility::Public(_) => quote::quote!(pub),
        Visibility::Inherited => quote::quote!(pub(super)),
        Visibility::Restricted(restricted) => {
            let path = &restricted.path;
            let first = path.segments.first().map(|s| s.ident.to_string());
            match first.as_deref() {
                Some("crate") => quote::quote!(pub(in #path)),
                Some("self") => {
                    let rest = path.segments.iter().skip(1);
                    quote::quote!(pub(in super #(::#rest)*))
                }
                _ => quote::quote!(pub(in super::#path)),
            }
        }
    }
}

/// The struct's identity: FNV-1a of the crate's name and the struct as written (name,
/// generics, fields). Deterministic, so that builds and recorded compiler messages do not
/// change from one run to the next. It only sends a lock to the right checks: two structs
/// that hash alike (the same struct written twice, in two modules of one crate) are still
/// told apart where it matters, since the field checks name their own struct's marker and
/// a struct is "at or after itself" only as the same type. A collision can refuse a
/// nesting of the two, never accept one.
fn struct_id(item: &DeriveInput) -> u32 {
    let krate = std::env::var("CARGO_CRATE_NAME").unwrap_or_default();
    let text = format!("{krate}::{}", quote::quote!(#item));
    text.bytes().fold(0x811c_9dc5_u32, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

/// An accessor's parameter: `base`, or `base_`, ... if a const parameter of the struct has
/// that name (a pattern would match the constant rather than bind the argument).
fn value_name(base: &str, generics: &syn::Generics) -> Ident {
    let consts: Vec<&Ident> = generics.const_params().map(|c| &c.ident).collect();
    Ident::new(&unused_name(base, &consts), Span::call_site())
}

/// The condition-variable accessors' key type: `K`, or `K_`, ... if the struct names
/// anything `K` (a parameter, or a type used in a field: the generated signatures put the
/// fields' types in the scope of this parameter).
fn key_type_name(idents: &[&Ident]) -> Ident {
    Ident::new(&unused_name("K", idents), Span::call_site())
}

/// The runtime's name in the generated code: `__guarded_Bank` for `Bank`. If the struct
/// names anything `__guarded_Bank` (a type of a field), the struct's identity is added,
/// `__guarded_Bank_3c61eb0b`, rather than an underscore, which could give the name another
/// struct's import has (`Bank_`'s).
fn runtime_name(item: &DeriveInput, idents: &[&Ident]) -> Ident {
    let base = format!("__guarded_{}", unraw(&item.ident));
    let name = if idents.iter().any(|ident| **ident == base) {
        unused_name(&format!("{base}_{:08x}", struct_id(item)), idents)
    } else {
        base
    };
    Ident::new(&name, Span::call_site())
}

/// Every identifier in `tokens`, at any depth.
fn all_idents(tokens: proc_macro2::TokenStream, out: &mut Vec<Ident>) {
    for tree in tokens {
        match tree {
            TokenTree::Ident(ident) => out.push(ident),
            TokenTree::Group(group) => all_idents(group.stream(), out),
            _ => {}
        }
    }
}

/// `base`, with underscores added until no name in `taken` is equal to it.
fn unused_name(base: &str, taken: &[&Ident]) -> String {
    let mut name = base.to_owned();
    while taken.iter().any(|ident| **ident == name) {
        name.push('_');
    }
    name
}

/// The module of lock levels of the struct `name`: `bank_levels` for `Bank`.
pub fn levels_name(name: &Ident) -> Ident {
    format_ident!(
        "{}_levels",
        snake_case(&unraw(name)),
        span = Span::call_site()
    )
}

/// An identifier as a name: `type` for `r#type`.
pub fn unraw(ident: &Ident) -> String {
    let text = ident.to_string();
    text.strip_prefix("r#").map_or(text.clone(), str::to_owned)
}

/// The paths in `#[derive(...)]`, or nothing for any other attribute.
pub fn derived_paths(attr: &Attribute) -> Vec<Path> {
    if !attr.path().is_ident("derive") {
        return Vec::new();
    }
    attr.parse_args_with(Punctuated::<Path, Token![,]>::parse_terminated)
        .map(|paths| paths.into_iter().collect())
        .unwrap_or_default()
}

/// A struct attribute as emitted: a derive loses the traits it cannot derive (and goes
/// away if none is left); `#[guarded]` applied twice is dropped (an error says so).
fn kept_struct_attribute(attr: &Attribute) -> Option<Attribute> {
    if parse::is_guarded(attr) {
        return None;
    }
    if !attr.path().is_ident("derive") {
        return Some(attr.clone());
    }
    let kept: Vec<Path> = derived_paths(attr)
        .into_iter()
        .filter(|path| validate::rejected_derive(path).is_none())
        .collect();
    (!kept.is_empty()).then(|| syn::parse_quote!(#[derive(#(#kept),*)]))
}

/// `BankAccount` -> `bank_account`, `HTTPServer` -> `http_server`.
pub fn snake_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            let after_lower = i > 0 && (chars[i - 1].is_lowercase() || chars[i - 1].is_numeric());
            let before_lower = i > 0
                && chars[i - 1].is_uppercase()
                && chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            if after_lower || before_lower {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::snake_case;

    #[test]
    fn snake_case_of_struct_names() {
        assert_eq!(snake_case("Bank"), "bank");
        assert_eq!(snake_case("BankAccount"), "bank_account");
        assert_eq!(snake_case("HTTPServer"), "http_server");
        assert_eq!(snake_case("S"), "s");
        assert_eq!(snake_case("Counter2D"), "counter2_d");
        assert_eq!(snake_case("already_snake"), "already_snake");
    }
}
