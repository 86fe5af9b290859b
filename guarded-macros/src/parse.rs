//! Tokens to syntax: the struct, the attribute's options and each field's options.
//!
//! Nothing here judges whether the struct suits `#[guarded]`; `validate` does.

use proc_macro2::TokenStream;
use syn::parse::Parser;
use syn::{Attribute, DeriveInput, Ident, Path};

use crate::errors::Errors;

/// The macro's whole input, parsed.
pub struct Input {
    pub item: DeriveInput,
    pub options: StructOptions,
    /// One entry per field of a struct (empty for enums and unions), in declaration order.
    pub field_options: Vec<FieldOptions>,
}

/// Options of `#[guarded(...)]` on the struct.
#[derive(Default)]
pub struct StructOptions {
    /// `crate = path`: where the `guarded` crate is, when it is re-exported.
    pub krate: Option<Path>,
}

/// Options of `#[guarded(...)]` on one field.
#[derive(Default)]
pub struct FieldOptions {
    /// `rename = name`: the accessors become `lock_<name>` and `recover_<name>`.
    pub rename: Option<Ident>,
}

/// The attribute name this macro answers to, also on fields.
pub const ATTRIBUTE: &str = "guarded";

/// Parses the attribute's arguments and the item. Only an item that is not a struct, enum
/// or union at all is fatal; every other mistake is recorded in `errors`.
pub fn parse(args: TokenStream, item: TokenStream, errors: &mut Errors) -> syn::Result<Input> {
    let item: DeriveInput = syn::parse2(item).map_err(|error| {
        syn::Error::new(
            error.span(),
            format!("`#[guarded]` goes on a struct with named fields ({error})"),
        )
    })?;
    let options = struct_options(args, errors);
    let field_options = match &item.data {
        syn::Data::Struct(data) => data
            .fields
            .iter()
            .map(|field| field_options(&field.attrs, errors))
            .collect(),
        _ => Vec::new(),
    };
    Ok(Input {
        item,
        options,
        field_options,
    })
}

fn struct_options(args: TokenStream, errors: &mut Errors) -> StructOptions {
    let mut options = StructOptions::default();
    let parser = syn::meta::parser(|meta| {
        if meta.path.is_ident("crate") {
            if options.krate.is_some() {
                return Err(meta.error("`crate` is given twice; keep one"));
            }
            options.krate = Some(meta.value()?.parse()?);
            Ok(())
        } else {
            Err(meta.error(format!(
                "unknown `#[guarded]` option `{}`; the only option is `crate = ::path::to::guarded` \
                 (where the `guarded` crate is, when it is re-exported)",
                path_text(&meta.path),
            )))
        }
    });
    if let Err(error) = parser.parse2(args) {
        errors.push(error);
    }
    options
}

fn field_options(attrs: &[Attribute], errors: &mut Errors) -> FieldOptions {
    let mut options = FieldOptions::default();
    for attr in attrs.iter().filter(|attr| is_guarded(attr)) {
        if let Err(error) = parse_field_attribute(attr, &mut options) {
            errors.push(error);
        }
    }
    options
}

fn parse_field_attribute(attr: &Attribute, options: &mut FieldOptions) -> syn::Result<()> {
    if !matches!(attr.meta, syn::Meta::List(_)) {
        return Err(syn::Error::new_spanned(
            attr,
            "`#[guarded]` on a field takes options: write `#[guarded(rename = name)]`, \
             or remove it (every field is guarded already)",
        ));
    }
    attr.parse_nested_meta(|meta| {
        if meta.path.is_ident("rename") {
            if options.rename.is_some() {
                return Err(meta.error("`rename` is given twice for this field; keep one"));
            }
            options.rename = Some(meta.value()?.parse()?);
            Ok(())
        } else {
            Err(meta.error(format!(
                "unknown field option `{}`; the only field option is `rename = name` \
                 (the accessors become `lock_<name>` and `recover_<name>`)",
                path_text(&meta.path),
            )))
        }
    })
}

/// Whether `attr` is `#[guarded...]`.
pub fn is_guarded(attr: &Attribute) -> bool {
    attr.path().is_ident(ATTRIBUTE)
}

/// A path as the user wrote it, without the spaces `quote` puts in.
pub fn path_text(path: &Path) -> String {
    quote::quote!(#path).to_string().replace(' ', "")
}
