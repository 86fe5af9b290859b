//! Non-ASCII struct and field names, and fields named like what the levels module and
//! the order checks' text name (`Follows`, `Level`, `Less`, `CanLock`, `str`, `usize`,
//! `comes_before_a` beside `a`): the text of the order checks, lexed by rustc, still
//! names the right items.

#![allow(non_snake_case, uncommon_codepoints)]

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Größe {
    länge: u32,
    ñ: u32,
    日本: u32,
}

#[guarded]
pub struct Levels {
    Follows: u32,
    Level: u32,
    Less: u32,
    CanLock: u32,
    comes_before_a: u32,
    a: u32,
    str: u32,
    usize: u32,
}

fn main() {
    let mut key = ThreadKey::get().unwrap();
    {
        let größe = Größe::new(1, 2, 3);
        let (länge, mut key) = größe.lock_länge(&mut key);
        let (ñ, mut key) = größe.lock_ñ(&mut key);
        let (日本, _key) = größe.lock_日本(&mut key);
        assert_eq!(*länge + *ñ + *日本, 6);
    }
    assert_eq!(Größe::LOCK_ORDER, ["länge", "ñ", "日本"]);
    let levels = Levels::new(1, 2, 3, 4, 5, 6, 7, 8);
    let (follows, mut key) = levels.lock_Follows(&mut key);
    let (before, mut key) = levels.lock_comes_before_a(&mut key);
    let (a, mut key) = levels.lock_a(&mut key);
    let (usize, _key) = levels.lock_usize(&mut key);
    assert_eq!(*follows + *before + *a + *usize, 20);
}
