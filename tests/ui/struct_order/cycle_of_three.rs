//! A cycle of `after` declarations through three structs, one in another module: `Audit`
//! after `Journal`, `Journal` after `Ledger`, `Ledger` after `Audit`. rustc refuses it as
//! a cycle, naming each declaration as `STRUCT_AFTER_PARENT` and pointing at each
//! `after = ...`. Must fail as that cycle.

use guarded::guarded;

#[guarded(after = Journal)]
pub struct Audit {
    lines: Vec<String>,
}

#[guarded(after = books::Ledger)]
pub struct Journal {
    pages: Vec<String>,
}

mod books {
    use guarded::guarded;

    #[guarded(after = super::Audit)]
    pub struct Ledger {
        entries: Vec<String>,
    }
}

fn main() {}
