//! A crate that forbids the lints generated code could otherwise `allow`: the generated
//! imports are used (so no `allow(unused_imports)`), and the static that records a
//! struct's place is named in upper case (so no `allow(non_upper_case_globals)`); an
//! `allow` under a `forbid` is an error (E0453). Must compile, and run.

#![forbid(unused_imports, non_upper_case_globals, unused)]

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Bank {
    accounts: u32,
    audit: Vec<String>,
}

/// Nested after `Bank`.
#[guarded(after = Bank)]
pub struct HttpServer {
    hits: u32,
}

/// Only atomics: no lock, so no order checks and no import in its levels module.
#[guarded]
pub struct Counters {
    #[guarded(atomic)]
    served: u64,
}

fn main() {
    #[guarded]
    struct Local {
        value: u8,
    }

    let (bank, server, counters, local) = (
        Bank::new(1, Vec::new()),
        HttpServer::new(0),
        Counters::new(0),
        Local::new(2),
    );
    let mut key = ThreadKey::get().expect("the first key");
    {
        let (accounts, mut after) = bank.lock_accounts(&mut key);
        let (mut hits, _key) = server.lock_hits(&mut after);
        *hits += *accounts;
        counters.served().fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
    assert_eq!(*server.lock_hits(&mut key).0, 1);
    assert_eq!(*local.lock_value(&mut key).0, 2);
    assert_eq!(bank.lock_audit(&mut key).0.len(), 0);
}
