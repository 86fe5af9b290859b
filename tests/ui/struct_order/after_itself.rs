//! A struct declared after itself: every lock of it would be allowed while holding any
//! other, so a thread could lock a field it holds. Must fail with the macro's message, which
//! names the struct, and nothing else (no cycle error from rustc beside it).

use guarded::guarded;

#[guarded(after = Bank)]
pub struct Bank {
    accounts: Vec<i64>,
}

fn main() {}
