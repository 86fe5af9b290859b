//! The registry behind `guarded::lock_order()` is for reading: safe code cannot add a
//! struct to it. A `Registration` is made only by its `unsafe` constructor. Must fail as a
//! call to an unsafe function.

use guarded::__private::{Registration, StructOrder, GUARDED_0_1_STRUCTS, linkme};

static FAKE: StructOrder = StructOrder {
    name: "Fake",
    id: 1,
    location: "fake src/fake.rs:1:1",
    fields: &["everything"],
    after: None,
};

#[linkme::distributed_slice(GUARDED_0_1_STRUCTS)]
#[linkme(crate = guarded::__private::linkme)]
static FORGED: Registration = Registration::new(&FAKE);

fn main() {}
