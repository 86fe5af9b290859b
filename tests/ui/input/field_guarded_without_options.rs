//! A bare `#[guarded]` on a field: every field is guarded already, so it means nothing, and
//! a reader could think the other fields are not locked. Must be rejected on the attribute.

use guarded::guarded;

#[guarded]
pub struct Bank {
    #[guarded]
    accounts: Vec<i64>,
    audit: Vec<String>,
}

fn main() {
    let _ = Bank::new(Vec::new(), Vec::new());
}
