//! A read-mostly configuration in a `#[guarded(rw)]` field: four readers, one writer.
//!
//! The readers read the config over and over, each time holding a read guard only long
//! enough to check it; they never block each other. The writer publishes a few new
//! versions, writing one setting at a time under `write_config`. Every config a reader
//! sees must be whole (all its settings agree with its version) and the versions a reader
//! sees must never go backwards. During the last update the writer holds the lock through
//! a slow reload, and a health check that must not hang asks with `try_read_config_for`
//! and a timeout instead of blocking.
//!
//! Run it with `cargo run --example config` (or add `--features parking_lot`).
//!
//! In a crate of your own, the dependency this code needs:
//! `cargo add --git https://github.com/guarded-rs/guarded guarded`.

use std::collections::BTreeSet;
use std::sync::atomic::Ordering;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use guarded::{ThreadKey, guarded};

/// The settings. Every one of them is derived from `version`, so a reader can tell a
/// whole config from one that is half old, half new.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Config {
    version: u32,
    name: String,
    max_connections: u32,
    timeout: Duration,
    endpoints: Vec<String>,
}

impl Config {
    /// The config as the writer publishes it for `version`.
    fn for_version(version: u32) -> Config {
        let mut config = Config {
            version: 0,
            name: String::new(),
            max_connections: 0,
            timeout: Duration::ZERO,
            endpoints: Vec::new(),
        };
        config.update_to(version);
        config
    }

    /// Rewrites the settings for `version` one by one, yielding between them: a reader
    /// that could look in the middle would see a mix of two versions.
    fn update_to(&mut self, version: u32) {
        self.version = version;
        thread::yield_now();
        self.name = format!("release-{version}");
        thread::yield_now();
        self.max_connections = 100 * version;
        thread::yield_now();
        self.timeout = Duration::from_millis(250 * u64::from(version));
        thread::yield_now();
        self.endpoints = (1..=version)
            .map(|n| format!("node{n}.v{version}"))
            .collect();
    }

    /// Whether every setting agrees with the version.
    fn is_whole(&self) -> bool {
        *self == Config::for_version(self.version)
    }
}

/// The shared state: the config, and a count of reads that any thread can bump.
#[guarded]
#[derive(Debug)]
struct Service {
    /// Read by everyone all the time, written rarely: a reader-writer lock.
    #[guarded(rw)]
    config: Config,
    /// Reads so far, over all readers; an atomic, so it takes no key and no lock.
    #[guarded(atomic)]
    reads: u64,
}

const READERS: usize = 4;
const FIRST_VERSION: u32 = 1;
const LAST_VERSION: u32 = 6;
/// A reader reads at least this many times, and then until it has seen the last version.
const MIN_READS: u32 = 2_000;

/// What one reader saw.
struct Seen {
    reads: u32,
    versions: BTreeSet<u32>,
}

/// Reads the config until it has read `MIN_READS` times and seen the last version,
/// checking each one.
fn reader(service: &Service) -> Seen {
    let mut key = ThreadKey::get().expect("a new thread's first key");
    let mut seen = Seen {
        reads: 0,
        versions: BTreeSet::new(),
    };
    let mut last = 0;
    while seen.reads < MIN_READS || last < LAST_VERSION {
        let (config, _key) = service.read_config(&mut key);
        assert!(config.is_whole(), "never half-written: {config:?}");
        assert!(
            config.version >= last,
            "versions never go backwards: saw {} after {last}",
            config.version
        );
        last = config.version;
        drop(config); // the writer may go ahead as soon as no reader holds a guard

        // Reading `config` again while its read guard lives does not compile:
        //
        //     let (config, mut after_config) = service.read_config(&mut key);
        //     let (again, _key) = service.read_config(&mut after_config);
        //     // error[E0277]: lock order violation on `Service`: cannot lock `config` with `Key<'_, config>`
        //
        // Two reads by one thread look harmless, but a writer that starts waiting between
        // them blocks the second read, and the writer waits for the first: a deadlock.
        // (With `read_config(&mut key)` the second time, the borrow checker refuses it:
        // the first guard still borrows `key`, error[E0499].)

        seen.reads += 1;
        seen.versions.insert(last);
        service.reads().fetch_add(1, Ordering::Relaxed);
        thread::yield_now();
    }
    seen
}

/// Publishes every version after the first. The last update is a slow reload that keeps
/// the write lock until `go_ahead` says so; `holding` tells the main thread it has begun.
fn writer(service: &Service, holding: &mpsc::Sender<()>, go_ahead: &mpsc::Receiver<()>) {
    let mut key = ThreadKey::get().expect("a new thread's first key");
    for version in FIRST_VERSION + 1..=LAST_VERSION {
        // Let the readers see the current version for a while.
        thread::sleep(Duration::from_millis(2));
        let (mut config, _key) = service.write_config(&mut key);
        if version == LAST_VERSION {
            holding.send(()).expect("the main thread waits for this");
            go_ahead.recv().expect("the main thread sends this");
        }
        config.update_to(version);
    }
}

fn main() {
    let service = Service::new(Config::for_version(FIRST_VERSION), 0);
    let (holding_tx, holding_rx) = mpsc::channel();
    let (go_ahead_tx, go_ahead_rx) = mpsc::channel();

    let readers: Vec<_> = (0..READERS)
        .map(|_| {
            let service = service.clone(); // shares the same lock and the same counter
            thread::spawn(move || reader(&service))
        })
        .collect();
    let writer = {
        let service = service.clone();
        thread::spawn(move || writer(&service, &holding_tx, &go_ahead_rx))
    };

    // A health check must answer even if the config is stuck behind a slow writer, so it
    // waits for the lock only so long. Here the writer holds it until told to go on, so
    // the check gives up, with `Busy`; it borrows nothing, so the key is free again.
    let mut key = ThreadKey::get().expect("main's key");
    holding_rx
        .recv()
        .expect("the writer reaches its last update");
    let busy = match service.try_read_config_for(&mut key, Duration::from_millis(10)) {
        Ok((config, _key)) => panic!("the writer holds the lock, yet read {config:?}"),
        Err(busy) => busy,
    };
    println!("health check during the slow reload: {busy}");
    assert_eq!(busy.waited(), Some(Duration::from_millis(10)));
    go_ahead_tx.send(()).expect("the writer waits for this");

    writer.join().expect("the writer finished");
    let seen: Vec<Seen> = readers
        .into_iter()
        .map(|reader| reader.join().expect("the reader finished"))
        .collect();

    // No writer is left, so the same check now gets the lock at once.
    let (config, _key) = service
        .try_read_config_for(&mut key, Duration::from_millis(10))
        .expect("no writer holds the lock any more");
    println!(
        "health check afterwards: {} (version {}, {} endpoints)",
        config.name,
        config.version,
        config.endpoints.len()
    );
    assert_eq!(*config, Config::for_version(LAST_VERSION));

    let total: u64 = seen.iter().map(|seen| u64::from(seen.reads)).sum();
    assert_eq!(
        service.reads().load(Ordering::Relaxed),
        total,
        "the shared counter saw every read"
    );
    println!("what each reader saw (varies from run to run):");
    for (n, seen) in seen.iter().enumerate() {
        let versions: Vec<String> = seen.versions.iter().map(u32::to_string).collect();
        println!(
            "  reader {n}: {} reads, versions {}",
            seen.reads,
            versions.join(", ")
        );
    }
    println!(
        "{total} reads by {READERS} readers while versions {FIRST_VERSION} to {LAST_VERSION} \
         were published: every config whole, no version ever went backwards"
    );
}
