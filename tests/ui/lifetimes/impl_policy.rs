//! A poisoning policy of the user's own, whose `Out` could drop the key a lock hands back
//! (and so free the `ThreadKey` while the guard lives), named by hand in a level's
//! `Policy`: the `Policy` trait is sealed and not even reachable. Must fail: no such
//! trait.
use guarded::guarded;

#[guarded]
pub struct Pool {
    config: String,
}

pub enum KeepGuardOnly {}

impl guarded::__private::Policy for KeepGuardOnly {}

fn main() {}
