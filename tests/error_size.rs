//! The misuse errors fit on one screen: every error block in the reviewed `.stderr` files
//! whose first line is one of `guarded`'s own order messages (out of order, double lock,
//! waiting while holding, nesting structs, out of order in `lock!`) is at most 20 lines on
//! a 100-column
//! terminal, names none of the runtime's machinery after its first line, and keeps a note
//! with the declared order and a note with the fix.
//!
//! It reads the `.stderr` files that `tests/ui.rs` checks against rustc, so a change to the
//! generated code that makes an error longer fails here once its `.stderr` is regenerated.

use std::fs;
use std::path::{Path, PathBuf};

/// The first lines of `guarded`'s own order messages, after `error[E0277]: `.
const OURS: &[&str] = &["lock order violation", "wait while holding a lock"];

/// Names of the runtime's machinery, and rustc's notes about it, that an error must not
/// show after its first line.
const MACHINERY: &[&str] = &[
    "__private",
    "Via",
    "Follows",
    "MayPrecede",
    "WaitsHolding",
    "has no implementations",
    "multiple different versions",
];

/// Cases that miss a goal for a reason outside `guarded`'s reach, each with the reason.
const EXCEPTIONS: &[(&str, &str)] = &[
    (
        "order/helper_bound_does_not_allow_lock.stderr",
        "a generic helper's key: rustc adds its own suggestion to restrict the opaque type",
    ),
    (
        "waiting/wait_in_generic_helper.stderr",
        "a generic helper's key: rustc adds its own suggestion to restrict the type parameter",
    ),
    (
        "waiting/wait_with_key_of_later_field.stderr",
        "rustc points at the one impl of the key's trait that exists, for the later field",
    ),
    (
        "waiting/wait_in_impl_can_lock_helper.stderr",
        "a generic helper's key: rustc adds its own suggestion to restrict the opaque type",
    ),
    (
        "privacy/hidden_field_lock_without_key.stderr",
        "the attack itself calls `guarded::__private::Field::lock`, which rustc quotes",
    ),
    (
        "order/own_module_clone_field_then_lock.stderr",
        "the attack itself calls the storage's `lock` in the struct's module, which rustc quotes",
    ),
    (
        "order/out_of_order_struct_from_macro.stderr",
        "a struct declared by a `macro_rules!` macro: rustc adds the macro's invocation and a \
         note that the error originates in it (21 rows, the same message as any struct's)",
    ),
    (
        "privacy/own_module_rw_field_read_without_key.stderr",
        "the attack itself calls the storage's `read` in the struct's module, which rustc quotes",
    ),
];

/// The terminal the errors must fit.
const COLUMNS: usize = 100;
const MAX_LINES: usize = 20;

fn stderr_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("tests/ui is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            stderr_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "stderr") {
            out.push(path);
        }
    }
}

/// Each error block of `text`: from a line starting with `error` to the blank line that
/// ends it.
fn blocks(text: &str) -> Vec<Vec<&str>> {
    let mut blocks = Vec::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        if line.starts_with("error") {
            let mut block = vec![line];
            while let Some(next) = lines.next_if(|l| !l.trim().is_empty()) {
                block.push(next);
            }
            blocks.push(block);
        }
    }
    blocks
}

/// How many rows `block` takes on a terminal `COLUMNS` wide.
fn rows(block: &[&str]) -> usize {
    block
        .iter()
        .map(|line| line.chars().count().div_ceil(COLUMNS).max(1))
        .sum()
}

/// Our message blocks, each with its file.
fn our_blocks() -> Vec<(PathBuf, Vec<String>)> {
    let mut files = Vec::new();
    stderr_files(Path::new("tests/ui"), &mut files);
    files.sort();
    let mut found = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).expect("a .stderr file is text");
        for block in blocks(&text) {
            let first = block[0];
            let ours = first
                .strip_prefix("error[E0277]: ")
                .is_some_and(|rest| OURS.iter().any(|m| rest.starts_with(m)));
            if ours {
                found.push((
                    file.clone(),
                    block.iter().map(|l| (*l).to_owned()).collect(),
                ));
            }
        }
    }
    found
}

#[test]
fn order_errors_fit_on_one_screen() {
    let blocks = our_blocks();
    assert!(
        blocks.len() >= 30,
        "expected the order, wait and struct cases' errors, found {}",
        blocks.len()
    );
    let mut problems = Vec::new();
    for (file, block) in &blocks {
        if EXCEPTIONS.iter().any(|(name, _)| file.ends_with(name)) {
            continue;
        }
        let lines: Vec<&str> = block.iter().map(String::as_str).collect();
        let rows = rows(&lines);
        if rows > MAX_LINES {
            problems.push(format!("{}: {rows} rows: {}", file.display(), lines[0]));
        }
        for name in MACHINERY {
            if lines[1..].iter().any(|l| l.contains(name)) {
                problems.push(format!("{}: names `{name}`: {}", file.display(), lines[0]));
            }
        }
        let notes: Vec<&&str> = lines.iter().filter(|l| l.contains("= note: ")).collect();
        // The declared order (`Bank` locks `a`, then `b`), or for `lock!` and a wait, what
        // the order asks (the struct's `LOCK_ORDER`; a waiting thread holds nothing else).
        let order = notes
            .iter()
            .any(|n| n.contains(" locks ") || n.contains("LOCK_ORDER") || n.contains("waiting"));
        let fix = notes.iter().any(|n| {
            ["drop the guard", "drop that guard", "drop the other guard"]
                .iter()
                .any(|fix| n.contains(fix))
        });
        if !order || !fix {
            problems.push(format!(
                "{}: no note with the order and the fix: {}",
                file.display(),
                lines[0]
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} of {} error blocks miss the goals:\n{}",
        problems.len(),
        blocks.len(),
        problems.join("\n")
    );
}

#[test]
fn each_exception_is_a_case_with_our_message() {
    let blocks = our_blocks();
    for (name, _) in EXCEPTIONS {
        assert!(
            blocks.iter().any(|(file, _)| file.ends_with(name)),
            "{name} is listed as an exception but has no such error: remove it from the list"
        );
    }
}

#[test]
fn the_counter_counts_wrapped_rows() {
    let long = "x".repeat(150);
    assert_eq!(rows(&["a", &long, ""]), 1 + 2 + 1);
    let text = "error[E0277]: one\n  --> a.rs\n\nwarning: w\n\nerror: two\nmore\n";
    let found = blocks(text);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0], ["error[E0277]: one", "  --> a.rs"]);
}
