//! `Log` is declared after `Account` (both async); locking an `Account` while holding the
//! `Log` nests them against that order. Must fail saying that no lock order puts
//! `Account` after `Log`.

use guarded::{TaskKey, guarded};

#[guarded]
pub struct Account {
    #[guarded(async)]
    balance: i64,
}

#[guarded(after = Account)]
pub struct Log {
    #[guarded(async)]
    lines: Vec<String>,
}

async fn run(account: &Account, log: &Log) {
    let mut key = TaskKey::get().unwrap();
    let (_lines, mut after_lines) = log.lock_lines(&mut key).await;
    let (_balance, _key) = account.lock_balance(&mut after_lines).await;
}

fn main() {
    drop(run);
}
