//! `#[guarded]` in a crate of edition 2015, which trybuild cannot give a case of its own
//! (its cases take this package's edition): each test writes a small package of that
//! edition, depending on this one, and builds it with cargo (offline, with this
//! workspace's lock file, in a target directory the tests share).
//!
//! - A mistake in the input keeps its message: the macro's errors are `compile_error!`
//!   calls spanned at the user's tokens, whose edition decides how a path is read; a
//!   path from `::` is read from the crate root in 2015, where `core` is not.
//! - Fields named like the words that became keywords in 2018 (`async`, `await`, `dyn`,
//!   `try`), which are plain identifiers in 2015, compile and lock as any other.
//! - Visibilities restricted to a module by a path from the crate root (`pub(in m)`,
//!   `pub(in ::m)`), which 2015 allows without `crate`, keep their meaning on the
//!   storage of the fields, which sits in the levels module (found by review: they were
//!   read as relative to it, and did not compile).
//! - A struct that syn cannot read (a trait object without `dyn` with `Fn` sugar, which
//!   2015 allows and syn does not parse) gets one error, syn's: the struct is given back
//!   without its fields' `#[guarded(...)]` options, which rustc would otherwise report
//!   one by one as a misplaced attribute macro.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Builds a package of edition 2015 whose `src/lib.rs` is `source`; returns whether the
/// build succeeded, and what cargo printed on stderr.
fn build_2015(case: &str, source: &str) -> (bool, String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let scratch = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("edition2015");
    let package = scratch.join(case);
    std::fs::create_dir_all(package.join("src")).expect("the package's directory");
    let manifest = format!(
        "[package]\nname = \"{case}\"\nversion = \"0.0.0\"\nedition = \"2015\"\n\
         publish = false\n\n[dependencies]\nguarded = {{ path = {:?} }}\n\n[workspace]\n",
        root.display().to_string()
    );
    std::fs::write(package.join("Cargo.toml"), manifest).expect("the manifest");
    std::fs::write(package.join("src/lib.rs"), source).expect("the source");
    // The same versions as this workspace's, so that the build needs nothing new.
    std::fs::copy(root.join("Cargo.lock"), package.join("Cargo.lock")).expect("the lock file");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(["build", "--offline", "--quiet", "--color", "never"])
        .arg("--manifest-path")
        .arg(package.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", scratch.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn edition_2015_macro_errors_keep_their_message() {
    let (built, stderr) = build_2015(
        "bad_atomic",
        "extern crate guarded;\n\
         use guarded::guarded;\n\
         #[guarded]\n\
         pub struct Counter {\n\
         \x20   #[guarded(atomic)]\n\
         \x20   hits: String,\n\
         }\n",
    );
    assert!(!built, "an atomic `String` field must not compile");
    assert!(
        stderr
            .contains("`#[guarded(atomic)]` on `Counter.hits` needs a type that has a std atomic"),
        "the macro's own message is lost:\n{stderr}"
    );
    assert!(
        !stderr.contains("cannot find `core`"),
        "the error's path does not resolve in 2015:\n{stderr}"
    );
    assert!(
        stderr.contains("src/lib.rs:6:11"),
        "the error points at the field's type:\n{stderr}"
    );
}

#[test]
fn edition_2015_fields_named_like_later_keywords_compile() {
    let (built, stderr) = build_2015(
        "later_keywords",
        "#[macro_use]\n\
         extern crate guarded;\n\
         use guarded::{guarded, ThreadKey};\n\
         #[guarded]\n\
         #[derive(Debug)]\n\
         pub struct Words {\n\
         \x20   async: u8,\n\
         \x20   #[guarded(rw)]\n\
         \x20   await: u8,\n\
         \x20   #[guarded(unlocked)]\n\
         \x20   dyn: u8,\n\
         \x20   #[guarded(atomic)]\n\
         \x20   try: u8,\n\
         }\n\
         pub fn words() -> (u8, u8, usize) {\n\
         \x20   let words = Words::new(1, 2, 3, 4);\n\
         \x20   let mut key = ThreadKey::get().unwrap();\n\
         \x20   let (async, await, _key) = lock!(words, &mut key => async, read await);\n\
         \x20   let sum = *async + *await + *words.r#dyn();\n\
         \x20   let n = words.r#try().load(::std::sync::atomic::Ordering::Relaxed);\n\
         \x20   (sum, n, Words::LOCK_ORDER.len())\n\
         }\n",
    );
    assert!(built, "valid 2015 code must compile:\n{stderr}");
}

#[test]
fn edition_2015_a_struct_syn_cannot_read_gets_one_error() {
    let (built, stderr) = build_2015(
        "unreadable",
        "#![allow(bare_trait_objects)]\n\
         extern crate guarded;\n\
         use guarded::guarded;\n\
         #[guarded]\n\
         pub struct Hooks {\n\
         \x20   #[guarded(rw)]\n\
         \x20   names: Vec<String>,\n\
         \x20   #[guarded(unlocked)]\n\
         \x20   hook: Box<Fn(u8) -> u8 + Send + Sync>,\n\
         }\n",
    );
    assert!(!built, "syn cannot read the struct:\n{stderr}");
    assert!(
        stderr.contains("`#[guarded]` cannot read this struct"),
        "the macro says why:\n{stderr}"
    );
    assert!(
        !stderr.contains("expected non-macro attribute"),
        "the fields' options are left for rustc:\n{stderr}"
    );
    assert!(
        stderr.contains("due to 1 previous error"),
        "one error:\n{stderr}"
    );
}

#[test]
fn edition_2015_visibilities_from_the_crate_root_compile() {
    // In 2015 a restricted visibility's path may start at the crate root without
    // `crate`: `pub(in m)` is `pub(in crate::m)`, wherever it is written. The field's
    // storage keeps it (`lock!` from `m` reaches it), and the struct's own one too.
    let (built, stderr) = build_2015(
        "root_visibilities",
        "#[macro_use]\n\
         extern crate guarded;\n\
         pub mod m {\n\
         \x20   pub mod n {\n\
         \x20       use guarded::guarded;\n\
         \x20       #[guarded]\n\
         \x20       pub(in m) struct Nested {\n\
         \x20           pub(in m) a: u8,\n\
         \x20           pub(in ::m) b: u8,\n\
         \x20           pub(in m::n) c: u8,\n\
         \x20           #[guarded(unlocked)]\n\
         \x20           pub(in ::m::n) d: u8,\n\
         \x20       }\n\
         \x20   }\n\
         \x20   pub fn sum() -> u8 {\n\
         \x20       let nested = n::Nested::new(1, 2, 3, 4);\n\
         \x20       let mut key = ::guarded::ThreadKey::get().unwrap();\n\
         \x20       let (a, b, _key) = lock!(nested, &mut key => a, b);\n\
         \x20       *a + *b\n\
         \x20   }\n\
         }\n",
    );
    assert!(built, "valid 2015 code must compile:\n{stderr}");
}
