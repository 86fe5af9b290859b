//! `after` declarations that form a cycle: `Audit` after `Journal` and `Journal` after
//! `Audit`. Each would let a thread lock one while holding the other, in both directions.
//! Must fail as a cycle, pointing at the two declarations.

use guarded::guarded;

#[guarded(after = Journal)]
pub struct Audit {
    lines: Vec<String>,
}

#[guarded(after = Audit)]
pub struct Journal {
    pages: Vec<String>,
}

fn main() {}
