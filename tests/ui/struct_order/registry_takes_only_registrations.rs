//! The registry behind `guarded::lock_order()` is for reading: safe code cannot add a
//! struct to it. The registry collects `Registration`s only, not a
//! `StructOrder` record of one's own. Must fail as a type the registry does not collect.

use guarded::__private::{StructOrder, inventory};

inventory::submit! {
    StructOrder { name: "Fake", id: 2, location: "", fields: &[], after: None }
}

fn main() {}
