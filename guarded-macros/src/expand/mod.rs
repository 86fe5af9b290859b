//! Model to tokens. Each part of the output has its own module:
//! the struct with its storage, the module of lock levels, the inherent methods, the
//! trait impls.
//!
//! What rustc pays for the expansion is mostly the tokens crossing the proc-macro bridge,
//! in the macro's unoptimized build (how Cargo builds proc macros by default). Two helpers
//! keep that down without changing a token: `Trees` (trees.rs), the pieces every method
//! repeats pushed as tokens rather than nested token streams, and `lexed`, code of the
//! macro's own whose string literals (docs, messages) rustc lexes from text rather than
//! the macro escaping them.

mod accessors;
mod docs;
mod groups;
mod impls;
mod levels;
mod storage;
mod struct_order;
mod trees;

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::{FieldModel, Model};
use trees::Trees;

/// Everything `#[guarded]` emits for a valid struct.
pub fn expand(model: &Model) -> TokenStream {
    // The generated code names the runtime `rt` (`__guarded_Bank`), a few tokens instead of
    // `::guarded::__private`: a wide struct's expansion is that much shorter, and faster to
    // expand. (Not inside a `const _` block, which would make rustc call the methods
    // `_::<impl Bank>::lock_accounts` in its messages.)
    let (krate, rt) = (&model.krate, &model.rt);
    // Always used (by the `Clone` impl at least), so it needs no `allow`, which a crate
    // that forbids `unused_imports` would reject.
    let mut out = quote! {
        #[doc(hidden)]
        use #krate::__private as #rt;
    };
    out.extend(storage::struct_definition(model));
    out.extend(levels::levels_module(model));
    out.extend(struct_order::struct_order(model));
    out.extend(struct_order::level_impls(model));
    out.extend(accessors::inherent_impl(model));
    out.extend(impls::clone_impl(model));
    out.extend(impls::debug_impl(model));
    out.extend(impls::default_impl(model));
    out
}

/// The key that `field`'s lock calls hand back: `Key`, or `AsyncKey` for an async field.
fn key_type(field: &FieldModel) -> proc_macro2::Ident {
    proc_macro2::Ident::new(field.spec().key(), proc_macro2::Span::call_site())
}

/// `<levels>::comes_before_<field>`, the bound on the key of a lock call of `field`.
/// Spanned at the field as the user wrote it, so that rustc's "required by this bound"
/// shows the field's line rather than the `#[guarded]` line.
fn before_bound(model: &Model, field: &FieldModel) -> Trees {
    let at_field = field.ident.span();
    let (mut levels, mut before) = (model.levels.clone(), field.before.clone());
    levels.set_span(at_field);
    before.set_span(at_field);
    let mut bound = Trees::default();
    bound.ident(&levels).punct_at("::", at_field).ident(&before);
    bound
}

/// A lock call's key: the type parameter it declares after its lifetime (with its comma,
/// or nothing), and the type after `&'g mut`.
///
/// - Blocking kinds: `impl comes_before_f`; a condition field's `lock_` and `try_lock_`
///   (whose guard keeps the key's type, for waiting, `keeps_type`) declare
///   `K: comes_before_f` and take `K`.
/// - Async kinds take the key as an object (`Spec::key_object`), `dyn comes_before_f`; an
///   `async_condvar` field's object names the key's type (`Spec::object_names_key`),
///   `dyn comes_before_f<Key = K>`, and every call of it declares `K`, which rustc infers
///   from the cast.
///
/// As `Trees`, pushed into the method one token at a time: every lock method has a key,
/// and a token stream of its own would cost calls across the proc-macro bridge.
fn key_param(model: &Model, field: &FieldModel, keeps_type: bool) -> (Trees, Trees) {
    let (spec, k) = (field.spec(), &model.key_type);
    let before = before_bound(model, field);
    let (mut param, mut arg) = (Trees::default(), Trees::default());
    if spec.object_names_key() {
        param.punct(",").ident(k);
        arg.word("dyn").trees(&before);
        arg.punct("<").word("Key").punct("=").ident(k).punct(">");
    } else if spec.key_object() {
        arg.word("dyn").trees(&before);
    } else if keeps_type && spec.waits {
        param.punct(",").ident(k).punct(":").trees(&before);
        arg.ident(k);
    } else {
        arg.word("impl").trees(&before);
    }
    (param, arg)
}

/// `#[inline]` on a lock call that takes the key as an object and is generic only over its
/// lifetime (`Spec::key_object`, not `Spec::object_names_key`): it would be compiled once,
/// in the struct's crate, and a caller in another crate would call it out of line, and the
/// key's `checked_owner` through the object's table of methods (`inlining.rs`).
fn inline_if_key_object(field: &FieldModel) -> Option<TokenStream> {
    let spec = field.spec();
    (spec.key_object() && !spec.object_names_key()).then(|| quote!(#[inline]))
}

/// `output`, or for an async field a future of it that borrows what the call borrows.
fn future_if_async(model: &Model, field: &FieldModel, output: Trees) -> Trees {
    if field.spec().asynchronous {
        let mut future = Trees::default();
        future
            .word("impl")
            .rt(&model.rt, "Future")
            .punct("<")
            .word("Output")
            .punct("=")
            .trees(&output)
            .punct(">")
            .punct("+")
            .lifetime(&model.lifetime);
        future
    } else {
        output
    }
}

/// `#[doc = r"text"]`, lexed from that text (see `lexed`). A raw string holds the same
/// text, so the docs read the same.
fn doc_attr(text: &str) -> TokenStream {
    doc_attrs(text, false)
}

/// `doc_attr`, then `#[track_caller]` if `track_caller`, lexed in the same call.
fn doc_attrs(text: &str, track_caller: bool) -> TokenStream {
    let track_caller = if track_caller { " #[track_caller]" } else { "" };
    raw_string(text)
        .and_then(|literal| lexed(&format!("#[doc = {literal}]{track_caller}")))
        .unwrap_or_else(|| {
            let track_caller = lexed(track_caller);
            quote!(#[doc = #text] #track_caller)
        })
}

/// `text` as a raw string literal (`r"text"`, `r#"text"#`, ...), unless a raw string cannot
/// hold it: a carriage return, or a `"` followed by 255 `#`s (a raw string has at most 255;
/// a doc quoting the user's `after = ...` type can hold such a raw string itself). Such
/// text must not reach `lexed`, where rustc reports it and the macro panics.
fn raw_string(text: &str) -> Option<String> {
    let hashes = raw_string_hashes(text);
    if text.contains('\r') || hashes > MAX_RAW_STRING_HASHES {
        return None;
    }
    let hashes = "#".repeat(hashes);
    Some(format!("r{hashes}\"{text}\"{hashes}"))
}

/// Code of the macro's own (at the call site, the span of `quote!`'s own tokens and of
/// tokens lexed from a string), lexed by rustc from its text in one call across the
/// proc-macro bridge. For text with long string literals, docs and messages: `quote!`
/// would escape each literal in the macro, which in its unoptimized build (how Cargo
/// builds proc macros by default) cost more than a tenth of the expansion. `None` if it
/// does not lex (never, for the macro's own text: then the caller writes it with `quote!`),
/// though for some text that does not lex rustc reports an error and panics instead: the
/// callers pass only text that lexes (string literals made by `raw_string`).
/// Outside a macro (in tests), lexed by `proc_macro2`.
fn lexed(text: &str) -> Option<TokenStream> {
    if proc_macro::is_available() {
        text.parse::<proc_macro::TokenStream>()
            .ok()
            .map(TokenStream::from)
    } else {
        text.parse::<TokenStream>().ok()
    }
}

/// The most `#`s a raw string literal can be delimited by.
const MAX_RAW_STRING_HASHES: usize = 255;

/// How many `#`s a raw string of `text` needs: one more than the longest run of them after
/// a `"` in it, or none if it has no `"`.
fn raw_string_hashes(text: &str) -> usize {
    text.match_indices('"')
        .map(|(at, _)| 1 + text[at + 1..].bytes().take_while(|&b| b == b'#').count())
        .max()
        .unwrap_or(0)
}

/// `1st`, `2nd`, `3rd`, `4th`, ... `11th`, `12th`, `13th`, `21st`.
fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Lists longer than this are summarised in messages rather than written out.
const LISTED_FIELDS: usize = 8;

/// `` `a`, then `b`, then `c` ``, or a summary for a long struct.
fn order_text(model: &Model) -> String {
    let count = model.lock_count;
    if count > LISTED_FIELDS {
        let locked = if count < model.fields.len() {
            "locked "
        } else {
            ""
        };
        return format!(
            "its {count} {locked}fields in declaration order (see `{}::LOCK_ORDER`)",
            model.levels
        );
    }
    ticked(&model.locks()).join(", then ")
}

/// Each field's name in backticks.
fn ticked(fields: &[&FieldModel]) -> Vec<String> {
    fields.iter().map(|f| format!("`{}`", f.name)).collect()
}

#[cfg(test)]
mod tests {
    use syn::parse::Parser as _;

    use super::{doc_attr, ordinal, raw_string, raw_string_hashes};

    #[test]
    fn hashes_of_raw_strings() {
        assert_eq!(raw_string_hashes("plain `code`"), 0);
        assert_eq!(raw_string_hashes("a \"quote\""), 1);
        assert_eq!(raw_string_hashes("a \"# b \"## c"), 3);
        assert_eq!(raw_string_hashes("# not after a quote ##"), 0);
    }

    /// The text of a doc, as the raw string that `doc_attr` writes, is the doc's text.
    #[test]
    fn raw_strings_hold_the_text() {
        for text in [
            "plain",
            "two\n\nparagraphs, `code`",
            "\"# and \"## and \\n",
            "",
        ] {
            let hashes = "#".repeat(raw_string_hashes(text));
            let lit: syn::LitStr =
                syn::parse_str(&format!("r{hashes}\"{text}\"{hashes}")).expect("a raw string");
            assert_eq!(lit.value(), text);
        }
    }

    /// Text that no raw string can hold gets no raw string, and its doc is the text all
    /// the same: a carriage return, and a `"` followed by 255 `#`s (a raw string of the
    /// doc would need 256, the lexer's limit is 255), as a doc quoting `after = ...` can be.
    #[test]
    fn docs_that_raw_strings_cannot_hold() {
        let most = "#".repeat(255);
        for text in [
            "carriage\rreturn".to_owned(),
            format!("`Buffer<{{r{most}\"x\"{most}.len()}}>`"),
        ] {
            assert_eq!(raw_string(&text), None);
            let attrs = syn::Attribute::parse_outer
                .parse2(doc_attr(&text))
                .expect("a doc attribute");
            assert_eq!(attrs.len(), 1);
            let syn::Meta::NameValue(doc) = &attrs[0].meta else {
                panic!("not #[doc = ...]");
            };
            assert!(attrs[0].path().is_ident("doc"));
            let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(lit),
                ..
            }) = &doc.value
            else {
                panic!("not a string");
            };
            assert_eq!(lit.value(), text);
        }
        let fits = format!("\"{}", "#".repeat(254));
        assert_eq!(raw_string_hashes(&fits), 255);
        assert!(raw_string(&fits).is_some());
    }

    #[test]
    fn ordinals() {
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111]
            .into_iter()
            .map(ordinal)
            .collect();
        assert_eq!(
            got,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd",
                "101st", "111th"
            ]
        );
    }
}
