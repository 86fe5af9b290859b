//! The locks underneath: `std::sync` by default, `parking_lot` with the `parking_lot`
//! feature, `shuttle` with the `shuttle` feature. All give the same interface to the rest of
//! the runtime:
//!
//! - every lock call returns [`Locked`]: `Ok(guard)`, or `Err(guard)` when the lock was
//!   taken but is poisoned (a thread panicked while holding it);
//! - `try_*` calls return `None` when the lock is held elsewhere;
//! - `*_for` calls give up after a timeout, returning `None` (never, with `shuttle`, which
//!   has no time);
//! - the `reports` argument is the field's poisoning policy: `false` means poisoning is
//!   never reported, so the `parking_lot` backend does not track it at all (and costs what
//!   `parking_lot` costs), while `std` tracks it always and the policy clears it.
//!
//! Beside the locks, the backend gives the atomics that `#[guarded(atomic)]` fields hold
//! ([`atomic`]) and the `thread_local!` that the per-thread bookkeeping uses (`ThreadKey`'s
//! slot in `key.rs`, the debug builds' held locks in `held.rs`): shuttle runs its model
//! threads on one OS thread, so they would share `std`'s thread-locals.
//!
//! `shuttle` wins over `parking_lot`: features unify across a build, so a crate that uses
//! `parking_lot` and turns `shuttle` on for its model-checking tests gets the shuttle
//! backend in those tests, which is what it asked for. (A `compile_error!` would refuse
//! exactly that.)

#[cfg(not(any(feature = "parking_lot", feature = "shuttle")))]
mod std_sync;
#[cfg(not(any(feature = "parking_lot", feature = "shuttle")))]
pub use std_sync::*;

#[cfg(all(feature = "parking_lot", not(feature = "shuttle")))]
mod parking;
#[cfg(all(feature = "parking_lot", not(feature = "shuttle")))]
pub use parking::*;

#[cfg(feature = "shuttle")]
mod shuttle;
#[cfg(feature = "shuttle")]
pub use self::shuttle::*;

// The per-thread storage of the key and held-lock bookkeeping: shuttle's, which is per
// model thread, or `std`'s.
#[cfg(feature = "shuttle")]
pub(crate) use ::shuttle::thread_local;
#[cfg(not(feature = "shuttle"))]
pub(crate) use std::thread_local;

/// The atomics that `#[guarded(atomic)]` fields hold: `core::sync::atomic`'s, or with the
/// `shuttle` feature shuttle's, whose every operation is a point where a model-checked test
/// may switch threads. Both take `std`'s [`Ordering`](core::sync::atomic::Ordering).
pub mod atomic {
    #[cfg(not(feature = "shuttle"))]
    pub use ::core::sync::atomic::*;
    #[cfg(feature = "shuttle")]
    pub use ::shuttle::sync::atomic::*;
}

/// A lock call's outcome: `Err` holds the guard of a poisoned lock.
pub type Locked<G> = Result<G, G>;

/// Clears a lock's poison: handed to [`Poisoned`](crate::Poisoned), which clears it when
/// its guard is taken.
pub trait ClearPoison {
    fn clear_poison(&self);
}

/// The std backend has no timed locks: poll `attempt` until it succeeds or `timeout` has
/// passed, yielding first and then sleeping for doubling intervals (up to 1 ms) so a long
/// timeout does not keep a core busy.
#[cfg_attr(any(feature = "parking_lot", feature = "shuttle"), allow(dead_code))]
pub(crate) fn poll_for<G>(
    timeout: std::time::Duration,
    mut attempt: impl FnMut() -> Option<G>,
) -> Option<G> {
    use std::time::{Duration, Instant};
    let deadline = Instant::now().checked_add(timeout);
    let mut pause = Duration::from_micros(20);
    let mut spins = 0;
    loop {
        if let Some(got) = attempt() {
            return Some(got);
        }
        let now = Instant::now();
        let left = match deadline {
            Some(deadline) if now >= deadline => return None,
            Some(deadline) => deadline - now,
            None => Duration::MAX,
        };
        if spins < 8 {
            spins += 1;
            std::thread::yield_now();
        } else {
            std::thread::sleep(pause.min(left));
            pause = (pause * 2).min(Duration::from_millis(1));
        }
    }
}
