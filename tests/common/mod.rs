//! What several test files share: a watchdog that turns a hang into a failure, a thread
//! that holds a lock until it is told to let go, and helpers for threads that panic while
//! holding a lock.

// Each test binary includes this module and uses only part of it.
#![allow(dead_code)]

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use guarded::ThreadKey;

/// How long a run may take before the watchdog calls it a deadlock.
pub const LIMIT: Duration = Duration::from_mins(1);

/// Runs `work` on its own thread and returns its result; fails the test if it has not
/// finished within [`LIMIT`] (a deadlock or a lost wake-up), and passes its panic on.
pub fn watched<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    watched_for(LIMIT, work)
}

/// [`watched`], with a limit of its own.
pub fn watched_for<T: Send + 'static>(
    limit: Duration,
    work: impl FnOnce() -> T + Send + 'static,
) -> T {
    let (done, report) = mpsc::channel();
    let worker = thread::spawn(move || {
        let result = work();
        // The receiver is gone only if the watchdog gave up already.
        let _ = done.send(());
        result
    });
    match report.recv_timeout(limit) {
        Ok(()) => worker.join().expect("the work finished without panicking"),
        // The worker dropped its sender without sending: it panicked. Pass the panic on.
        Err(mpsc::RecvTimeoutError::Disconnected) => match worker.join() {
            Ok(_) => unreachable!("the worker sends before it returns"),
            Err(panic) => std::panic::resume_unwind(panic),
        },
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("no result after {limit:?}: the threads are deadlocked (or a wake-up was lost)")
        }
    }
}

/// Another thread holding a lock of a shared struct `S` until [`Holder::release`] (or
/// until the `Holder` is dropped).
pub struct Holder {
    release: mpsc::Sender<()>,
    thread: thread::JoinHandle<()>,
}

impl Holder {
    /// Spawns a thread with its own key that runs `hold` on a clone of `shared`; `hold`
    /// locks something and calls the function it is given, which returns once the lock
    /// may be released. Returns when the lock is held.
    pub fn start<S: Clone + Send + 'static>(
        shared: &S,
        hold: impl FnOnce(&S, &mut ThreadKey, &dyn Fn()) + Send + 'static,
    ) -> Holder {
        let shared = shared.clone();
        let (locked, is_locked) = mpsc::channel();
        let (release, released) = mpsc::channel::<()>();
        let thread = thread::spawn(move || {
            let mut key = ThreadKey::get().expect("a new thread's first key");
            hold(&shared, &mut key, &|| {
                locked
                    .send(())
                    .expect("the test waits for the lock to be held");
                // `Err` if the test dropped the holder: release then too.
                let _ = released.recv();
            });
        });
        is_locked
            .recv_timeout(LIMIT)
            .expect("the holder thread took the lock");
        Holder { release, thread }
    }

    /// Tells the holder to let the lock go, without waiting for it to do so.
    pub fn let_go(&self) {
        self.release.send(()).expect("the holder waits");
    }

    /// Waits for the holder thread to finish (after [`Holder::let_go`]).
    pub fn join(self) {
        self.thread.join().expect("the holder did not panic");
    }

    /// Lets the lock go, and waits for the holder thread to finish.
    pub fn release(self) {
        self.let_go();
        self.join();
    }
}

/// Runs `f`, which must panic with `planned` while it holds a lock, on a new thread with
/// its own key.
pub fn crash(planned: &str, f: impl FnOnce(&mut ThreadKey) + Send) {
    let panic = thread::scope(|scope| {
        scope
            .spawn(|| {
                let mut key = ThreadKey::get().expect("a new thread's first key");
                f(&mut key);
            })
            .join()
    })
    .expect_err("the crashing thread panicked");
    assert_eq!(message(&*panic), planned, "it crashed as planned");
}

/// The message of a panic payload.
pub fn message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_else(|| "<not a string>".to_owned())
}

std::thread_local! {
    /// Whether `capture_panic` is watching this thread's panics.
    static WATCHING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Where the last panic on this thread happened while `capture_panic` watched.
    static LOCATION: std::cell::RefCell<Option<(String, u32)>> =
        const { std::cell::RefCell::new(None) };
}

/// Calls `f`, which must panic, and returns the panic's message and its location
/// (file, line). Other threads' panics are reported as usual.
pub fn capture_panic(f: impl FnOnce()) -> (String, (String, u32)) {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if WATCHING.get() {
                let location = info.location().map(|l| (l.file().to_owned(), l.line()));
                LOCATION.set(location);
            } else {
                default(info);
            }
        }));
    });
    LOCATION.set(None);
    WATCHING.set(true);
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    WATCHING.set(false);
    let panic = result.expect_err("the call panicked");
    let location = LOCATION.take().expect("the hook saw the panic");
    (message(&*panic), location)
}

/// Calls `f`, which must panic, and returns its panic message.
pub fn panic_message(f: impl FnOnce()) -> String {
    let panic =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).expect_err("the call panicked");
    message(&*panic)
}

/// The panic of a lock on a poisoned field under `poison = panic`.
pub fn poisoned_panic(structure: &str, field: &str, recover: &str) -> String {
    format!(
        "`{structure}.{field}` is poisoned: a thread panicked while it held this lock. Call \
         `{recover}` to take the data as that thread left it (this clears the poison)."
    )
}

/// The tokio runtimes every async test runs on: a multi-thread runtime with 8 workers, and
/// a current-thread runtime (where every task shares the thread that drives it).
pub const RUNTIMES: [&str; 2] = ["multi_thread(8)", "current_thread"];

/// Builds the runtime named in [`RUNTIMES`], with timers.
pub fn runtime(name: &str) -> tokio::runtime::Runtime {
    let mut builder = if name == "current_thread" {
        tokio::runtime::Builder::new_current_thread()
    } else {
        let mut builder = tokio::runtime::Builder::new_multi_thread();
        builder.worker_threads(8);
        builder
    };
    builder.enable_time().build().expect("a tokio runtime")
}

/// Runs the future `test` makes under the watchdog, once on each of [`RUNTIMES`], driven
/// by `block_on` (so the test's own body runs outside any task, as `#[tokio::main]`'s
/// does). A hang fails the test after [`LIMIT`] and names the runtime.
pub fn on_each_runtime<F: Future<Output = ()> + 'static>(test: fn() -> F) {
    for name in RUNTIMES {
        println!("on the {name} runtime");
        watched(move || runtime(name).block_on(test()));
    }
}

/// Runs its closure when dropped: by an unwinding, in the tests that take or release locks
/// in a destructor.
pub struct OnDrop<F: FnOnce()>(pub Option<F>);

impl<F: FnOnce()> Drop for OnDrop<F> {
    fn drop(&mut self) {
        if let Some(f) = self.0.take() {
            f();
        }
    }
}
