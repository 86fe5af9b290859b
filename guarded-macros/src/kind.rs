//! The field kinds, each described once: the option that chooses it, the runtime type
//! that stores it, whether it takes a lock, its methods with their guards and return
//! shapes, and the phrases its docs use. `parse` reads the keywords, `model` the method
//! names, `validate` what a kind allows, and every emitter in `expand` its storage,
//! methods and docs. A new kind is a row in [`SPECS`], its runtime type and its tests.

use syn::Type;
use syn::ext::IdentExt as _;

/// What a field is stored in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// A mutex: the default.
    Mutex,
    /// `#[guarded(rw)]`: a reader-writer lock.
    Rw,
    /// `#[guarded(condvar)]`: a mutex with a condition variable.
    Condvar,
    /// `#[guarded(atomic)]`: a std atomic, no lock.
    Atomic,
    /// `#[guarded(unlocked)]`: a value set by `new` and only read, no lock.
    Unlocked,
    /// `#[guarded(snapshot)]`: a value replaced whole and read as a snapshot, no lock.
    Snapshot,
    /// `#[guarded(async)]`: an async mutex (the `tokio` feature).
    AsyncMutex,
    /// `#[guarded(async_rw)]`: an async reader-writer lock (the `tokio` feature).
    AsyncRw,
    /// `#[guarded(async_condvar)]`: an async mutex that tasks can wait on (the `tokio`
    /// feature).
    AsyncCondvar,
}

/// What a lock call does when the lock is poisoned.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Poison {
    #[default]
    Panic,
    Recover,
    Result,
}

impl Poison {
    /// Each policy's keyword in `poison = ...`.
    pub const KEYWORDS: &[(&str, Poison)] = &[
        ("panic", Poison::Panic),
        ("recover", Poison::Recover),
        ("result", Poison::Result),
    ];

    /// The runtime's policy type, named by each level's `Policy`.
    pub fn runtime_type(self) -> &'static str {
        match self {
            Poison::Panic => "PanicOnPoison",
            Poison::Recover => "RecoverOnPoison",
            Poison::Result => "ReturnPoison",
        }
    }
}

/// How the runtime's storage type is written for a field of type `T`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum StorageArgs {
    /// `Storage<T, level>`: a lock, which knows its level.
    DataAndLevel,
    /// `Storage<T>`: no lock, no level.
    Data,
    /// `AtomicField<AtomicU64>` for `u64`: the std atomic of the field's type.
    Atomic,
}

/// Everything the macro knows about one kind.
#[allow(
    clippy::struct_excessive_bools,
    reason = "a row of the kind table: each flag is an independent fact about a kind"
)]
pub struct Spec {
    pub kind: Kind,
    /// The field option that chooses the kind (`rw`); `None` for the default, a mutex.
    pub keyword: Option<&'static str>,
    /// The runtime's storage type, under `__private`.
    pub storage: &'static str,
    pub storage_args: StorageArgs,
    /// Whether the field takes a lock: a place in the lock order, a level type, a poisoning
    /// policy and keys. A kind without a lock is outside the order and needs no key.
    pub locks: bool,
    /// The methods that lock one instance, in the order they are generated (`recover_` is
    /// added under `poison = panic`).
    pub ops: &'static [Op],
    /// How `_pair` and `_many` take the lock.
    pub groups: &'static [Access],
    /// The kind's other methods.
    pub others: &'static [Method],
    /// The guard of a reading and of a writing lock call.
    pub guards: [&'static str; 2],
    /// Whether its guard can wait (a condition variable). Its lock methods then take the
    /// key's type as a parameter `K`, which the guard remembers (only a guard locked with
    /// the root key may wait), rather than `impl Holds<..>`.
    pub waits: bool,
    /// Whether readers share the lock (a reader-writer lock): a second read by the same
    /// thread is a double lock too, which its messages explain.
    pub shared_reads: bool,
    /// The verb of a reading and of a writing lock call's doc: "Read-locks".
    pub verbs: [&'static str; 2],
    /// When a reading and a writing lock call can go ahead: "no writer holds it".
    pub free: [&'static str; 2],
    /// A paragraph for the docs of the reading lock calls, `{f}` standing for the field.
    pub read_note: Option<&'static str>,
    /// A paragraph for the docs of every lock call, `{f}` standing for the field.
    pub lock_note: Option<&'static str>,
    /// Whether its lock calls are futures, which take task keys: `CanLockAsync` and
    /// `AsyncKey` rather than `CanLock` and `Key`.
    pub asynchronous: bool,
    /// Whether a panic while the lock is held poisons it, so that a policy applies.
    pub poisons: bool,
}

const MUTEX_OPS: &[Op] = &[Op::Lock, Op::TryLock, Op::TryLockFor];
const ASYNC_MUTEX_OPS: &[Op] = &[Op::Lock, Op::TryLock];

/// One row per kind.
pub const SPECS: &[Spec] = &[
    Spec {
        kind: Kind::Mutex,
        keyword: None,
        storage: "Field",
        storage_args: StorageArgs::DataAndLevel,
        locks: true,
        ops: MUTEX_OPS,
        groups: &[Access::Lock],
        others: &[],
        guards: ["Guard", "Guard"],
        waits: false,
        shared_reads: false,
        verbs: ["Locks", "Locks"],
        free: ["no other thread holds it", "no other thread holds it"],
        read_note: None,
        lock_note: None,
        asynchronous: false,
        poisons: true,
    },
    Spec {
        kind: Kind::Rw,
        keyword: Some("rw"),
        storage: "RwField",
        storage_args: StorageArgs::DataAndLevel,
        locks: true,
        ops: &[
            Op::Read,
            Op::Write,
            Op::TryRead,
            Op::TryWrite,
            Op::TryReadFor,
            Op::TryWriteFor,
        ],
        groups: &[Access::Read, Access::Write],
        others: &[],
        guards: ["ReadGuard", "WriteGuard"],
        waits: false,
        shared_reads: true,
        verbs: ["Read-locks", "Write-locks"],
        free: ["no writer holds it", "no thread reads or writes it"],
        read_note: Some(
            "This thread cannot read `{f}` again, nor write it, while the guard lives: a \
             second read would deadlock as soon as a writer queued between the two.",
        ),
        lock_note: None,
        asynchronous: false,
        poisons: true,
    },
    Spec {
        kind: Kind::Condvar,
        keyword: Some("condvar"),
        storage: "CondvarField",
        storage_args: StorageArgs::DataAndLevel,
        locks: true,
        ops: MUTEX_OPS,
        groups: &[Access::Lock],
        others: &[Method::NotifyOne, Method::NotifyAll],
        guards: ["WaitGuard", "WaitGuard"],
        waits: true,
        shared_reads: false,
        verbs: ["Locks", "Locks"],
        free: ["no other thread holds it", "no other thread holds it"],
        read_note: None,
        lock_note: Some(
            "The guard can wait on `{f}` (`wait_while`, `wait_timeout_while`) if `{f}` was \
             locked with the `ThreadKey`: a waiting thread must hold no other lock.",
        ),
        asynchronous: false,
        poisons: true,
    },
    Spec {
        kind: Kind::Atomic,
        keyword: Some("atomic"),
        storage: "AtomicField",
        storage_args: StorageArgs::Atomic,
        locks: false,
        ops: &[],
        groups: &[],
        others: &[Method::Atomic],
        guards: ["", ""],
        waits: false,
        shared_reads: false,
        verbs: ["", ""],
        free: ["", ""],
        read_note: None,
        lock_note: None,
        asynchronous: false,
        poisons: false,
    },
    Spec {
        kind: Kind::Unlocked,
        keyword: Some("unlocked"),
        storage: "UnlockedField",
        storage_args: StorageArgs::Data,
        locks: false,
        ops: &[],
        groups: &[],
        others: &[Method::Get],
        guards: ["", ""],
        waits: false,
        shared_reads: false,
        verbs: ["", ""],
        free: ["", ""],
        read_note: None,
        lock_note: None,
        asynchronous: false,
        poisons: false,
    },
    Spec {
        kind: Kind::Snapshot,
        keyword: Some("snapshot"),
        storage: "SnapshotField",
        storage_args: StorageArgs::Data,
        locks: false,
        ops: &[],
        groups: &[],
        others: &[Method::Load, Method::Store, Method::Update],
        guards: ["", ""],
        waits: false,
        shared_reads: false,
        verbs: ["", ""],
        free: ["", ""],
        read_note: None,
        lock_note: None,
        asynchronous: false,
        poisons: false,
    },
    Spec {
        kind: Kind::AsyncMutex,
        keyword: Some("async"),
        storage: "AsyncField",
        storage_args: StorageArgs::DataAndLevel,
        locks: true,
        ops: ASYNC_MUTEX_OPS,
        groups: &[Access::Lock],
        others: &[],
        guards: ["AsyncGuard", "AsyncGuard"],
        waits: false,
        shared_reads: false,
        verbs: ["Locks", "Locks"],
        free: ["no other task holds it", "no other task holds it"],
        read_note: None,
        lock_note: None,
        asynchronous: true,
        poisons: false,
    },
    Spec {
        kind: Kind::AsyncRw,
        keyword: Some("async_rw"),
        storage: "AsyncRwField",
        storage_args: StorageArgs::DataAndLevel,
        locks: true,
        ops: &[Op::Read, Op::Write, Op::TryRead, Op::TryWrite],
        groups: &[Access::Read, Access::Write],
        others: &[],
        guards: ["AsyncReadGuard", "AsyncWriteGuard"],
        waits: false,
        shared_reads: true,
        verbs: ["Read-locks", "Write-locks"],
        free: ["no writer holds it", "no task reads or writes it"],
        read_note: Some(
            "This task cannot read `{f}` again, nor write it, while the guard lives: a \
             second read would wait forever as soon as a writer queued between the two.",
        ),
        lock_note: None,
        asynchronous: true,
        poisons: false,
    },
    Spec {
        kind: Kind::AsyncCondvar,
        keyword: Some("async_condvar"),
        storage: "AsyncCondvarField",
        storage_args: StorageArgs::DataAndLevel,
        locks: true,
        ops: ASYNC_MUTEX_OPS,
        groups: &[Access::Lock],
        others: &[Method::NotifyOne, Method::NotifyAll],
        guards: ["AsyncWaitGuard", "AsyncWaitGuard"],
        waits: true,
        shared_reads: false,
        verbs: ["Locks", "Locks"],
        free: ["no other task holds it", "no other task holds it"],
        read_note: None,
        lock_note: Some(
            "The guard can wait on `{f}` (`wait_while(..).await`) if `{f}` was locked with \
             the `TaskKey`: a waiting task must hold no other lock.",
        ),
        asynchronous: true,
        poisons: false,
    },
];

impl Spec {
    /// The key its lock calls hand back.
    pub fn key(&self) -> &'static str {
        if self.asynchronous { "AsyncKey" } else { "Key" }
    }

    /// The runtime's trait of the keys that may lock a field of this kind, behind its
    /// `comes_before_<field>` check: `CanLock`, or `CanLockAsync` for task keys.
    pub fn can_lock(&self) -> &'static str {
        if self.asynchronous {
            "CanLockAsync"
        } else {
            "CanLock"
        }
    }

    /// Whether its lock calls take the key as an object, `&mut dyn comes_before_<field>`,
    /// rather than `&mut impl ..`: the async kinds. A future returned by a method generic
    /// over its key carries the key's bound, and rustc reports a lock out of order three
    /// times (at the key, the call and the `.await`); the cast to the object is checked
    /// once, at the key.
    pub fn key_object(&self) -> bool {
        self.asynchronous
    }

    /// Whether the key object names the key's type, `dyn comes_before_<field><Key = K>`,
    /// for a guard that keeps it (`async_condvar`, whose wait checks it): the calls are
    /// then generic over `K`, inferred from the object. The others are generic only over
    /// their lifetime.
    pub fn object_names_key(&self) -> bool {
        self.key_object() && self.waits
    }

    /// The supertrait of the field's `comes_before_<field>` trait: `can_lock`, or for a
    /// field whose key is an object (`key_object`) the runtime's `AsyncLockKey`, which an
    /// object can be made of (`AsyncWaitLockKey`, which names the key's type, if
    /// `object_names_key`).
    pub fn before_supertrait(&self) -> &'static str {
        if self.object_names_key() {
            "AsyncWaitLockKey"
        } else if self.key_object() {
            "AsyncLockKey"
        } else {
            self.can_lock()
        }
    }

    /// The guard of one instance in `_pair` and `_many`.
    pub fn group_guard(&self, access: Access) -> String {
        let prefix = if self.asynchronous { "Async" } else { "" };
        format!("{prefix}{}", access.names().2)
    }
}

impl Kind {
    /// The kind's row in [`SPECS`].
    pub fn spec(self) -> &'static Spec {
        SPECS
            .iter()
            .find(|spec| spec.kind == self)
            .unwrap_or(&SPECS[0])
    }

    /// The kind chosen by the field option `keyword`, if it is one.
    pub fn from_keyword(keyword: &syn::Path) -> Option<Kind> {
        SPECS
            .iter()
            .find(|spec| {
                spec.keyword
                    .is_some_and(|k| crate::names::is_word(keyword, k))
            })
            .map(|spec| spec.kind)
    }

    /// The kinds' keywords, as a message lists them: `` `rw`, `condvar`, ... ``.
    pub fn keywords() -> String {
        let keywords: Vec<String> = SPECS
            .iter()
            .filter_map(|spec| spec.keyword.map(|k| format!("`{k}`")))
            .collect();
        keywords.join(", ")
    }

    /// Every method of a field of this kind and policy, in the order they are generated.
    pub fn methods(self, poison: Poison) -> Vec<Method> {
        let spec = self.spec();
        let mut methods: Vec<Method> = spec.ops.iter().map(|&op| Method::Single(op)).collect();
        // Under the other policies the lock calls recover or report the poison themselves.
        if spec.poisons && poison == Poison::Panic {
            methods.push(Method::Single(Op::Recover));
        }
        methods.extend(spec.groups.iter().map(|&access| Method::Pair(access)));
        methods.extend(spec.groups.iter().map(|&access| Method::Many(access)));
        methods.extend(spec.others.iter().copied());
        methods
    }

    /// The names of the methods a field of this kind and policy gets, whose methods are
    /// named after `suffix`.
    pub fn method_names(self, poison: Poison, suffix: &str) -> Vec<String> {
        self.methods(poison)
            .into_iter()
            .map(|method| {
                let (prefix, postfix) = method.affixes();
                format!("{prefix}{suffix}{postfix}")
            })
            .collect()
    }
}

/// A method that locks one instance's field.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Op {
    Lock,
    TryLock,
    TryLockFor,
    Recover,
    Read,
    Write,
    TryRead,
    TryWrite,
    TryReadFor,
    TryWriteFor,
}

/// How a call that locks several instances takes each lock.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Access {
    Lock,
    Read,
    Write,
}

/// One generated method of a field.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Method {
    /// Locks this instance's field.
    Single(Op),
    /// Locks the field of two instances (`lock_<f>_pair`).
    Pair(Access),
    /// Locks the field of any number of instances (`lock_<f>_many`).
    Many(Access),
    /// `notify_one_<f>`, `notify_all_<f>`.
    NotifyOne,
    NotifyAll,
    /// An atomic field's method: the atomic itself, named after the field.
    Atomic,
    /// An unlocked field's method: `&T`, named after the field.
    Get,
    /// A snapshot field's `load_<f>`, `store_<f>` and `update_<f>`.
    Load,
    Store,
    Update,
}

/// What a locking method returns: as the policy says (`Blocking`), a `Result` with the
/// reason it did not lock (`Try`), or the guard whatever the poison (`Recover`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Shape {
    Blocking,
    Try,
    Recover,
}

impl Op {
    /// The method's name around the field's (prefix, postfix), and the runtime method it
    /// calls.
    pub fn names(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Op::Lock => ("lock_", "", "lock"),
            Op::TryLock => ("try_lock_", "", "try_lock"),
            Op::TryLockFor => ("try_lock_", "_for", "try_lock_for"),
            Op::Recover => ("recover_", "", "recover"),
            Op::Read => ("read_", "", "read"),
            Op::Write => ("write_", "", "write"),
            Op::TryRead => ("try_read_", "", "try_read"),
            Op::TryWrite => ("try_write_", "", "try_write"),
            Op::TryReadFor => ("try_read_", "_for", "try_read_for"),
            Op::TryWriteFor => ("try_write_", "_for", "try_write_for"),
        }
    }

    pub fn shape(self) -> Shape {
        match self {
            Op::Lock | Op::Read | Op::Write => Shape::Blocking,
            Op::Recover => Shape::Recover,
            _ => Shape::Try,
        }
    }

    /// Whether the method takes a timeout.
    pub fn timed(self) -> bool {
        matches!(self, Op::TryLockFor | Op::TryReadFor | Op::TryWriteFor)
    }

    /// Whether the method takes a reader-writer lock for writing (`recover` does).
    pub fn writes(self) -> bool {
        matches!(
            self,
            Op::Write | Op::TryWrite | Op::TryWriteFor | Op::Recover
        )
    }

    /// Index into a spec's `[reading, writing]` pairs.
    pub fn access(self) -> usize {
        usize::from(self.writes())
    }
}

impl Access {
    /// The methods' prefix, the runtime's method stem (`lock` for `lock_pair`), and the
    /// guard of each instance.
    pub fn names(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Access::Lock => ("lock_", "lock", "Guard"),
            Access::Read => ("read_", "read", "ReadGuard"),
            Access::Write => ("write_", "write", "WriteGuard"),
        }
    }

    /// The verb of the docs: "Read-locks".
    pub fn verb(self) -> &'static str {
        match self {
            Access::Read => "Read-locks",
            Access::Write => "Write-locks",
            Access::Lock => "Locks",
        }
    }
}

impl Method {
    /// The method's name around the field's: (prefix, postfix).
    pub fn affixes(self) -> (&'static str, &'static str) {
        match self {
            Method::Single(op) => {
                let (prefix, postfix, _) = op.names();
                (prefix, postfix)
            }
            Method::Pair(access) => (access.names().0, "_pair"),
            Method::Many(access) => (access.names().0, "_many"),
            Method::NotifyOne => ("notify_one_", ""),
            Method::NotifyAll => ("notify_all_", ""),
            Method::Atomic | Method::Get => ("", ""),
            Method::Load => ("load_", ""),
            Method::Store => ("store_", ""),
            Method::Update => ("update_", ""),
        }
    }
}

/// The types an atomic field may have, and their atomics.
pub const ATOMICS: &[(&str, &str)] = &[
    ("bool", "AtomicBool"),
    ("u8", "AtomicU8"),
    ("u16", "AtomicU16"),
    ("u32", "AtomicU32"),
    ("u64", "AtomicU64"),
    ("usize", "AtomicUsize"),
    ("i8", "AtomicI8"),
    ("i16", "AtomicI16"),
    ("i32", "AtomicI32"),
    ("i64", "AtomicI64"),
    ("isize", "AtomicIsize"),
];

/// `ty` without the parentheses or invisible group (`$t:ty` from `macro_rules!`) around
/// it: the type it names.
pub fn unwrapped(ty: &Type) -> &Type {
    match ty {
        Type::Paren(inner) => unwrapped(&inner.elem),
        Type::Group(inner) => unwrapped(&inner.elem),
        _ => ty,
    }
}

/// The std atomic that stores a field of type `ty`, if there is one: `AtomicU64` for
/// `u64`. The type is read as written (`u64`, `r#u64`, `(u64)`, a `$t:ty` holding `u64`,
/// or a path ending in `primitive::u64`); an alias is not followed.
pub fn atomic_type(ty: &Type) -> Option<&'static str> {
    let Type::Path(path) = unwrapped(ty) else {
        return None;
    };
    let segments: Vec<String> = path
        .path
        .segments
        .iter()
        .map(|s| s.ident.unraw().to_string())
        .collect();
    let plain = path.qself.is_none()
        && path.path.segments.iter().all(|s| s.arguments.is_none())
        && (segments.len() == 1
            || segments
                .get(segments.len().wrapping_sub(2))
                .is_some_and(|s| s == "primitive"));
    let last = segments.last()?;
    ATOMICS
        .iter()
        .find(|(primitive, _)| plain && last == primitive)
        .map(|(_, atomic)| *atomic)
}

/// Lock types that an `unlocked` or `snapshot` field must not hold: they would be locks
/// outside the order. Matched by the last segment of the type's path (`r#Mutex` is
/// `Mutex`).
const LOCK_TYPES: &[&str] = &["Mutex", "RwLock", "Condvar", "FairMutex", "ReentrantMutex"];

/// Pointers looked through for a lock type (`Arc<Mutex<T>>`): one level, as written. A
/// reference (`&'static Mutex<T>`) is looked through too.
const POINTERS: &[&str] = &["Arc", "Box", "Rc", "Weak"];

/// The lock type that `ty` is, bare, behind a reference, or directly inside an `Arc`,
/// `Box`, `Rc` or `Weak`, as written: `Some("Mutex")` for `Arc<std::sync::Mutex<T>>` or
/// `&'static Mutex<T>`. A lock deeper inside another type is not seen.
pub fn lock_type(ty: &Type) -> Option<&'static str> {
    let path = match unwrapped(ty) {
        Type::Reference(reference) => return bare_lock_type(&reference.elem),
        Type::Path(path) => path,
        _ => return None,
    };
    let last = path.path.segments.last()?;
    let ident = last.ident.unraw();
    if let Some(lock) = LOCK_TYPES.iter().find(|name| ident == name) {
        return Some(lock);
    }
    if !POINTERS.iter().any(|name| ident == name) {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    args.args.iter().find_map(|arg| match arg {
        syn::GenericArgument::Type(inner) => bare_lock_type(inner),
        _ => None,
    })
}

/// The lock type that `ty` is, bare, as written.
fn bare_lock_type(ty: &Type) -> Option<&'static str> {
    let Type::Path(path) = unwrapped(ty) else {
        return None;
    };
    let ident = path.path.segments.last()?.ident.unraw();
    LOCK_TYPES.iter().find(|name| ident == name).copied()
}
