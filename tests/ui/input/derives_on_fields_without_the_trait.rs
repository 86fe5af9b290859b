//! `#[derive(Debug, Default)]` on a struct whose fields' types lack the trait: the macro
//! implements the derives itself (a derive would see only the struct's one `Arc`), so
//! rustc's error must land on the field that lacks it, as a derive's does, not on the
//! `#[guarded]` line (where a struct of many fields would leave the reader guessing).
//! `Debug` needs it only of the fields it prints (`unlocked`, `snapshot`, atomic; a
//! locked field prints `..`), `Default` of every field. (rustc reports a missing trait once per type, so the
//! printed fields have types of their own here.)

use guarded::guarded;

struct Opaque;
struct Settings;

#[guarded]
#[derive(Debug, Default)]
pub struct Shard {
    queue: Vec<u32>,
    locked: Opaque,
    #[guarded(unlocked)]
    name: Opaque,
    #[guarded(snapshot)]
    config: Settings,
}

fn main() {}
