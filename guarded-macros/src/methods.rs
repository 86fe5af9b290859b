//! Which methods a field gets, by its kind and poisoning policy: the one list that both
//! `validate` (to find two fields whose methods would share a name) and `expand` (to
//! generate them) read.

use crate::parse::{Kind, Poison};

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
}

impl Access {
    /// The methods' prefix, and the runtime's method stem (`lock` for `lock_pair`).
    pub fn names(self) -> (&'static str, &'static str) {
        match self {
            Access::Lock => ("lock_", "lock"),
            Access::Read => ("read_", "read"),
            Access::Write => ("write_", "write"),
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
            Method::Atomic => ("", ""),
        }
    }
}

/// Every method of a field of this kind and policy, in the order they are generated.
pub fn methods(kind: Kind, poison: Poison) -> Vec<Method> {
    let (ops, accesses): (&[Op], &[Access]) = match kind {
        Kind::Atomic => return vec![Method::Atomic],
        Kind::Mutex | Kind::Condvar => (&[Op::Lock, Op::TryLock, Op::TryLockFor], &[Access::Lock]),
        Kind::Rw => (
            &[
                Op::Read,
                Op::Write,
                Op::TryRead,
                Op::TryWrite,
                Op::TryReadFor,
                Op::TryWriteFor,
            ],
            &[Access::Read, Access::Write],
        ),
    };
    let mut methods: Vec<Method> = ops.iter().map(|&op| Method::Single(op)).collect();
    // Under the other policies the lock calls recover or report the poison themselves.
    if poison == Poison::Panic {
        methods.push(Method::Single(Op::Recover));
    }
    methods.extend(accesses.iter().map(|&access| Method::Pair(access)));
    methods.extend(accesses.iter().map(|&access| Method::Many(access)));
    if kind == Kind::Condvar {
        methods.extend([Method::NotifyOne, Method::NotifyAll]);
    }
    methods
}

/// The names of the methods a field with this kind, policy and name gets.
pub fn method_names(kind: Kind, poison: Poison, suffix: &str) -> Vec<String> {
    methods(kind, poison)
        .into_iter()
        .map(|method| {
            let (prefix, postfix) = method.affixes();
            format!("{prefix}{suffix}{postfix}")
        })
        .collect()
}
