//! A `#[guarded]` struct defined inside a function body, with a field of a type defined in
//! the same body: the generated level module and impls must work in a block scope.

use guarded::{ThreadKey, guarded};

fn main() {
    #[derive(Debug, PartialEq)]
    struct Point {
        x: i32,
    }

    #[guarded]
    struct Local {
        origin: Point,
        count: usize,
    }

    let local = Local::new(Point { x: 1 }, 0);
    let mut key = ThreadKey::get().expect("first key");
    let (origin, mut key) = local.lock_origin(&mut key);
    let (mut count, _key) = local.lock_count(&mut key);
    *count += 1;
    assert_eq!(*origin, Point { x: 1 });
    assert_eq!(*count, 1);
    assert_eq!(Local::LOCK_ORDER, ["origin", "count"]);
}
