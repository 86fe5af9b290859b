//! The generated code names the runtime `__guarded_<Struct>`. A struct that uses that very
//! name for a type of its own keeps its type (the import takes another name, which is not
//! `__guarded_Vault_`, the import of a struct `Vault_`), and two structs in one module, or
//! one in a function body, each import it under their own name. Must compile, and run.

use guarded::{ThreadKey, guarded};

#[allow(non_camel_case_types)]
#[derive(Debug, Default, PartialEq)]
pub struct __guarded_Vault(u32);

#[guarded]
pub struct Vault {
    gold: __guarded_Vault,
    log: Vec<&'static str>,
}

#[guarded]
pub struct Till {
    coins: u32,
}

#[allow(non_camel_case_types)]
#[guarded]
pub struct Vault_ {
    spare: u32,
}

fn main() {
    #[guarded]
    struct Drawer {
        notes: u32,
    }

    let vault = Vault::new(__guarded_Vault(7), Vec::new());
    let (till, drawer) = (Till::new(1), Drawer::new(2));
    let mut key = ThreadKey::get().expect("the first key");
    {
        let (mut gold, mut key) = vault.lock_gold(&mut key);
        gold.0 += 1;
        let (mut log, _key) = vault.lock_log(&mut key);
        log.push("counted");
    }
    assert_eq!(*vault.lock_gold(&mut key).0, __guarded_Vault(8));
    assert_eq!(*till.lock_coins(&mut key).0, 1);
    assert_eq!(*drawer.lock_notes(&mut key).0, 2);
    assert_eq!(*Vault_::new(3).lock_spare(&mut key).0, 3);
}
