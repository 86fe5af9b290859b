//! Raw identifier fields (`r#type`, `r#match`) and a raw struct name: the accessors are
//! `lock_type` / `recover_type`, and names in `LOCK_ORDER` and messages are written without
//! `r#`.

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct r#Token {
    r#type: &'static str,
    r#match: bool,
}

fn main() {
    let token = r#Token::new("ident", true);
    let mut key = ThreadKey::get().expect("first key");
    {
        let (kind, mut key) = token.lock_type(&mut key);
        let (matched, _key) = token.recover_match(&mut key);
        assert_eq!(*kind, "ident");
        assert!(*matched);
    }
    assert_eq!(r#Token::LOCK_ORDER, ["type", "match"]);
    let (_guard, _key) = token.lock_match(&mut key);
}
