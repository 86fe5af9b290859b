//! `poison = ignore`: not a policy; guessing would pick a behaviour for panicking threads
//! the user did not choose. Must be rejected on the value, listing the policies.

use guarded::guarded;

#[guarded(poison = ignore)]
pub struct Config {
    #[guarded(poison = "recover")]
    settings: Vec<u8>,
}

fn main() {}
