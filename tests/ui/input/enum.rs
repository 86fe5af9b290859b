//! `#[guarded]` on an enum: an enum has no fields of its own to lock (only one variant's data
//! exists at a time), so there is nothing to give a lock order to. Must be rejected on the
//! `enum` keyword, with the enum still emitted so that its uses do not cascade.

use guarded::guarded;

#[guarded]
pub enum Shape {
    Circle { radius: f64 },
    Square { side: f64 },
}

fn main() {
    let _ = Shape::Circle { radius: 1.0 };
    let _ = Shape::Square { side: 1.0 };
}
