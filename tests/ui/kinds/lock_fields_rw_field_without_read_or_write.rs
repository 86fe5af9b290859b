//! `lock!` naming an `rw` field bare, without `read` or `write`: `lock!` cannot tell
//! whether the caller wants to share the field with other readers or to change it, and
//! guessing either way would be wrong for someone. Must fail saying that `lock!` cannot
//! lock it as written, and to list it as `read name` or `write name`.

use guarded::{ThreadKey, guarded, lock};

#[guarded]
pub struct Shop {
    stock: u32,
    #[guarded(rw)]
    prices: Vec<u32>,
}

fn main() {
    let shop = Shop::new(0, Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let (_stock, _prices, _key) = lock!(shop, &mut key => stock, prices);
}
