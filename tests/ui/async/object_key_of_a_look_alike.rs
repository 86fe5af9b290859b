//! Async lock calls take the key as an object, `&mut dyn comes_before_<field>`. An object
//! made for a look-alike struct (same name, same fields, another module) does not pass for
//! one of the struct it is given to, nor does one upcast to the runtime's `AsyncLockKey` of
//! a later field. Must fail with two type mismatches, naming both traits each time.

use guarded::TaskKey;

mod a {
    #[guarded::guarded]
    pub struct Chat {
        #[guarded(async)]
        pub members: Vec<String>,
        #[guarded(async)]
        pub log: Vec<String>,
    }
}

mod b {
    #[guarded::guarded]
    pub struct Chat {
        #[guarded(async)]
        pub members: Vec<String>,
        #[guarded(async)]
        pub log: Vec<String>,
    }
}

async fn look_alike(b: &b::Chat) {
    let mut key = TaskKey::get().unwrap();
    let object: &mut dyn a::chat_levels::comes_before_members = &mut key;
    let _ = b.lock_members(object).await;
}

async fn upcast(a: &a::Chat) {
    let mut key = TaskKey::get().unwrap();
    let object: &mut dyn a::chat_levels::comes_before_log = &mut key;
    let object: &mut dyn guarded::__private::AsyncLockKey<a::chat_levels::log> = object;
    let _ = a.lock_members(object).await;
}

fn main() {
    drop((look_alike, upcast));
}
