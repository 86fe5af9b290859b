//! `rw` given twice on one field: harmless, but a sign of a copy-paste mistake. Must be
//! rejected on the second one.

use guarded::guarded;

#[guarded]
pub struct Config {
    #[guarded(rw, rw)]
    settings: Vec<u8>,
}

fn main() {}
