//! In the struct's own module, building a `Pool` whose two `rw` fields share one lock. The
//! storage is not `Clone` and sits inline in the struct's one `Arc`, so one lock cannot be
//! in two fields; what is left is storing, in `second`, a lock made with `first`'s level:
//! reading `first` and then writing `second` would be in order, and if they were one lock
//! it would wait forever. Must fail: each storage's type carries its own field's level.
use guarded::guarded;

#[guarded]
pub struct Pool {
    #[guarded(rw)]
    first: Vec<u8>,
    #[guarded(rw)]
    second: Vec<u8>,
}

fn main() {
    let first = guarded::__private::RwField::<Vec<u8>, pool_levels::first>::new(Vec::new());
    let _aliased = Pool {
        fields: std::sync::Arc::new(pool_levels::Fields {
            first: guarded::__private::RwField::new(Vec::new()),
            second: first,
        }),
    };
}
