//! `snapshot` beside another kind, or with a poisoning policy: a snapshot field is replaced
//! whole and read without a lock, so it is no other kind at the same time, and nothing can
//! poison it. Must be rejected on the second kind and on the policy, naming the struct and
//! the field.

use guarded::guarded;

#[guarded]
pub struct Shard {
    #[guarded(snapshot, rw)]
    config: String,
    #[guarded(unlocked, snapshot)]
    name: String,
    #[guarded(snapshot, poison = recover)]
    limits: Vec<u32>,
    #[guarded(unlocked, poison = panic)]
    id: u64,
}

fn main() {}
