//! The docs of the generated methods: what each does, the field's place in the lock order,
//! which keys it takes and gives, and what poisoning does to it.

use std::fmt::Write as _;
use std::ops::Range;

use super::{LISTED_FIELDS, order_text, ordinal, ticked};
use crate::kind::{Access, Op, Poison, Shape};
use crate::model::{FieldModel, Model};

/// The first sentence of the doc of the locking method `op`.
fn summary(op: Op, field: &FieldModel) -> String {
    let f = &field.name;
    let spec = field.spec();
    let (verb, free) = (spec.verbs[op.access()], spec.free[op.access()]);
    match op.shape() {
        Shape::Blocking if spec.asynchronous => format!(
            "{verb} `{f}`: the future resolves once {free}, and the task waits without \
             blocking its thread. Dropping the future before it resolves takes nothing."
        ),
        Shape::Blocking => format!("{verb} `{f}`, blocking until {free}."),
        Shape::Try if op.timed() => format!(
            "{verb} `{f}`, waiting at most `timeout` until {free}. (With the default std \
             backend the wait polls, yielding and then sleeping up to 1 ms between \
             attempts; with the `parking_lot` feature it parks the thread.)"
        ),
        Shape::Try => format!("{verb} `{f}` if {free} now; never blocks."),
        Shape::Recover => format!(
            "{verb} `{f}` like `{}`, but if the lock is poisoned (a thread panicked while \
             holding it), hands over the data as that thread left it and clears the \
             poison, instead of panicking.",
            blocking_method(field, op)
        ),
    }
}

/// The blocking method that `op`'s method is a variant of: `lock_<field>`, or `read_` /
/// `write_` for a reader-writer field.
fn blocking_method(field: &FieldModel, op: Op) -> proc_macro2::Ident {
    let blocking = field
        .spec()
        .ops
        .iter()
        .find(|o| o.shape() == Shape::Blocking && o.writes() == op.writes())
        .or_else(|| field.spec().ops.first())
        .map_or(Op::Lock, |o| *o);
    let (prefix, postfix, _) = blocking.names();
    field.method(prefix, postfix)
}

/// The doc of the locking method `op` of `field`. A blocking method says where the field
/// is in the order and which keys it takes and hands back; its variants (`try_`,
/// `recover_`) refer to it, so that a wide struct's docs do not say it six times over.
pub fn lock_doc(model: &Model, field: &FieldModel, op: Op) -> String {
    let mut doc = summary(op, field);
    if op.shape() == Shape::Blocking {
        doc.push_str("\n\n");
        doc.push_str(&place_text(model, field));
        doc.push_str("\n\n");
        doc.push_str(&keys_text(model, field));
    } else {
        let _ = write!(
            doc,
            " Takes and hands back keys as `{}` does.",
            blocking_method(field, op)
        );
    }
    let notes = [
        field.spec().read_note.filter(|_| !op.writes()),
        field.spec().lock_note,
    ];
    for note in notes.into_iter().flatten() {
        let _ = write!(doc, "\n\n{}", note.replace("{f}", &field.name));
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
    let blocking = blocking_method(field, op);
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
                "\n\n# Errors\n\n`Busy` if {held} (it borrows nothing: see `Busy` for using \
                 the key again). Otherwise the result is what `{blocking}` returns."
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
        model.lock_count,
        model.name(),
        order_text(model)
    )
}

/// Which keys the methods of `field` take, and which key they hand back.
fn keys_text(model: &Model, field: &FieldModel) -> String {
    let index = field.place.unwrap_or_default();
    let f = &field.name;
    let gives = if index + 1 >= model.lock_count {
        format!(
            "Hands back the guard, which unlocks when dropped, and a key that may lock no \
             other field of this struct (`{f}` is last)."
        )
    } else {
        format!(
            "Hands back the guard, which unlocks when dropped, and a key that may lock only \
             the fields after it: {}.",
            list(model, index + 1..model.lock_count)
        )
    };
    format!("{} {gives}", takes_text(model, field))
}

/// Which keys the methods of `field` take.
fn takes_text(model: &Model, field: &FieldModel) -> String {
    let index = field.place.unwrap_or_default();
    let f = &field.name;
    let root = if field.spec().asynchronous {
        "TaskKey"
    } else {
        "ThreadKey"
    };
    if index == 0 {
        format!(
            "Takes the `{root}`: `{f}` comes first, so no other lock of `{}` may be held.",
            model.name()
        )
    } else {
        format!(
            "Takes the `{root}`, or the key handed back by locking an earlier field ({}); \
             a key that holds `{f}` or a later field does not compile.",
            list(model, 0..index)
        )
    }
}

/// The locked fields at `places` as `` `a`, `b` ``, or as `` 12 fields, `a` to `l` `` when
/// there are many (without listing them all: for each field of a wide struct, that would
/// make its docs quadratic in its width).
fn list(model: &Model, places: Range<usize>) -> String {
    let name = |place: usize| model.lock(place).map_or("", |field| field.name.as_str());
    if places.len() > LISTED_FIELDS {
        return format!(
            "{} fields, `{}` to `{}`",
            places.len(),
            name(places.start),
            name(places.end - 1)
        );
    }
    let fields: Vec<&FieldModel> = places.filter_map(|place| model.lock(place)).collect();
    ticked(&fields).join(", ")
}

/// What the notify methods' docs share.
fn notify_text(field: &FieldModel) -> String {
    format!(
        "Takes no lock and no key, so it can be called anywhere; call it after changing \
         `{f}` (and, usually, after dropping its guard) so that the woken thread finds the \
         change. A waiting thread checks its condition again when woken.",
        f = field.name
    )
}

/// The doc of `notify_one_<field>`.
pub fn notify_one_doc(model: &Model, field: &FieldModel) -> String {
    format!(
        "Wakes one thread waiting on `{}.{}`, if any.\n\n{}",
        model.name(),
        field.name,
        notify_text(field)
    )
}

/// The doc of `notify_all_<field>`.
pub fn notify_all_doc(model: &Model, field: &FieldModel) -> String {
    format!(
        "Wakes every thread waiting on `{}.{}`.\n\n{}",
        model.name(),
        field.name,
        notify_text(field)
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
pub fn group_doc(model: &Model, field: &FieldModel, access: Access, many: bool) -> String {
    let (s, f) = (model.name(), &field.name);
    let verb = access.verb();
    let prefix = access.names().0;
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
    if many {
        let pair = field.method(prefix, "_pair");
        return format!(
            "{verb} `{f}` {which} in one call, as `{pair}` does for two; the guards come \
             back in the order of `instances`. Takes keys as `{single}` does, and hands back \
             one key after `{f}`.\n\n# Errors\n\n`SameInstance` if an instance (or a clone \
             of it) comes twice: nothing is locked then.{poison}"
        );
    }
    format!(
        "{verb} `{f}` {which} in one call, in an order of their own (so that two threads \
         locking the same two in opposite orders cannot deadlock); the guards come back in \
         argument order. Takes keys as `{single}` does, and hands back one key after `{f}`, \
         which cannot lock `{f}` of a third.\n\n# Errors\n\n`SameInstance` if both are \
         the same instance, or clones of one: nothing is locked then.{poison}"
    )
}

/// The doc of an unlocked field's method.
pub fn get_doc(model: &Model, field: &FieldModel) -> String {
    format!(
        "`{s}.{f}`, set by `new` and shared by every clone. It takes no lock, so it needs no \
         key and is outside the lock order: read it at any time, also while holding locks. \
         It is never handed out as `&mut`; to change it, give it a type that changes \
         through `&` (an atomic, a channel's sender, a `OnceLock`).",
        s = model.name(),
        f = field.name
    )
}

/// What the snapshot methods' docs share.
fn snapshot_text() -> &'static str {
    "It takes no lock, so it needs no key and is outside the lock order: call it at any \
     time, also while holding locks. Readers never block writers or each other."
}

/// The doc of a snapshot field's `load_`.
pub fn load_doc(model: &Model, field: &FieldModel) -> String {
    format!(
        "A snapshot of `{s}.{f}`: the value as it is now, which stays readable, unchanged, \
         after the field is replaced (it keeps that value alive). {}\n\nA load never blocks \
         and never waits for a writer; it costs a few dozen instructions, more than an \
         uncontended lock of one thread, and holding many snapshots at once for long makes \
         loads slower (see `Snapshot`).",
        snapshot_text(),
        s = model.name(),
        f = field.name
    )
}

/// The doc of a snapshot field's `store_`.
pub fn store_doc(model: &Model, field: &FieldModel) -> String {
    format!(
        "Replaces `{s}.{f}` with `value`. Snapshots loaded before keep the old value; loads \
         after see the new one. {}\n\n# Panics\n\nInside the function given to \
         `update_{f}` (of this instance or a clone), before storing anything: that function \
         returns the new value instead.",
        snapshot_text(),
        s = model.name(),
        f = field.name
    )
}

/// The doc of a snapshot field's `update_`.
pub fn update_doc(model: &Model, field: &FieldModel) -> String {
    format!(
        "Replaces `{s}.{f}` with `f(&current)`, without losing a concurrent update: if \
         another thread replaced the value while `f` ran, `f` runs again on the newer value. \
         So `f` may run more than once, and should only compute the new value. {}\n\n\
         # Panics\n\nIf `f` stores or updates `{s}.{f}` itself (through this instance or a \
         clone): `f` would run again after each such write, and the update would never \
         return. The write panics instead, before writing anything.",
        snapshot_text(),
        s = model.name(),
        f = field.name
    )
}

/// The section added to the struct's own docs: its fields' lock order and its place among
/// the structs it is declared after. Only on a struct that has docs of its own: added to
/// an undocumented struct, it would silence `missing_docs` there.
pub fn struct_doc(model: &Model) -> Option<String> {
    if !model.attrs.iter().any(|attr| attr.path().is_ident("doc")) {
        return None;
    }
    let s = model.name();
    let fields = if model.lock_count == 1 {
        format!(
            "`{s}` has one locked field, {} (`{}::LOCK_ORDER`).",
            ticked(&model.locks()).join(""),
            model.levels
        )
    } else if model.lock_count == 0 {
        format!(
            "`{s}` has no locked fields (`atomic`, `unlocked` and `snapshot` fields take no lock)."
        )
    } else {
        let locks = ticked(&model.locks());
        // A long list one field a line; the messages' summary (`order_text`) is for
        // messages, and these docs are where the whole order is read.
        let list = if locks.len() > LISTED_FIELDS {
            let lines: Vec<String> = locks
                .iter()
                .enumerate()
                .map(|(i, field)| format!("{}. {field}", i + 1))
                .collect();
            format!("\n\n{}\n\n", lines.join("\n"))
        } else {
            format!(" {}. ", locks.join(", then "))
        };
        format!(
            "`{s}` locks its fields in declaration order:{list}A thread holding one may lock \
             only those after it (`{}::LOCK_ORDER` lists them).",
            model.levels
        )
    };
    let place = match model.after {
        Some(after) => {
            let after = quote::quote!(#after).to_string().replace(' ', "");
            format!(
                "Declared after `{after}` (`#[guarded(after = {after})]`): a thread holding \
                 locks of `{after}`, or of a struct that `{after}` is declared after, may \
                 lock the fields of `{s}`, and holding those, the fields of the structs \
                 declared after `{s}`; not the other way round."
            )
        }
        None => format!(
            "Declared after no other struct: a thread holding a lock of another \
             `#[guarded]` struct cannot lock the fields of `{s}`; holding those, it may lock \
             the fields of the structs declared `#[guarded(after = {s})]`."
        ),
    };
    Some(format!(
        "\n\n# Lock order\n\n{fields}\n\n{place} `guarded::lock_order()` prints the whole \
         program's order of structs."
    ))
}
