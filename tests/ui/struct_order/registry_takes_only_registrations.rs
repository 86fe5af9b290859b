//! The registry behind `guarded::lock_order()` is for reading: safe code cannot add a
//! struct to it. The registry holds `Registration`s only, not a `StructOrder` record of
//! one's own. Must fail as a mismatched type.

use guarded::__private::{StructOrder, GUARDED_0_1_STRUCTS, linkme};

#[linkme::distributed_slice(GUARDED_0_1_STRUCTS)]
#[linkme(crate = guarded::__private::linkme)]
static FORGED: StructOrder = StructOrder {
    name: "Fake",
    id: 2,
    location: "",
    fields: &[],
    after: None,
};

fn main() {}
