//! Fields `_x` and `x`: leading underscores are dropped from accessor names, so both would get
//! `lock_x`; defining it twice would not compile, and picking one would hide the other. Must be
//! rejected on the second field, with only the clash reported (no "duplicate definitions").

use guarded::guarded;

#[guarded]
pub struct Point {
    _x: i32,
    x: i32,
}

fn main() {
    let _ = Point::new(1, 2);
}
