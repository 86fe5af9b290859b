//! The orphan rules allow `impl CanLock<local level> for TaskKey` (a local type among the
//! trait's parameters). Were `TaskKey` sealed for `CanLock`, this would let a task key
//! lock blocking fields. Must fail because `TaskKey` does not carry `CanLock`'s seal.

use guarded::{CanLock, TaskKey, guarded};

#[guarded]
pub struct Audit {
    lines: Vec<String>,
}

impl CanLock<audit_levels::lines> for TaskKey {}

fn main() {}
