//! The locks underneath: `std::sync` by default, `parking_lot` with the `parking_lot`
//! feature. Both give the same interface to the rest of the runtime:
//!
//! - every lock call returns [`Locked`]: `Ok(guard)`, or `Err(guard)` when the lock was
//!   taken but is poisoned (a thread panicked while holding it);
//! - `try_*` calls return `None` when the lock is held elsewhere;
//! - `*_for` calls give up after a timeout, returning `None`;
//! - the `reports` argument is the field's poisoning policy: `false` means poisoning is
//!   never reported, so the `parking_lot` backend does not track it at all (and costs what
//!   `parking_lot` costs), while `std` tracks it always and the policy clears it.

#[cfg(not(feature = "parking_lot"))]
mod std_sync;
#[cfg(not(feature = "parking_lot"))]
pub use std_sync::*;

#[cfg(feature = "parking_lot")]
mod parking;
#[cfg(feature = "parking_lot")]
pub use parking::*;

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
#[cfg_attr(feature = "parking_lot", allow(dead_code))]
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
