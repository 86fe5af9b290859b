//! Expansion snapshots: what `#[guarded]` generates for a few representative structs,
//! pretty-printed and compared with the committed files in `guarded-macros/snapshots/`, so
//! that every change to the generated code shows in the diff and gets reviewed.
//!
//! After a deliberate change, regenerate them with
//! `UPDATE_EXPECT=1 cargo test -p guarded-macros snapshots` and read the diff.

use expect_test::{ExpectFile, expect_file};

/// Expands `#[guarded(args)] item` and pretty-prints the result.
fn expand(args: &str, item: &str) -> String {
    let args: proc_macro2::TokenStream = args.parse().expect("the arguments lex");
    let item: proc_macro2::TokenStream = item.parse().expect("the item lexes");
    let out = crate::run(args, item);
    let file: syn::File = syn::parse2(out).expect("the expansion parses as a file");
    prettyplease::unparse(&file)
}

fn check(args: &str, item: &str, expected: &ExpectFile) {
    expected.assert_eq(&expand(args, item));
}

/// Two mutex fields: the core. Documented, so its docs get the lock order section.
#[test]
fn snapshot_bank() {
    check(
        "",
        "/// Balances and their log.
        pub struct Bank { accounts: std::collections::HashMap<u32, i64>, audit: Vec<String> }",
        &expect_file!["../snapshots/bank.rs"],
    );
}

/// Every kind and policy, and an order after another struct.
#[test]
fn snapshot_pool() {
    check(
        "after = Bank, poison = recover",
        "/// Jobs and their settings.
        pub struct Pool {
            #[guarded(rw, poison = result)] settings: Vec<String>,
            #[guarded(condvar, poison = panic)] jobs: Vec<u32>,
            #[guarded(atomic)] done: u64,
        }",
        &expect_file!["../snapshots/pool.rs"],
    );
}

/// A generic struct, with a lifetime and a where clause.
#[test]
fn snapshot_generic() {
    check(
        "",
        "pub(crate) struct Cache<'a, T: Clone> where T: Send { values: Vec<&'a T>, hits: u64 }",
        &expect_file!["../snapshots/generic.rs"],
    );
}

/// Fields without a lock beside locked ones: `unlocked` (read through `&T`) and `snapshot`
/// (`load_`, `store_`, `update_`), neither in the order nor given a level.
#[test]
fn snapshot_scheduler() {
    check(
        "",
        "pub struct Shard {
            #[guarded(unlocked)] name: String,
            #[guarded(snapshot)] config: Config,
            jobs: Vec<u32>,
            #[guarded(unlocked, rename = shard_id)] id: u32,
        }",
        &expect_file!["../snapshots/scheduler.rs"],
    );
}

/// A struct wider than 32 locked fields, whose order checks are one per field (not one
/// per pair), with a condition-variable field among them.
#[test]
fn snapshot_wide() {
    let fields: Vec<String> = (0..33)
        .map(|i| match i {
            16 => format!("#[guarded(condvar)] f{i}: u32"),
            20 => format!("#[guarded(rw)] f{i}: u32"),
            _ => format!("f{i}: u32"),
        })
        .collect();
    check(
        "",
        &format!("pub struct Wide {{ {} }}", fields.join(", ")),
        &expect_file!["../snapshots/wide.rs"],
    );
}
