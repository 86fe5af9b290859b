//! Sending this thread's `ThreadKey` through an mpsc channel to another thread. Must fail:
//! the receiver can only move to another thread if `ThreadKey` is `Send`, and it is not.

use std::sync::mpsc;

use guarded::ThreadKey;

fn main() {
    let (sender, receiver) = mpsc::channel::<ThreadKey>();
    let worker = std::thread::spawn(move || {
        let _key = receiver.recv().unwrap();
    });
    sender.send(ThreadKey::get().unwrap()).unwrap();
    worker.join().unwrap();
}
