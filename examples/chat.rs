//! A chat service on tokio: two rooms, members posting in them, moderators moving members
//! from one room to the other, and delivery workers handing each post to every other
//! member of its room.
//!
//! Every task takes its own `TaskKey` once and lends it to the helpers, which take any key
//! that may lock their first field (`&mut impl CanLockAsync<..>`); only the helper that
//! waits takes `&mut TaskKey`. Guards are held across `.await`s, on a multi-thread runtime.
//!
//! - A `Room` has its members (an `async_rw` field: read by every post, written when a
//!   member joins or leaves) and its history (`async`), locked in that order.
//! - The `Outbox` is declared after `Room` (`#[guarded(after = Room)]`): a post reads the
//!   room's members, appends to its history, and queues one delivery per recipient in the
//!   outbox's `jobs` while both room locks are still held, so the copies are queued in the
//!   order of the history and addressed to the members the room had at that moment.
//! - `jobs` is an `async_condvar` field: delivery workers wait on it (`wait_while(..)`)
//!   until there is a copy to deliver or the queue is closed, and posters wake one worker
//!   per copy (`notify_one_jobs`). A worker then puts the copy in the recipient's inbox
//!   (`inboxes`, after `jobs`).
//! - `Stats` is a blocking struct declared after `Outbox` (so after `Room` too): it is
//!   counted in from async code inside `key.blocking(|key| ..)`, whose closure is
//!   synchronous, so no blocking guard lives across an `.await`.
//! - A move locks the members of both rooms in one call (`Room::write_members_pair`), which
//!   takes the two locks in the same order whatever the order of its arguments: two
//!   moderators moving members in opposite directions at once cannot deadlock.
//!
//! At the end every copy has been delivered exactly once, and the counts match the rooms'
//! sizes at the time of each post.
//!
//! Run it with `cargo run --example chat --features tokio`.
//!
//! In a crate of your own, the dependencies this code needs:
//! `cargo add --git https://github.com/guarded-rs/guarded guarded --features tokio` and
//! `cargo add tokio --features rt-multi-thread,macros`.

use std::collections::{BTreeMap, VecDeque};

use guarded::{CanLockAsync, TaskKey, guarded};
use tokio::task::{JoinSet, yield_now};

/// One room. Clones share its locks.
#[guarded]
struct Room {
    /// Set by `new`, read without a lock.
    #[guarded(unlocked)]
    name: &'static str,
    /// Who is in the room: read by every post, written by a move. Locked first.
    #[guarded(async_rw)]
    members: Vec<&'static str>,
    /// Every post and every join or leave notice, in order. Locked after `members`.
    #[guarded(async)]
    history: Vec<String>,
}

/// One copy of a post, for one recipient.
struct Delivery {
    to: &'static str,
    line: String,
}

/// The copies waiting for a delivery worker, and whether more may come.
#[derive(Default)]
struct Jobs {
    pending: VecDeque<Delivery>,
    closed: bool,
}

/// The delivery queue and the members' inboxes. Room locks may be held while these are
/// taken (a post queues its copies with both room locks held), never the other way round.
#[guarded(after = Room)]
struct Outbox {
    /// Workers wait here for a copy to deliver.
    #[guarded(async_condvar)]
    jobs: Jobs,
    /// What each member has received, in the order it arrived.
    #[guarded(async)]
    inboxes: BTreeMap<&'static str, Vec<String>>,
}

const WORKERS: usize = 3;

/// What the service did.
#[derive(Default)]
struct Counts {
    posts: usize,
    moves: usize,
    delivered: usize,
    per_worker: [usize; WORKERS],
}

/// A blocking struct, after `Outbox` and so after `Room`: locked from async code inside
/// `blocking` scopes only.
#[guarded(after = Outbox)]
struct Stats {
    counts: Counts,
}

/// Posts `text` in `room` as `from`: appends it to the history and queues a copy for every
/// other member, then wakes one delivery worker per copy.
async fn post(
    room: &Room,
    outbox: &Outbox,
    stats: &Stats,
    key: &mut impl CanLockAsync<room_levels::members>,
    from: &'static str,
    text: &str,
) {
    let (members, mut after_members) = room.read_members(key).await;
    let (mut history, mut after_history) = room.lock_history(&mut after_members).await;
    let line = format!("#{} {from}: {text}", room.name());
    history.push(line.clone());
    // Room, then Outbox: the declared order between the two structs.
    let (mut jobs, mut after_jobs) = outbox.lock_jobs(&mut after_history).await;
    let recipients: Vec<_> = members.iter().filter(|&&member| member != from).collect();
    for &&to in &recipients {
        jobs.pending.push_back(Delivery {
            to,
            line: line.clone(),
        });
    }
    drop(jobs);
    for _ in &recipients {
        outbox.notify_one_jobs();
    }
    // A blocking field after an async one: in a synchronous closure, with a blocking key at
    // the level of `jobs`.
    after_jobs
        .blocking(|key| stats.lock_counts(key).0.posts += 1)
        .expect("no task of this service holds a ThreadKey");

    // Locking the room again with the key after `jobs` does not compile, since `Room` comes
    // before `Outbox`:
    //
    //     let again = room.lock_history(&mut after_jobs).await;
    //     // error[E0277]: lock order violation on `Room`: cannot lock `history` with `AsyncKey<'_, jobs>`
}

/// Moves `who` from one room to the other, with a notice in both histories. Both rooms'
/// members are locked in one call, then both histories with the key it hands back.
async fn move_member(
    from: &Room,
    to: &Room,
    stats: &Stats,
    key: &mut impl CanLockAsync<room_levels::members>,
    who: &'static str,
) {
    let (mut leaving, mut joining, mut after_members) = Room::write_members_pair(from, to, key)
        .await
        .expect("two different rooms");
    let at = leaving
        .iter()
        .position(|&member| member == who)
        .expect("a member of the room it leaves");
    leaving.remove(at);
    // Both rooms stay locked across this `.await`: no post sees `who` in neither room.
    yield_now().await;
    joining.push(who);
    let (mut from_history, mut to_history, mut after_history) =
        Room::lock_history_pair(from, to, &mut after_members)
            .await
            .expect("two different rooms");
    from_history.push(format!("* {who} left for #{}", to.name()));
    to_history.push(format!("* {who} joined from #{}", from.name()));
    after_history
        .blocking(|key| stats.lock_counts(key).0.moves += 1)
        .expect("no task of this service holds a ThreadKey");

    // Locking the two rooms one after the other does not compile: nothing orders two
    // instances of one field, so `move_member(a, b)` racing `move_member(b, a)` could
    // deadlock.
    //
    //     let (leaving, mut after_from) = from.write_members(key).await;
    //     let (joining, _key) = to.write_members(&mut after_from).await;
    //     // error[E0277]: lock order violation on `Room`: cannot lock `members` with `AsyncKey<'_, members>`
}

/// Waits until there is a copy to deliver and takes it, or returns `None` once the queue
/// is closed and empty. It waits, so it takes the task's own key: a waiting task holds no
/// other lock.
async fn next_delivery(outbox: &Outbox, key: &mut TaskKey) -> Option<Delivery> {
    let (jobs, mut after_jobs) = outbox.lock_jobs(key).await;
    let mut jobs = jobs
        .wait_while(&mut after_jobs, |jobs| {
            jobs.pending.is_empty() && !jobs.closed
        })
        .await;
    jobs.pending.pop_front()
}

/// Puts one copy in its recipient's inbox and counts it for `worker`.
async fn deliver(
    outbox: &Outbox,
    stats: &Stats,
    key: &mut impl CanLockAsync<outbox_levels::inboxes>,
    worker: usize,
    delivery: Delivery,
) {
    let (mut inboxes, mut after_inboxes) = outbox.lock_inboxes(key).await;
    inboxes.entry(delivery.to).or_default().push(delivery.line);
    drop(inboxes);
    after_inboxes
        .blocking(|key| {
            let (mut counts, _key) = stats.lock_counts(key);
            counts.delivered += 1;
            counts.per_worker[worker] += 1;
        })
        .expect("no task of this service holds a ThreadKey");
}

const MESSAGES: usize = 3;

/// Every member of each room posts `MESSAGES` messages there, each member in a task of its
/// own, all at once. Returns how many copies these posts make.
async fn posting_round(
    rooms: &[&Room],
    outbox: &Outbox,
    stats: &Stats,
    key: &mut impl CanLockAsync<room_levels::members>,
    round: usize,
) -> usize {
    let mut posters = JoinSet::new();
    let mut copies = 0;
    let mut sizes = Vec::new();
    for &room in rooms {
        let members = room.read_members(&mut *key).await.0.clone();
        copies += members.len() * (members.len() - 1) * MESSAGES;
        sizes.push(format!("#{} {} members", room.name(), members.len()));
        for member in members {
            let (room, outbox, stats) = (room.clone(), outbox.clone(), stats.clone());
            posters.spawn(async move {
                let mut key = TaskKey::get().expect("a new task's first key");
                for n in 1..=MESSAGES {
                    let text = format!("message {n} of round {round}");
                    post(&room, &outbox, &stats, &mut key, member, &text).await;
                    yield_now().await;
                }
            });
        }
    }
    while let Some(done) = posters.join_next().await {
        done.expect("the poster finished");
    }
    println!(
        "round {round}: every member posted {MESSAGES} messages at once ({}): {copies} copies \
         to deliver",
        sizes.join(", ")
    );
    copies
}

/// Two moderators at once, moving members in opposite directions between the same two
/// rooms: carol and dave from #lobby to #rust, erin from #rust to #lobby.
async fn moderate(lobby: &Room, rust: &Room, stats: &Stats) {
    let mut moderators = JoinSet::new();
    for (from, to, who) in [
        (lobby, rust, vec!["carol", "dave"]),
        (rust, lobby, vec!["erin"]),
    ] {
        let (from, to, stats) = (from.clone(), to.clone(), stats.clone());
        moderators.spawn(async move {
            let mut key = TaskKey::get().expect("a new task's first key");
            for who in who {
                move_member(&from, &to, &stats, &mut key, who).await;
            }
        });
    }
    while let Some(done) = moderators.join_next().await {
        done.expect("the moderator finished");
    }
    println!(
        "moves, both ways at once, each locking both rooms with Room::write_members_pair: \
         carol and dave #lobby -> #rust, erin #rust -> #lobby"
    );
}

/// Prints what was delivered and checks it: `expected` copies, each in one inbox.
async fn report_deliveries(
    outbox: &Outbox,
    stats: &Stats,
    key: &mut impl CanLockAsync<outbox_levels::inboxes>,
    expected: usize,
) {
    let (inboxes, mut after_inboxes) = outbox.lock_inboxes(key).await;
    let received: usize = inboxes.values().map(Vec::len).sum();
    // `Stats` comes after `Outbox`: counted while the inboxes are still held.
    let (posts, moves, delivered, per_worker) = after_inboxes
        .blocking(|key| {
            let (counts, _key) = stats.lock_counts(key);
            (
                counts.posts,
                counts.moves,
                counts.delivered,
                counts.per_worker,
            )
        })
        .expect("no ThreadKey alive on this thread");
    let per_worker = per_worker.map(|count| count.to_string()).join(", ");
    println!(
        "{WORKERS} delivery workers delivered {delivered} copies of {posts} posts \
         (per worker: {per_worker}); the inboxes hold {received}"
    );
    assert_eq!(
        posts,
        2 * 6 * MESSAGES,
        "every member posted in both rounds"
    );
    assert_eq!(moves, 3);
    assert_eq!(
        delivered, expected,
        "one copy per other member at posting time"
    );
    assert_eq!(received, delivered, "each copy delivered exactly once");
    let inbox_sizes: Vec<_> = inboxes
        .iter()
        .map(|(member, inbox)| format!("{member} {}", inbox.len()))
        .collect();
    println!("inboxes: {}", inbox_sizes.join(", "));
}

#[tokio::main(flavor = "multi_thread", worker_threads = 4)]
async fn main() {
    let lobby = Room::new("lobby", vec!["alice", "bob", "carol", "dave"], Vec::new());
    let rust = Room::new("rust", vec!["erin", "frank"], Vec::new());
    let outbox = Outbox::new(Jobs::default(), BTreeMap::new());
    let stats = Stats::new(Counts::default());
    println!(
        "lock order: Room ({}), then Outbox ({}), then Stats ({}, blocking)",
        Room::LOCK_ORDER.join(" -> "),
        Outbox::LOCK_ORDER.join(" -> "),
        Stats::LOCK_ORDER.join(" -> "),
    );

    // The delivery workers, each with its own key, running until the queue closes.
    let mut workers = JoinSet::new();
    for worker in 0..WORKERS {
        let (outbox, stats) = (outbox.clone(), stats.clone());
        workers.spawn(async move {
            let mut key = TaskKey::get().expect("a new task's first key");
            while let Some(delivery) = next_delivery(&outbox, &mut key).await {
                deliver(&outbox, &stats, &mut key, worker, delivery).await;
            }
        });
    }

    // The body of `#[tokio::main]` has its own key too: the thread's root.
    let mut key = TaskKey::get().expect("main's key");
    let mut expected = posting_round(&[&lobby, &rust], &outbox, &stats, &mut key, 1).await;

    moderate(&lobby, &rust, &stats).await;

    expected += posting_round(&[&lobby, &rust], &outbox, &stats, &mut key, 2).await;

    // Close the queue and wake every worker: each stops once the queue is empty.
    outbox.lock_jobs(&mut key).await.0.closed = true;
    outbox.notify_all_jobs();
    while let Some(done) = workers.join_next().await {
        done.expect("the worker finished");
    }

    report_deliveries(&outbox, &stats, &mut key, expected).await;

    for room in [&lobby, &rust] {
        let (members, mut after_members) = room.read_members(&mut key).await;
        let (history, _key) = room.lock_history(&mut after_members).await;
        let notices: Vec<_> = history
            .iter()
            .filter(|line| line.starts_with("* "))
            .collect();
        println!(
            "#{}: members {}; {} history lines, notices: {}",
            room.name(),
            members.join(", "),
            history.len(),
            notices
                .iter()
                .map(|notice| notice.trim_start_matches("* "))
                .collect::<Vec<_>>()
                .join("; ")
        );
    }
    println!("every copy delivered exactly once");
}
