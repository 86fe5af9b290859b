//! Generic parameters whose names the generated code could have taken: the accessors'
//! lifetime (`'g`), their key parameter (`key`, here a const parameter), and names a
//! macro might use internally. All must compile and lock in order.

// The const parameter is lowercase on purpose: it is named like the accessors' parameter.
#![allow(non_upper_case_globals)]

use guarded::{ThreadKey, guarded};

#[guarded]
struct Named<'g, 'g_, __Key, const key: usize>
where
    __Key: Copy,
{
    first: &'g str,
    second: [&'g_ __Key; key],
}

/// A `for<'g>` inside a field's type: the accessors' lifetime must not shadow it.
#[guarded]
struct Callbacks {
    on_line: Box<dyn for<'g> Fn(&'g str) -> usize + Send>,
}

/// A const parameter named like a field: `new`'s argument must not become a pattern.
#[guarded]
struct Grid<const width: usize> {
    width: [u8; width],
}

/// Const parameters named like the parameters of `lock_<f>_many` (and of the closure it
/// passes to the runtime): `instances`, `instance`, `key`.
#[guarded]
struct Row<const instances: usize, const instance: usize, const key: usize> {
    cells: [u8; instance],
}

fn main() {
    let callbacks = Callbacks::new(Box::new(str::len));
    let grid = Grid::new([7_u8; 3]);

    let one = 1_u8;
    let named = Named::new("a", [&one; 2]);
    let mut thread_key = ThreadKey::get().unwrap();
    let (first, mut after_first) = named.lock_first(&mut thread_key);
    let (second, _) = named.lock_second(&mut after_first);
    assert_eq!((*first, *second[1]), ("a", 1));
    drop((first, second));
    let (on_line, _) = callbacks.lock_on_line(&mut thread_key);
    assert_eq!(on_line("four"), 4);
    drop(on_line);
    let (width, _) = grid.lock_width(&mut thread_key);
    assert_eq!(*width, [7, 7, 7]);
    drop(width);
    let rows = [Row::<1, 2, 3>::new([1, 2]), Row::new([3, 4])];
    let (cells, _) = Row::lock_cells_many(&rows, &mut thread_key).expect("two rows");
    assert_eq!((*cells[0], *cells[1]), ([1, 2], [3, 4]));
}
