//! Names that the one-allocation layout could have taken: the generated storage struct
//! (`Fields`, in the levels module), its type parameters (`T0`, `T1`, ...), the struct's one
//! field (`fields`) and the runtime items it names (`Arc`, `Field`). A struct, a field, a
//! type parameter or a type of the user's module with one of those names must compile,
//! derive `Debug` and `Default`, lock in order (also through `lock!`) and keep its fields
//! apart.

#![allow(non_snake_case, non_camel_case_types, dead_code)]

use guarded::{ThreadKey, guarded, lock};

/// The user's own types named like the generated storage struct and its parameters
/// (braced: a unit or tuple struct named like a field is README's documented collision).
#[derive(Debug, Default, PartialEq)]
pub struct Fields {
    v: u8,
}
#[derive(Debug, Default, PartialEq)]
pub struct T0 {
    v: u8,
}

/// Fields named like the storage struct, its parameters, the struct's one field and the
/// runtime items the layout names.
#[guarded]
#[derive(Debug, Default)]
pub struct Names {
    fields: u32,
    Fields: u32,
    Fields_: u32,
    T0: T0,
    T1: Fields,
    Arc: u8,
    Field: u8,
}

/// Type parameters named like the storage struct and its parameters, in a field whose
/// type is the struct itself.
#[guarded]
#[derive(Debug)]
pub struct Params<Fields: Default, T0> {
    next: Option<Box<Self>>,
    a: Fields,
    b: T0,
}

mod named_fields {
    use guarded::guarded;

    /// A struct named like the storage struct.
    #[guarded]
    #[derive(Debug, Default)]
    pub struct Fields {
        pub first: u32,
        pub Fields: u32,
    }
}

fn main() {
    let names = Names::new(1, 2, 3, T0 { v: 4 }, Fields { v: 5 }, 6, 7);
    let mut key = ThreadKey::get().expect("first key");
    {
        let (fields, upper, underscored, t0, t1, arc, field, _key) =
            lock!(names, &mut key => fields, Fields, Fields_, T0, T1, Arc, Field);
        assert_eq!((*fields, *upper, *underscored), (1, 2, 3));
        assert_eq!(
            (&*t0, &*t1, *arc, *field),
            (&T0 { v: 4 }, &Fields { v: 5 }, 6, 7)
        );
    }
    assert_eq!(
        format!("{names:?}"),
        "Names { fields: .., Fields: .., Fields_: .., T0: .., T1: .., Arc: .., Field: .. }"
    );
    let zero = *Names::default().lock_Fields(&mut key).0;

    let inner = Params::<u8, u16>::new(None, 1, 2);
    let params = Params::new(Some(Box::new(inner)), 3, 4);
    {
        let (next, mut after_next) = params.lock_next(&mut key);
        let (b, _) = next.as_ref().expect("inner").lock_b(&mut after_next);
        assert_eq!(*b, 2);
    }
    assert_eq!(format!("{params:?}"), "Params { next: .., a: .., b: .. }");

    let fields = named_fields::Fields::new(8, 9);
    let (first, mut after_first) = fields.lock_first(&mut key);
    let (upper, _) = fields.lock_Fields(&mut after_first);
    assert_eq!((*first, *upper, zero), (8, 9, 0));
}
