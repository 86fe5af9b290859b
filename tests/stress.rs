//! A stress test: eight threads run random sequences of lock calls across three structs
//! and several instances of each, always in the declared orders (`Bank`, then `Ledger`,
//! then `Archive`; within each, the field order; instances of one field together in one
//! `_pair` or `_many` call), for a fixed number of operations. Nothing may hang (the
//! watchdog fails the test) and, at the end, every count is exact: money is conserved,
//! every audit line, entry, index count, box and atomic increment is there once.
//!
//! The normal run does 8 × 5,000 operations. The long run, 8 × 125,000 = 1,000,000
//! operations, is ignored by default; run it in release mode:
//!
//! ```text
//! cargo test --release --test stress -- --ignored
//! cargo test --release --features parking_lot --test stress -- --ignored
//! ```
//!
//! A third test has threads panic inside critical sections while others go on, and checks
//! the data is where each poisoning policy says.

use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::thread;
use std::time::Duration;

mod common;

use common::{crash, panic_message, poisoned_panic, watched, watched_for};
use guarded::{ThreadKey, guarded, lock};

// ---------------------------------------------------------------------------------------
// The structs.

#[guarded]
struct Bank {
    accounts: Vec<i64>,
    /// One line per change of `accounts`: the thread that made it.
    audit: Vec<u32>,
}

#[guarded(after = Bank)]
struct Ledger {
    /// `(thread, that thread's sequence number)`.
    entries: Vec<(u32, u64)>,
    /// How many index updates each thread made to this ledger.
    #[guarded(rw)]
    index: HashMap<u32, u64>,
    /// One increment per entry.
    #[guarded(atomic)]
    writes: u64,
}

#[guarded(after = Ledger)]
struct Archive {
    /// `(thread, that thread's sequence number)`.
    boxes: Vec<(u32, u64)>,
    /// The number of boxes, kept by hand next to them.
    count: u64,
}

const THREADS: u32 = 8;
const BANKS: usize = 4;
const ACCOUNTS: usize = 8;
const LEDGERS: usize = 2;
const OPENING_BALANCE: i64 = 1_000;
#[expect(clippy::cast_possible_wrap, reason = "4 × 8 accounts")]
const TOTAL: i64 = (BANKS * ACCOUNTS) as i64 * OPENING_BALANCE;

/// Every kind of operation a thread picks from.
#[derive(Clone, Copy, Debug)]
enum Op {
    /// A transfer between accounts of two banks, with `lock_accounts_pair` (and, if the
    /// two picks are the same bank, `SameInstance` and a transfer within it instead).
    Pair,
    /// A transfer within one bank: `accounts`, then `audit`.
    Within,
    /// A ledger entry, then a read of the ledger's index (its own count must be exact).
    EntryAndIndexRead,
    /// `Bank.accounts` -> `Bank.audit` -> `Ledger.entries` -> `Ledger.index` (write) ->
    /// `Archive.boxes` -> `Archive.count`, each with the key the previous lock handed back.
    Nested,
    /// `lock!` of both fields of a bank, then of a ledger (entries, write index), then of
    /// the archive.
    LockMacro,
    /// `try_lock_accounts`, falling back to `lock_accounts` when `Busy`; then
    /// `try_write_index_for` on a ledger, falling back to `write_index`.
    Try,
    /// Every bank at once with `lock_accounts_many`: the total is exact at that instant;
    /// money moves between two of them, each audited through `lock_audit_pair`.
    Many,
    /// Both ledgers with `lock_entries_pair`, then `write_index_pair`.
    LedgerPair,
}

const OPS: [Op; 8] = [
    Op::Pair,
    Op::Within,
    Op::EntryAndIndexRead,
    Op::Nested,
    Op::LockMacro,
    Op::Try,
    Op::Many,
    Op::LedgerPair,
];

/// What one thread did, counted as it went.
#[derive(Default, Debug)]
struct Counts {
    /// Per kind of operation, in the order of [`OPS`].
    ops: [u64; OPS.len()],
    /// `_pair` calls refused with `SameInstance` (the thread then did a transfer within).
    same_instance: u64,
    /// `try_` calls that found the lock busy (the thread then waited).
    busy: u64,
    audit_lines: u64,
    /// Entries added, per ledger.
    entries: [u64; LEDGERS],
    /// Index updates, per ledger.
    index_writes: [u64; LEDGERS],
    boxes: u64,
    /// The thread's next sequence number (entries and boxes).
    seq: u64,
}

/// A small deterministic generator (no dependency), seeded per thread.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next()).expect("33 bits fit") % n
    }

    fn amount(&mut self) -> i64 {
        i64::try_from(self.next() % 100).expect("small") + 1
    }
}

struct World {
    banks: Vec<Bank>,
    ledgers: Vec<Ledger>,
    archive: Archive,
}

impl World {
    fn new() -> World {
        World {
            banks: (0..BANKS)
                .map(|_| Bank::new(vec![OPENING_BALANCE; ACCOUNTS], Vec::new()))
                .collect(),
            ledgers: (0..LEDGERS)
                .map(|_| Ledger::new(Vec::new(), HashMap::new(), 0))
                .collect(),
            archive: Archive::new(Vec::new(), 0),
        }
    }

    /// Clones share every lock.
    fn share(&self) -> World {
        World {
            banks: self.banks.clone(),
            ledgers: self.ledgers.clone(),
            archive: self.archive.clone(),
        }
    }
}

// ---------------------------------------------------------------------------------------
// One thread's run.

struct Worker<'w> {
    world: &'w World,
    who: u32,
    rng: Rng,
    counts: Counts,
}

impl Worker<'_> {
    fn seq(&mut self) -> u64 {
        self.counts.seq += 1;
        self.counts.seq
    }

    fn run(&mut self, key: &mut ThreadKey, operations: u64) {
        for _ in 0..operations {
            let pick = self.rng.below(OPS.len());
            match OPS[pick] {
                Op::Pair => self.pair(key),
                Op::Within => {
                    let bank = self.rng.below(BANKS);
                    self.within(key, bank);
                }
                Op::EntryAndIndexRead => self.entry_and_index_read(key),
                Op::Nested => self.nested(key),
                Op::LockMacro => self.lock_macro(key),
                Op::Try => self.try_lock(key),
                Op::Many => self.many(key),
                Op::LedgerPair => self.ledger_pair(key),
            }
            self.counts.ops[pick] += 1;
        }
    }

    fn pair(&mut self, key: &mut ThreadKey) {
        let (x, y) = (self.rng.below(BANKS), self.rng.below(BANKS));
        let (from, to, amount) = (
            self.rng.below(ACCOUNTS),
            self.rng.below(ACCOUNTS),
            self.rng.amount(),
        );
        let banks = &self.world.banks;
        let refused = match Bank::lock_accounts_pair(&banks[x], &banks[y], key) {
            Ok((mut a, mut b, mut after_accounts)) => {
                a[from] -= amount;
                b[to] += amount;
                // Arguments in the other order: the same two locks, taken the same way.
                let (mut b_audit, mut a_audit, _key) =
                    Bank::lock_audit_pair(&banks[y], &banks[x], &mut after_accounts)
                        .expect("two different banks");
                a_audit.push(self.who);
                b_audit.push(self.who);
                self.counts.audit_lines += 2;
                None
            }
            Err(same) => Some(same.positions()),
        };
        if let Some(positions) = refused {
            assert_eq!(x, y, "only the same bank twice is refused");
            assert_eq!(positions, (0, 1));
            self.counts.same_instance += 1;
            self.within(key, x);
        }
    }

    fn within(&mut self, key: &mut ThreadKey, bank: usize) {
        let bank = &self.world.banks[bank];
        let (from, to, amount) = (
            self.rng.below(ACCOUNTS),
            self.rng.below(ACCOUNTS),
            self.rng.amount(),
        );
        let (mut accounts, mut after_accounts) = bank.lock_accounts(key);
        accounts[from] -= amount;
        accounts[to] += amount;
        let (mut audit, _key) = bank.lock_audit(&mut after_accounts);
        audit.push(self.who);
        self.counts.audit_lines += 1;
    }

    /// `entries` comes before `index`: write an entry, then read the index.
    fn entry_and_index_read(&mut self, key: &mut ThreadKey) {
        let l = self.rng.below(LEDGERS);
        let seq = self.seq();
        let ledger = &self.world.ledgers[l];
        let (mut entries, mut after_entries) = ledger.lock_entries(key);
        entries.push((self.who, seq));
        ledger.writes().fetch_add(1, Ordering::Relaxed);
        self.counts.entries[l] += 1;
        let (index, _key) = ledger.read_index(&mut after_entries);
        // Only this thread updates its own count: the read must see exactly its updates.
        assert_eq!(
            index.get(&self.who).copied().unwrap_or(0),
            self.counts.index_writes[l],
            "thread {} reads its own index count in ledger {l}",
            self.who
        );
    }

    fn nested(&mut self, key: &mut ThreadKey) {
        let (b, l) = (self.rng.below(BANKS), self.rng.below(LEDGERS));
        let (from, to, amount) = (
            self.rng.below(ACCOUNTS),
            self.rng.below(ACCOUNTS),
            self.rng.amount(),
        );
        let seq = self.seq();
        let (bank, ledger, archive) = (
            &self.world.banks[b],
            &self.world.ledgers[l],
            &self.world.archive,
        );
        let (mut accounts, mut after_accounts) = bank.lock_accounts(key);
        accounts[from] -= amount;
        accounts[to] += amount;
        let (mut audit, mut after_audit) = bank.lock_audit(&mut after_accounts);
        audit.push(self.who);
        self.counts.audit_lines += 1;
        let (mut entries, mut after_entries) = ledger.lock_entries(&mut after_audit);
        entries.push((self.who, seq));
        ledger.writes().fetch_add(1, Ordering::Relaxed);
        self.counts.entries[l] += 1;
        let (mut index, mut after_index) = ledger.write_index(&mut after_entries);
        *index.entry(self.who).or_default() += 1;
        self.counts.index_writes[l] += 1;
        let (mut boxes, mut after_boxes) = archive.lock_boxes(&mut after_index);
        boxes.push((self.who, seq));
        let (mut count, _key) = archive.lock_count(&mut after_boxes);
        *count += 1;
        self.counts.boxes += 1;
    }

    fn lock_macro(&mut self, key: &mut ThreadKey) {
        let (b, l) = (self.rng.below(BANKS), self.rng.below(LEDGERS));
        let (from, to, amount) = (
            self.rng.below(ACCOUNTS),
            self.rng.below(ACCOUNTS),
            self.rng.amount(),
        );
        let seq = self.seq();
        let (bank, ledger, archive) = (
            &self.world.banks[b],
            &self.world.ledgers[l],
            &self.world.archive,
        );
        let (mut accounts, mut audit, mut after_bank) = lock!(bank, key => accounts, audit);
        accounts[from] -= amount;
        accounts[to] += amount;
        audit.push(self.who);
        self.counts.audit_lines += 1;
        let (mut entries, mut index, mut after_ledger) =
            lock!(ledger, &mut after_bank => entries, write index);
        entries.push((self.who, seq));
        ledger.writes().fetch_add(1, Ordering::Relaxed);
        self.counts.entries[l] += 1;
        *index.entry(self.who).or_default() += 1;
        self.counts.index_writes[l] += 1;
        let (mut boxes, mut count, _key) = lock!(archive, &mut after_ledger => boxes, count);
        boxes.push((self.who, seq));
        *count += 1;
        self.counts.boxes += 1;
    }

    fn try_lock(&mut self, key: &mut ThreadKey) {
        let (b, l) = (self.rng.below(BANKS), self.rng.below(LEDGERS));
        let (from, to, amount) = (
            self.rng.below(ACCOUNTS),
            self.rng.below(ACCOUNTS),
            self.rng.amount(),
        );
        let bank = &self.world.banks[b];
        let ledger = &self.world.ledgers[l];
        {
            let (mut accounts, mut after_accounts) = if let Ok(got) = bank.try_lock_accounts(key) {
                got
            } else {
                self.counts.busy += 1;
                bank.lock_accounts(key)
            };
            accounts[from] -= amount;
            accounts[to] += amount;
            let (mut audit, _key) = bank.lock_audit(&mut after_accounts);
            audit.push(self.who);
            self.counts.audit_lines += 1;
        }
        // A short timed try on the index, straight from the thread's key.
        let (mut index, _key) =
            if let Ok(got) = ledger.try_write_index_for(key, Duration::from_micros(50)) {
                got
            } else {
                self.counts.busy += 1;
                ledger.write_index(key)
            };
        *index.entry(self.who).or_default() += 1;
        self.counts.index_writes[l] += 1;
    }

    fn many(&mut self, key: &mut ThreadKey) {
        let x = self.rng.below(BANKS);
        let y = (x + 1 + self.rng.below(BANKS - 1)) % BANKS;
        let (from, to, amount) = (
            self.rng.below(ACCOUNTS),
            self.rng.below(ACCOUNTS),
            self.rng.amount(),
        );
        let banks = &self.world.banks;
        // In reverse order, to show the argument order does not matter.
        let (mut all, mut after_accounts) =
            Bank::lock_accounts_many(banks.iter().rev(), key).expect("four different banks");
        let total: i64 = all
            .iter()
            .map(|accounts| accounts.iter().sum::<i64>())
            .sum();
        assert_eq!(total, TOTAL, "with every bank held, the money is all there");
        all[BANKS - 1 - x][from] -= amount;
        all[BANKS - 1 - y][to] += amount;
        let (mut x_audit, mut y_audit, _key) =
            Bank::lock_audit_pair(&banks[x], &banks[y], &mut after_accounts)
                .expect("two different banks");
        x_audit.push(self.who);
        y_audit.push(self.who);
        self.counts.audit_lines += 2;
    }

    fn ledger_pair(&mut self, key: &mut ThreadKey) {
        let (first, second) = (self.seq(), self.seq());
        let [a, b] = [&self.world.ledgers[0], &self.world.ledgers[1]];
        let (mut a_entries, mut b_entries, mut after_entries) =
            Ledger::lock_entries_pair(a, b, key).expect("two different ledgers");
        a_entries.push((self.who, first));
        b_entries.push((self.who, second));
        a.writes().fetch_add(1, Ordering::Relaxed);
        b.writes().fetch_add(1, Ordering::Relaxed);
        self.counts.entries[0] += 1;
        self.counts.entries[1] += 1;
        let (mut b_index, mut a_index, _key) =
            Ledger::write_index_pair(b, a, &mut after_entries).expect("two different ledgers");
        *a_index.entry(self.who).or_default() += 1;
        *b_index.entry(self.who).or_default() += 1;
        self.counts.index_writes[0] += 1;
        self.counts.index_writes[1] += 1;
    }
}

// ---------------------------------------------------------------------------------------
// The runs and their checks.

/// Runs `THREADS` workers of `operations` each on a fresh world under the watchdog, and
/// checks every invariant at the end.
fn stress(operations: u64, limit: Duration) {
    let world = World::new();
    let shared = world.share();
    let counts: Vec<Counts> = watched_for(limit, move || {
        thread::scope(|scope| {
            let workers: Vec<_> = (0..THREADS)
                .map(|who| {
                    let world = &shared;
                    scope.spawn(move || {
                        let mut key = ThreadKey::get().expect("a new thread's first key");
                        let mut worker = Worker {
                            world,
                            who,
                            rng: Rng(u64::from(who).wrapping_mul(0x9E37_79B9_7F4A_7C15) + 1),
                            counts: Counts::default(),
                        };
                        worker.run(&mut key, operations);
                        worker.counts
                    })
                })
                .collect();
            workers
                .into_iter()
                .map(|worker| worker.join().expect("a worker finished"))
                .collect()
        })
    });
    check(&world, &counts, operations);
}

fn check(world: &World, counts: &[Counts], operations: u64) {
    let mut key = ThreadKey::get().expect("the test thread's key");
    let sum = |f: &dyn Fn(&Counts) -> u64| counts.iter().map(f).sum::<u64>();

    for (who, c) in counts.iter().enumerate() {
        assert_eq!(
            c.ops.iter().sum::<u64>(),
            operations,
            "thread {who}'s count"
        );
        for (kind, n) in OPS.iter().zip(c.ops) {
            assert!(n > 0, "thread {who} did some {kind:?}");
        }
    }

    // Money: constant overall, no account lost.
    let (all, mut after_accounts) =
        Bank::lock_accounts_many(&world.banks, &mut key).expect("different banks");
    assert!(all.iter().all(|accounts| accounts.len() == ACCOUNTS));
    let total: i64 = all
        .iter()
        .map(|accounts| accounts.iter().sum::<i64>())
        .sum();
    assert_eq!(total, TOTAL, "money is conserved");

    // Audit: one line per change of a bank, each thread's lines counted.
    let (audits, _key) =
        Bank::lock_audit_many(&world.banks, &mut after_accounts).expect("different banks");
    let lines: usize = audits.iter().map(|audit| audit.len()).sum();
    assert_eq!(lines as u64, sum(&|c| c.audit_lines), "audit lines");
    for (who, c) in (0..).zip(counts) {
        let mine = audits
            .iter()
            .flat_map(|audit| audit.iter())
            .filter(|&&line| line == who)
            .count();
        assert_eq!(mine as u64, c.audit_lines, "thread {who}'s audit lines");
    }
    drop((all, audits));
    // Which operations add audit lines, and how many.
    let op = |kind: usize| sum(&|c| c.ops[kind]);
    let same = sum(&|c| c.same_instance);
    assert!(same > 0, "some pairs were the same bank twice, and refused");
    // Shown with `--nocapture`: how often a `try_` found its lock busy.
    println!(
        "{} operations; per kind {:?}; {same} pairs refused as SameInstance; {} tries busy",
        sum(&|c| c.ops.iter().sum()),
        (0..OPS.len()).map(op).collect::<Vec<_>>(),
        sum(&|c| c.busy)
    );
    assert_eq!(
        sum(&|c| c.audit_lines),
        2 * (op(0) - same) + same + op(1) + op(3) + op(4) + op(5) + 2 * op(6),
        "audit lines per operation kind"
    );

    // Ledgers: entries, the atomic, the index.
    let mut entries_total = 0;
    for (l, ledger) in world.ledgers.iter().enumerate() {
        let (entries, mut after_entries) = ledger.lock_entries(&mut key);
        let expected = sum(&|c| c.entries[l]);
        assert_eq!(entries.len() as u64, expected, "ledger {l}'s entries");
        assert_eq!(
            ledger.writes().load(Ordering::Relaxed),
            expected,
            "ledger {l}'s atomic: one increment per entry"
        );
        // Each thread's entries, in the order it made them.
        for (who, c) in (0..).zip(counts) {
            let seqs: Vec<u64> = entries
                .iter()
                .filter(|(w, _)| *w == who)
                .map(|&(_, s)| s)
                .collect();
            assert_eq!(
                seqs.len() as u64,
                c.entries[l],
                "thread {who} in ledger {l}"
            );
            assert!(seqs.is_sorted_by(|a, b| a < b), "thread {who} in order");
        }
        entries_total += expected;
        let (index, _key) = ledger.read_index(&mut after_entries);
        for (who, c) in (0..).zip(counts) {
            assert_eq!(
                index.get(&who).copied().unwrap_or(0),
                c.index_writes[l],
                "thread {who}'s index count in ledger {l}"
            );
        }
    }
    // entries: 1 per EntryAndIndexRead, Nested, LockMacro; 2 per LedgerPair.
    assert_eq!(entries_total, op(2) + op(3) + op(4) + 2 * op(7));
    // index writes: 1 per Nested, LockMacro, Try; 2 per LedgerPair.
    assert_eq!(
        sum(&|c| c.index_writes.iter().sum()),
        op(3) + op(4) + op(5) + 2 * op(7)
    );

    // Archive: one box per Nested and LockMacro; the count kept by hand agrees.
    let (boxes, mut after_boxes) = world.archive.lock_boxes(&mut key);
    let (count, _key) = world.archive.lock_count(&mut after_boxes);
    assert_eq!(boxes.len() as u64, op(3) + op(4));
    assert_eq!(*count, boxes.len() as u64);
    assert_eq!(sum(&|c| c.boxes), *count);
}

#[test]
fn eight_threads_random_in_order_sequences() {
    stress(5_000, common::LIMIT);
}

/// A million operations: `cargo test --release --test stress -- --ignored`.
#[test]
#[ignore = "long: a million operations, run in release mode"]
fn a_million_operations() {
    stress(125_000, Duration::from_mins(10));
}

// ---------------------------------------------------------------------------------------
// Panics inside critical sections.

/// The default policy: a panic poisons the field until `recover_lines`.
#[guarded]
struct Journal {
    lines: Vec<u64>,
    notes: Vec<u64>,
}

/// `poison = recover`: every lock hands the data over as it was left.
#[guarded(after = Journal, poison = recover)]
struct Tally {
    count: u64,
}

const CRASHES: u64 = 20;
const PANIC_WORKERS: u64 = 6;
const PANIC_ROUNDS: u64 = 2_000;

/// While workers count on `Tally` (recover policy) and write `Journal.notes`, other
/// threads panic holding `Journal.lines` and `Tally.count` (each after changing them), or
/// `Tally.count` alone. The workers go on: `Tally` is recovered at every lock with what
/// the panicking thread left (its increments are all there), and `notes`, a field no one
/// panicked while holding, is not poisoned. `lines` is: `lock_lines` panics naming
/// `recover_lines`, which hands back every line the panicking threads pushed.
#[test]
fn threads_panicking_in_critical_sections_leave_the_data_where_the_policy_says() {
    let (journal, tally) = (Journal::new(Vec::new(), Vec::new()), Tally::new(0));
    let (j, t) = (journal.clone(), tally.clone());
    watched(move || {
        thread::scope(|scope| {
            for who in 0..PANIC_WORKERS {
                let (journal, tally) = (&j, &t);
                scope.spawn(move || {
                    let mut key = ThreadKey::get().expect("a new thread's first key");
                    for round in 0..PANIC_ROUNDS {
                        if round % 2 == 0 {
                            let (mut count, _key) = tally.lock_count(&mut key);
                            *count += 1;
                        } else {
                            let (mut notes, mut after_notes) = journal.lock_notes(&mut key);
                            notes.push(who);
                            *tally.lock_count(&mut after_notes).0 += 1;
                        }
                    }
                });
            }
            scope.spawn(|| {
                for crash_number in 0..CRASHES {
                    if crash_number % 2 == 0 {
                        let planned = format!("planned crash {crash_number} in lines and count");
                        crash(&planned, |key| {
                            // `lines` may be poisoned by an earlier crash: take it anyway.
                            let (mut lines, mut after_lines) = j.recover_lines(key);
                            lines.push(crash_number);
                            let (mut count, _key) = t.lock_count(&mut after_lines);
                            *count += 1;
                            panic!("{planned}");
                        });
                    } else {
                        let planned = format!("planned crash {crash_number} in count");
                        crash(&planned, |key| {
                            let (mut count, _key) = t.lock_count(key);
                            *count += 1;
                            panic!("{planned}");
                        });
                    }
                    thread::yield_now();
                }
            });
        });
    });

    let mut key = ThreadKey::get().expect("the test thread's key");
    // Recover: every increment is there, the crashing ones included, and no panic.
    let (count, _key) = tally.lock_count(&mut key);
    assert_eq!(*count, PANIC_WORKERS * PANIC_ROUNDS + CRASHES);
    drop(count);
    // A field nobody panicked holding is not poisoned.
    let (notes, _key) = journal.lock_notes(&mut key);
    assert_eq!(notes.len() as u64, PANIC_WORKERS * PANIC_ROUNDS / 2);
    for who in 0..PANIC_WORKERS {
        let mine = notes.iter().filter(|&&n| n == who).count() as u64;
        assert_eq!(mine, PANIC_ROUNDS / 2, "worker {who}'s notes");
    }
    drop(notes);
    // The default policy: `lines` is poisoned, and `recover_lines` hands the data back.
    assert_eq!(
        panic_message(|| drop(journal.lock_lines(&mut key))),
        poisoned_panic("Journal", "lines", "recover_lines")
    );
    let (lines, _key) = journal.recover_lines(&mut key);
    let expected: Vec<u64> = (0..CRASHES).step_by(2).collect();
    assert_eq!(*lines, expected, "every crash's line, in order");
    drop(lines);
    // The poison is cleared.
    assert_eq!(journal.lock_lines(&mut key).0.len(), expected.len());
}
