//! `#[guarded(rw)]` on the struct: kinds are chosen per field. Must be rejected, saying to
//! put it on the fields.

use guarded::guarded;

#[guarded(rw)]
pub struct Config {
    settings: Vec<u8>,
}

fn main() {}
