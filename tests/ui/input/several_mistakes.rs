//! Several mistakes in one struct: all of them must be reported in one compile (not one per
//! compile), each on its own tokens, and nothing else. A mistake in one option must not hide
//! the options after it.

use guarded::guarded;

#[guarded(foo = 1, crate = guarded)]
#[derive(Clone, Hash)]
pub struct Bank {
    #[guarded(mutex, rename = money, rename = cash)]
    accounts: Vec<i64>,
    #[cfg(debug_assertions)]
    audit: Vec<String>,
    #[guarded(rename = money)]
    savings: Vec<i64>,
    __: u8,
}

fn main() {}
