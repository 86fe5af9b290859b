//! The README shows users the errors they will see, pasted from the reviewed `.stderr`
//! files. This keeps the two the same: a changed message must be pasted again.

const README: &str = include_str!("../README.md");

fn assert_quoted(stderr: &str, what: &str) {
    assert!(
        README.contains(stderr.trim_end()),
        "README.md no longer quotes {what} as its .stderr file has it; paste it again"
    );
}

#[test]
fn readme_quotes_the_order_error() {
    assert_quoted(
        include_str!("ui/order/lock_accounts_while_holding_audit.stderr"),
        "the lock order error",
    );
}

/// The lines of `stderr` up to and including the first that contains `last`.
fn head_through<'a>(stderr: &'a str, last: &str) -> &'a str {
    let end = stderr
        .find(last)
        .and_then(|at| stderr[at..].find('\n').map(|eol| at + eol))
        .unwrap_or(stderr.len());
    &stderr[..end]
}

#[test]
fn readme_quotes_the_double_lock_error_head() {
    let stderr = include_str!("ui/order/same_field_of_two_instances.stderr");
    // The message, its label, rustc's `help:` line and both notes: all but where the bound is.
    let head = stderr
        .split("\nnote: required by a bound")
        .next()
        .unwrap_or(stderr);
    assert!(
        head.contains("cannot lock `accounts` with `Key<'_, accounts>`")
            && head.contains("= help: ")
            && head.contains("use `Bank::lock_accounts_pair`"),
        "the head is the message, the help line and the notes"
    );
    assert_quoted(head, "the double lock error");
}

#[test]
fn readme_quotes_the_temporary_guard_error() {
    assert_quoted(
        include_str!("ui/order/double_lock_match_scrutinee.stderr"),
        "the borrow error of a guard kept by a temporary",
    );
}

#[test]
fn readme_quotes_the_wait_error_first_line() {
    let stderr = include_str!("ui/waiting/wait_while_holding_earlier_field.stderr");
    let first = stderr.lines().next().unwrap_or_default();
    assert!(first.contains("cannot wait on `jobs`, locked with `Key<'_, config>`"));
    assert_quoted(first, "the first line of the wait-while-holding error");
}

#[test]
fn readme_quotes_the_poison_panic_message() {
    // The message `guarded-runtime` panics with, as the README wraps it over two lines.
    let message = "`Bank.accounts` is poisoned: a thread panicked while it held this lock. \
         Call `recover_accounts` to take the data as that thread left it (this clears the \
         poison).";
    let quoted: String = README
        .lines()
        .skip_while(|line| !line.contains("`Bank.accounts` is poisoned"))
        .take(2)
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(quoted, message);
}

#[test]
fn readme_quotes_the_struct_order_error() {
    let stderr = include_str!("ui/struct_order/reverse_of_declared_order.stderr");
    // From the message to rustc's `help:` line, which names the key of `Ledger`'s field.
    let head = head_through(stderr, "= help: ");
    assert!(head.contains("cannot lock `accounts` with `Key<'_, entries>`"));
    assert!(head.contains("is not implemented for `Key<'_, entries>`"));
    assert_quoted(head, "the first lines of the struct order error");
}

#[test]
fn readme_paths_to_tests_exist() {
    // Each `tests/...` path the README names in backticks, up to a `*` (a pattern names the
    // folder and the start of the file names it matches).
    let mut missing = Vec::new();
    for quoted in README.split('`').skip(1).step_by(2) {
        let Some(path) = quoted.strip_prefix("tests/") else {
            continue;
        };
        let path = format!("tests/{}", path.split('*').next().unwrap_or_default());
        let exists = if path.ends_with('/') || !path.contains('.') && quoted.contains('*') {
            let (dir, start) = path.rsplit_once('/').unwrap_or((&path, ""));
            std::fs::read_dir(dir).is_ok_and(|entries| {
                entries
                    .flatten()
                    .any(|e| e.file_name().to_string_lossy().starts_with(start))
            })
        } else {
            std::path::Path::new(&path).exists()
        };
        if !exists {
            missing.push(quoted);
        }
    }
    assert!(
        missing.is_empty(),
        "README.md names tests that are not there: {missing:?}"
    );
}

/// The README's cycle error is `cycle_of_declarations.stderr` abridged: without rustc's
/// notes about the `Guarded` impls' `ORDER` (each at the same `after = ...` as the step
/// after it) and without the lines after "completing the cycle".
#[test]
fn readme_quotes_the_cycle_error_abridged() {
    let stderr = include_str!("ui/struct_order/cycle_of_declarations.stderr");
    let mut abridged = Vec::new();
    let mut skipping = false;
    for line in stderr.lines() {
        if line.starts_with("note: ") || line.starts_with("   = note: ") {
            skipping = line.contains("::<impl at ");
        }
        if !skipping {
            abridged.push(line);
        }
        if line.contains("completing the cycle") {
            break;
        }
    }
    let abridged = abridged.join("\n");
    assert!(
        abridged.contains("_::AUDIT_AFTER_JOURNAL")
            && abridged.contains("_::JOURNAL_AFTER_AUDIT")
            && abridged.ends_with("completing the cycle"),
        "the abridged error names both declarations and ends the cycle:\n{abridged}"
    );
    assert_quoted(&abridged, "the cycle of `after` declarations, abridged");
}
