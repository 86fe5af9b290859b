//! Builds a second root for a task with `Clone` and a struct literal. Must fail: a
//! `TaskKey` is not `Clone`, and its fields are private.

use guarded::TaskKey;

fn main() {
    let key = TaskKey::get().unwrap();
    let _second = key.clone();
    let _third = TaskKey {};
}
