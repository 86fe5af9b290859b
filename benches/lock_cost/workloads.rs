//! The workloads, grouped: each group does the same work with each implementation, so
//! that times and instruction counts compare within a group.
//!
//! - W1: one thread, lock + increment a `u64` + unlock.
//! - W2: one thread, lock field A then field B, increment both, unlock.
//! - W3: the classic shared counter: 2 threads (and 10 threads) incrementing one shared counter.
//! - W4: 64 accounts, 2 threads making random transfers between two distinct accounts,
//!   money conserved; `w4x1` makes them on one thread, where the time is the lock calls'
//!   alone (no contention, no second core).
//! - `rw_write`, `rw_read`, `atomic`: the other field kinds, one thread.
//! - `snapshot_load`: one thread reading a `u64` through a `#[guarded(snapshot)]` field's
//!   `load_<field>`, against arc-swap's own `load` and against read locks.

use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::thread;

use guarded::{ThreadKey, guarded, lock};
use happylock::LockCollection;

/// A workload: the iteration count in (per thread, for the threaded ones), a result that
/// depends on every iteration out (at least the iteration count).
pub type Workload = fn(u64) -> u64;

/// Implementations of one workload.
pub struct Group {
    /// `w1`, ...: the first part of a workload's name.
    pub name: &'static str,
    /// What it does, for `lock_cost` without arguments.
    pub what: &'static str,
    /// Iterations per run when timed.
    pub iterations: u64,
    /// Operations per iteration (the threads, for the threaded workloads).
    pub ops_per_iteration: u64,
    /// The implementations: `std` is the one the others are compared with.
    pub impls: &'static [(&'static str, Workload)],
}

pub const GROUPS: &[Group] = &[
    Group {
        name: "w1",
        what: "one thread: lock, increment a u64, unlock",
        iterations: 10_000_000,
        ops_per_iteration: 1,
        impls: &[
            ("std", w1::std),
            ("parking_lot", w1::parking_lot),
            ("parking_lot_poisoning", w1::parking_lot_poisoning),
            ("happylock", w1::happylock),
            ("guarded", w1::guarded),
            ("guarded_recover", w1::guarded_recover),
        ],
    },
    Group {
        name: "w2",
        what: "one thread: lock field A then B, increment both, unlock",
        iterations: 10_000_000,
        ops_per_iteration: 1,
        impls: &[
            ("std", w2::std),
            ("std_struct", w2::std_struct),
            ("parking_lot", w2::parking_lot),
            ("happylock", w2::happylock),
            ("guarded", w2::guarded),
            ("guarded_recover", w2::guarded_recover),
            ("guarded_lock_macro", w2::guarded_lock_macro),
            ("guarded_in_place", w2::guarded_in_place),
        ],
    },
    Group {
        name: "w3x2",
        what: "2 threads incrementing one counter (iterations per thread)",
        iterations: 1_000_000,
        ops_per_iteration: 2,
        impls: &[
            ("std", |n| w3::std(2, n)),
            ("parking_lot", |n| w3::parking_lot(2, n)),
            ("happylock", |n| w3::happylock(2, n)),
            ("guarded", |n| w3::guarded(2, n)),
        ],
    },
    Group {
        name: "w3x10",
        what: "10 threads incrementing one counter (iterations per thread)",
        iterations: 100_000,
        ops_per_iteration: 10,
        impls: &[
            ("std", |n| w3::std(10, n)),
            ("parking_lot", |n| w3::parking_lot(10, n)),
            ("happylock", |n| w3::happylock(10, n)),
            ("guarded", |n| w3::guarded(10, n)),
        ],
    },
    Group {
        name: "w4",
        what: "64 accounts, 2 threads of random transfers (iterations per thread)",
        iterations: 500_000,
        ops_per_iteration: 2,
        impls: &[
            ("std", |n| w4::std(2, n)),
            ("parking_lot", |n| w4::parking_lot(2, n)),
            ("happylock", |n| w4::happylock(2, n)),
            ("guarded", |n| w4::guarded(2, n)),
            ("guarded_recover", |n| w4::guarded_recover(2, n)),
        ],
    },
    Group {
        name: "w4x1",
        what: "64 accounts, one thread of random transfers",
        iterations: 1_000_000,
        ops_per_iteration: 1,
        impls: &[
            ("std", |n| w4::std(1, n)),
            ("parking_lot", |n| w4::parking_lot(1, n)),
            ("happylock", |n| w4::happylock(1, n)),
            ("guarded", |n| w4::guarded(1, n)),
            ("guarded_recover", |n| w4::guarded_recover(1, n)),
        ],
    },
    Group {
        name: "rw_write",
        what: "one thread: write-lock an RwLock, increment, unlock",
        iterations: 10_000_000,
        ops_per_iteration: 1,
        impls: &[
            ("std", kinds::std_rw_write),
            ("parking_lot", kinds::parking_lot_rw_write),
            ("guarded", kinds::guarded_rw_write),
        ],
    },
    Group {
        name: "rw_read",
        what: "one thread: read-lock an RwLock, read, unlock",
        iterations: 10_000_000,
        ops_per_iteration: 1,
        impls: &[
            ("std", kinds::std_rw_read),
            ("parking_lot", kinds::parking_lot_rw_read),
            ("guarded", kinds::guarded_rw_read),
        ],
    },
    Group {
        name: "atomic",
        what: "one thread: fetch_add on an atomic",
        iterations: 10_000_000,
        ops_per_iteration: 1,
        impls: &[
            ("std", kinds::std_atomic),
            ("guarded", kinds::guarded_atomic),
        ],
    },
    Group {
        name: "snapshot_load",
        what: "one thread: load a snapshot of a u64 and read it; against read locks",
        iterations: 10_000_000,
        ops_per_iteration: 1,
        impls: &[
            ("std", kinds::std_rw_read),
            ("arc_swap", snapshot::arc_swap),
            ("guarded", snapshot::guarded),
            ("guarded_rw_read", kinds::guarded_rw_read),
        ],
    },
    Group {
        name: "async_lock",
        what: "one tokio task: lock an async mutex (.await), increment a u64, unlock",
        iterations: 2_000_000,
        ops_per_iteration: 1,
        impls: tasks::IMPLS,
    },
];

/// The thread's happylock key (happylock has one per thread, as `guarded` does).
fn happy_key() -> happylock::ThreadKey {
    happylock::ThreadKey::get().expect("this thread's happylock key")
}

/// This thread's `guarded` key.
fn key() -> ThreadKey {
    ThreadKey::get().expect("this thread's key")
}

mod w1 {
    use std::ops::{Deref, DerefMut};
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::thread;

    use super::{Arc, Mutex, black_box, guarded, happy_key, key};

    #[guarded]
    struct Counter {
        count: u64,
    }

    #[guarded(poison = recover)]
    struct Lenient {
        count: u64,
    }

    pub fn std(iterations: u64) -> u64 {
        let shared = black_box(Arc::new(Mutex::new(0_u64)));
        for _ in 0..iterations {
            *shared.lock().expect("not poisoned") += 1;
        }
        *shared.lock().expect("not poisoned")
    }

    pub fn parking_lot(iterations: u64) -> u64 {
        let shared = black_box(Arc::new(parking_lot::Mutex::new(0_u64)));
        for _ in 0..iterations {
            *shared.lock() += 1;
        }
        *shared.lock()
    }

    /// `parking_lot`'s mutex with `std`'s poisoning rule written by hand, as `std`'s own
    /// `poison::Flag` writes it: a flag beside the lock, read when locking, and set when
    /// a guard taken while not panicking is dropped during a panic. What any code that
    /// keeps `std`'s rule on `parking_lot` pays, `guarded`'s default policy on its
    /// `parking_lot` backend among it.
    struct PoisoningMutex<T> {
        poisoned: AtomicBool,
        lock: parking_lot::Mutex<T>,
    }

    /// Reaches the flag through the mutex, as `std`'s guard does, not through a pointer
    /// of its own to it: that one, kept across the loop for the cold store, took a
    /// register from the loop and cost 3 instructions a lock (27 against 24).
    struct PoisoningGuard<'a, T> {
        mutex: &'a PoisoningMutex<T>,
        panicking: bool,
        guard: parking_lot::MutexGuard<'a, T>,
    }

    impl<T> PoisoningMutex<T> {
        fn new(value: T) -> Self {
            PoisoningMutex {
                poisoned: AtomicBool::new(false),
                lock: parking_lot::Mutex::new(value),
            }
        }

        /// The guard, or `Err` with it if the lock is poisoned (as `std`'s `lock`).
        fn lock(&self) -> Result<PoisoningGuard<'_, T>, PoisoningGuard<'_, T>> {
            let guard = PoisoningGuard {
                mutex: self,
                guard: self.lock.lock(),
                panicking: thread::panicking(),
            };
            if self.poisoned.load(Ordering::Relaxed) {
                Err(guard)
            } else {
                Ok(guard)
            }
        }
    }

    impl<T> Drop for PoisoningGuard<'_, T> {
        fn drop(&mut self) {
            if !self.panicking && thread::panicking() {
                self.mutex.poisoned.store(true, Ordering::Relaxed);
            }
        }
    }

    impl<T> Deref for PoisoningGuard<'_, T> {
        type Target = T;

        fn deref(&self) -> &T {
            &self.guard
        }
    }

    impl<T> DerefMut for PoisoningGuard<'_, T> {
        fn deref_mut(&mut self) -> &mut T {
            &mut self.guard
        }
    }

    pub fn parking_lot_poisoning(iterations: u64) -> u64 {
        let shared = black_box(Arc::new(PoisoningMutex::new(0_u64)));
        for _ in 0..iterations {
            *shared.lock().unwrap_or_else(|_| panic!("not poisoned")) += 1;
        }
        *shared.lock().unwrap_or_else(|_| panic!("not poisoned"))
    }

    pub fn happylock(iterations: u64) -> u64 {
        let shared = black_box(Arc::new(happylock::Mutex::new(0_u64)));
        let mut key = happy_key();
        for _ in 0..iterations {
            let mut count = shared.lock(key);
            *count += 1;
            key = happylock::Mutex::unlock(count);
        }
        *shared.lock(key)
    }

    pub fn guarded(iterations: u64) -> u64 {
        let counter = black_box(Counter::new(0));
        let mut key = key();
        for _ in 0..iterations {
            *counter.lock_count(&mut key).0 += 1;
        }
        *counter.lock_count(&mut key).0
    }

    pub fn guarded_recover(iterations: u64) -> u64 {
        let counter = black_box(Lenient::new(0));
        let mut key = key();
        for _ in 0..iterations {
            *counter.lock_count(&mut key).0 += 1;
        }
        *counter.lock_count(&mut key).0
    }
}

mod w2 {
    use super::{Arc, LockCollection, Mutex, black_box, guarded, happy_key, key, lock};

    #[guarded]
    struct Two {
        a: u64,
        b: u64,
    }

    #[guarded(poison = recover)]
    struct LenientTwo {
        a: u64,
        b: u64,
    }

    /// The two `Arc`s are moved out of what `black_box` returns, into locals, so LLVM
    /// may keep them in registers across the locks' acquires. It does with one codegen
    /// unit; with the default units the locals' address goes to `Arc::drop_slow`, which
    /// sits in another unit and is not known to keep no copy of it, so every iteration
    /// reloads them. The `guarded` workloads but `guarded_in_place` move their struct out
    /// the same way.
    pub fn std(iterations: u64) -> u64 {
        let (a, b) = black_box((Arc::new(Mutex::new(0_u64)), Arc::new(Mutex::new(0_u64))));
        for _ in 0..iterations {
            let mut a = a.lock().expect("not poisoned");
            let mut b = b.lock().expect("not poisoned");
            *a += 1;
            *b += 1;
        }
        *a.lock().expect("not poisoned")
    }

    /// As `std`, with the two `Arc`s in a struct locked in place, where `black_box` took
    /// its address: that memory may change at each lock's acquire as far as LLVM knows,
    /// so every iteration reloads the `Arc`s (`std`, which moves them out of the tuple,
    /// need not). `guarded_in_place` is the same with a `#[guarded]` struct.
    pub fn std_struct(iterations: u64) -> u64 {
        struct Two {
            a: Arc<Mutex<u64>>,
            b: Arc<Mutex<u64>>,
        }
        let two = black_box(Two {
            a: Arc::new(Mutex::new(0_u64)),
            b: Arc::new(Mutex::new(0_u64)),
        });
        for _ in 0..iterations {
            let mut a = two.a.lock().expect("not poisoned");
            let mut b = two.b.lock().expect("not poisoned");
            *a += 1;
            *b += 1;
        }
        *two.a.lock().expect("not poisoned")
    }

    pub fn parking_lot(iterations: u64) -> u64 {
        let pair = (
            parking_lot::Mutex::new(0_u64),
            parking_lot::Mutex::new(0_u64),
        );
        let (a, b) = black_box((Arc::new(pair.0), Arc::new(pair.1)));
        for _ in 0..iterations {
            let mut a = a.lock();
            let mut b = b.lock();
            *a += 1;
            *b += 1;
        }
        *a.lock()
    }

    pub fn happylock(iterations: u64) -> u64 {
        let a = black_box(happylock::Mutex::new(0_u64));
        let b = black_box(happylock::Mutex::new(0_u64));
        let both = LockCollection::try_new((&a, &b)).expect("two different locks");
        let mut key = happy_key();
        for _ in 0..iterations {
            let mut guards = both.lock(key);
            *guards.0 += 1;
            *guards.1 += 1;
            key =
                LockCollection::<(&happylock::Mutex<u64>, &happylock::Mutex<u64>)>::unlock(guards);
        }
        let guards = both.lock(key);
        *guards.0
    }

    pub fn guarded(iterations: u64) -> u64 {
        // Moved out of `black_box`'s result, as `std` moves its `Arc`s.
        let (two,) = black_box((Two::new(0, 0),));
        let mut key = key();
        for _ in 0..iterations {
            let (mut a, mut after_a) = two.lock_a(&mut key);
            let (mut b, _key) = two.lock_b(&mut after_a);
            *a += 1;
            *b += 1;
        }
        *two.lock_a(&mut key).0
    }

    pub fn guarded_recover(iterations: u64) -> u64 {
        let (two,) = black_box((LenientTwo::new(0, 0),));
        let mut key = key();
        for _ in 0..iterations {
            let (mut a, mut after_a) = two.lock_a(&mut key);
            let (mut b, _key) = two.lock_b(&mut after_a);
            *a += 1;
            *b += 1;
        }
        *two.lock_a(&mut key).0
    }

    pub fn guarded_lock_macro(iterations: u64) -> u64 {
        let (two,) = black_box((Two::new(0, 0),));
        let mut key = key();
        for _ in 0..iterations {
            let (mut a, mut b, _key) = lock!(two, &mut key => a, b);
            *a += 1;
            *b += 1;
        }
        *two.lock_a(&mut key).0
    }

    /// As `guarded`, with the struct locked in place where `black_box` took its address,
    /// as `std_struct` locks its `Arc`s.
    pub fn guarded_in_place(iterations: u64) -> u64 {
        let two = black_box(Two::new(0, 0));
        let mut key = key();
        for _ in 0..iterations {
            let (mut a, mut after_a) = two.lock_a(&mut key);
            let (mut b, _key) = two.lock_b(&mut after_a);
            *a += 1;
            *b += 1;
        }
        *two.lock_a(&mut key).0
    }
}

mod w3 {
    use super::{Arc, Mutex, guarded, happy_key, key, thread};

    #[guarded]
    struct Counter {
        count: u64,
    }

    /// Runs `work` on `threads` threads and waits for them.
    fn on_threads(threads: u64, work: impl Fn() + Send + Sync) {
        thread::scope(|scope| {
            for _ in 0..threads {
                scope.spawn(&work);
            }
        });
    }

    pub fn std(threads: u64, iterations: u64) -> u64 {
        let shared = Arc::new(Mutex::new(0_u64));
        on_threads(threads, || {
            for _ in 0..iterations {
                *shared.lock().expect("not poisoned") += 1;
            }
        });
        let total = *shared.lock().expect("not poisoned");
        assert_eq!(total, threads * iterations, "every increment counted");
        total
    }

    pub fn parking_lot(threads: u64, iterations: u64) -> u64 {
        let shared = Arc::new(parking_lot::Mutex::new(0_u64));
        on_threads(threads, || {
            for _ in 0..iterations {
                *shared.lock() += 1;
            }
        });
        let total = *shared.lock();
        assert_eq!(total, threads * iterations, "every increment counted");
        total
    }

    pub fn happylock(threads: u64, iterations: u64) -> u64 {
        let shared = happylock::Mutex::new(0_u64);
        on_threads(threads, || {
            let mut key = happy_key();
            for _ in 0..iterations {
                let mut count = shared.lock(key);
                *count += 1;
                key = happylock::Mutex::unlock(count);
            }
        });
        let total = shared.into_inner();
        assert_eq!(total, threads * iterations, "every increment counted");
        total
    }

    pub fn guarded(threads: u64, iterations: u64) -> u64 {
        let counter = Counter::new(0);
        on_threads(threads, || {
            let mut key = key();
            for _ in 0..iterations {
                *counter.lock_count(&mut key).0 += 1;
            }
        });
        let total = *counter.lock_count(&mut key()).0;
        assert_eq!(total, threads * iterations, "every increment counted");
        total
    }
}

mod w4 {
    use super::{Arc, LockCollection, Mutex, guarded, happy_key, key, thread};

    const ACCOUNTS: usize = 64;
    const OPENING: i64 = 1_000;

    #[guarded]
    struct Account {
        balance: i64,
    }

    #[guarded(poison = recover)]
    struct LenientAccount {
        balance: i64,
    }

    /// A deterministic stream of transfers `(from, to, amount)` between distinct accounts.
    struct Transfers(u64);

    impl Iterator for Transfers {
        type Item = (usize, usize, i64);

        fn next(&mut self) -> Option<Self::Item> {
            // xorshift64*: the same transfers for every implementation.
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            let bits = self.0.wrapping_mul(0x2545_F491_4F6C_DD1D);
            let from = usize::try_from(bits % 64).expect("below 64");
            let step = usize::try_from((bits >> 8) % 63).expect("below 63") + 1;
            let amount = i64::try_from((bits >> 16) % 10).expect("below 10");
            Some((from, (from + step) % ACCOUNTS, amount))
        }
    }

    /// Runs `transfer` for `iterations` transfers on each of `threads` threads, each thread
    /// with its own stream.
    fn run<K>(
        threads: u64,
        iterations: u64,
        key: impl Fn() -> K + Sync,
        transfer: impl Fn(&mut K, usize, usize, i64) + Sync,
    ) {
        thread::scope(|scope| {
            for seed in 1..=threads {
                let (key, transfer) = (&key, &transfer);
                scope.spawn(move || {
                    let mut key = key();
                    for (from, to, amount) in Transfers(seed * 0x9E37_79B9)
                        .take(usize::try_from(iterations).expect("iterations fit in usize"))
                    {
                        transfer(&mut key, from, to, amount);
                    }
                });
            }
        });
    }

    fn conserved(total: i64, threads: u64, iterations: u64) -> u64 {
        assert_eq!(total, OPENING * 64, "money conserved");
        iterations * threads
    }

    pub fn std(threads: u64, iterations: u64) -> u64 {
        // Each account its own `Arc<Mutex<_>>`, as hand-written code shares them.
        let accounts: Vec<Arc<Mutex<i64>>> = (0..ACCOUNTS)
            .map(|_| Arc::new(Mutex::new(OPENING)))
            .collect();
        run(
            threads,
            iterations,
            || (),
            |(), from, to, amount| {
                // By hand: the lower index first.
                let (low, high) = (from.min(to), from.max(to));
                let mut low = accounts[low].lock().expect("not poisoned");
                let mut high = accounts[high].lock().expect("not poisoned");
                let (from, to) = if from < to {
                    (&mut low, &mut high)
                } else {
                    (&mut high, &mut low)
                };
                **from -= amount;
                **to += amount;
            },
        );
        let total = accounts
            .iter()
            .map(|a| *a.lock().expect("not poisoned"))
            .sum();
        conserved(total, threads, iterations)
    }

    pub fn parking_lot(threads: u64, iterations: u64) -> u64 {
        let accounts: Vec<Arc<parking_lot::Mutex<i64>>> = (0..ACCOUNTS)
            .map(|_| Arc::new(parking_lot::Mutex::new(OPENING)))
            .collect();
        run(
            threads,
            iterations,
            || (),
            |(), from, to, amount| {
                let (low, high) = (from.min(to), from.max(to));
                let mut low = accounts[low].lock();
                let mut high = accounts[high].lock();
                let (from, to) = if from < to {
                    (&mut low, &mut high)
                } else {
                    (&mut high, &mut low)
                };
                **from -= amount;
                **to += amount;
            },
        );
        let total = accounts.iter().map(|a| *a.lock()).sum();
        conserved(total, threads, iterations)
    }

    pub fn happylock(threads: u64, iterations: u64) -> u64 {
        let accounts: Vec<Arc<happylock::Mutex<i64>>> = (0..ACCOUNTS)
            .map(|_| Arc::new(happylock::Mutex::new(OPENING)))
            .collect();
        run(
            threads,
            iterations,
            || Some(happy_key()),
            |key, from, to, amount| {
                // A collection per transfer: happylock sorts the two locks itself.
                let pair = LockCollection::try_new((&*accounts[from], &*accounts[to]))
                    .expect("two distinct accounts");
                let mut guards = pair.lock(key.take().expect("the key is back"));
                *guards.0 -= amount;
                *guards.1 += amount;
                *key = Some(LockCollection::<(
                    &happylock::Mutex<i64>,
                    &happylock::Mutex<i64>,
                )>::unlock(guards));
            },
        );
        let mut key = happy_key();
        let mut total = 0;
        for account in &accounts {
            let balance = account.lock(key);
            total += *balance;
            key = happylock::Mutex::unlock(balance);
        }
        conserved(total, threads, iterations)
    }

    pub fn guarded(threads: u64, iterations: u64) -> u64 {
        let accounts: Vec<Account> = (0..ACCOUNTS).map(|_| Account::new(OPENING)).collect();
        run(threads, iterations, key, |key, from, to, amount| {
            let (mut from, mut to, _key) =
                Account::lock_balance_pair(&accounts[from], &accounts[to], key)
                    .expect("two distinct accounts");
            *from -= amount;
            *to += amount;
        });
        let mut key = key();
        let total = accounts.iter().map(|a| *a.lock_balance(&mut key).0).sum();
        conserved(total, threads, iterations)
    }

    pub fn guarded_recover(threads: u64, iterations: u64) -> u64 {
        let accounts: Vec<LenientAccount> = (0..ACCOUNTS)
            .map(|_| LenientAccount::new(OPENING))
            .collect();
        run(threads, iterations, key, |key, from, to, amount| {
            let (mut from, mut to, _key) =
                LenientAccount::lock_balance_pair(&accounts[from], &accounts[to], key)
                    .expect("two distinct accounts");
            *from -= amount;
            *to += amount;
        });
        let mut key = key();
        let total = accounts.iter().map(|a| *a.lock_balance(&mut key).0).sum();
        conserved(total, threads, iterations)
    }
}

mod kinds {
    use super::{Arc, AtomicU64, Ordering, RwLock, black_box, guarded, key};

    #[guarded]
    struct Shared {
        #[guarded(rw)]
        count: u64,
        #[guarded(atomic)]
        hits: u64,
    }

    pub fn std_rw_write(iterations: u64) -> u64 {
        let shared = black_box(Arc::new(RwLock::new(0_u64)));
        for _ in 0..iterations {
            *shared.write().expect("not poisoned") += 1;
        }
        *shared.read().expect("not poisoned")
    }

    pub fn parking_lot_rw_write(iterations: u64) -> u64 {
        let shared = black_box(Arc::new(parking_lot::RwLock::new(0_u64)));
        for _ in 0..iterations {
            *shared.write() += 1;
        }
        *shared.read()
    }

    pub fn guarded_rw_write(iterations: u64) -> u64 {
        let shared = black_box(Shared::new(0, 0));
        let mut key = key();
        for _ in 0..iterations {
            *shared.write_count(&mut key).0 += 1;
        }
        *shared.read_count(&mut key).0
    }

    pub fn std_rw_read(iterations: u64) -> u64 {
        let shared = black_box(Arc::new(RwLock::new(1_u64)));
        let mut sum = 0;
        for _ in 0..iterations {
            sum += *shared.read().expect("not poisoned");
        }
        sum
    }

    pub fn parking_lot_rw_read(iterations: u64) -> u64 {
        let shared = black_box(Arc::new(parking_lot::RwLock::new(1_u64)));
        let mut sum = 0;
        for _ in 0..iterations {
            sum += *shared.read();
        }
        sum
    }

    pub fn guarded_rw_read(iterations: u64) -> u64 {
        let shared = black_box(Shared::new(1, 0));
        let mut key = key();
        let mut sum = 0;
        for _ in 0..iterations {
            sum += *shared.read_count(&mut key).0;
        }
        sum
    }

    pub fn std_atomic(iterations: u64) -> u64 {
        let shared = black_box(Arc::new(AtomicU64::new(0)));
        for _ in 0..iterations {
            shared.fetch_add(1, Ordering::Relaxed);
        }
        shared.load(Ordering::Relaxed)
    }

    pub fn guarded_atomic(iterations: u64) -> u64 {
        let shared = black_box(Shared::new(0, 0));
        for _ in 0..iterations {
            shared.hits().fetch_add(1, Ordering::Relaxed);
        }
        shared.hits().load(Ordering::Relaxed)
    }
}

mod snapshot {
    use super::{Arc, black_box, guarded};
    use arc_swap::ArcSwap;

    #[guarded]
    struct Shared {
        #[guarded(snapshot)]
        count: u64,
    }

    /// arc-swap's own `load`, written by hand: an `ArcSwap` shared as threads share it.
    pub fn arc_swap(iterations: u64) -> u64 {
        let shared = black_box(Arc::new(ArcSwap::from_pointee(1_u64)));
        let mut sum = 0;
        for _ in 0..iterations {
            sum += **shared.load();
        }
        sum
    }

    /// The generated `load_<field>` of a `#[guarded(snapshot)]` field: no key, no lock.
    pub fn guarded(iterations: u64) -> u64 {
        let shared = black_box(Shared::new(1));
        let mut sum = 0;
        for _ in 0..iterations {
            sum += *shared.load_count();
        }
        sum
    }
}

/// Async locks, uncontended, inside a task of a current-thread runtime (so the owner
/// check takes the task path, as in real use): `tokio::sync::Mutex` by hand against
/// `#[guarded(async)]` (only with the `tokio` feature).
mod tasks {
    use super::{Arc, black_box};

    #[cfg(feature = "tokio")]
    pub const IMPLS: &[(&str, super::Workload)] = &[
        ("tokio", tokio),
        ("guarded", guarded),
        ("guarded_condvar", guarded_condvar),
    ];
    #[cfg(not(feature = "tokio"))]
    pub const IMPLS: &[(&str, super::Workload)] = &[("tokio", tokio)];

    /// Runs `work` as a spawned task and returns its result.
    fn in_task(work: impl Future<Output = u64> + Send + 'static) -> u64 {
        let runtime = ::tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a runtime");
        runtime
            .block_on(async { ::tokio::spawn(work).await })
            .expect("the task ran")
    }

    pub fn tokio(iterations: u64) -> u64 {
        in_task(async move {
            let shared = black_box(Arc::new(::tokio::sync::Mutex::new(0_u64)));
            for _ in 0..iterations {
                *shared.lock().await += 1;
            }
            *shared.lock().await
        })
    }

    #[cfg(feature = "tokio")]
    #[guarded::guarded]
    struct Counter {
        #[guarded(async)]
        count: u64,
    }

    #[cfg(feature = "tokio")]
    pub fn guarded(iterations: u64) -> u64 {
        in_task(async move {
            let counter = black_box(Counter::new(0));
            let mut key = guarded::TaskKey::get().expect("this task's key");
            for _ in 0..iterations {
                *counter.lock_count(&mut key).await.0 += 1;
            }
            *counter.lock_count(&mut key).await.0
        })
    }

    #[cfg(feature = "tokio")]
    #[guarded::guarded]
    struct WaitableCounter {
        #[guarded(async_condvar)]
        count: u64,
    }

    /// The same lock of an `async_condvar` field, whose call takes the key as an object
    /// that names the key's type (its guard keeps it, for waiting).
    #[cfg(feature = "tokio")]
    pub fn guarded_condvar(iterations: u64) -> u64 {
        in_task(async move {
            let counter = black_box(WaitableCounter::new(0));
            let mut key = guarded::TaskKey::get().expect("this task's key");
            for _ in 0..iterations {
                *counter.lock_count(&mut key).await.0 += 1;
            }
            *counter.lock_count(&mut key).await.0
        })
    }
}
