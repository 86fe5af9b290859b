//! Every field kind and policy together, in a generic struct with a lifetime, a const
//! parameter named `K` (the condition-variable methods' key type must step aside) and
//! `timeout` (the timed methods' parameter must step aside), a struct-level policy
//! overridden per field, and renamed methods. Must compile, and run.

// The const parameter `timeout` is lowercase on purpose: it is the name a generated
// parameter would have had.
#![allow(non_upper_case_globals)]

use std::sync::atomic::Ordering;
use std::time::Duration;

use guarded::{ThreadKey, guarded};

/// In a module of its own: a type named `K` beside `Everything`'s const parameter `K`
/// would make any impl of `Everything` ambiguous, generated or not.
mod keywords {
    use guarded::guarded;

    /// A type named like the condition-variable methods' key parameter (`K`).
    #[derive(Debug, Default)]
    pub struct K(pub u8);

    /// Atomic fields named with keywords: their methods are raw identifiers.
    #[guarded]
    pub struct Keywords {
        /// `r#type()`.
        #[guarded(atomic)]
        pub r#type: u64,
        /// `r#fn()`.
        #[guarded(atomic, rename = r#fn)]
        pub function: bool,
        /// A queue of a type named `K`.
        #[guarded(condvar)]
        pub queue: Vec<K>,
    }
}
use keywords::Keywords;

/// Everything at once.
#[guarded(poison = recover)]
#[derive(Debug, Default)]
pub struct Everything<'a, T: Send + 'static, const K: usize, const timeout: usize> {
    /// A mutex under the struct's `recover` policy.
    pub plain: Vec<T>,
    /// A queue with a condition variable.
    #[guarded(condvar, poison = panic)]
    pub queue: Vec<[u8; K]>,
    /// Read-mostly.
    #[guarded(rw, poison = result, rename = settings)]
    pub config: Option<&'a str>,
    /// Counted without a lock.
    #[guarded(atomic)]
    pub done: usize,
    /// A flag.
    #[guarded(atomic, rename = stopping)]
    pub stop: bool,
}

fn main() {
    let all: Everything<'static, u8, 2, 3> =
        Everything::new(vec![1], Vec::new(), Some("x"), 0, false);
    let mut key = ThreadKey::get().expect("first key");
    {
        let (mut plain, mut after_plain) = all.lock_plain(&mut key);
        plain.push(2);
        let (mut queue, mut after_queue) = all.lock_queue(&mut after_plain);
        queue.push([0; 2]);
        let (settings, _) = all
            .try_read_settings_for(&mut after_queue, Duration::from_millis(1))
            .expect("free")
            .expect("not poisoned");
        assert_eq!(*settings, Some("x"));
        all.done().fetch_add(1, Ordering::Relaxed);
    }
    {
        let (queue, mut after_queue) = all.lock_queue(&mut key);
        all.notify_all_queue();
        let (queue, timed_out) =
            queue.wait_timeout_while(&mut after_queue, Duration::from_millis(1), |q| q.is_empty());
        assert!(!timed_out);
        assert_eq!(queue.len(), 1);
        let (mut settings, _) = all.write_settings(&mut after_queue).expect("not poisoned");
        *settings = None;
    }
    all.stopping().store(true, Ordering::Relaxed);
    assert_eq!(all.done().load(Ordering::Relaxed), 1);
    assert_eq!(Everything::<'static, u8, 2, 3>::LOCK_ORDER, ["plain", "queue", "config"]);
    let keywords = Keywords::new(1, true, vec![keywords::K(1)]);
    assert_eq!(keywords.r#type().load(Ordering::Relaxed), 1);
    assert!(keywords.r#fn().load(Ordering::Relaxed));
    {
        let (queue, mut after) = keywords.lock_queue(&mut key);
        let queue = queue.wait_while(&mut after, |queue| queue.is_empty());
        assert_eq!(queue[0].0, 1);
    }
    let debug = format!("{all:?}");
    assert!(debug.contains("done: 1"), "{debug}");
}
