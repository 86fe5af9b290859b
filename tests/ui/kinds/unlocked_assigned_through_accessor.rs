//! Writing through an `unlocked` field's accessor: it hands out `&T`, never `&mut T`, so a
//! value shared by every clone and thread cannot change without the type's own interior
//! mutability. Must fail: the accessor's reference is shared.

use guarded::guarded;

#[guarded]
pub struct Shard {
    #[guarded(unlocked)]
    name: String,
    jobs: Vec<u32>,
}

fn main() {
    let shard = Shard::new("a".to_owned(), Vec::new());
    *shard.name() = "b".to_owned();
    shard.name().push('!');
}
