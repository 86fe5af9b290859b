//! A sharded job scheduler: three shards, each with its own job queue and two workers.
//!
//! A port of code first written with `Arc<Mutex<_>>`, where a shard was
//!
//! ```text
//! struct Shard {
//!     name: String,                  // fixed at start
//!     id: u32,                       // fixed at start
//!     events: Sender<Event>,         // a channel's sending end, shared
//!     config: Arc<RwLock<Config>>,   // read for every batch, changed rarely
//!     queue: Arc<Mutex<Queue>>,
//!     stats: Arc<Mutex<Stats>>,
//! }
//! ```
//!
//! With `#[guarded]`, the fields fixed at start and the `Sender` are `unlocked`: set by
//! `new`, shared by clones, read with no key and no lock. The configuration is a
//! `snapshot`: loaded without a lock (also while `queue` is held) for every batch, and
//! replaced by the main thread while the workers run, between two waves of jobs. Only
//! `queue` and `stats` are locks, in that order.
//!
//! Each thread takes its key once and lends it to the helpers: `take_batch` waits on the
//! queue (a `condvar` field, so it takes `&mut ThreadKey`: a waiting thread holds no other
//! lock), `finish_batch` and `record` take any key that may lock their field
//! (`&mut impl CanLock<..>`), as do the main thread's `submit` and `report`. The
//! hand-written version had a lock-order inversion: its report locked `stats` and then
//! `queue`, while workers lock `queue` and then `stats`. Here that report does not compile
//! (see `report`).
//!
//! Run it with `cargo run --example scheduler` (or add `--features parking_lot`).
//!
//! In a crate of your own, the dependency this code needs:
//! `cargo add --git https://github.com/guarded-rs/guarded guarded`.

use std::collections::VecDeque;
use std::sync::mpsc;
use std::thread;

use guarded::{CanLock, Snapshot, ThreadKey, guarded};

/// How often a failed job is tried before the shard gives up on it.
#[derive(Debug, Clone, Copy)]
struct RetryPolicy {
    max_attempts: u32,
}

/// A shard's configuration: read for every batch, changed while the workers run.
#[derive(Debug, Clone)]
struct Config {
    /// The most jobs a worker takes from the queue at once.
    max_batch: usize,
    retry: RetryPolicy,
}

/// One job: its number in its shard, and how often it has been tried.
#[derive(Debug, Clone, Copy)]
struct Job {
    id: u32,
    attempts: u32,
}

impl Job {
    /// Runs the job (here, only decides how it went); it takes no lock. Every seventh job
    /// fails on its first two attempts, so only a retry policy of three attempts or more
    /// gets it done. Returns the job with this attempt counted, and whether it succeeded.
    fn run(mut self) -> (Job, bool) {
        self.attempts += 1;
        let fails = self.id.is_multiple_of(7) && self.attempts <= 2;
        (self, !fails)
    }
}

/// What a shard reports through its channel when a job is finished for good: done, or
/// given up on.
#[derive(Debug)]
struct Event {
    shard: u32,
    done: bool,
}

/// The jobs not yet taken, how many taken jobs are still being run (they may be put
/// back), and whether more may be submitted. A worker that finds the queue empty waits,
/// and stops once it is closed and nothing is in flight.
#[derive(Debug, Default)]
struct Queue {
    jobs: VecDeque<Job>,
    in_flight: usize,
    closed: bool,
}

impl Queue {
    fn finished(&self) -> bool {
        self.jobs.is_empty() && self.in_flight == 0 && self.closed
    }
}

/// Counts, per shard.
#[derive(Debug, Default)]
struct Stats {
    batches: u32,
    largest_batch: usize,
    done: u32,
    retried: u32,
    gave_up: u32,
}

/// One shard: `queue` is locked before `stats`; the other fields take no lock.
#[guarded]
struct Shard {
    #[guarded(unlocked)]
    name: String,
    #[guarded(unlocked)]
    id: u32,
    #[guarded(unlocked)]
    events: mpsc::Sender<Event>,
    #[guarded(snapshot)]
    config: Config,
    #[guarded(condvar)]
    queue: Queue,
    stats: Stats,
}

/// A worker's life: take a batch, run it with no lock held, put back or report each job,
/// until the shard's queue is closed, empty, and nothing is in flight.
fn worker(shard: &Shard) {
    let mut key = ThreadKey::get().expect("a new thread's first key");
    while let Some((batch, config)) = take_batch(shard, &mut key) {
        let outcomes: Vec<(Job, bool)> = batch.into_iter().map(Job::run).collect();
        finish_batch(shard, &mut key, outcomes, &config);
    }
}

/// Waits for jobs and takes up to the configured batch of them, with the configuration
/// they are to be run under; `None` once the queue is closed, empty, and no job is in
/// flight. Waiting needs the thread key itself (no other lock held), so this helper
/// takes `&mut ThreadKey`.
fn take_batch(shard: &Shard, key: &mut ThreadKey) -> Option<(Vec<Job>, Snapshot<Config>)> {
    let (queue, mut after_queue) = shard.lock_queue(key);
    let mut queue = queue.wait_while(&mut after_queue, |queue| {
        queue.jobs.is_empty() && !queue.finished()
    });
    // Loaded while `queue` is held: a snapshot takes no lock and has no place in the order.
    let config = shard.load_config();
    let take = config.max_batch.min(queue.jobs.len());
    if take == 0 {
        return None;
    }
    let batch: Vec<Job> = queue.jobs.drain(..take).collect();
    queue.in_flight += batch.len();
    Some((batch, config))
}

/// Puts the failed jobs back or gives up on them, as the batch's retry policy says, and
/// records the batch. Takes any key that may lock `queue`.
fn finish_batch(
    shard: &Shard,
    key: &mut impl CanLock<shard_levels::queue>,
    outcomes: Vec<(Job, bool)>,
    config: &Config,
) {
    let size = outcomes.len();
    let (mut done, mut retried, mut gave_up) = (0, 0, 0);
    let (mut queue, mut after_queue) = shard.lock_queue(key);
    for (job, succeeded) in outcomes {
        if !succeeded && job.attempts < config.retry.max_attempts {
            queue.jobs.push_back(job);
            retried += 1;
            continue;
        }
        if succeeded {
            done += 1;
        } else {
            gave_up += 1;
        }
        // The `Sender` is an unlocked field: usable while `queue` is held, with no key.
        shard
            .events()
            .send(Event {
                shard: *shard.id(),
                done: succeeded,
            })
            .expect("main receives until every job is finished");
    }
    queue.in_flight -= size;
    let wake = !queue.jobs.is_empty();
    // `stats` comes after `queue`, so the key after `queue` may lock it.
    record(shard, &mut after_queue, size, done, retried, gave_up);
    drop(queue);
    if wake {
        // Jobs were put back: waiting workers look again.
        shard.notify_all_queue();
    }
}

/// Adds a batch to the shard's counts. Takes any key that may lock `stats`.
fn record(
    shard: &Shard,
    key: &mut impl CanLock<shard_levels::stats>,
    size: usize,
    done: u32,
    retried: u32,
    gave_up: u32,
) {
    let (mut stats, _key) = shard.lock_stats(key);
    stats.batches += 1;
    stats.largest_batch = stats.largest_batch.max(size);
    stats.done += done;
    stats.retried += retried;
    stats.gave_up += gave_up;
}

/// One line about a shard: its counts, and the jobs left in its queue. Locks `queue`,
/// then `stats`. The hand-written report took them the other way round, which here does
/// not compile:
///
/// ```text
/// let (stats, mut after_stats) = shard.lock_stats(&mut key);
/// let (queue, _key) = shard.lock_queue(&mut after_stats);
/// // error[E0277]: lock order violation on `Shard`: cannot lock `queue` with `Key<'_, stats>`
/// ```
fn report(shard: &Shard, key: &mut impl CanLock<shard_levels::queue>) -> (String, Stats) {
    let (queue, mut after_queue) = shard.lock_queue(key);
    let (mut stats, _key) = shard.lock_stats(&mut after_queue);
    let line = format!(
        "shard {} {:<8} {:>3} done, {:>2} gave up, {:>2} retries, {:>3} batches (largest {:>2}), {} left",
        shard.id(),
        shard.name(),
        stats.done,
        stats.gave_up,
        stats.retried,
        stats.batches,
        stats.largest_batch,
        queue.jobs.len() + queue.in_flight,
    );
    (line, std::mem::take(&mut *stats))
}

/// Adds jobs to a shard's queue, or closes it (`jobs` empty, `close` set), and wakes its
/// workers. Takes any key that may lock `queue`.
fn submit(
    shard: &Shard,
    key: &mut impl CanLock<shard_levels::queue>,
    jobs: impl IntoIterator<Item = u32>,
    close: bool,
) {
    let (mut queue, _key) = shard.lock_queue(key);
    queue
        .jobs
        .extend(jobs.into_iter().map(|id| Job { id, attempts: 0 }));
    queue.closed = close;
    drop(queue);
    shard.notify_all_queue();
}

const SHARDS: [&str; 3] = ["eu-west", "us-east", "ap-south"];
const WORKERS_PER_SHARD: usize = 2;
/// Jobs per shard in each of the two waves.
const WAVE: u32 = 150;

fn main() {
    let (events, finished) = mpsc::channel();
    let first = Config {
        max_batch: 4,
        retry: RetryPolicy { max_attempts: 2 },
    };
    let shards: Vec<Shard> = (0..)
        .zip(SHARDS)
        .map(|(id, name)| {
            let config = first.clone();
            let (queue, stats) = (Queue::default(), Stats::default());
            Shard::new(name.to_owned(), id, events.clone(), config, queue, stats)
        })
        .collect();
    drop(events);

    let mut key = ThreadKey::get().expect("the main thread's key");
    let mut done = [0_u32; SHARDS.len()];
    thread::scope(|scope| {
        for shard in &shards {
            for _ in 0..WORKERS_PER_SHARD {
                scope.spawn(|| worker(shard));
            }
        }
        // The first wave runs under the first configuration. Once it is finished, the
        // main thread raises every shard's batch size and retries while the workers wait
        // for more, with no key and no lock, and submits the second wave.
        for shard in &shards {
            submit(shard, &mut key, 0..WAVE, false);
        }
        let mut follow = |jobs| {
            for event in finished.iter().take(jobs) {
                if event.done {
                    done[event.shard as usize] += 1;
                }
            }
        };
        follow(SHARDS.len() * WAVE as usize);
        for shard in &shards {
            shard.update_config(|config| Config {
                max_batch: config.max_batch * 4,
                retry: RetryPolicy { max_attempts: 3 },
            });
            submit(shard, &mut key, WAVE..2 * WAVE, false);
        }
        follow(SHARDS.len() * WAVE as usize);
        for shard in &shards {
            submit(shard, &mut key, [], true);
        }
    });

    let now = shards[0].load_config();
    println!(
        "{} shards x {} jobs in two waves, {WORKERS_PER_SHARD} workers each; lock order {:?}",
        SHARDS.len(),
        2 * WAVE,
        Shard::LOCK_ORDER
    );
    println!(
        "config between the waves: batches of {} -> {}, attempts {} -> {}",
        first.max_batch, now.max_batch, first.retry.max_attempts, now.retry.max_attempts
    );
    let (mut total_done, mut total_gave_up) = (0, 0);
    for shard in &shards {
        let (line, stats) = report(shard, &mut key);
        println!("{line}");
        assert_eq!(
            stats.done,
            done[*shard.id() as usize],
            "events match counts"
        );
        assert_eq!(
            stats.done + stats.gave_up,
            2 * WAVE,
            "every job finished once"
        );
        total_done += stats.done;
        total_gave_up += stats.gave_up;
    }
    println!(
        "total: {total_done} done, {total_gave_up} gave up (every 7th job fails twice: \
         given up in the first wave, done on the third attempt in the second)"
    );
}
