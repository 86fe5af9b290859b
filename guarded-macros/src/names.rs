//! Names: how the user's identifiers read in messages, and how generated names are made
//! so that they do not meet the user's.

use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::format_ident;
use syn::Path;

/// An identifier as a name: `type` for `r#type`.
pub fn unraw(ident: &Ident) -> String {
    let text = ident.to_string();
    text.strip_prefix("r#").map_or(text.clone(), str::to_owned)
}

/// Whether `path` is the one word `word`, written plainly or raw (`rw` or `r#rw`), as
/// `#[guarded(..)]`'s options and kinds are read.
pub fn is_word(path: &Path, word: &str) -> bool {
    path.get_ident().is_some_and(|ident| unraw(ident) == word)
}

/// A path as the user wrote it, without the spaces `quote` puts in.
pub fn path_text(path: &Path) -> String {
    quote::quote!(#path).to_string().replace(' ', "")
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

/// The module of lock levels of the struct `name`: `bank_levels` for `Bank`.
pub fn levels_name(name: &Ident) -> Ident {
    format_ident!(
        "{}_levels",
        snake_case(&unraw(name)),
        span = Span::call_site()
    )
}

/// `base`, with underscores added until no name in `taken` is equal to it.
pub fn unused_name(base: &str, taken: &[&Ident]) -> String {
    let mut name = base.to_owned();
    while taken.iter().any(|ident| **ident == name) {
        name.push('_');
    }
    name
}

/// Every identifier in `tokens`, at any depth.
pub fn all_idents(tokens: TokenStream, out: &mut Vec<Ident>) {
    for tree in tokens {
        match tree {
            TokenTree::Ident(ident) => out.push(ident),
            TokenTree::Group(group) => all_idents(group.stream(), out),
            _ => {}
        }
    }
}

/// Every identifier that follows a `'` in `tokens`, at any depth.
pub fn lifetime_idents(tokens: TokenStream, out: &mut Vec<Ident>) {
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
pub fn method_ident(name: &str, span: Span) -> Option<Ident> {
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
