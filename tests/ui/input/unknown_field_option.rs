//! `#[guarded(mutex)]` on a field: a mutex is what a field is without options, and
//! `mutex` is no option; an unknown field option must not be ignored silently. Must be
//! rejected on `mutex`, with the list of field options.

use guarded::guarded;

#[guarded]
pub struct Bank {
    #[guarded(mutex)]
    accounts: Vec<i64>,
}

fn main() {
    let _ = Bank::new(Vec::new());
}
