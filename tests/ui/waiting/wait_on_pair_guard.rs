//! Waiting on a guard from `lock_inbox_pair` of a condvar field: the wait would release
//! only that instance's lock and sleep holding the other's, which the notifier may need.
//! A pair's guards are plain guards. Must fail: there is no `wait_while` on them.

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Mailbox {
    #[guarded(condvar)]
    inbox: Vec<u32>,
}

fn main() {
    let (a, b) = (Mailbox::new(Vec::new()), Mailbox::new(Vec::new()));
    let mut key = ThreadKey::get().unwrap();
    let (a_inbox, _b_inbox, mut after_inbox) = Mailbox::lock_inbox_pair(&a, &b, &mut key).unwrap();
    let _a_inbox = a_inbox.wait_while(&mut after_inbox, |inbox| inbox.is_empty());
}
