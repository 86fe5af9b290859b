//! Every file in `examples/` is an example cargo knows, so none is silently dropped.
//!
//! The examples are the package `guarded-examples` (`examples/Cargo.toml`), which lists
//! each one by hand: with `autoexamples = false` in both manifests, a new file that is not
//! given an `[[example]]` entry would never be built, run or linted. This test asks cargo
//! itself (`cargo metadata`) which example targets the workspace has and compares them with
//! the files: each `examples/*.rs` (and each `examples/<dir>/main.rs`) must be the source of
//! exactly one example of `guarded-examples`, named after its file, so that
//! `cargo run --example <file name>` runs it; and no example may live anywhere else.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The workspace's example targets, from `cargo metadata`: source path -> (package, name).
fn registered_examples(root: &Path) -> BTreeMap<PathBuf, (String, String)> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args([
            "metadata",
            "--no-deps",
            "--offline",
            "--format-version",
            "1",
        ])
        .arg("--manifest-path")
        .arg(root.join("Cargo.toml"))
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "cargo metadata failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("cargo metadata prints JSON");
    let mut examples = BTreeMap::new();
    for package in metadata["packages"].as_array().expect("a package list") {
        let package_name = package["name"].as_str().expect("a package name");
        for target in package["targets"].as_array().expect("a target list") {
            let kinds = target["kind"].as_array().expect("a kind list");
            if !kinds.iter().any(|kind| kind == "example") {
                continue;
            }
            let path = PathBuf::from(target["src_path"].as_str().expect("a source path"));
            let name = target["name"].as_str().expect("a target name").to_owned();
            let path = path.canonicalize().unwrap_or(path);
            let previous = examples.insert(path.clone(), (package_name.to_owned(), name));
            assert!(
                previous.is_none(),
                "two examples built from {}",
                path.display()
            );
        }
    }
    examples
}

/// The example sources in `examples/`, with the name each should be run by.
fn example_files(dir: &Path) -> BTreeMap<PathBuf, String> {
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(dir).expect("examples/ is readable") {
        let path = entry.expect("a directory entry").path();
        let stem = path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .expect("a UTF-8 file name")
            .to_owned();
        if path.is_dir() && path.join("main.rs").is_file() {
            files.insert(path.join("main.rs").canonicalize().expect("exists"), stem);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            files.insert(path.canonicalize().expect("exists"), stem);
        }
    }
    files
}

#[test]
fn every_file_in_examples_is_a_registered_example() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = example_files(&root.join("examples"));
    assert!(
        files.len() >= 2,
        "examples/ should hold the examples: found {files:?}"
    );
    let registered = registered_examples(root);
    for (path, stem) in &files {
        match registered.get(path) {
            None => panic!(
                "{} is not an example cargo builds: add an `[[example]]` entry with \
                 `name = \"{stem}\"` and `path = \"{stem}.rs\"` to examples/Cargo.toml",
                path.display()
            ),
            Some((package, name)) => {
                assert_eq!(
                    package,
                    "guarded-examples",
                    "{} belongs to the package `{package}`, not to the examples' package",
                    path.display()
                );
                assert_eq!(
                    name,
                    stem,
                    "{} runs as `--example {name}`: name it after its file",
                    path.display()
                );
            }
        }
    }
    for (path, (package, name)) in &registered {
        assert!(
            files.contains_key(path),
            "the example `{name}` of `{package}` is built from {}, not from a file in examples/",
            path.display()
        );
    }
}
