//! Two counter programs, ported to `#[guarded]`.
//!
//! 1. A Python program counts to ten million on ten threads, but its `with mutex:` line
//!    has gone missing:
//!
//!    ```python
//!    def adder():
//!        global counter
//!        for _ in range(1000000):
//!                counter = counter + one()
//!    ```
//!
//!    It prints a different wrong number each run, and nothing warns. With `#[guarded]`
//!    the counter is reachable only through `lock_count`, so there is no lock to forget.
//!
//! 2. The Rust program that answers it: `Arc::new(Mutex::new(0))`, two scoped threads, a
//!    million increments each, `lock().unwrap()` on every one. Here the struct's clone is
//!    the `Arc`, and the lock needs the thread's key.
//!
//! Both must print their exact totals. Run with `cargo run --release --example counter`
//! (it takes about a second in a debug build as well).
//!
//! In a crate of your own, the dependency this code needs:
//! `cargo add --git https://github.com/guarded-rs/guarded guarded`.

use std::thread;

use guarded::{ThreadKey, guarded};

#[guarded]
struct Counter {
    count: u64,
}

fn one() -> u64 {
    1
}

/// The Python program's `adder`, with the lock it forgot made impossible to forget.
fn adder(counter: &Counter) {
    let mut key = ThreadKey::get().expect("a new thread's first key");
    for _ in 0..1_000_000 {
        let (mut count, _key) = counter.lock_count(&mut key);
        *count += one();
        // `counter.count += 1` does not compile (error[E0609]: the struct's one field is the
        // `Arc` of its storage), nor does `counter.fields.count += 1` (error[E0368]): it is
        // a `guarded::__private::Field<u64, _>`, which opens only through `lock_count`.
    }
}

fn python_port() -> u64 {
    let counter = Counter::new(0);
    let threads: Vec<_> = (0..10)
        .map(|_| {
            let counter = counter.clone();
            thread::spawn(move || adder(&counter))
        })
        .collect();
    for thread in threads {
        thread.join().expect("adder finished");
    }
    let mut key = ThreadKey::get().expect("main's key");
    let (count, _key) = counter.lock_count(&mut key);
    *count
}

/// The Rust program, line for line.
fn rust_port() -> u64 {
    let counter = Counter::new(0);
    thread::scope(|scope| {
        let my_counter = counter.clone();
        let t1 = scope.spawn(move || {
            let mut key = ThreadKey::get().expect("t1's key");
            for _ in 0..1_000_000 {
                let (mut lock, _key) = my_counter.lock_count(&mut key);
                *lock += 1;
            }
        });

        let my_counter = counter.clone();
        let t2 = scope.spawn(move || {
            let mut key = ThreadKey::get().expect("t2's key");
            for _ in 0..1_000_000 {
                let (mut lock, _key) = my_counter.lock_count(&mut key);
                *lock += 1;
            }
        });
        let _ = t1.join();
        let _ = t2.join();
    });
    let mut key = ThreadKey::get().expect("main's key");
    let (lock, _key) = counter.lock_count(&mut key);
    *lock
}

fn main() {
    let python = python_port();
    println!(
        "Python counter, 10 threads x 1,000,000 with #[guarded]: {python} (expected 10000000)"
    );
    let rust = rust_port();
    println!(
        "Arc<Mutex> counter, 2 threads x 1,000,000 with #[guarded]: {rust} (expected 2000000)"
    );
    assert_eq!((python, rust), (10_000_000, 2_000_000));
}
