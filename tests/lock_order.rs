//! The picture of the whole lock order, `guarded::lock_order()`: every `#[guarded]` struct
//! linked into this test program (`Bank` and `Ledger` from the `guarded-test-upstream`
//! crate, the structs below, one of them generic and one declared in a function body),
//! its locked fields in order and the `after` declarations, as Mermaid and as DOT. Both
//! are kept in snapshot files beside this one (`tests/lock_order/`), so a change of the
//! order shows in a diff; after a deliberate change, regenerate them with
//! `UPDATE_EXPECT=1 cargo test --test lock_order` and read the diff.
//!
//! The README's graphs are checked here too, against copies of the structs they show
//! (`bank_example`, `several_structs`).

use std::path::Path;
use std::sync::atomic::Ordering;

use guarded::{GuardedStruct, ThreadKey, guarded, lock_order};
use guarded_test_upstream::{Bank, Ledger};

/// Declared after a struct of another crate, which is itself declared after another.
#[guarded(after = Ledger)]
pub struct Archive {
    boxes: Vec<String>,
    labels: Vec<String>,
}

/// Generic: one node, whatever its instantiations.
#[guarded(after = Archive)]
pub struct Shelf<T> {
    items: Vec<T>,
}

/// No lock of its own: a node without fields.
#[guarded]
pub struct Counter {
    #[guarded(atomic)]
    count: u64,
}

/// A struct declared in a function body registers as any other.
fn drawer() -> impl Fn(&mut ThreadKey) -> usize {
    #[guarded(after = Shelf<()>)]
    struct Drawer {
        papers: Vec<String>,
    }
    let drawer = Drawer::new(vec!["receipt".to_owned()]);
    move |key| drawer.lock_papers(key).0.len()
}

/// A copy of the structs of `examples/bank.rs` (their names, fields and declarations; the
/// fields are `pub(super)` here so that the test can lock them), for the README's graph of
/// that example.
mod bank_example {
    use std::collections::HashMap;

    use guarded::guarded;

    #[guarded]
    pub struct Bank {
        pub(super) accounts: HashMap<&'static str, i64>,
        pub(super) audit: Vec<String>,
    }

    #[guarded]
    pub struct Account {
        pub(super) balance: i64,
        pub(super) statement: Vec<String>,
    }
}

/// A copy of the structs of the README's "Several structs" example, for its graph.
mod several_structs {
    use guarded::guarded;

    #[guarded]
    pub struct Bank {
        pub(super) accounts: Vec<i64>,
    }

    #[guarded(after = Bank)]
    pub struct Ledger {
        pub(super) entries: Vec<String>,
    }

    #[guarded(after = Ledger)]
    pub struct Archive {
        pub(super) boxes: Vec<String>,
    }
}

/// Compares `got` with the snapshot file `name` in `tests/lock_order/`, or writes it there
/// when `UPDATE_EXPECT` is set.
fn check_snapshot(name: &str, got: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/lock_order")
        .join(name);
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, got).expect("the snapshot is written");
        return;
    }
    let expected = std::fs::read_to_string(&path).expect("the snapshot exists");
    assert!(
        expected == got,
        "{} differs from the lock order printed now (regenerate with \
         `UPDATE_EXPECT=1 cargo test --test lock_order` if the change is meant):\n{got}",
        path.display()
    );
}

/// The structs are used, so that this program links them.
#[test]
fn the_structs_lock() {
    let (bank, ledger) = (Bank::default(), Ledger::default());
    let archive = Archive::new(Vec::new(), Vec::new());
    let shelf = Shelf::<u8>::new(Vec::new());
    let mut key = ThreadKey::get().expect("the test thread's key");
    {
        let (_accounts, mut after) = bank.lock_accounts(&mut key);
        let (_entries, mut after) = ledger.lock_entries(&mut after);
        let (_boxes, mut after) = archive.lock_boxes(&mut after);
        let (_labels, mut after) = archive.lock_labels(&mut after);
        shelf.lock_items(&mut after).0.push(1);
    }
    assert_eq!(drawer()(&mut key), 1);
    assert_eq!(Counter::new(3).count().load(Ordering::Relaxed), 3);
    let bank = bank_example::Bank::new(std::collections::HashMap::new(), Vec::new());
    {
        let (accounts, mut after) = bank.lock_accounts(&mut key);
        assert!(accounts.is_empty() && bank.lock_audit(&mut after).0.is_empty());
    }
    {
        use several_structs::{Archive, Bank, Ledger};
        let (bank, ledger, archive) = (
            Bank::new(vec![1]),
            Ledger::new(vec![]),
            Archive::new(vec![]),
        );
        let (accounts, mut after) = bank.lock_accounts(&mut key);
        let (_entries, mut after) = ledger.lock_entries(&mut after);
        archive
            .lock_boxes(&mut after)
            .0
            .push(format!("{accounts:?}"));
    }
    let account = bank_example::Account::new(10, Vec::new());
    let (balance, mut after) = account.lock_balance(&mut key);
    assert_eq!(*balance, 10);
    assert!(account.lock_statement(&mut after).0.is_empty());
}

#[test]
fn mermaid_snapshot() {
    check_snapshot("lock_order.mmd", &lock_order().mermaid());
}

#[test]
fn dot_snapshot() {
    check_snapshot("lock_order.dot", &lock_order().dot());
}

/// What the snapshots show, asserted on the structure: every struct once, in sorted
/// order, with its fields and what it is declared after.
#[test]
fn every_struct_once_with_its_fields_and_after() {
    let order = lock_order();
    let got: Vec<(String, &[&str], Option<&str>)> = order
        .structs()
        .iter()
        .map(|s| {
            (
                format!("{}::{}", s.module(), s.name()),
                s.fields(),
                s.after().map(|after| after.name()),
            )
        })
        .collect();
    let none: &[&str] = &[];
    assert_eq!(
        got,
        [
            (
                "lock_order::bank_example::Account".to_owned(),
                &["balance", "statement"][..],
                None
            ),
            (
                "lock_order::Archive".to_owned(),
                &["boxes", "labels"][..],
                Some("Ledger")
            ),
            (
                "lock_order::several_structs::Archive".to_owned(),
                &["boxes"][..],
                Some("Ledger")
            ),
            (
                "guarded_test_upstream::Bank".to_owned(),
                &["accounts", "audit"][..],
                None
            ),
            (
                "lock_order::bank_example::Bank".to_owned(),
                &["accounts", "audit"][..],
                None
            ),
            (
                "lock_order::several_structs::Bank".to_owned(),
                &["accounts"][..],
                None
            ),
            ("lock_order::Counter".to_owned(), none, None),
            (
                "lock_order::Drawer".to_owned(),
                &["papers"][..],
                Some("Shelf")
            ),
            (
                "guarded_test_upstream::Ledger".to_owned(),
                &["entries"][..],
                Some("Bank")
            ),
            (
                "lock_order::several_structs::Ledger".to_owned(),
                &["entries"][..],
                Some("Bank")
            ),
            (
                "lock_order::Shelf".to_owned(),
                &["items"][..],
                Some("Archive")
            ),
        ]
    );
    assert!(
        order.structs()[0]
            .location()
            .starts_with("tests/lock_order.rs:"),
        "{:?}",
        order.structs()[0]
    );
}

/// `within` a crate (by its name) and within a module.
#[test]
fn within_a_crate_or_a_module() {
    let upstream = lock_order().within("guarded_test_upstream");
    let names: Vec<&str> = upstream.structs().iter().map(GuardedStruct::name).collect();
    assert_eq!(names, ["Bank", "Ledger"]);
    let example = lock_order().within("lock_order::bank_example");
    let names: Vec<&str> = example.structs().iter().map(GuardedStruct::name).collect();
    assert_eq!(names, ["Account", "Bank"]);
}

/// The `mermaid` blocks of the README, in order.
fn readme_graphs() -> Vec<&'static str> {
    let readme = include_str!("../README.md");
    readme
        .split("```mermaid\n")
        .skip(1)
        .map(|block| block.split("```").next().expect("a block's text"))
        .collect()
}

/// The README shows the graph of the bank example in a `mermaid` block, then that of its
/// "Several structs" example; each is what `lock_order()` prints for those structs.
#[test]
fn readme_graphs_are_what_lock_order_prints() {
    let printed = [
        lock_order()
            .within(concat!(module_path!(), "::bank_example"))
            .mermaid(),
        lock_order()
            .within(concat!(module_path!(), "::several_structs"))
            .mermaid(),
    ];
    assert_eq!(
        readme_graphs(),
        printed,
        "the README's graphs differ from what lock_order() prints for their structs"
    );
}
