//! What the macro generates from, with every derived question answered once: built for
//! any parsed input, valid or not, so that `validate` reads its mistakes here and `expand`
//! its output. Neither of those is imported here.
//!
//! Each piece keeps the syntax it came from, so later errors and spans point at what the
//! user wrote.

use std::collections::{HashMap, HashSet};

use proc_macro2::{Ident, Span};
use quote::format_ident;
use syn::punctuated::Punctuated;
use syn::{Attribute, Data, DeriveInput, Fields, Meta, Path, Token, Type, Visibility};

use crate::kind::{self, Kind, Poison, Spec};
use crate::names::{
    all_idents, levels_name, lifetime_idents, method_ident, unraw, unused_name, usable_method_name,
};
use crate::parse::{self, FieldOptions, Input, StructOptions};

/// A `#[guarded]` struct, or what was written in its place.
pub struct Model<'a> {
    pub input: &'a Input,
    pub item: &'a DeriveInput,
    /// The struct's attributes as they are emitted: rejected derives are left out, and so
    /// are `Debug` and `Default`, which the macro implements itself.
    pub attrs: Vec<Attribute>,
    /// Whether the struct derives `Debug`, `Default`, and under which `cfg_attr` condition
    /// if only under one: a derive would see only the one `Arc` the struct
    /// holds, so the macro implements them as the derives would on the fields as written
    /// (`Bank { accounts: .., audit: .. }`, and `new` of the defaults).
    pub derives_debug: Derived,
    pub derives_default: Derived,
    /// The derives it cannot have (`REJECTED_DERIVES`), as written.
    pub rejected_derives: Vec<Path>,
    /// Its `#[repr(packed)]` attributes: each field's storage must stay aligned.
    pub packed: Vec<&'a Attribute>,
    /// A type parameter named like the levels module, which would take over its paths.
    pub shadowing_param: Option<&'a Ident>,
    /// The path to the `guarded` crate (`::guarded` unless `crate = ...` says otherwise).
    pub krate: Path,
    /// The module of lock levels: `bank_levels` for `Bank`.
    pub levels: Ident,
    /// The named fields in declaration order, of every kind; none if the struct has no
    /// named fields (or is not a struct).
    pub fields: Vec<FieldModel<'a>>,
    /// The accessors' lifetime: `'g`, renamed if the struct has a lifetime of that name.
    pub lifetime: syn::Lifetime,
    /// The accessors' key parameter: `key`, renamed if the struct has a const parameter of
    /// that name.
    pub key: Ident,
    /// The timed accessors' duration parameter: `timeout`, renamed likewise.
    pub timeout: Ident,
    /// The snapshot accessors' parameters: `value` (for `store_`) and `f` (for
    /// `update_`), renamed likewise.
    pub value: Ident,
    pub update: Ident,
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
    /// The generic struct's marker enum's name (see `marker_name`).
    pub marker_ident: Ident,
    /// The struct's one field, the `Arc` of every field's storage: `fields`. The user's
    /// fields are not fields of the struct, so no name of theirs can clash with it.
    pub storage: Ident,
    /// The struct of every field's storage, in the levels module: `Fields`, or with
    /// underscores added if a field's level type or the marker has that name.
    pub fields_struct: Ident,
    /// The struct this one comes after (`after = ...`), unless that names the struct itself.
    pub after: Option<&'a Type>,
    /// `after = ...` naming the struct itself (`after = Bank` on `Bank`), which `validate`
    /// refuses; `after` is then `None`, so that the expansion adds no cycle to that error.
    pub after_itself: Option<&'a Type>,
    /// A parameter of the struct that `after = ...` uses (`after = Cache<T>` on
    /// `struct User<T>`), which `validate` refuses: the generated code that names the
    /// other struct is outside the struct's generics. `after` is then `None`, so rustc adds
    /// no "cannot find type `T`" to that error.
    pub after_own_param: Option<OwnParam>,
    /// The visibility of the items in the levels module: the struct's, as seen from inside
    /// the module (`pub(super)` for a private struct). As visible as the struct, no more,
    /// since their trait impls name it.
    pub inner_vis: proc_macro2::TokenStream,
    /// The struct's identity among structs (its marker's `Id`): a hash of its crate,
    /// name, fields and place in the source.
    pub id: u32,
    /// How many fields take a lock (`locks().len()`, without building the list).
    pub lock_count: usize,
    /// The indices in `fields` of the fields that take a lock, in lock order (`lock`).
    locked: Vec<usize>,
    /// The name the generated code gives the runtime (`use ::guarded::__private as rt`):
    /// `__guarded_Bank` for `Bank`, so that two structs of one module do not import it
    /// twice (`runtime_name` says what happens if the struct uses that identifier).
    pub rt: Ident,
}

/// Whether a struct derives a trait the macro implements itself.
pub enum Derived {
    No,
    Always,
    /// Under `#[cfg_attr(condition, derive(..))]` (several conditions joined by `any`).
    Under(Box<Meta>),
}

/// One named field.
pub struct FieldModel<'a> {
    /// The field as written.
    pub field: &'a syn::Field,
    /// Its `#[guarded(...)]` options.
    pub options: &'a FieldOptions,
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
    /// The field's attributes as they are emitted: `#[guarded(...)]`, `#[cfg]` and
    /// `#[cfg_attr]` are left out.
    pub attrs: Vec<&'a Attribute>,
    /// The `#[cfg]` and `#[cfg_attr]` attributes it cannot have.
    pub unsupported_attrs: Vec<&'a Attribute>,
    /// Its `#[deprecated]` attributes, left out of `attrs`: they go on the field's methods
    /// rather than on its storage, whose every use is generated code.
    pub deprecated: Vec<&'a Attribute>,
    /// Whether its type is unsized as written (`str`, `[T]`, `dyn Trait`).
    pub unsized_type: bool,
    /// What the field is stored in. An atomic field whose type has no atomic (reported by
    /// `validate`) is a mutex here, so that the rest of the struct still works.
    pub kind: Kind,
    /// The field's poisoning policy (its own, or the struct's).
    pub poison: Poison,
    /// For an atomic field, the std atomic that stores it (`AtomicU64`).
    pub atomic: Option<&'static str>,
    /// For an `unlocked` or `snapshot` field (which hand out `&T` with no key), the lock
    /// type it holds as written (`Mutex` for `Arc<Mutex<T>>`), which would be a lock
    /// outside the order.
    pub hidden_lock: Option<&'static str>,
    /// The field's place in the lock order, from 0; `None` for a field that takes no lock.
    pub place: Option<usize>,
    /// The trait that the level held by a key must have for the key to lock this field:
    /// `comes_before_<field>` in the levels module (or numbered, should that name be taken
    /// by a field's level). Only meaningful for a field that takes a lock.
    pub before: Ident,
    /// The name in the field's methods (`accounts` in `lock_accounts`): the field's name
    /// without leading underscores, or its `rename`.
    suffix: String,
    /// The span of the field's methods: the `rename`, or the field's name.
    span: Span,
    /// Whether the field's methods can be named as they should.
    pub naming: Naming,
}

/// Whether a field's methods can have their names, and if not, why.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Naming {
    Named,
    /// Leading underscores left out, nothing is left (`_`, or `rename = __`).
    NoName,
    /// A method would be named `new`, `clone`, ... or not be a name (`1`).
    Unusable(String),
    /// A method would have the name of the `first` field's method.
    Clash {
        method: String,
        first: String,
    },
}

impl<'a> Model<'a> {
    /// The model of `input`, whatever it holds: `validate` reports what is wrong with it,
    /// and `expandable` says whether it can be expanded.
    pub fn build(input: &'a Input) -> Model<'a> {
        let item = &input.item;
        let mut fields = match &item.data {
            Data::Struct(data) => match &data.fields {
                Fields::Named(named) => {
                    field_models(named.named.iter().zip(&input.field_options), &input.options)
                }
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let mut places = 0..;
        for field in &mut fields {
            if field.kind.spec().locks {
                field.place = places.next();
            }
        }
        name_before_checks(&mut fields);
        let locked: Vec<usize> = (0..fields.len())
            .filter(|&i| fields[i].place.is_some())
            .collect();
        let lock_count = locked.len();
        let marker_ident = marker_name(item, &fields);
        // Every identifier in the struct, which generated names must avoid.
        let mut idents = Vec::new();
        all_idents(quote::quote!(#item), &mut idents);
        let idents: Vec<&Ident> = idents.iter().collect();
        Model {
            input,
            item,
            attrs: item
                .attrs
                .iter()
                .filter_map(kept_struct_attribute)
                .collect(),
            rejected_derives: item
                .attrs
                .iter()
                .flat_map(derived_paths)
                .filter(is_rejected_derive)
                .collect(),
            derives_debug: derive_condition(item, "fmt", "Debug"),
            derives_default: derive_condition(item, "default", "Default"),
            storage: Ident::new("fields", Span::call_site()),
            fields_struct: {
                let mut taken: Vec<&Ident> = fields.iter().map(|f| f.ident).collect();
                taken.push(&marker_ident);
                Ident::new(&unused_name("Fields", &taken), Span::call_site())
            },
            packed: item.attrs.iter().filter(|a| is_packed(a)).collect(),
            shadowing_param: shadows_levels(item),
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
            value: value_name("value", &item.generics),
            update: value_name("f", &item.generics),
            instances: ["first", "second", "instances"]
                .map(|name| value_name(name, &item.generics)),
            key_type: key_type_name(item, &idents),
            rt: runtime_name(item, &input.options, &idents),
            marker: marker(item, &marker_ident),
            marker_ident,
            inner_vis: inner_visibility(&item.vis),
            after: input
                .options
                .after
                .as_ref()
                .filter(|after| !names_itself(item, after) && own_param(item, after).is_none()),
            after_itself: input
                .options
                .after
                .as_ref()
                .filter(|after| names_itself(item, after)),
            after_own_param: input
                .options
                .after
                .as_ref()
                .and_then(|after| own_param(item, after)),
            id: struct_id(item, &input.options),
            lock_count,
            locked,
        }
    }

    /// Whether the input is a struct that can be expanded: named fields, at least one, none
    /// unsized, not packed, no parameter hiding the levels. Input that would only give
    /// rustc's errors on generated code beside ours is emitted as written instead.
    pub fn expandable(&self) -> bool {
        !self.fields.is_empty()
            && self.packed.is_empty()
            && self.shadowing_param.is_none()
            && self.fields.iter().all(|f| !f.unsized_type)
    }

    /// The struct's name in messages.
    pub fn name(&self) -> String {
        unraw(&self.item.ident)
    }

    /// Whether the struct's marker is an enum in the levels module (the struct is generic).
    pub fn generic_marker(&self) -> bool {
        !self.item.generics.params.is_empty()
    }

    /// The fields that take a lock, in lock order.
    pub fn locks(&self) -> Vec<&FieldModel<'a>> {
        self.locked.iter().map(|&i| &self.fields[i]).collect()
    }

    /// The field at `place` in the lock order, without building the list (which, for each
    /// field of a wide struct, would make the docs quadratic in its width).
    pub fn lock(&self, place: usize) -> Option<&FieldModel<'a>> {
        self.locked.get(place).map(|&i| &self.fields[i])
    }
}

/// Names each locked field's `before` trait `comes_before_<field>`, or, if those names are
/// not all distinct from the fields' level types (a field named `comes_before_a` beside a
/// field `a`), `comes_before_field_<place>` with underscores added until free.
fn name_before_checks(fields: &mut [FieldModel]) {
    let levels: HashSet<String> = fields.iter().map(|f| f.name.clone()).collect();
    let clash = fields
        .iter()
        .filter(|f| f.place.is_some())
        .any(|f| levels.contains(&f.before.to_string()));
    if !clash {
        return;
    }
    let mut taken = levels;
    for field in fields.iter_mut() {
        let Some(place) = field.place else { continue };
        let mut name = format!("comes_before_field_{place}");
        while !taken.insert(name.clone()) {
            name.push('_');
        }
        field.before = format_ident!("{}", name);
    }
}

/// The models of the named fields, with their method names checked against each other.
fn field_models<'a>(
    fields: impl Iterator<Item = (&'a syn::Field, &'a FieldOptions)>,
    struct_options: &StructOptions,
) -> Vec<FieldModel<'a>> {
    // Each method name, and the field that has it.
    let mut taken: HashMap<String, String> = HashMap::new();
    fields
        .filter_map(|(field, options)| {
            FieldModel::build(field, options, struct_options, &mut taken)
        })
        .collect()
}

impl<'a> FieldModel<'a> {
    fn build(
        field: &'a syn::Field,
        options: &'a FieldOptions,
        struct_options: &StructOptions,
        taken: &mut HashMap<String, String>,
    ) -> Option<Self> {
        let ident = field.ident.as_ref()?;
        let name = unraw(ident);
        let kind = field_kind(field, options);
        // A kind that cannot be poisoned behaves as under `recover`: no `recover_` method,
        // no poison reported (`validate` refuses a policy written on such a field).
        let poison = if kind.spec().poisons {
            field_poison(options, struct_options)
        } else {
            Poison::Recover
        };
        // A field without usable method names keeps its place in the order under a
        // placeholder name that is not taken from anyone, and gets no methods.
        let suffix = accessor_suffix(field, options);
        let names = suffix
            .as_ref()
            .map(|suffix| kind.method_names(poison, suffix))
            .unwrap_or_default();
        let naming = if suffix.is_none() {
            Naming::NoName
        } else if let Some(unusable) = names.iter().find(|m| !usable_method_name(m)) {
            Naming::Unusable(unusable.clone())
        } else if let Some((method, first)) = names
            .iter()
            .find_map(|m| taken.get(m).map(|first| (m, first)))
        {
            Naming::Clash {
                method: method.clone(),
                first: first.clone(),
            }
        } else {
            Naming::Named
        };
        for method in names {
            taken.entry(method).or_insert_with(|| name.clone());
        }
        let suffix = suffix.unwrap_or_else(|| format!("field_{}", taken.len()));
        let span = options.rename.as_ref().unwrap_or(ident).span();
        let before = format_ident!("comes_before_{}", name);
        Some(FieldModel {
            field,
            options,
            ident,
            name,
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
                .filter(|attr| {
                    !parse::is_guarded(attr)
                        && !is_unsupported_on_field(attr)
                        && !is_deprecated(attr)
                })
                .collect(),
            deprecated: field
                .attrs
                .iter()
                .filter(|attr| is_deprecated(attr))
                .collect(),
            unsupported_attrs: field
                .attrs
                .iter()
                .filter(|attr| is_unsupported_on_field(attr))
                .collect(),
            unsized_type: is_unsized_as_written(&field.ty),
            kind,
            poison,
            atomic: (kind == Kind::Atomic)
                .then(|| kind::atomic_type(&field.ty))
                .flatten(),
            hidden_lock: matches!(kind, Kind::Unlocked | Kind::Snapshot)
                .then(|| kind::lock_type(&field.ty))
                .flatten(),
            place: None,
            before,
            suffix,
            span,
            naming,
        })
    }

    /// The kind's description.
    pub fn spec(&self) -> &'static Spec {
        self.kind.spec()
    }

    /// Whether the field gets its methods (see `naming`): `validate` reports why not.
    pub fn has_accessors(&self) -> bool {
        self.naming == Naming::Named
    }

    /// The method `<prefix><name><postfix>` of this field, spanned on its name.
    pub fn method(&self, prefix: &str, postfix: &str) -> Ident {
        let name = format!("{prefix}{}{postfix}", self.suffix);
        // Only a method without a prefix (an atomic or unlocked field's) can be a keyword
        // (`type`) or no name at all (`1`): `validate` reports the latter, and
        // `has_accessors` is false for it.
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
fn field_kind(field: &syn::Field, options: &FieldOptions) -> Kind {
    match options.kind {
        Some((Kind::Atomic, _)) if kind::atomic_type(&field.ty).is_none() => Kind::Mutex,
        Some((kind, _)) => kind,
        None => Kind::Mutex,
    }
}

/// A field's poisoning policy: its own, or the struct's, or `panic`.
fn field_poison(options: &FieldOptions, struct_options: &StructOptions) -> Poison {
    options
        .poison
        .as_ref()
        .or(struct_options.poison.as_ref())
        .map(|(poison, _)| *poison)
        .unwrap_or_default()
}

/// The name after `lock_` and `recover_`: the `rename`, or the field's own name without
/// leading underscores (`_cache` gets `lock_cache`, `_1` gets `lock_1`). `None` if that
/// leaves nothing (a field named `_` or `__` without a `rename`) or the field has no name.
/// Whatever is left continues an identifier, so `lock_<suffix>` is always one.
fn accessor_suffix(field: &syn::Field, options: &FieldOptions) -> Option<String> {
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

/// The struct's marker: the struct itself, or `<levels>::<Name>` for a generic struct
/// (one marker stands for every instantiation).
fn marker(item: &DeriveInput, marker_ident: &Ident) -> proc_macro2::TokenStream {
    if item.generics.params.is_empty() {
        let ident = &item.ident;
        quote::quote!(#ident)
    } else {
        let levels = levels_name(&item.ident);
        quote::quote!(#levels::#marker_ident)
    }
}

/// The name of a generic struct's marker enum in the levels module: the struct's, or with
/// underscores added if a field (whose level type is in that module too) has that name
/// (`Cache<T> { Cache: .. }`).
fn marker_name(item: &DeriveInput, fields: &[FieldModel]) -> Ident {
    let levels: Vec<&Ident> = fields.iter().map(|f| f.ident).collect();
    let name = unused_name(&unraw(&item.ident), &levels);
    if name == unraw(&item.ident) {
        item.ident.clone()
    } else {
        Ident::new(&name, item.ident.span())
    }
}

/// `vis`, written from inside a child module: private becomes `pub(super)`, `pub(super)`
/// becomes `pub(in super::super)`, a path starting with `self` or `super` gains a `super`.
/// A path from the crate root is kept as written: `crate::m`, and in edition 2015 a path
/// without `crate` (`pub(in m)`, `pub(in ::m)`), which 2015 reads from the crate root
/// wherever it is written (and later editions refuse), by the edition of its tokens.
pub fn inner_visibility(vis: &Visibility) -> proc_macro2::TokenStream {
    match vis {
        Visibility::Public(_) => quote::quote!(pub),
        Visibility::Inherited => quote::quote!(pub(super)),
        Visibility::Restricted(restricted) => {
            let path = &restricted.path;
            let first = path.segments.first().map(|s| s.ident.to_string());
            match first.as_deref() {
                Some("self") if path.leading_colon.is_none() => {
                    let rest = path.segments.iter().skip(1);
                    quote::quote!(pub(in super #(::#rest)*))
                }
                Some("super") if path.leading_colon.is_none() => {
                    quote::quote!(pub(in super::#path))
                }
                _ => quote::quote!(pub(in #path)),
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
///
/// The struct's `after` and `crate` options are hashed too: a struct declared `after` its
/// token-for-token twin (in another module) has another identity, and so can be nested
/// after it.
fn struct_id(item: &DeriveInput, options: &StructOptions) -> u32 {
    let krate = std::env::var("CARGO_CRATE_NAME").unwrap_or_default();
    let after = options.after.as_ref().map(|after| quote::quote!(#after));
    let runtime = options.krate.as_ref().map(|krate| quote::quote!(#krate));
    let text = format!("{krate}::{after:?}::{runtime:?}::{}", quote::quote!(#item));
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
///
/// A type written by a macro (`ty!()`) can name a type the macro's tokens do not show: then
/// the parameter is `KeyType` (likewise renamed), a name less likely to be one of the
/// user's types than `K`.
fn key_type_name(item: &DeriveInput, idents: &[&Ident]) -> Ident {
    let fields = quote::quote!(#item).to_string();
    let base = if fields.contains('!') { "KeyType" } else { "K" };
    Ident::new(&unused_name(base, idents), Span::call_site())
}

/// The runtime's name in the generated code: `__guarded_Bank` for `Bank`. If the struct
/// names anything `__guarded_Bank` (a type of a field), the struct's identity is added,
/// `__guarded_Bank_3c61eb0b`, rather than an underscore, which could give the name another
/// struct's import has (`Bank_`'s).
fn runtime_name(item: &DeriveInput, options: &StructOptions, idents: &[&Ident]) -> Ident {
    let base = format!("__guarded_{}", unraw(&item.ident));
    let name = if idents.iter().any(|ident| **ident == base) {
        unused_name(&format!("{base}_{:08x}", struct_id(item, options)), idents)
    } else {
        base
    };
    Ident::new(&name, Span::call_site())
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

/// A struct attribute as emitted: a derive loses the traits it cannot derive, and those the
/// macro implements itself (`Debug`, `Default`, also inside `cfg_attr`), and goes away if
/// none is left; `#[guarded]` applied twice is dropped (an error says so); a lint
/// expectation becomes an allowance (`expectation_allowed`).
fn kept_struct_attribute(attr: &Attribute) -> Option<Attribute> {
    if parse::is_guarded(attr) {
        return None;
    }
    if let Some(allowed) = expectation_allowed(attr) {
        return Some(allowed);
    }
    if attr.path().is_ident("derive") {
        let kept: Vec<Path> = kept_derives(derived_paths(attr))
            .into_iter()
            .filter(|path| !is_rejected_derive(path))
            .collect();
        return (!kept.is_empty()).then(|| syn::parse_quote!(#[derive(#(#kept),*)]));
    }
    let Some((condition, metas)) = cfg_attr_parts(attr) else {
        return Some(attr.clone());
    };
    let metas: Vec<Meta> = metas
        .into_iter()
        .filter_map(|meta| match derive_meta_paths(&meta) {
            Some(paths) => {
                let kept = kept_derives(paths);
                (!kept.is_empty()).then(|| syn::parse_quote!(derive(#(#kept),*)))
            }
            None => Some(match meta {
                Meta::List(mut list) if list.path.is_ident("expect") => {
                    list.path = allow_path(&list.path);
                    Meta::List(list)
                }
                meta => meta,
            }),
        })
        .collect();
    (!metas.is_empty()).then(|| syn::parse_quote!(#[cfg_attr(#condition, #(#metas),*)]))
}

/// `#[expect(lints)]` (on the struct or a field) as `#[allow(lints)]`, or `None` for any
/// other attribute. An expectation is about the struct as written, which the expansion
/// replaces: its fields' storage is read by the generated methods, and rustc reports no
/// generated item as dead, so an expected `dead_code` (a field never read, a struct never
/// built) never comes, and rustc would report the expectation as unfulfilled, an error
/// under `deny(warnings)`. As an allowance it still silences what it names.
pub fn expectation_allowed(attr: &Attribute) -> Option<Attribute> {
    let Meta::List(list) = &attr.meta else {
        return None;
    };
    if !list.path.is_ident("expect") {
        return None;
    }
    let mut allowed = attr.clone();
    if let Meta::List(list) = &mut allowed.meta {
        list.path = allow_path(&list.path);
    }
    Some(allowed)
}

/// `allow`, at the span of `expect`.
fn allow_path(expect: &Path) -> Path {
    let span = expect
        .segments
        .first()
        .map_or_else(Span::call_site, |s| s.ident.span());
    Ident::new("allow", span).into()
}

/// The derives left for rustc: without those the macro implements. (A refused derive is
/// reported, and left out, only outside `cfg_attr`, which `validate` does not look into;
/// inside, it stays, for rustc to refuse.)
fn kept_derives(paths: Vec<Path>) -> Vec<Path> {
    paths
        .into_iter()
        .filter(|path| {
            !is_std_derive(path, "fmt", "Debug") && !is_std_derive(path, "default", "Default")
        })
        .collect()
}

/// `#[cfg_attr(condition, a, b)]` as its condition and attributes; `None` for any other
/// attribute (or one that does not parse, which is left to rustc).
fn cfg_attr_parts(attr: &Attribute) -> Option<(Meta, Vec<Meta>)> {
    if !attr.path().is_ident("cfg_attr") {
        return None;
    }
    attr.parse_args_with(|input: syn::parse::ParseStream| {
        let condition: Meta = input.parse()?;
        input.parse::<Token![,]>()?;
        let metas = Punctuated::<Meta, Token![,]>::parse_terminated(input)?;
        Ok((condition, metas.into_iter().collect()))
    })
    .ok()
}

/// The paths of a `derive(...)` inside `cfg_attr`, or `None` for another attribute.
fn derive_meta_paths(meta: &Meta) -> Option<Vec<Path>> {
    match meta {
        Meta::List(list) if list.path.is_ident("derive") => list
            .parse_args_with(Punctuated::<Path, Token![,]>::parse_terminated)
            .map(|paths| paths.into_iter().collect())
            .ok(),
        _ => None,
    }
}

/// Where `item` derives std's `name` (`Debug`, or `fmt::Debug`, `std::fmt::Debug`, ...,
/// for `module` `fmt`): nowhere, unconditionally, or only under `cfg_attr` conditions.
fn derive_condition(item: &DeriveInput, module: &str, name: &str) -> Derived {
    let mut conditions = Vec::new();
    for attr in &item.attrs {
        if derived_paths(attr)
            .iter()
            .any(|path| is_std_derive(path, module, name))
        {
            return Derived::Always;
        }
        if let Some((condition, metas)) = cfg_attr_parts(attr) {
            let mut derived = metas.iter().filter_map(derive_meta_paths).flatten();
            if derived.any(|path| is_std_derive(&path, module, name)) {
                conditions.push(condition);
            }
        }
    }
    match conditions.pop() {
        None => Derived::No,
        Some(only) if conditions.is_empty() => Derived::Under(Box::new(only)),
        Some(last) => {
            conditions.push(last);
            Derived::Under(Box::new(syn::parse_quote!(any(#(#conditions),*))))
        }
    }
}

/// Whether `path` names std's derive `name`: `name` alone, or after `module` (`fmt::Debug`,
/// `::core::fmt::Debug`). Another crate's derive of that name (`derive_more::Debug`) is
/// left to that crate.
fn is_std_derive(path: &Path, module: &str, name: &str) -> bool {
    let segments: Vec<String> = path.segments.iter().map(|s| unraw(&s.ident)).collect();
    match segments.as_slice() {
        [last] => last == name,
        [.., parent, last] => last == name && parent == module,
        [] => false,
    }
}

/// The derives a `#[guarded]` struct cannot have: `Clone` (it has its own), `Copy`, and
/// those that would read or build the fields without their locks.
pub const REJECTED_DERIVES: &[&str] = &[
    "Clone",
    "Copy",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Hash",
    "Serialize",
    "Deserialize",
];

/// Whether `#[derive(path)]` is one of [`REJECTED_DERIVES`], by its last segment (`r#Clone`
/// is `Clone`).
pub fn is_rejected_derive(path: &Path) -> bool {
    path.segments
        .last()
        .is_some_and(|last| REJECTED_DERIVES.contains(&unraw(&last.ident).as_str()))
}

/// Whether `attr` is `#[repr(..., packed, ...)]` or `#[repr(packed(N))]`.
fn is_packed(attr: &Attribute) -> bool {
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

/// Whether `ty` is unsized as written: `[T]`, `str` (or `r#str`) or `dyn Trait`.
fn is_unsized_as_written(ty: &Type) -> bool {
    match kind::unwrapped(ty) {
        Type::Slice(_) | Type::TraitObject(_) => true,
        Type::Path(path) => {
            path.qself.is_none() && path.path.get_ident().is_some_and(|i| unraw(i) == "str")
        }
        _ => false,
    }
}

/// Whether `attr` is `#[deprecated]` (in any of its forms).
fn is_deprecated(attr: &Attribute) -> bool {
    attr.path().is_ident("deprecated")
}

/// Whether `attr` is one that `#[guarded]` cannot honour on a field: `cfg` or `cfg_attr`.
fn is_unsupported_on_field(attr: &Attribute) -> bool {
    attr.path().is_ident("cfg") || attr.path().is_ident("cfg_attr")
}

/// Whether `after` certainly names `item` itself: `Bank`, `self::Bank`, `Bank<()>` or
/// `Self` on `struct Bank` (in the struct's scope, its own name can only mean it). A longer
/// path may name the struct itself too; rustc then refuses the cycle (E0391).
fn names_itself(item: &DeriveInput, after: &Type) -> bool {
    match after {
        Type::Group(group) => names_itself(item, &group.elem),
        Type::Paren(paren) => names_itself(item, &paren.elem),
        Type::Path(path) if path.qself.is_none() && path.path.leading_colon.is_none() => {
            let mut segments = path.path.segments.iter().peekable();
            if segments.peek().is_some_and(|s| s.ident == "self") {
                segments.next();
            }
            match (segments.next(), segments.next()) {
                (Some(only), None) => {
                    only.ident == "Self" || unraw(&only.ident) == unraw(&item.ident)
                }
                _ => false,
            }
        }
        _ => false,
    }
}

/// A parameter of the struct used in `after = ...`: where it is written, and how.
pub struct OwnParam {
    pub span: Span,
    /// As written: `T`, `'a` or `N`.
    pub name: String,
    /// What could stand in its place: a type, `'static` or a value.
    pub instead: &'static str,
}

/// The first of `item`'s parameters that `after` uses, if any: an identifier named like a
/// type or const parameter, or a lifetime named like a lifetime parameter, that means it
/// there (not `models::T`, `Tr<T = u8>`, nor `for<'a> fn(&'a u8)`: see `find_own_param`).
fn own_param(item: &DeriveInput, after: &Type) -> Option<OwnParam> {
    let generics = &item.generics;
    if generics.params.is_empty() {
        return None;
    }
    let types: Vec<String> = generics.type_params().map(|p| unraw(&p.ident)).collect();
    let consts: Vec<String> = generics.const_params().map(|p| unraw(&p.ident)).collect();
    let lifetimes: Vec<String> = generics
        .lifetimes()
        .map(|p| p.lifetime.ident.to_string())
        .collect();
    find_own_param(quote::quote!(#after), &types, &consts, &lifetimes, &[])
}

/// The first use in `tokens` (one level, and the groups in it) of a parameter named in
/// `types`, `consts` or `lifetimes`. Not a use: an identifier after `::` (`models::T`
/// names a type `T` of a module), the name of an associated item in a binding or a bound
/// (`Tr<T = u8>`, `Tr<T: Send>`), and a lifetime that a `for<..>` binder declares, there or
/// in its scope (`for<'a> fn(&'a u8)`: the binder's own `'a`; `bound` holds those of the
/// binders around this level). A binder's scope ends at the `,`, `+` or `;` that follows
/// it at its depth of `<..>`, or at the `>` that closes the list it is in.
fn find_own_param(
    tokens: proc_macro2::TokenStream,
    types: &[String],
    consts: &[String],
    lifetimes: &[String],
    bound: &[String],
) -> Option<OwnParam> {
    use proc_macro2::{Spacing, TokenTree};
    let punct = |tree: Option<&TokenTree>| match tree {
        Some(TokenTree::Punct(p)) => Some((p.as_char(), p.spacing())),
        _ => None,
    };
    let is = |tree: Option<&TokenTree>, c: char| punct(tree).is_some_and(|(x, _)| x == c);
    let joint = |tree: Option<&TokenTree>, c: char| punct(tree) == Some((c, Spacing::Joint));
    let alone = |tree: Option<&TokenTree>, c: char| punct(tree) == Some((c, Spacing::Alone));
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    // The lifetimes of the binders at this level, each with the depth of `<..>` it is at.
    let mut scopes: Vec<(String, usize)> = Vec::new();
    let mut depth = 0_usize;
    let mut i = 0;
    while let Some(tree) = trees.get(i) {
        let before = |back: usize| i.checked_sub(back).and_then(|at| trees.get(at));
        match tree {
            TokenTree::Ident(ident) if ident == "for" && is(trees.get(i + 1), '<') => {
                // `for<'a, 'b>`: declarations, in scope from the `>` on.
                i += 2;
                while let Some(tree) = trees.get(i) {
                    i += 1;
                    match tree {
                        TokenTree::Ident(name) if is(trees.get(i - 2), '\'') => {
                            scopes.push((name.to_string(), depth));
                        }
                        TokenTree::Punct(p) if p.as_char() == '>' => break,
                        _ => {}
                    }
                }
                continue;
            }
            TokenTree::Group(group) => {
                let mut inner = bound.to_vec();
                inner.extend(scopes.iter().map(|(name, _)| name.clone()));
                let found = find_own_param(group.stream(), types, consts, lifetimes, &inner);
                if found.is_some() {
                    return found;
                }
            }
            TokenTree::Punct(p) => match p.as_char() {
                '<' => depth += 1,
                // Not the `>` of `->`.
                '>' if !joint(before(1), '-') => {
                    depth = depth.saturating_sub(1);
                    scopes.retain(|(_, at)| *at <= depth);
                }
                ',' | '+' | ';' => scopes.retain(|(_, at)| *at < depth),
                _ => {}
            },
            TokenTree::Ident(ident) => {
                let name = unraw(ident);
                let after_path_sep = joint(before(2), ':') && is(before(1), ':');
                let quoted = is(before(1), '\'');
                // `T = u8` or `T: Send` (not `T == N`, `T::X`).
                let item_name = alone(trees.get(i + 1), '=') || alone(trees.get(i + 1), ':');
                let declared = |name: &String| {
                    bound.contains(name) || scopes.iter().any(|(scoped, _)| scoped == name)
                };
                let found = if quoted {
                    (lifetimes.contains(&name) && !declared(&name))
                        .then(|| (format!("'{name}"), "`'static`"))
                } else if after_path_sep || item_name {
                    None
                } else if types.contains(&name) {
                    Some((
                        name,
                        "a concrete type (such as `()`, if the other struct's bounds allow it)",
                    ))
                } else if consts.contains(&name) {
                    Some((name, "a value"))
                } else {
                    None
                };
                if let Some((name, instead)) = found {
                    return Some(OwnParam {
                        span: ident.span(),
                        name,
                        instead,
                    });
                }
            }
            TokenTree::Literal(_) => {}
        }
        i += 1;
    }
    None
}

/// The type parameter of `item` that has the name of its levels module, if any.
fn shadows_levels(item: &DeriveInput) -> Option<&Ident> {
    let levels = levels_name(&item.ident).to_string();
    item.generics
        .type_params()
        .map(|p| &p.ident)
        .find(|ident| unraw(ident) == levels)
}
