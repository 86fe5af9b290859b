//! `rw = true`: a kind is a bare keyword; a value would suggest `rw = false` turns it off.
//! Must be rejected on `rw`.

use guarded::guarded;

#[guarded]
pub struct Config {
    #[guarded(rw = true)]
    settings: Vec<u8>,
}

fn main() {}
