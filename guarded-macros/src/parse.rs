//! Tokens to syntax: the struct, the attribute's options and each field's options.
//!
//! Nothing here judges whether the struct suits `#[guarded]`; `validate` does. A mistake in
//! one option is recorded and parsing goes on with the next, so one compile reports all.

use proc_macro2::{Delimiter, Group, Spacing, TokenStream, TokenTree};
use syn::meta::ParseNestedMeta;
use syn::parse::{Parse, ParseStream, Parser};
use syn::{Attribute, DeriveInput, Ident, Path, Token};

use crate::errors::Errors;
use crate::kind::{Kind, Poison};
use crate::names::{is_word, path_text, unraw};

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
    /// `poison = policy`: the policy of every field that does not choose its own.
    pub poison: Option<(Poison, Ident)>,
    /// `after = Struct`: the `#[guarded]` struct whose locks may be held while this one's
    /// are taken.
    pub after: Option<syn::Type>,
}

/// Options of `#[guarded(...)]` on one field.
#[derive(Default)]
pub struct FieldOptions {
    /// `rename = name`: the accessors become `lock_<name>` and `recover_<name>`.
    pub rename: Option<Ident>,
    /// The kind's keyword (`rw`, `atomic`, ...) as written (a mutex if none).
    pub kind: Option<(Kind, Ident)>,
    /// `poison = policy`.
    pub poison: Option<(Poison, Ident)>,
}

/// How the poisoning option is written, for messages.
const POISON_USAGE: &str = "poison = panic | recover | result";
/// Every field option, for messages.
fn field_options_text() -> String {
    format!(
        "{} (the kind of field; a mutex if none), `{POISON_USAGE}`, `{RENAME_USAGE}`",
        Kind::keywords()
    )
}

/// The attribute name this macro answers to, also on fields.
pub const ATTRIBUTE: &str = "guarded";

/// How the struct option is written, for messages.
const CRATE_USAGE: &str = "crate = ::path::to::guarded";
/// How the field option is written, for messages.
const RENAME_USAGE: &str = "rename = name";
/// How the struct order is written, for messages.
const AFTER_USAGE: &str = "after = OtherStruct";

/// Parses the attribute's arguments and the item. Only an item that is not a struct, enum
/// or union at all is fatal; every other mistake is recorded in `errors`.
pub fn parse(args: TokenStream, item: TokenStream, errors: &mut Errors) -> syn::Result<Input> {
    let item: DeriveInput =
        syn::parse2(raw_field_names(item.clone())).map_err(|error| not_a_struct(item, &error))?;
    let options = struct_options(args, &unraw(&item.ident), errors);
    let field_options = match &item.data {
        syn::Data::Struct(data) => data
            .fields
            .iter()
            .map(|field| {
                let owner = match &field.ident {
                    Some(ident) => format!("{}.{}", unraw(&item.ident), unraw(ident)),
                    None => unraw(&item.ident),
                };
                field_options(&field.attrs, &owner, errors)
            })
            .collect(),
        _ => Vec::new(),
    };
    Ok(Input {
        item,
        options,
        field_options,
    })
}

/// The words that became keywords in edition 2018, which are plain identifiers in 2015.
const KEYWORDS_SINCE_2018: &[&str] = &["async", "await", "dyn", "try"];

/// `item` with its fields named `async`, `await`, `dyn` or `try` written as the raw
/// identifiers they are (`r#async`, with the same span). In a crate of edition 2015 those
/// words are plain identifiers, and a field may have one as its name; syn reads them as
/// keywords in every edition, and would refuse the struct. (In later editions rustc
/// refuses such a field before the macro runs.) A field's name is the word followed by a
/// lone `:` at the top level of the struct's braces; elsewhere the words stay as written
/// (`dyn Trait` in a field's type).
fn raw_field_names(item: TokenStream) -> TokenStream {
    map_body(item, |trees| {
        let fields = trees.iter().enumerate().map(|(at, tree)| match tree {
            TokenTree::Ident(word)
                if KEYWORDS_SINCE_2018.iter().any(|keyword| word == keyword)
                    && matches!(trees.get(at + 1), Some(TokenTree::Punct(colon))
                        if colon.as_char() == ':' && colon.spacing() == Spacing::Alone) =>
            {
                TokenTree::Ident(Ident::new_raw(&word.to_string(), word.span()))
            }
            other => other.clone(),
        });
        fields.collect()
    })
}

/// `item` as written, less the `#[guarded(...)]` options of its fields (at the top level of
/// its braces): for an item syn cannot read, which is given back as it is beside the
/// error; rustc would report each option as an attribute macro where none can go.
pub fn without_field_options(item: TokenStream) -> TokenStream {
    map_body(item, |trees| {
        let mut kept = Vec::new();
        let mut trees = trees.into_iter().peekable();
        while let Some(tree) = trees.next() {
            let option = matches!(&tree, TokenTree::Punct(hash) if hash.as_char() == '#')
                && matches!(trees.peek(), Some(TokenTree::Group(attr))
                    if attr.delimiter() == Delimiter::Bracket
                        && matches!(attr.stream().into_iter().next(),
                            Some(TokenTree::Ident(name)) if unraw(&name) == ATTRIBUTE));
            if option {
                trees.next();
            } else {
                kept.push(tree);
            }
        }
        kept.into_iter().collect()
    })
}

/// `item` with the trees at the top level of its braces (a struct's fields) rewritten by
/// `rewrite`; the braces keep their span, and everything outside them stays as written.
fn map_body(item: TokenStream, rewrite: impl Fn(Vec<TokenTree>) -> TokenStream) -> TokenStream {
    item.into_iter()
        .map(|tree| match tree {
            TokenTree::Group(body) if body.delimiter() == Delimiter::Brace => {
                let mut rewritten = Group::new(
                    Delimiter::Brace,
                    rewrite(body.stream().into_iter().collect()),
                );
                rewritten.set_span(body.span());
                TokenTree::Group(rewritten)
            }
            other => other,
        })
        .collect()
}

/// The error for an item that syn cannot read as a struct, enum or union: on the keyword
/// that says what the item is, if there is one.
fn not_a_struct(item: TokenStream, error: &syn::Error) -> syn::Error {
    match item_keyword(item) {
        Some((keyword, "struct" | "enum" | "union")) => syn::Error::new(
            error.span(),
            format!("`#[guarded]` cannot read this {keyword}: {error}"),
        ),
        Some((keyword, what)) => syn::Error::new_spanned(
            &keyword,
            format!(
                "`#[guarded]` goes on a struct with named fields, not on {what}: \
                 each field of the struct gets its own lock; remove `#[guarded]` from here"
            ),
        ),
        None => syn::Error::new(
            error.span(),
            format!(
                "`#[guarded]` goes on a struct with named fields, \
                 like `struct Name {{ field: Type }}` ({error})"
            ),
        ),
    }
}

/// Item keywords and what they make, for messages.
const ITEM_KINDS: &[(&str, &str)] = &[
    ("struct", "struct"),
    ("enum", "enum"),
    ("union", "union"),
    ("fn", "a function"),
    ("impl", "an impl block"),
    ("trait", "a trait"),
    ("mod", "a module"),
    ("const", "a constant"),
    ("static", "a static"),
    ("type", "a type alias"),
    ("use", "a `use` declaration"),
    ("macro_rules", "a macro"),
];

/// Whether `token` is a `{ ... }` group: the body of an item, after its header.
fn is_body(token: &TokenTree) -> bool {
    matches!(token, TokenTree::Group(group) if group.delimiter() == Delimiter::Brace)
}

/// The keyword that says what kind of item `item` is (`fn`, `impl`, ...), and what it makes.
/// Looks only before the item's body, and reads `const fn` as a function.
fn item_keyword(item: TokenStream) -> Option<(Ident, &'static str)> {
    let header: Vec<Ident> = item
        .into_iter()
        .take_while(|token| !is_body(token))
        .filter_map(|token| match token {
            TokenTree::Ident(ident) => Some(ident),
            _ => None,
        })
        .collect();
    let const_fn = |i: usize| {
        header
            .get(i + 1)
            .is_some_and(|next| ["fn", "unsafe", "async", "extern"].contains(&&*next.to_string()))
    };
    header.iter().enumerate().find_map(|(i, ident)| {
        let (_, what) = ITEM_KINDS.iter().find(|(keyword, _)| ident == keyword)?;
        (!(ident == "const" && const_fn(i))).then(|| (ident.clone(), *what))
    })
}

fn struct_options(args: TokenStream, owner: &str, errors: &mut Errors) -> StructOptions {
    let mut options = StructOptions::default();
    let parser = syn::meta::parser(|meta| {
        if let Err(error) = struct_option(&meta, owner, &mut options) {
            errors.push(error);
            skip_to_comma(meta.input)?;
        }
        Ok(())
    });
    if let Err(error) = parser.parse2(args) {
        errors.push(error);
    }
    options
}

fn struct_option(
    meta: &ParseNestedMeta,
    owner: &str,
    options: &mut StructOptions,
) -> syn::Result<()> {
    if is_word(&meta.path, "rename") {
        return Err(meta.error(format!(
            "`rename` is a field option: write `#[guarded({RENAME_USAGE})]` on the field \
             whose accessors it names"
        )));
    }
    if let Some(keyword) = Kind::from_keyword(&meta.path).and_then(|kind| kind.spec().keyword) {
        return Err(meta.error(format!(
            "`{keyword}` is a field option: write `#[guarded({keyword})]` on each field \
             that should be one"
        )));
    }
    if is_word(&meta.path, "poison") {
        return poison_option(meta, owner, &mut options.poison);
    }
    if is_word(&meta.path, "after") {
        let after = value(
            meta,
            "the `#[guarded]` struct this one comes after",
            AFTER_USAGE,
        )?;
        if options.after.is_some() {
            return Err(meta.error(format!(
                "`after` is given twice for `{owner}`: a struct comes after one other struct \
                 (and, through it, after what that one comes after); keep one"
            )));
        }
        options.after = Some(after);
        return Ok(());
    }
    if !meta.path.is_ident("crate") {
        return Err(meta.error(format!(
            "unknown `#[guarded]` option `{}`; expected `{AFTER_USAGE}` (the struct whose \
             locks may be held while this one's are taken), `{POISON_USAGE}` (the policy of \
             every field) or `{CRATE_USAGE}` (where the `guarded` crate is, when it is \
             re-exported)",
            path_text(&meta.path),
        )));
    }
    let path = value(meta, "the path to the `guarded` crate", CRATE_USAGE)?;
    if options.krate.is_some() {
        return Err(meta.error("`crate = ...` is given twice; keep one"));
    }
    options.krate = Some(path);
    Ok(())
}

/// The options of one field; `owner` names it in messages (`Bank.accounts`).
fn field_options(attrs: &[Attribute], owner: &str, errors: &mut Errors) -> FieldOptions {
    let mut options = FieldOptions::default();
    for attr in attrs.iter().filter(|attr| is_guarded(attr)) {
        parse_field_attribute(attr, owner, &mut options, errors);
    }
    options
}

fn parse_field_attribute(
    attr: &Attribute,
    owner: &str,
    options: &mut FieldOptions,
    errors: &mut Errors,
) {
    let empty = match &attr.meta {
        syn::Meta::List(list) => list.tokens.is_empty(),
        _ => true,
    };
    if empty {
        errors.at(
            attr,
            format!(
                "`#[guarded]` on a field takes options ({}), or goes away: \
                 every field is guarded already",
                field_options_text()
            ),
        );
        return;
    }
    let result = attr.parse_nested_meta(|meta| {
        if let Err(error) = field_option(&meta, owner, options) {
            errors.push(error);
            skip_to_comma(meta.input)?;
        }
        Ok(())
    });
    if let Err(error) = result {
        errors.push(error);
    }
}

fn field_option(
    meta: &ParseNestedMeta,
    owner: &str,
    options: &mut FieldOptions,
) -> syn::Result<()> {
    if meta.path.is_ident("crate") {
        return Err(meta.error(
            "`crate = ...` is a struct option: write it in the `#[guarded(...)]` on the struct",
        ));
    }
    if is_word(&meta.path, "after") {
        return Err(meta.error(format!(
            "`after` orders whole structs: write `#[guarded({AFTER_USAGE})]` on the struct \
             `{}`, not on a field",
            owner.split('.').next().unwrap_or(owner)
        )));
    }
    if let Some(kind) = Kind::from_keyword(&meta.path) {
        return kind_option(meta, owner, kind, &mut options.kind);
    }
    if is_word(&meta.path, "poison") {
        return poison_option(meta, owner, &mut options.poison);
    }
    if is_word(&meta.path, "skip") {
        return Err(meta.error(format!(
            "a field of `{}` cannot be skipped: every field is stored by `new` and shared by \
             clones; for a field without a lock, write `#[guarded(unlocked)]` (a value only \
             read after `new`) or `#[guarded(snapshot)]` (a value replaced whole, read \
             without a lock)",
            owner.split('.').next().unwrap_or(owner)
        )));
    }
    if !is_word(&meta.path, "rename") {
        return Err(meta.error(format!(
            "unknown field option `{}`; expected one of {}",
            path_text(&meta.path),
            field_options_text(),
        )));
    }
    let rename = value(meta, "a name for the field's methods", RENAME_USAGE)?;
    if options.rename.is_some() {
        return Err(meta.error(format!("`rename` is given twice for `{owner}`; keep one")));
    }
    options.rename = Some(rename);
    Ok(())
}

/// A kind keyword (`rw`, `atomic`, ...), alone.
fn kind_option(
    meta: &ParseNestedMeta,
    owner: &str,
    kind: Kind,
    chosen: &mut Option<(Kind, Ident)>,
) -> syn::Result<()> {
    let keyword = meta
        .path
        .get_ident()
        .cloned()
        .unwrap_or_else(|| Ident::new("kind", proc_macro2::Span::call_site()));
    if !meta.input.is_empty() && !meta.input.peek(Token![,]) {
        return Err(meta.error(format!(
            "`{keyword}` takes no value: write `#[guarded({keyword})]`"
        )));
    }
    match chosen {
        Some((first, _)) if *first == kind => Err(meta.error(format!(
            "`{keyword}` is given twice for `{owner}`; keep one"
        ))),
        Some((_, first)) => Err(meta.error(format!(
            "conflicting kinds for `{owner}`: it is `{first}` already, and cannot also be \
             `{keyword}` (a field has one kind); keep one"
        ))),
        None => {
            *chosen = Some((kind, keyword));
            Ok(())
        }
    }
}

/// `poison = panic | recover | result`.
fn poison_option(
    meta: &ParseNestedMeta,
    owner: &str,
    chosen: &mut Option<(Poison, Ident)>,
) -> syn::Result<()> {
    let policy: Ident = value(meta, "a poisoning policy", POISON_USAGE)?;
    let Some(&(_, poison)) = Poison::KEYWORDS
        .iter()
        .find(|(name, _)| unraw(&policy) == *name)
    else {
        return Err(syn::Error::new_spanned(
            &policy,
            format!(
                "unknown poisoning policy `{policy}` for `{owner}`: write `{POISON_USAGE}` \
                 (panic: lock calls \
                 panic on a poisoned lock; recover: they take the data as it is; result: they \
                 return a `Result`)"
            ),
        ));
    };
    if chosen.is_some() {
        return Err(meta.error(format!("`poison` is given twice for `{owner}`; keep one")));
    }
    *chosen = Some((poison, policy));
    Ok(())
}

/// The value of `name = value`, which must be followed by a comma or nothing. `takes` and
/// `usage` say what the value is and how it is written.
fn value<T: Parse>(meta: &ParseNestedMeta, takes: &str, usage: &str) -> syn::Result<T> {
    let name = path_text(&meta.path);
    if !meta.input.peek(Token![=]) {
        return Err(meta.error(format!("`{name}` takes {takes}: write `{usage}`")));
    }
    let input = meta.value()?;
    if input.peek(syn::Lit) {
        return Err(input.error(format!(
            "`{name}` takes {takes}, not a literal: write `{usage}`"
        )));
    }
    let value = input.parse().map_err(|error| {
        syn::Error::new(
            error.span(),
            format!("`{name}` takes {takes}: write `{usage}` ({error})"),
        )
    })?;
    if !input.is_empty() && !input.peek(Token![,]) {
        return Err(input.error(format!(
            "unexpected tokens after `{name} = ...`: options are separated by commas, \
             as in `#[guarded(a = x, b = y)]`"
        )));
    }
    Ok(value)
}

/// Skips the rest of a rejected option, up to the comma before the next one.
fn skip_to_comma(input: ParseStream) -> syn::Result<()> {
    input.step(|cursor| {
        let mut rest = *cursor;
        while let Some((token, next)) = rest.token_tree() {
            if matches!(&token, TokenTree::Punct(p) if p.as_char() == ',') {
                break;
            }
            rest = next;
        }
        Ok(((), rest))
    })
}

/// Whether `attr` is `#[guarded...]`.
pub fn is_guarded(attr: &Attribute) -> bool {
    is_word(attr.path(), ATTRIBUTE)
}
