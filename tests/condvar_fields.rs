//! `#[guarded(condvar)]` fields: a waiter sleeps in `wait_while` until a notifier changes
//! the data and calls `notify_one_<field>` / `notify_all_<field>`. Producers and consumers
//! over a job queue hand over every job exactly once; `wait_timeout_while` reports a
//! timeout (with the condition still true) or a wake-up in time; `notify_all` wakes every
//! waiter, and so does one `notify_one` per ticket, also when notified with the lock held
//! and with timed and timing-out waiters among them; and a waiter releases the lock while
//! it waits, so the notifier can take it.
//! After a wait, the key the lock handed back still locks the later fields.
//!
//! Every run that a lost wake-up or a lock kept while waiting would hang runs under a
//! watchdog: it fails after a minute instead of hanging CI. The minute is a deadlock
//! detector, not a timing assertion.

use std::collections::VecDeque;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

mod common;

use common::watched;
use guarded::{ThreadKey, guarded};

/// A job queue: jobs waiting to be taken, and whether more may come.
#[derive(Default)]
struct Jobs {
    pending: VecDeque<u32>,
    closed: bool,
}

#[guarded]
struct Queue {
    #[guarded(condvar)]
    jobs: Jobs,
    done: Vec<u32>,
}

/// Where waiters gather until it opens.
#[derive(Default)]
struct Gate {
    waiting: usize,
    open: bool,
    woken: usize,
}

#[guarded]
struct Hall {
    #[guarded(condvar)]
    gate: Gate,
}

fn new_queue() -> Queue {
    Queue::new(Jobs::default(), Vec::new())
}

/// Several producers push jobs (notifying one waiter per job) while several consumers wait
/// for jobs and take them, recording each in `done` with the key the wait left them. Every
/// job is consumed exactly once, and the consumers stop once the queue is closed and empty.
#[test]
fn producers_and_consumers_hand_over_every_job_exactly_once() {
    const PRODUCERS: u32 = 3;
    const CONSUMERS: usize = 3;
    const JOBS_EACH: u32 = 2_000;
    let queue = new_queue();
    let shared = queue.clone();
    let taken = watched(move || {
        thread::scope(|scope| {
            let consumers: Vec<_> = (0..CONSUMERS)
                .map(|_| {
                    let queue = shared.clone();
                    scope.spawn(move || {
                        let mut key = ThreadKey::get().expect("a new thread's first key");
                        let mut mine = Vec::new();
                        loop {
                            let (jobs, mut after_jobs) = queue.lock_jobs(&mut key);
                            let mut jobs = jobs.wait_while(&mut after_jobs, |jobs| {
                                jobs.pending.is_empty() && !jobs.closed
                            });
                            let Some(job) = jobs.pending.pop_front() else {
                                assert!(jobs.closed, "woken with no job and not closed");
                                break;
                            };
                            // The key the wait was given still locks the later fields.
                            queue.lock_done(&mut after_jobs).0.push(job);
                            mine.push(job);
                        }
                        mine
                    })
                })
                .collect();
            let producers: Vec<_> = (0..PRODUCERS)
                .map(|producer| {
                    let queue = shared.clone();
                    scope.spawn(move || {
                        let mut key = ThreadKey::get().expect("a new thread's first key");
                        for n in 0..JOBS_EACH {
                            queue
                                .lock_jobs(&mut key)
                                .0
                                .pending
                                .push_back(producer * JOBS_EACH + n);
                            queue.notify_one_jobs();
                        }
                    })
                })
                .collect();
            for producer in producers {
                producer.join().expect("a producer did not panic");
            }
            let mut key = ThreadKey::get().expect("the worker's key");
            shared.lock_jobs(&mut key).0.closed = true;
            shared.notify_all_jobs();
            consumers
                .into_iter()
                .flat_map(|consumer| consumer.join().expect("a consumer did not panic"))
                .collect::<Vec<_>>()
        })
    });

    let all: Vec<u32> = (0..PRODUCERS * JOBS_EACH).collect();
    let mut taken = taken;
    taken.sort_unstable();
    assert_eq!(taken, all, "every job taken exactly once");

    let mut key = ThreadKey::get().expect("the test thread's key");
    let (jobs, mut after_jobs) = queue.lock_jobs(&mut key);
    assert!(jobs.pending.is_empty() && jobs.closed);
    let mut done = queue.lock_done(&mut after_jobs).0.clone();
    done.sort_unstable();
    assert_eq!(done, all, "every job recorded exactly once");
}

/// With nobody notifying, `wait_timeout_while` gives up after its timeout and says so,
/// handing back the guard with the condition still true; the key then locks later fields.
#[test]
fn wait_timeout_while_expires_with_the_condition_still_true() {
    const TIMEOUT: Duration = Duration::from_millis(40);
    let queue = new_queue();
    watched(move || {
        let mut key = ThreadKey::get().expect("a new thread's first key");
        let (jobs, mut after_jobs) = queue.lock_jobs(&mut key);
        let start = Instant::now();
        let mut checks = 0;
        let (jobs, timed_out) = jobs.wait_timeout_while(&mut after_jobs, TIMEOUT, |jobs| {
            checks += 1;
            jobs.pending.is_empty()
        });
        assert!(start.elapsed() >= TIMEOUT, "it gave up early");
        assert!(timed_out, "nobody pushed a job: the wait timed out");
        assert!(jobs.pending.is_empty(), "the condition still holds");
        assert!(checks >= 1);
        queue.lock_done(&mut after_jobs).0.push(0);
        drop(jobs);
        // The lock was handed back and released: it locks again.
        assert!(queue.lock_jobs(&mut key).0.pending.is_empty());
    });
}

/// A condition that is false already ends the wait at once, even with no time to wait.
#[test]
fn wait_timeout_while_with_a_false_condition_returns_at_once() {
    let queue = new_queue();
    watched(move || {
        let mut key = ThreadKey::get().expect("a new thread's first key");
        let (mut jobs, mut after_jobs) = queue.lock_jobs(&mut key);
        jobs.pending.push_back(7);
        let (jobs, timed_out) = jobs.wait_timeout_while(&mut after_jobs, Duration::ZERO, |jobs| {
            jobs.pending.is_empty()
        });
        assert!(!timed_out);
        assert_eq!(jobs.pending, [7]);
        let jobs = jobs.wait_while(&mut after_jobs, |jobs| jobs.pending.is_empty());
        assert_eq!(jobs.pending, [7]);
    });
}

/// A waiter with a long timeout is woken by a notifier in time: `false` (not timed out),
/// and it sees the job the notifier pushed. The same with a timeout too long to add to
/// the current time (`Duration::MAX`), which waits with no deadline.
#[test]
fn wait_timeout_while_woken_in_time_returns_false() {
    /// Far longer than the notifier takes: the wait must not time out.
    const PATIENCE: Duration = Duration::from_secs(30);
    let queue = new_queue();
    let seen = watched(move || {
        let mut key = ThreadKey::get().expect("the worker's key");
        [PATIENCE, Duration::MAX].map(|timeout| {
            let (locked, is_locked) = mpsc::channel();
            thread::scope(|scope| {
                let waiter = scope.spawn(|| {
                    let mut key = ThreadKey::get().expect("a new thread's first key");
                    let (jobs, mut after_jobs) = queue.lock_jobs(&mut key);
                    locked.send(()).expect("the notifier listens");
                    let (mut jobs, timed_out) =
                        jobs.wait_timeout_while(&mut after_jobs, timeout, |jobs| {
                            jobs.pending.is_empty()
                        });
                    let job = jobs.pending.pop_front();
                    (job, timed_out, jobs.pending.len())
                });
                is_locked.recv().expect("the waiter locked the queue");
                // This lock is taken only once the waiter has released it by waiting.
                queue.lock_jobs(&mut key).0.pending.push_back(42);
                queue.notify_one_jobs();
                waiter.join().expect("the waiter did not panic")
            })
        })
    });
    // (the job taken, timed out, jobs left)
    assert_eq!(
        seen,
        [(Some(42), false, 0); 2],
        "woken in time, with the job"
    );
}

/// One `notify_all` wakes every waiter. Each waiter arrives, counts itself and waits for
/// the gate to open; the opener waits until all have arrived (so all are waiting), opens
/// the gate and notifies once. If only one waiter were woken, the others would wait
/// forever and the watchdog would fail the test.
#[test]
fn notify_all_wakes_every_waiter() {
    const WAITERS: usize = 5;
    let hall = Hall::new(Gate::default());
    let shared = hall.clone();
    watched(move || {
        thread::scope(|scope| {
            for _ in 0..WAITERS {
                let hall = shared.clone();
                scope.spawn(move || {
                    let mut key = ThreadKey::get().expect("a new thread's first key");
                    let (mut gate, mut after_gate) = hall.lock_gate(&mut key);
                    gate.waiting += 1;
                    // Wakes the opener (and the waiters already here, which wait again).
                    hall.notify_all_gate();
                    let mut gate = gate.wait_while(&mut after_gate, |gate| !gate.open);
                    gate.woken += 1;
                });
            }
            let mut key = ThreadKey::get().expect("the worker's key");
            let (gate, mut after_gate) = shared.lock_gate(&mut key);
            // Holding the lock with all counted means that all have released it by
            // waiting: each counts itself and waits under one lock.
            let mut gate = gate.wait_while(&mut after_gate, |gate| gate.waiting < WAITERS);
            assert_eq!(gate.woken, 0, "nobody passed the closed gate");
            gate.open = true;
            drop(gate);
            shared.notify_all_gate();
        });
    });
    let mut key = ThreadKey::get().expect("the test thread's key");
    let (gate, _key) = hall.lock_gate(&mut key);
    assert_eq!((gate.waiting, gate.woken), (WAITERS, WAITERS));
}

/// The waiter holds the lock until it waits, and waiting releases it: the notifier, which
/// starts only once the waiter holds the lock, gets it (without blocking for long, with a
/// timed try), pushes a job and notifies; the waiter wakes holding the lock again and
/// takes the job.
#[test]
fn waiting_releases_the_lock_for_the_notifier() {
    /// Far longer than the waiter takes to start waiting.
    const PATIENCE: Duration = Duration::from_secs(30);
    let queue = new_queue();
    let shared = queue.clone();
    let (job, checks) = watched(move || {
        let (locked, is_locked) = mpsc::channel();
        thread::scope(|scope| {
            let waiter = scope.spawn(|| {
                let mut key = ThreadKey::get().expect("a new thread's first key");
                let (jobs, mut after_jobs) = shared.lock_jobs(&mut key);
                locked.send(()).expect("the notifier listens");
                let mut checks = 0;
                let mut jobs = jobs.wait_while(&mut after_jobs, |jobs| {
                    checks += 1;
                    jobs.pending.is_empty()
                });
                let job = jobs.pending.pop_front();
                drop(jobs);
                shared
                    .lock_done(&mut after_jobs)
                    .0
                    .extend(job.iter().copied());
                (job, checks)
            });
            is_locked.recv().expect("the waiter locked the queue");
            let mut key = ThreadKey::get().expect("the worker's key");
            {
                let (mut jobs, _key) = shared
                    .try_lock_jobs_for(&mut key, PATIENCE)
                    .expect("the waiter released the lock by waiting");
                jobs.pending.push_back(9);
            }
            shared.notify_one_jobs();
            waiter.join().expect("the waiter did not panic")
        })
    });
    assert_eq!(job, Some(9));
    assert!(
        checks >= 2,
        "the condition was checked before waiting and after the wake-up: {checks}"
    );
    let mut key = ThreadKey::get().expect("the test thread's key");
    let (jobs, mut after_jobs) = queue.lock_jobs(&mut key);
    assert!(jobs.pending.is_empty());
    assert_eq!(*queue.lock_done(&mut after_jobs).0, [9]);
}

/// Tickets handed out one at a time, each with `notify_one`.
#[derive(Default)]
struct Tickets {
    waiting: usize,
    available: usize,
    taken: usize,
}

#[guarded]
struct Counter {
    #[guarded(condvar)]
    tickets: Tickets,
}

/// Far longer than any wait here takes: a wait that times out with it lost a wake-up.
const PATIENCE: Duration = Duration::from_secs(30);

/// `notify_all` called while the notifier still holds the lock wakes every waiter, timed
/// and untimed, and the timed ones do not report a timeout; waiters that time out around
/// it (with a short timeout) neither stop the others from waking nor are lost. On
/// `parking_lot`, a notification while the lock is held moves the waiters from the
/// condition variable onto the lock, to be woken as it is released: this checks that the
/// lock they are moved onto is the one the guard releases.
#[test]
fn notify_all_while_holding_the_lock_wakes_timed_and_untimed_waiters() {
    const UNTIMED: usize = 3;
    const TIMED: usize = 3;
    const IMPATIENT: usize = 2;
    let hall = Hall::new(Gate::default());
    let shared = hall.clone();
    let (timed_out, impatient) = watched(move || {
        thread::scope(|scope| {
            let patient: Vec<_> = (0..UNTIMED + TIMED)
                .map(|i| {
                    let hall = shared.clone();
                    scope.spawn(move || {
                        let mut key = ThreadKey::get().expect("a new thread's first key");
                        let (mut gate, mut after_gate) = hall.lock_gate(&mut key);
                        gate.waiting += 1;
                        hall.notify_all_gate();
                        let (mut gate, timed_out) = if i < UNTIMED {
                            (gate.wait_while(&mut after_gate, |gate| !gate.open), false)
                        } else {
                            gate.wait_timeout_while(&mut after_gate, PATIENCE, |gate| !gate.open)
                        };
                        gate.woken += 1;
                        timed_out
                    })
                })
                .collect();
            let impatient: Vec<_> = (0..IMPATIENT)
                .map(|_| {
                    let hall = shared.clone();
                    scope.spawn(move || {
                        let mut key = ThreadKey::get().expect("a new thread's first key");
                        let (gate, mut after_gate) = hall.lock_gate(&mut key);
                        let (gate, timed_out) = gate.wait_timeout_while(
                            &mut after_gate,
                            Duration::from_millis(1),
                            |gate| !gate.open,
                        );
                        // Either it gave up with the gate closed, or the gate was open.
                        timed_out != gate.open
                    })
                })
                .collect();
            let mut key = ThreadKey::get().expect("the worker's key");
            let (gate, mut after_gate) = shared.lock_gate(&mut key);
            let mut gate = gate.wait_while(&mut after_gate, |gate| gate.waiting < UNTIMED + TIMED);
            gate.open = true;
            // Notified with the lock held: the waiters wake only as it is released.
            shared.notify_all_gate();
            drop(gate);
            let timed_out: Vec<bool> = patient
                .into_iter()
                .map(|waiter| waiter.join().expect("the waiter did not panic"))
                .collect();
            let impatient: Vec<bool> = impatient
                .into_iter()
                .map(|waiter| waiter.join().expect("the waiter did not panic"))
                .collect();
            (timed_out, impatient)
        })
    });
    assert_eq!(timed_out, [false; UNTIMED + TIMED], "woken, not timed out");
    assert_eq!(
        impatient, [true; IMPATIENT],
        "timed out with the gate closed, or saw it open"
    );
    let mut key = ThreadKey::get().expect("the test thread's key");
    let (gate, _key) = hall.lock_gate(&mut key);
    assert_eq!(
        (gate.waiting, gate.woken),
        (UNTIMED + TIMED, UNTIMED + TIMED)
    );
}

/// `notify_one`, called once per ticket with the lock held, wakes one waiter per ticket
/// until every waiter, timed or untimed, has one: none is woken twice for one ticket or
/// left asleep with a ticket available, and no timed waiter times out. (Each notification
/// while the lock is held moves one waiter onto the lock, on `parking_lot`.)
#[test]
fn notify_one_per_ticket_while_holding_the_lock_wakes_every_waiter_once() {
    const WAITERS: usize = 6;
    let counter = Counter::new(Tickets::default());
    let shared = counter.clone();
    let timed_out = watched(move || {
        thread::scope(|scope| {
            let waiters: Vec<_> = (0..WAITERS)
                .map(|i| {
                    let counter = shared.clone();
                    scope.spawn(move || {
                        let mut key = ThreadKey::get().expect("a new thread's first key");
                        let (mut tickets, mut after) = counter.lock_tickets(&mut key);
                        tickets.waiting += 1;
                        let none = |tickets: &mut Tickets| tickets.available == 0;
                        let (mut tickets, timed_out) = if i % 2 == 0 {
                            (tickets.wait_while(&mut after, none), false)
                        } else {
                            tickets.wait_timeout_while(&mut after, PATIENCE, none)
                        };
                        tickets.available -= 1;
                        tickets.taken += 1;
                        timed_out
                    })
                })
                .collect();
            let mut key = ThreadKey::get().expect("the worker's key");
            // Until every waiter has counted itself: then all wait, or have a ticket.
            while shared.lock_tickets(&mut key).0.waiting < WAITERS {
                thread::sleep(Duration::from_millis(1));
            }
            for _ in 0..WAITERS {
                let (mut tickets, _key) = shared.lock_tickets(&mut key);
                tickets.available += 1;
                shared.notify_one_tickets();
            }
            waiters
                .into_iter()
                .map(|waiter| waiter.join().expect("the waiter did not panic"))
                .collect::<Vec<_>>()
        })
    });
    assert_eq!(timed_out, [false; WAITERS], "woken, not timed out");
    let mut key = ThreadKey::get().expect("the test thread's key");
    let (tickets, _key) = counter.lock_tickets(&mut key);
    assert_eq!((tickets.available, tickets.taken), (0, WAITERS));
}
