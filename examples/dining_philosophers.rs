//! The dining philosophers, with the deadlock made impossible.
//!
//! Five philosophers sit around a table with a fork between each two neighbours. To eat, a
//! philosopher needs both forks beside them: fork `i` on the left and fork `i + 1` on the
//! right, so the last philosopher's pair is (fork 4, fork 0).
//!
//! The textbook version deadlocks: each philosopher picks up the left fork, then the right
//! one. If all five pick up their left fork at the same moment, each then waits for the
//! right fork, which is the next philosopher's left fork, held by that philosopher, who is
//! waiting too: a cycle of five threads, each holding one lock and waiting for the next.
//! The last philosopher is the one who closes the cycle: everyone else picks up the
//! lower-numbered fork first, but they pick up fork 4 before fork 0.
//!
//! With `guarded` the textbook version does not compile. The forks are instances of one
//! struct, and a thread that holds one fork's `uses` may not lock another's one after the
//! other:
//!
//! ```text
//! let (mut left_uses, mut after_left) = left.lock_uses(&mut key);
//! let (mut right_uses, _key) = right.lock_uses(&mut after_left);
//! // error[E0277]: lock order violation on `Fork`: cannot lock `uses` with `Key<'_, uses>`
//! ```
//!
//! (the first line of what `cargo check` prints for it; the rest of the message suggests
//! `Fork::lock_uses_pair`). Each philosopher picks up both forks in one call,
//! `Fork::lock_uses_pair(&left, &right, &mut key)`, which takes the two locks in an order
//! of its own (the same for every thread, whatever the argument order) and hands the
//! guards back as left and right. No cycle can form, and every philosopher eats.
//!
//! Run it with `cargo run --example dining_philosophers`.
//!
//! In a crate of your own, the dependency this code needs:
//! `cargo add --git https://github.com/guarded-rs/guarded guarded`.

use std::sync::Barrier;
use std::thread;

use guarded::{ThreadKey, guarded};

/// A fork on the table.
#[guarded]
struct Fork {
    /// How many meals it has served. Locked while the fork is in someone's hands.
    uses: u32,
}

const PHILOSOPHERS: usize = 5;
const MEALS: u32 = 2_000;

/// Philosopher `seat`'s forks: left, then right. The last one's are (4, 0).
fn forks_of(seat: usize) -> (usize, usize) {
    (seat, (seat + 1) % PHILOSOPHERS)
}

/// Eats `MEALS` times, picking up both forks in one call each time. Returns the meals
/// eaten.
fn dine(seat: usize, forks: &[Fork], start: &Barrier) -> u32 {
    let mut key = ThreadKey::get().expect("a new thread's first key");
    let (left, right) = forks_of(seat);
    start.wait();
    let mut meals = 0;
    for _ in 0..MEALS {
        let (mut left_uses, mut right_uses, _key) =
            Fork::lock_uses_pair(&forks[left], &forks[right], &mut key)
                .expect("two different forks");
        *left_uses += 1;
        *right_uses += 1;
        meals += 1;
        // Eat for a moment with both forks in hand, so that the neighbours contend.
        thread::yield_now();
    }
    meals
}

fn main() {
    let forks: Vec<Fork> = (0..PHILOSOPHERS).map(|_| Fork::new(0)).collect();
    // Everyone sits down before anyone reaches for a fork.
    let start = Barrier::new(PHILOSOPHERS);
    let meals: Vec<u32> = thread::scope(|scope| {
        let philosophers: Vec<_> = (0..PHILOSOPHERS)
            .map(|seat| {
                let (forks, start) = (&forks, &start);
                scope.spawn(move || dine(seat, forks, start))
            })
            .collect();
        philosophers
            .into_iter()
            .map(|philosopher| philosopher.join().expect("the philosopher finished"))
            .collect()
    });

    println!(
        "{PHILOSOPHERS} philosophers, {PHILOSOPHERS} forks, each fork shared by two neighbours"
    );
    for (seat, eaten) in meals.iter().enumerate() {
        let (left, right) = forks_of(seat);
        println!("  philosopher {seat} ate {eaten} times with forks {left} and {right}");
        assert_eq!(*eaten, MEALS, "philosopher {seat} ate every meal");
    }
    let mut key = ThreadKey::get().expect("main's key");
    let (uses, _key) = Fork::lock_uses_many(&forks, &mut key).expect("five different forks");
    for (fork, used) in uses.iter().enumerate() {
        println!("  fork {fork} served {} meals", **used);
        assert_eq!(
            **used,
            2 * MEALS,
            "fork {fork} served both its neighbours' meals"
        );
    }
    drop(uses);

    // A philosopher alone at a table with one fork would need it twice: an error, not a
    // thread waiting for itself.
    let alone = Fork::lock_uses_pair(&forks[0], &forks[0], &mut key)
        .map(|_| ())
        .expect_err("the same fork twice");
    println!("one fork for both hands: {alone}");
    println!(
        "no deadlock: each philosopher picked up both forks in one call (Fork::lock_uses_pair), \
         which takes them in one order for every thread"
    );
}
