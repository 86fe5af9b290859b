//! A pool of four workers fed from one job queue, a condition-variable field.
//!
//! Each worker locks the queue with its thread's key and waits on it (`wait_while`) until
//! there is a job or the queue is closed. It takes one job, drops the guard, does the work
//! without any lock, then records the result and bumps an atomic counter of done jobs. The
//! producer (the main thread) pushes jobs, wakes one worker per job or every worker for a
//! batch, and at the end closes the queue and wakes them all so they stop. Waiting on the
//! queue while holding another lock of the struct does not compile, so no worker can sleep
//! on a lock the others need. At the end every job has been done exactly once.
//!
//! Run it with `cargo run --example worker_pool` (or add `--features parking_lot`).
//!
//! In a crate of your own, the dependency this code needs:
//! `cargo add --git https://github.com/guarded-rs/guarded guarded`.

use std::collections::VecDeque;
use std::sync::atomic::Ordering;
use std::thread;

use guarded::{ThreadKey, guarded};

/// One unit of work: among the `BLOCK` numbers from `first`, find the one whose Collatz
/// sequence takes the most steps to reach 1.
#[derive(Debug, Clone, Copy)]
struct Job {
    id: u32,
    first: u64,
}

/// How many numbers one job looks at.
const BLOCK: u64 = 500;

impl Job {
    /// The work itself; it takes no lock. Returns the number and its count of steps.
    fn run(self) -> (u64, u32) {
        (self.first..self.first + BLOCK)
            .map(|start| (start, collatz_steps(start)))
            .max_by_key(|&(start, steps)| (steps, std::cmp::Reverse(start)))
            .expect("a block is never empty")
    }
}

/// Steps from `n` down to 1, halving even numbers and taking `3n + 1` of odd ones.
fn collatz_steps(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n.is_multiple_of(2) {
            n / 2
        } else {
            3 * n + 1
        };
        steps += 1;
    }
    steps
}

/// What the workers wait on: the jobs not yet taken, and whether more may come.
#[derive(Debug, Default)]
struct Queue {
    jobs: VecDeque<Job>,
    /// Set once by the producer: no job will be pushed after it, so a worker that finds
    /// the queue empty and closed stops.
    closed: bool,
}

/// One done job, as the worker that did it recorded it.
#[derive(Debug)]
struct Done {
    job: Job,
    worker: usize,
    /// The job's answer: the number with the longest sequence, and its steps.
    longest: (u64, u32),
}

/// The state shared by the producer and the workers.
///
/// `results` comes first in the lock order, so a thread may hold it and still lock the
/// queue (the main thread does so at the end). Holding it while waiting on the queue is
/// another matter: the compiler refuses it (see `worker`).
#[guarded]
#[derive(Debug)]
struct Pool {
    /// One entry per done job, in the order the jobs were finished.
    results: Vec<Done>,
    /// The jobs, with a condition variable the producer notifies when it pushes or closes.
    #[guarded(condvar)]
    queue: Queue,
    /// Jobs done so far; an atomic, so bumping it takes no key and no lock.
    #[guarded(atomic)]
    done: u64,
}

/// A worker's life: take jobs until the queue is closed and empty. Returns how many jobs
/// this worker did.
fn worker(pool: &Pool, worker: usize) -> u32 {
    let mut key = ThreadKey::get().expect("a new thread's first key");
    let mut taken = 0;
    loop {
        // Lock the queue with the thread's own key (nothing else held), and sleep until
        // there is a job or the producer has closed the queue.
        let (queue, mut after_queue) = pool.lock_queue(&mut key);
        let mut queue = queue.wait_while(&mut after_queue, |queue| {
            queue.jobs.is_empty() && !queue.closed
        });
        let Some(job) = queue.jobs.pop_front() else {
            // Empty, so closed: no job will come.
            return taken;
        };
        drop(queue); // the others may take jobs while this one works

        let longest = job.run();

        let (mut results, _key) = pool.lock_results(&mut key);
        results.push(Done {
            job,
            worker,
            longest,
        });
        drop(results);
        pool.done().fetch_add(1, Ordering::Relaxed);
        taken += 1;

        // Recording the result and waiting for the next job under one `results` guard
        // does not compile:
        //
        //     let (mut results, mut after_results) = pool.lock_results(&mut key);
        //     results.push(Done { job, worker, longest });
        //     let (queue, mut after_queue) = pool.lock_queue(&mut after_results);
        //     let queue = queue.wait_while(&mut after_queue, |queue| queue.jobs.is_empty());
        //     // error[E0277]: wait while holding a lock: cannot wait on `queue`, locked with `Key<'_, results>`
        //
        // The wait would release `queue` but keep `results`. A producer that looks at
        // `results` before it pushes more jobs would then block on this sleeping worker,
        // which only that producer can wake: both would wait forever. Locking `queue`
        // after `results` is in order (`main` does it below); only the wait is refused.
    }
}

const WORKERS: usize = 4;
const SINGLE_JOBS: u32 = 20;
const BATCHES: u32 = 5;
const BATCH_SIZE: u32 = 16;
const JOBS: u32 = SINGLE_JOBS + BATCHES * BATCH_SIZE;

/// The `id`th job: the `id`th block of numbers from 1.
fn job(id: u32) -> Job {
    Job {
        id,
        first: 1 + BLOCK * u64::from(id),
    }
}

fn main() {
    let pool = Pool::new(Vec::new(), Queue::default(), 0);
    println!(
        "lock order of Pool: {} (`done` is atomic, outside the order)",
        Pool::LOCK_ORDER.join(" -> ")
    );

    let workers: Vec<_> = (0..WORKERS)
        .map(|n| {
            let pool = pool.clone(); // shares the same locks and the same counter
            thread::spawn(move || worker(&pool, n))
        })
        .collect();

    let mut key = ThreadKey::get().expect("main's key");
    // Jobs one at a time: each push wakes one sleeping worker, if one sleeps.
    for id in 0..SINGLE_JOBS {
        let (mut queue, _key) = pool.lock_queue(&mut key);
        queue.jobs.push_back(job(id));
        drop(queue);
        pool.notify_one_queue();
        thread::yield_now();
    }
    // Then batches: several jobs at once, so every sleeping worker is woken.
    for batch in 0..BATCHES {
        let first = SINGLE_JOBS + batch * BATCH_SIZE;
        let (mut queue, _key) = pool.lock_queue(&mut key);
        queue.jobs.extend((first..first + BATCH_SIZE).map(job));
        drop(queue);
        pool.notify_all_queue();
        thread::yield_now();
    }
    // No more jobs: the workers drain the queue, then find it closed and stop. Without
    // this `notify_all`, a worker asleep on the empty queue would never wake up.
    let (mut queue, _key) = pool.lock_queue(&mut key);
    queue.closed = true;
    drop(queue);
    pool.notify_all_queue();

    let taken: Vec<u32> = workers
        .into_iter()
        .map(|worker| worker.join().expect("the worker finished"))
        .collect();

    // Everything is quiet now. Hold `results`, then look at the queue: in order.
    let (results, mut after_results) = pool.lock_results(&mut key);
    let (queue, _key) = pool.lock_queue(&mut after_results);
    assert!(
        queue.closed && queue.jobs.is_empty(),
        "the queue was drained"
    );

    let mut ids: Vec<u32> = results.iter().map(|done| done.job.id).collect();
    ids.sort_unstable();
    assert!(
        ids.iter().copied().eq(0..JOBS),
        "every job was done exactly once"
    );
    assert!(
        results.iter().all(|done| done.longest == done.job.run()),
        "every answer is right"
    );
    for (n, &count) in taken.iter().enumerate() {
        let recorded = results.iter().filter(|done| done.worker == n).count();
        assert_eq!(
            usize::try_from(count).expect("a small count"),
            recorded,
            "worker {n} recorded every job it took"
        );
    }
    let done = pool.done().load(Ordering::Relaxed);
    assert_eq!(done, u64::from(JOBS), "the counter saw every job");

    let shares: Vec<String> = taken
        .iter()
        .enumerate()
        .map(|(n, count)| format!("worker {n}: {count}"))
        .collect();
    println!(
        "jobs per worker (varies from run to run): {}",
        shares.join(", ")
    );
    println!(
        "{JOBS} jobs pushed ({SINGLE_JOBS} one by one, {BATCHES} batches of {BATCH_SIZE}), \
         {done} done, each exactly once"
    );
    let longest = results
        .iter()
        .max_by_key(|done| (done.longest.1, std::cmp::Reverse(done.job.id)))
        .expect("at least one job");
    let (start, steps) = longest.longest;
    println!(
        "longest Collatz sequence from a start up to {}: from {start}, {steps} steps",
        BLOCK * u64::from(JOBS)
    );
}
