//! `Trees`: a short run of tokens, interpolated into `quote!` one token at a time.
//!
//! In the compiler, `proc_macro2` keeps the tokens that `quote!` pushes in the macro until
//! a token stream is interpolated: then the stream being written goes across the
//! proc-macro bridge, and the interpolated one is joined to it there, two or three calls
//! for each interpolation. For the pieces that every method repeats (its order bound, its
//! return type), that was a large part of the expansion's cost in the macro's unoptimized
//! build (how Cargo builds proc macros by default). Written as `Trees`, they are pushed as
//! tokens, and a group among them (`Group`, built once) crosses as a handle.

use proc_macro2::{Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::ToTokens;

/// Tokens, interpolated one by one.
#[derive(Default, Clone)]
pub struct Trees(Vec<TokenTree>);

impl Trees {
    /// `ident`, with its span.
    pub fn ident(&mut self, ident: &Ident) -> &mut Self {
        self.0.push(TokenTree::Ident(ident.clone()));
        self
    }

    /// The identifier `name` (or keyword), at the call site.
    pub fn word(&mut self, name: &str) -> &mut Self {
        self.0
            .push(TokenTree::Ident(Ident::new(name, Span::call_site())));
        self
    }

    /// The punctuation `text` (`::`, `<`, `>>`) at `span`, joint as `quote!` writes it.
    pub fn punct_at(&mut self, text: &str, span: Span) -> &mut Self {
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let spacing = if chars.peek().is_some() {
                Spacing::Joint
            } else {
                Spacing::Alone
            };
            let mut punct = Punct::new(c, spacing);
            punct.set_span(span);
            self.0.push(TokenTree::Punct(punct));
        }
        self
    }

    /// The punctuation `text` at the call site.
    pub fn punct(&mut self, text: &str) -> &mut Self {
        self.punct_at(text, Span::call_site())
    }

    /// `rt::name`: an item of the runtime.
    pub fn rt(&mut self, rt: &Ident, name: &str) -> &mut Self {
        self.ident(rt).punct("::").word(name)
    }

    /// A lifetime, as `syn` writes it.
    pub fn lifetime(&mut self, lifetime: &syn::Lifetime) -> &mut Self {
        let mut apostrophe = Punct::new('\'', Spacing::Joint);
        apostrophe.set_span(lifetime.apostrophe);
        self.0.push(TokenTree::Punct(apostrophe));
        self.ident(&lifetime.ident)
    }

    /// A group, which crosses the bridge as a handle (cloning it is one cheap call).
    pub fn group(&mut self, group: &Group) -> &mut Self {
        self.0.push(TokenTree::Group(group.clone()));
        self
    }

    /// Other tokens in a row.
    pub fn trees(&mut self, trees: &Trees) -> &mut Self {
        self.0.extend(trees.0.iter().cloned());
        self
    }
}

impl ToTokens for Trees {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(self.0.iter().cloned());
    }
}
