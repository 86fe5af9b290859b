//! The docs of the generated methods: what each does, the field's place in the lock order,
//! which keys it takes and gives, and what poisoning does to it.

use std::fmt::Write as _;

use super::{LISTED_FIELDS, order_text, ordinal, ticked};
use crate::model::{FieldModel, Model};
use crate::parse::{Kind, Poison};

/// One locking method of a field.
#[derive(Clone, Copy, PartialEq, Eq)]
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

/// What a locking method returns: as the policy says (`Blocking`), a `Result` with the
/// reason it did not lock (`Try`), or the guard whatever the poison (`Recover`).
#[derive(Clone, Copy, PartialEq, Eq)]
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

    /// The first sentence of the method's doc.
    fn summary(self, field: &FieldModel) -> String {
        let f = &field.name;
        let verb = match (field.kind, self.writes()) {
            (Kind::Rw, true) => "Write-locks",
            (Kind::Rw, false) => "Read-locks",
            _ => "Locks",
        };
        let free = match (field.kind, self.writes()) {
            (Kind::Rw, false) => "no writer holds it",
            (Kind::Rw, true) => "no thread reads or writes it",
            _ => "no other thread holds it",
        };
        match self.shape() {
            Shape::Blocking => format!("{verb} `{f}`, blocking until {free}."),
            Shape::Try if self.timed() => format!(
                "{verb} `{f}`, waiting at most `timeout` until {free}. (With the default std \
                 backend the wait polls, yielding and then sleeping up to 1 ms between \
                 attempts; with the `parking_lot` feature it parks the thread.)"
            ),
            Shape::Try => format!("{verb} `{f}` if {free} now; never blocks."),
            Shape::Recover => format!(
                "{verb} `{f}` like `{}`, but if the lock is poisoned (a thread panicked while \
                 holding it), hands over the data as that thread left it and clears the \
                 poison, instead of panicking.",
                field.method(
                    if field.kind == Kind::Rw {
                        "write_"
                    } else {
                        "lock_"
                    },
                    ""
                )
            ),
        }
    }
}

/// The doc of the locking method `op` of `field`.
pub fn lock_doc(model: &Model, field: &FieldModel, op: Op) -> String {
    let mut doc = op.summary(field);
    doc.push_str("\n\n");
    doc.push_str(&place_text(model, field));
    doc.push_str("\n\n");
    doc.push_str(&keys_text(model, field));
    if field.kind == Kind::Rw && !op.writes() {
        let _ = write!(
            doc,
            "\n\nThis thread cannot read `{f}` again, nor write it, while the guard lives: a \
             second read would deadlock as soon as a writer queued between the two.",
            f = field.name
        );
    }
    if field.kind == Kind::Condvar {
        let _ = write!(
            doc,
            "\n\nThe guard can wait on `{f}` (`wait_while`, `wait_timeout_while`) if `{f}` \
             was locked with the `ThreadKey`: a waiting thread must hold no other lock.",
            f = field.name
        );
    }
    doc.push_str(&poison_text(field, op));
    doc
}

/// `# Errors` and `# Panics` sections: what happens if the lock is held or poisoned.
fn poison_text(field: &FieldModel, op: Op) -> String {
    let f = &field.name;
    let panics = format!(
        "\n\n# Panics\n\nIf `{f}` is poisoned (a thread panicked while holding it). `{}` \
         takes the data anyway.",
        field.recover_name()
    );
    let recovers = format!(
        "If `{f}` is poisoned (a thread panicked while holding it), the data is handed over \
         as that thread left it, and the poison is cleared (`poison = recover`)."
    );
    let poisoned = format!(
        "`{f}` is poisoned (a thread panicked while holding it): the error holds the guard \
         and the key, and its `into_inner` hands them over and clears the poison \
         (`poison = result`)."
    );
    match (op.shape(), field.poison) {
        (Shape::Recover, _) => String::new(),
        (Shape::Blocking, Poison::Panic) => panics,
        (Shape::Blocking, Poison::Recover) => format!("\n\n{recovers}"),
        (Shape::Blocking, Poison::Result) => format!("\n\n# Errors\n\n`Poisoned` if {poisoned}"),
        (Shape::Try, policy) => {
            let held = if op.timed() {
                "another thread still holds it when `timeout` has passed"
            } else {
                "another thread holds it"
            };
            let busy = format!(
                "\n\n# Errors\n\n`Busy` if {held}. `Busy` borrows nothing, so the key lent to \
                 this call is free again once the result has been matched: take `busy` out \
                 of the `match`, or use the `else` of an `if let Ok(..)`. Otherwise the \
                 result is what the blocking method returns."
            );
            match policy {
                Poison::Panic => busy + &panics,
                Poison::Recover => format!("{busy}\n\n{recovers}"),
                Poison::Result => format!("{busy} Inside `Ok`: `Err(Poisoned)` if {poisoned}"),
            }
        }
    }
}

/// Where `field` is in the lock order.
fn place_text(model: &Model, field: &FieldModel) -> String {
    let index = field.place.unwrap_or_default();
    format!(
        "`{}` is {} of {} in the lock order of `{}`: {}.",
        field.name,
        ordinal(index + 1),
        model.locks().len(),
        model.name(),
        order_text(model)
    )
}

/// Which keys the methods of `field` take, and which key they hand back.
fn keys_text(model: &Model, field: &FieldModel) -> String {
    let locks = model.locks();
    let index = field.place.unwrap_or_default();
    let f = &field.name;
    let after = &locks[index + 1..];
    let gives = if after.is_empty() {
        format!(
            "Hands back the guard, which unlocks when dropped, and a key that may lock no \
             other field of this struct (`{f}` is last)."
        )
    } else {
        format!(
            "Hands back the guard, which unlocks when dropped, and a key that may lock only \
             the fields after it: {}.",
            list(&ticked(after))
        )
    };
    format!("{} {gives}", takes_text(model, field))
}

/// Which keys the methods of `field` take.
fn takes_text(model: &Model, field: &FieldModel) -> String {
    let locks = model.locks();
    let index = field.place.unwrap_or_default();
    let f = &field.name;
    if index == 0 {
        format!(
            "Takes the `ThreadKey`: `{f}` comes first, so no other lock of `{}` may be held.",
            model.name()
        )
    } else {
        format!(
            "Takes the `ThreadKey`, or the key handed back by locking an earlier field ({}); \
             a key that holds `{f}` or a later field does not compile.",
            list(&ticked(&locks[..index]))
        )
    }
}

fn list(names: &[String]) -> String {
    match names {
        [first, .., last] if names.len() > LISTED_FIELDS => {
            format!("{} fields, {first} to {last}", names.len())
        }
        _ => names.join(", "),
    }
}

/// The docs of `notify_one_<field>` and `notify_all_<field>`.
pub fn notify_docs(model: &Model, field: &FieldModel) -> (String, String) {
    let (s, f) = (model.name(), &field.name);
    let common = format!(
        "Takes no lock and no key, so it can be called anywhere; call it after changing \
         `{f}` (and, usually, after dropping its guard) so that the woken thread finds the \
         change. A waiting thread checks its condition again when woken."
    );
    (
        format!("Wakes one thread waiting on `{s}.{f}`, if any.\n\n{common}"),
        format!("Wakes every thread waiting on `{s}.{f}`.\n\n{common}"),
    )
}

/// The doc of an atomic field's method.
pub fn atomic_doc(model: &Model, field: &FieldModel) -> String {
    format!(
        "The atomic `{}.{}`. It takes no lock, so it needs no key and is outside the lock \
         order: use it at any time, also while holding locks.",
        model.name(),
        field.name
    )
}

/// The doc of a call that locks `field` of two instances (`many: false`) or of any number.
pub fn group_doc(model: &Model, field: &FieldModel, prefix: &str, many: bool) -> String {
    let (s, f) = (model.name(), &field.name);
    let verb = match prefix {
        "read_" => "Read-locks",
        "write_" => "Write-locks",
        _ => "Locks",
    };
    let which = if many {
        format!("of every `{s}` that `instances` yields")
    } else {
        format!("of two `{s}`s")
    };
    let single = field.method(prefix, "");
    let poison = match field.poison {
        Poison::Panic => {
            format!("\n\n# Panics\n\nIf `{f}` of one of them is poisoned, as `{single}` does.")
        }
        Poison::Recover => String::new(),
        Poison::Result => format!(
            " Each guard is a `Result`, `Err(Poisoned)` if that instance's `{f}` is poisoned."
        ),
    };
    format!(
        "{verb} `{f}` {which} in one call. They are locked in an order of their own (the \
         address of the shared state, which clones share), whatever the order of the \
         arguments, so two threads locking the same instances in opposite orders cannot \
         deadlock; the guards come back in argument order.\n\n{}\n\n{} Then hands back \
         the guards and one key after `{f}`, which may lock later fields (not `{f}` of \
         another instance).\n\n# Errors\n\n`SameInstance` if the same instance (or two \
         clones of it) comes twice: it has one lock, which cannot be taken twice. Nothing \
         is locked then.{poison}",
        place_text(model, field),
        takes_text(model, field),
    )
}
