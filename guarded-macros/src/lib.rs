//! The `#[guarded]` attribute. Use it through the [`guarded`](https://docs.rs/guarded)
//! crate, which documents it in full.
//!
//! The macro is a pipeline whose modules import each other in one direction only:
//! `parse` (tokens to syntax), `model` (every derived question answered once, each piece
//! remembering its syntax), `validate` (a method on the model: every rule, every mistake
//! reported) and `expand` (tokens out). Beneath them, `kind` describes each field kind
//! once, `names` makes names and `errors` collects mistakes.

mod errors;
mod expand;
#[cfg(test)]
mod inlining;
mod kind;
mod model;
mod names;
mod parse;
#[cfg(test)]
mod snapshots;
#[cfg(test)]
mod tests;
mod validate;

use proc_macro::TokenStream;
use proc_macro2::TokenTree;

/// Guards each field of a struct with its own lock, and makes the lock order a type.
///
/// See the `guarded` crate's documentation.
#[proc_macro_attribute]
pub fn guarded(args: TokenStream, item: TokenStream) -> TokenStream {
    run(args.into(), item.into()).into()
}

/// The whole macro on `proc_macro2` tokens, so tests can call it. Never panics: a mistake
/// becomes a `compile_error!` beside the best output the input allows.
fn run(args: proc_macro2::TokenStream, item: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    let mut errors = errors::Errors::default();
    let input = match parse::parse(args, item.clone(), &mut errors) {
        Ok(input) => input,
        Err(error) => {
            let mut out = compile_errors(error);
            out.extend(parse::without_field_options(item));
            return out;
        }
    };
    let model = model::Model::build(&input);
    model.validate(&mut errors);
    let mut out = if model.expandable() {
        expand::expand(&model)
    } else {
        fallback(&input)
    };
    if let Err(error) = errors.finish() {
        out.extend(compile_errors(error));
    }
    out
}

/// `error`, as one `compile_error!` call per message, named without a path. syn writes
/// `::core::compile_error!`, spanned at the user's tokens, and the edition of those tokens
/// decides how a path from `::` is read: from the crate root in a crate of edition 2015,
/// where there is no `core`, so the message would be lost behind "cannot find `core` in
/// the crate root". The name alone comes from the standard prelude in every edition, and
/// the call keeps syn's spans (the same place in the user's code, the same message).
fn compile_errors(error: syn::Error) -> proc_macro2::TokenStream {
    error
        .into_iter()
        .flat_map(|error| {
            let call: Vec<TokenTree> = error.into_compile_error().into_iter().collect();
            let name = call
                .iter()
                .position(|tree| matches!(tree, TokenTree::Ident(name) if name == "compile_error"))
                .unwrap_or(0);
            call.into_iter().skip(name)
        })
        .collect()
}

/// The item as written, less the field attributes only `#[guarded]` understands, for input
/// that cannot be a guarded struct: the error stands alone rather than beside a cascade.
fn fallback(input: &parse::Input) -> proc_macro2::TokenStream {
    let mut item = input.item.clone();
    if let syn::Data::Struct(data) = &mut item.data {
        for field in &mut data.fields {
            field.attrs.retain(|attr| !parse::is_guarded(attr));
        }
    }
    quote::quote!(#item)
}
