//! A trait of the user's module, implemented for every type, with by-value methods named
//! like the calls the generated `Debug` makes (`field`, `finish`, `debug_struct`) and other
//! common names (`clone`, `default`, `then`, `new`): method lookup tries a by-value receiver
//! before `&mut self`, so `.field(..)` on the `Debug` impl's builder would find the trait's
//! method first (found by review: `#[derive(Debug)]` did not compile). The generated code
//! calls them by path. (The same for the storage's methods is
//! `tests/ui/pending/blanket_trait_named_like_storage_methods.rs`.)

#![allow(dead_code)]

use guarded::{ThreadKey, guarded, lock};

/// Every method is the blanket impl's: never called here.
pub trait Everywhere: Sized {
    fn field<A, B>(self, _a: A, _b: B) -> u8 {
        0
    }
    fn finish(self) -> u8 {
        0
    }
    fn debug_struct<A>(self, _a: A) -> u8 {
        0
    }
    fn then<A>(self, _a: A) -> u8 {
        0
    }
    fn clone(self) -> u8 {
        0
    }
}

impl<T> Everywhere for T {}

#[guarded]
#[derive(Debug, Default)]
pub struct Shard {
    queue: Vec<u32>,
    #[guarded(rw)]
    config: String,
    #[guarded(unlocked)]
    name: String,
    #[guarded(snapshot)]
    limit: u32,
    #[guarded(atomic)]
    done: u64,
}

fn main() {
    let shard = Shard::default();
    let other = Clone::clone(&shard); // `shard.clone()` is the trait's here
    assert_eq!(
        format!("{other:?}"),
        r#"Shard { queue: .., config: .., name: "", limit: 0, done: 0 }"#
    );
    let mut key = ThreadKey::get().expect("this thread's key");
    let (queue, config, _key) = lock!(shard, &mut key => queue, read config);
    assert_eq!((queue.len(), config.len()), (0, 0));
}
