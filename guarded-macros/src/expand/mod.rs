//! Model to tokens. Each part of the output has its own module:
//! the struct with its storage, the module of lock levels, the inherent methods, the
//! trait impls.

mod accessors;
mod docs;
mod groups;
mod impls;
mod levels;
mod storage;
mod struct_order;

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::{FieldModel, Model};

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

/// `<levels>::comes_before_<field>`, the bound on the key of a lock call of `field`. Spanned at the field as the user wrote it, so that rustc's "required by this
/// bound" shows the field's line rather than the `#[guarded]` line.
fn before_bound(model: &Model, field: &FieldModel) -> TokenStream {
    let at_field = field.ident.span();
    let (mut levels, mut before) = (model.levels.clone(), field.before.clone());
    levels.set_span(at_field);
    before.set_span(at_field);
    quote::quote_spanned!(at_field=> #levels::#before)
}

/// `output`, or for an async field a future of it that borrows what the call borrows.
fn future_if_async(model: &Model, field: &FieldModel, output: TokenStream) -> TokenStream {
    if field.spec().asynchronous {
        let (rt, lifetime) = (&model.rt, &model.lifetime);
        quote!(impl #rt::Future<Output = #output> + #lifetime)
    } else {
        output
    }
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
    let locks = model.locks();
    if locks.len() > LISTED_FIELDS {
        let locked = if locks.len() < model.fields.len() {
            "locked "
        } else {
            ""
        };
        return format!(
            "its {} {locked}fields in declaration order (see `{}::LOCK_ORDER`)",
            locks.len(),
            model.levels
        );
    }
    ticked(&locks).join(", then ")
}

/// Each field's name in backticks.
fn ticked(fields: &[&FieldModel]) -> Vec<String> {
    fields.iter().map(|f| format!("`{}`", f.name)).collect()
}

#[cfg(test)]
mod tests {
    use super::ordinal;

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
