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

#[test]
fn readme_quotes_the_double_lock_error_head() {
    let stderr = include_str!("ui/order/same_field_of_two_instances.stderr");
    let head = stderr.split("\nhelp:").next().unwrap_or(stderr);
    assert!(
        head.contains("double lock on `Bank`"),
        "the head is the message itself"
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
    assert!(first.contains("cannot wait on `jobs` while holding `config`"));
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
    let first = stderr.lines().next().unwrap_or_default();
    let note = stderr
        .lines()
        .find(|line| line.contains("= note: to nest them this way"))
        .unwrap_or_default();
    assert!(first.contains("no lock order puts `Bank` after `Ledger`"));
    assert_quoted(first, "the first line of the struct order error");
    assert_quoted(note, "the note of the struct order error");
}
