//! The error sink: every mistake in the input is collected, so one compile reports all.

use std::fmt::Display;

use quote::ToTokens;

/// Collects `syn::Error`s; [`Errors::finish`] hands them over as one combined error.
#[derive(Default)]
pub struct Errors {
    combined: Option<syn::Error>,
}

impl Errors {
    /// Records an error.
    pub fn push(&mut self, error: syn::Error) {
        match &mut self.combined {
            Some(combined) => combined.combine(error),
            None => self.combined = Some(error),
        }
    }

    /// Records an error pointing at `tokens`.
    pub fn at(&mut self, tokens: impl ToTokens, message: impl Display) {
        self.push(syn::Error::new_spanned(tokens, message));
    }

    /// Consumes the sink: `Err` with every recorded error, or `Ok` if there was none.
    pub fn finish(self) -> syn::Result<()> {
        self.combined.map_or(Ok(()), Err)
    }
}
