//! The whole macro (`crate::run`) on many inputs, valid and malformed: it must never panic,
//! a valid struct must expand without `compile_error!`, and each mistake must come out as
//! exactly one `compile_error!` with a message, beside the item.
//!
//! The inputs come from tables of pieces (names, types, generics, attributes, visibilities,
//! options), each marked with how many mistakes it adds, combined by `proptest` strategies;
//! then garbage token streams and truncated structs, for which only "no panic, and an error
//! when syn cannot read the item" holds.
//!
//! # Seed and shrinking
//!
//! Every generated test runs a [`TestRunner`] with a fixed seed ([`SEED`]) and no failure
//! file, so each run (CI's included) checks the same inputs. `PROPTEST_RNG_SEED=<u64>`
//! explores other ones (`cargo test -p guarded-macros`); a failure found that way is worth a
//! row in [`MESSAGES`] or a table. On a failure proptest shrinks the input before reporting
//! it: every table's first entry is its plainest piece without a mistake, and each list
//! (attributes, fields, garbage tokens) may lose members, so the input reported is the
//! smallest one that still fails (`shrinking_finds_a_minimal_input` checks that).
//!
//! # What the generated structs cover
//!
//! The same as the seeded xorshift generator these tests had before `proptest`, entry for
//! entry: `generated_structs_report_each_mistake_once` fails if one entry of one table
//! below is never generated on the CI seed.
//!
//! - struct arguments ([`ARGS`]): none; `crate = ..` paths, absolute or through `crate::`;
//!   the policies `poison = recover` and `poison = result` (`panic` is the default); and the
//!   mistakes: unknown options with or without values, `crate` without a value, relative,
//!   a literal, a number, with generic arguments, with trailing tokens or given twice; the
//!   field options `rename` and `rw` on the struct; an unknown, missing, quoted or repeated
//!   `poison`; two mistakes at once;
//! - struct attributes ([`STRUCT_ATTRIBUTES`], up to three): docs, `derive(Debug, Default)`,
//!   `repr`, lints, `must_use`; the mistakes: derives of `Clone` (also by path), `Hash`,
//!   `PartialEq`/`Eq`, `Copy`/`PartialOrd`/`Ord`, serde's two, and `#[guarded]` twice;
//! - every visibility ([`VISIBILITIES`]), on the struct and on each field; generics
//!   ([`GENERICS`]: lifetimes, bounds, const, defaults, where clauses); struct names that
//!   are raw, non-ASCII or acronyms ([`STRUCT_NAMES`]);
//! - fields with distinct names ([`FIELD_NAMES`]: raw, leading underscores, non-ASCII,
//!   upper case, `__private`), three on average (the old generator: one to six), each of a
//!   type from [`FIELD_TYPES`], with up to two attributes of [`FIELD_ATTRIBUTES`] (docs,
//!   lints, `doc(hidden)`; the mistakes: `cfg` and `cfg_attr` on a field, `#[guarded]`
//!   without options or empty, with a value, an unknown kind `mutex`, the struct option
//!   `crate`, an unknown or missing `poison`, empty options), and the field policy
//!   `poison = result` one time in four;
//! - the kinds ([`FIELD_KINDS`]): mutex, `rw`, `condvar` and `atomic` (an error beside a
//!   `poison`, and on a type without a std atomic), and the mistakes: two kinds, one kind
//!   twice, a kind with a value;
//! - `rename` ([`FieldRename`]): a good one, a keyword, a literal, no value, twice, trailing
//!   tokens; and a field default (`= 5`), one time in 24;
//! - a piece with a mistake is kept one time in [`MISTAKE_ONE_IN`], so that enough inputs
//!   are valid: 10% to 90% of them must be.
//!
//! The compiled sample ([`generated_sample_compiles`]) has the kinds mutex, `rw`, `condvar`
//! and `atomic` under each struct policy, with each field policy. As before, the kinds
//! `unlocked`, `snapshot` and the async ones are not generated: their mistakes are
//! trybuild cases (`tests/ui/input/`, `tests/ui/kinds/`, `tests/ui/async/`).

use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;
use std::fmt::{self, Write as _};
use std::panic::{AssertUnwindSafe, catch_unwind};

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestRunner};

/// How many inputs each generated test makes.
const CASES: u32 = 1500;

/// A piece with a mistake is kept one time in this many (per part of the input).
const MISTAKE_ONE_IN: usize = 6;

/// The seed of every generated test unless `PROPTEST_RNG_SEED` gives another.
const SEED: u64 = 0x5EED_CAFE_F00D_0001;

/// A runner of `cases` inputs from [`SEED`] (or `PROPTEST_RNG_SEED`), writing no failure
/// file: the same inputs on every run.
fn runner(cases: u32) -> TestRunner {
    let from_env = Config::default();
    let rng_seed = match from_env.rng_seed {
        RngSeed::Random => RngSeed::Fixed(SEED),
        fixed @ RngSeed::Fixed(_) => fixed,
    };
    TestRunner::new(Config {
        cases,
        rng_seed,
        failure_persistence: None,
        ..from_env
    })
}

/// Runs `test` on `cases` inputs of `strategy`; on a failure, panics with the shrunk input.
fn check<S: Strategy>(
    cases: u32,
    strategy: &S,
    test: impl Fn(S::Value) -> Result<(), TestCaseError>,
) {
    if let Err(error) = runner(cases).run(strategy, test) {
        panic!("{error}");
    }
}

/// A piece of `table`, more often one without a mistake: a piece with one is kept one time
/// in [`MISTAKE_ONE_IN`], else replaced by `table[0]`. Shrinks towards `table[0]`.
fn piece(table: &'static [Piece]) -> impl Strategy<Value = Piece> {
    (select(table), 0..MISTAKE_ONE_IN).prop_map(move |(piece, roll)| {
        if piece.1 == 0 || roll == 0 {
            piece
        } else {
            table[0]
        }
    })
}

/// Up to `max` distinct pieces of `table`, in its order, more often ones without a mistake
/// (each one with a mistake is kept one time in [`MISTAKE_ONE_IN`]).
fn pieces(table: &'static [Piece], max: usize) -> impl Strategy<Value = Vec<Piece>> {
    (subsequence(table, 0..=max), vec(0..MISTAKE_ONE_IN, max)).prop_map(|(chosen, rolls)| {
        chosen
            .into_iter()
            .zip(rolls)
            .filter(|(piece, roll)| piece.1 == 0 || *roll == 0)
            .map(|(piece, _)| piece)
            .collect()
    })
}

/// A piece of input text and how many mistakes (errors) it adds.
#[derive(Clone, Copy, Debug)]
struct Piece(&'static str, usize);

const ARGS: &[Piece] = &[
    Piece("", 0),
    Piece("crate = ::guarded", 0),
    Piece("crate = ::guarded,", 0),
    Piece("crate = crate::reexport::guarded", 0),
    Piece("foo", 1),
    Piece("foo = 1", 1),
    Piece("foo(bar, baz)", 1),
    Piece("crate = guarded", 1),
    Piece("crate = self::guarded", 1),
    Piece("crate", 1),
    Piece("crate = \"guarded\"", 1),
    Piece("crate = 1", 1),
    Piece("crate = ::guarded<u8>", 1),
    Piece("crate = ::guarded extra", 1),
    Piece("crate = ::guarded, crate = ::guarded", 1),
    Piece("rename = bank", 1),
    Piece("poison = recover", 0),
    Piece("poison = result, crate = ::guarded", 0),
    Piece("poison = sometimes", 1),
    Piece("poison", 1),
    Piece("poison = \"panic\"", 1),
    Piece("poison = panic, poison = panic", 1),
    Piece("rw", 1),
    Piece("foo, crate = guarded", 2),
    Piece("foo = [1, 2], bar", 2),
];

const STRUCT_ATTRIBUTES: &[Piece] = &[
    Piece("/// Docs.", 0),
    Piece("#[doc = \"Docs.\"]", 0),
    Piece("#[derive(Debug)]", 0),
    Piece("#[derive(Default, Debug)]", 0),
    Piece("#[repr(C)]", 0),
    Piece("#[allow(dead_code)]", 0),
    Piece("#[must_use]", 0),
    Piece("#[derive(Clone)]", 1),
    Piece("#[derive(std::clone::Clone)]", 1),
    Piece("#[derive(Debug, Hash)]", 1),
    Piece("#[derive(PartialEq, Eq)]", 2),
    Piece("#[derive(Copy, Clone, PartialOrd, Ord)]", 4),
    Piece("#[derive(serde::Serialize, serde::Deserialize)]", 2),
    Piece("#[guarded]", 1),
    Piece("#[guarded(crate = ::guarded)]", 1),
];

const VISIBILITIES: &[&str] = &[
    "",
    "pub ",
    "pub(crate) ",
    "pub(super) ",
    "pub(in crate::a) ",
];

const STRUCT_NAMES: &[&str] = &["Bank", "S", "HTTPServer", "r#Type", "Größe", "Counter2D"];

/// Generic parameters and where clause.
const GENERICS: &[(&str, &str)] = &[
    ("", ""),
    ("<T>", ""),
    ("<'a, T: Clone + 'a>", ""),
    ("<T, const N: usize>", ""),
    ("<T = u8>", ""),
    ("<T>", " where T: Default + Send"),
    ("<'a, 'b: 'a, K: Ord, V>", " where V: 'b"),
];

/// Field names whose accessor names (`lock_<suffix>`) are all different.
const FIELD_NAMES: &[&str] = &[
    "a",
    "_cache",
    "r#type",
    "r#match",
    "x1",
    "long_field_name",
    "größe",
    "Upper",
    "__private",
    "value",
];

const FIELD_TYPES: &[&str] = &[
    "u8",
    "bool",
    "core::primitive::i64",
    "Vec<T>",
    "&'a str",
    "[u8; N]",
    "Option<Box<Self>>",
    "std::collections::HashMap<u32, i64>",
    "fn(u8) -> u8",
    "(u8, String)",
    "<T as Iterator>::Item",
    "Box<dyn Fn() + Send + 'static>",
];

/// The types in `FIELD_TYPES` that an atomic field may have.
const ATOMIC_TYPES: &[&str] = &["u8", "bool", "core::primitive::i64"];

/// Field attributes other than `rename` (which `FieldRename` covers) and the kind (which
/// `generate_field` picks), at most one of them a valid `poison`.
const FIELD_ATTRIBUTES: &[Piece] = &[
    Piece("/// Docs.", 0),
    Piece("#[allow(unused)]", 0),
    Piece("#[doc(hidden)]", 0),
    Piece("#[cfg(test)]", 1),
    Piece("#[cfg(all())]", 1),
    Piece("#[cfg_attr(test, allow(unused))]", 1),
    Piece("#[guarded]", 1),
    Piece("#[guarded()]", 1),
    Piece("#[guarded = 1]", 1),
    Piece("#[guarded(mutex)]", 1),
    Piece("#[guarded(crate = ::guarded)]", 1),
    Piece("#[guarded(poison = maybe)]", 1),
    Piece("#[guarded(poison)]", 1),
    Piece("#[guarded(,,)]", 1),
];

/// The valid `poison` field attribute: an error beside `atomic`.
const FIELD_POISON: &str = "#[guarded(poison = result)]";

/// A field's kind attribute, and how many mistakes it adds whatever the field's type.
const FIELD_KINDS: &[Piece] = &[
    Piece("", 0),
    Piece("#[guarded(rw)]", 0),
    Piece("#[guarded(condvar)]", 0),
    Piece("#[guarded(atomic)]", 0),
    Piece("#[guarded(rw, condvar)]", 1),
    Piece("#[guarded(condvar, condvar)]", 1),
    Piece("#[guarded(rw = yes)]", 1),
];

/// A field's `rename`, as text given the field's index, and how many mistakes it adds.
#[derive(Clone, Copy, Debug)]
enum FieldRename {
    None,
    Good,
    Keyword,
    Literal,
    NoValue,
    Twice,
    Trailing,
}

impl FieldRename {
    const ALL: [FieldRename; 7] = [
        FieldRename::None,
        FieldRename::Good,
        FieldRename::Keyword,
        FieldRename::Literal,
        FieldRename::NoValue,
        FieldRename::Twice,
        FieldRename::Trailing,
    ];

    fn piece(self, index: usize) -> (String, usize) {
        match self {
            FieldRename::None => (String::new(), 0),
            FieldRename::Good => (format!("#[guarded(rename = renamed_{index})]"), 0),
            FieldRename::Keyword => ("#[guarded(rename = type)]".to_owned(), 1),
            FieldRename::Literal => ("#[guarded(rename = \"name\")]".to_owned(), 1),
            FieldRename::NoValue => ("#[guarded(rename)]".to_owned(), 1),
            FieldRename::Twice => (
                format!("#[guarded(rename = renamed_{index}, rename = other_{index})]"),
                1,
            ),
            FieldRename::Trailing => (format!("#[guarded(rename = renamed_{index} extra)]"), 1),
        }
    }
}

/// One generated field, before it is written out: its attributes, kind, type, `rename`,
/// visibility and default.
#[derive(Clone, Debug)]
struct FieldSpec {
    attrs: Vec<Piece>,
    poison: bool,
    kind: Piece,
    ty: &'static str,
    rename: FieldRename,
    vis: &'static str,
    default: bool,
}

/// A field: up to two [`FIELD_ATTRIBUTES`], the valid `poison` one time in four, a kind,
/// a type, a `rename` (one with a mistake kept one time in [`MISTAKE_ONE_IN`]), a
/// visibility, and a default one time in `4 * MISTAKE_ONE_IN`.
fn field_spec() -> impl Strategy<Value = FieldSpec> {
    let rename = (select(&FieldRename::ALL[..]), 0..MISTAKE_ONE_IN).prop_map(|(rename, roll)| {
        if matches!(rename, FieldRename::Good) || roll == 0 {
            rename
        } else {
            FieldRename::None
        }
    });
    (
        pieces(FIELD_ATTRIBUTES, 2),
        prop::bool::weighted(0.25),
        piece(FIELD_KINDS),
        select(FIELD_TYPES),
        rename,
        select(VISIBILITIES),
        (0..4 * MISTAKE_ONE_IN).prop_map(|roll| roll == 4 * MISTAKE_ONE_IN - 1),
    )
        .prop_map(
            |(attrs, poison, kind, ty, rename, vis, default)| FieldSpec {
                attrs,
                poison,
                kind,
                ty,
                rename,
                vis,
                default,
            },
        )
}

impl FieldSpec {
    /// The field's text, as field number `index` named `name`, and how many mistakes it has;
    /// adds the table entries it is made of to `used`.
    fn write(&self, index: usize, name: &str, used_entries: &mut Vec<String>) -> (String, usize) {
        used_entries.extend(
            self.attrs
                .iter()
                .map(|attr| used("FIELD_ATTRIBUTES", attr.0)),
        );
        used_entries.extend([
            used("FIELD_POISON", self.poison),
            used("FIELD_KINDS", self.kind.0),
            used("FIELD_TYPES", self.ty),
            used("FieldRename", self.rename),
            used("VISIBILITIES of fields", self.vis),
            used("default", self.default),
            used("FIELD_NAMES", name),
        ]);
        if self.kind.0.contains("atomic") {
            used_entries.push(used("atomic with poison", self.poison));
        }
        let mut text = String::new();
        let mut attrs = self.attrs.clone();
        if self.poison {
            attrs.push(Piece(FIELD_POISON, 0));
        }
        attrs.push(self.kind);
        let mut mistakes = 0;
        for attr in &attrs {
            text.push_str(attr.0);
            text.push('\n');
            mistakes += attr.1;
        }
        if self.kind.0.contains("atomic") {
            // An atomic field takes no lock to poison, and needs a type with an atomic.
            mistakes += usize::from(self.poison);
            mistakes += usize::from(!ATOMIC_TYPES.contains(&self.ty));
        }
        let (rename, rename_mistakes) = self.rename.piece(index);
        text.push_str(&rename);
        mistakes += rename_mistakes;
        let default = if self.default {
            mistakes += 1;
            " = 5"
        } else {
            ""
        };
        write!(text, "\n{}{name}: {}{default},\n", self.vis, self.ty).expect("to a String");
        (text, mistakes)
    }
}

/// A generated input: the attribute's arguments, the item, how many mistakes it has and
/// how many fields. Shown as the source it stands for, so a failure reads as code.
#[derive(Clone)]
struct Case {
    args: String,
    item: String,
    mistakes: usize,
    fields: usize,
    /// Every table entry the input is made of, as `used(table, entry)`.
    used: Vec<String>,
}

/// How [`Case::used`] names entry `entry` of `table`.
fn used(table: &str, entry: impl fmt::Debug) -> String {
    format!("{table}: {entry:?}")
}

impl fmt::Debug for Case {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "({} mistake(s))\n#[guarded({})]\n{}",
            self.mistakes, self.args, self.item
        )
    }
}

/// A struct with named fields, with every part drawn from the tables above: the
/// arguments, up to three struct attributes, generics, a name, a visibility, and its
/// [`fields`].
fn case() -> impl Strategy<Value = Case> {
    (
        piece(ARGS),
        pieces(STRUCT_ATTRIBUTES, 3),
        select(GENERICS),
        select(STRUCT_NAMES),
        select(VISIBILITIES),
        fields(),
    )
        .prop_map(|(args, attrs, (params, where_clause), name, vis, fields)| {
            let mut used_entries = vec![
                used("ARGS", args.0),
                used("GENERICS", (params, where_clause)),
                used("STRUCT_NAMES", name),
                used("VISIBILITIES", vis),
            ];
            used_entries.extend(attrs.iter().map(|attr| used("STRUCT_ATTRIBUTES", attr.0)));
            let mut mistakes = args.1;
            let mut item = String::new();
            for attr in attrs {
                item.push_str(attr.0);
                item.push('\n');
                mistakes += attr.1;
            }
            writeln!(item, "{vis}struct {name}{params}{where_clause} {{").expect("to a String");
            for (index, (field, spec)) in fields.iter().enumerate() {
                let (text, field_mistakes) = spec.write(index, field, &mut used_entries);
                item.push_str(&text);
                mistakes += field_mistakes;
            }
            item.push('}');
            Case {
                args: args.0.to_owned(),
                item,
                mistakes,
                fields: fields.len(),
                used: used_entries,
            }
        })
}

/// One to ten fields with distinct names, in the order of [`FIELD_NAMES`]: each name is a
/// field three times in ten (three fields on average, more than six rarely), so that
/// shrinking can drop any one field.
fn fields() -> impl Strategy<Value = Vec<(&'static str, FieldSpec)>> {
    vec(
        proptest::option::weighted(0.3, field_spec()),
        FIELD_NAMES.len(),
    )
    .prop_filter("a struct with fields", |specs| {
        specs.iter().any(Option::is_some)
    })
    .prop_map(|specs| {
        FIELD_NAMES
            .iter()
            .zip(specs)
            .filter_map(|(name, spec)| Some((*name, spec?)))
            .collect()
    })
}

/// Runs the macro, turning a panic into a test failure that shows the input.
fn run_catching(args: &str, item: &str) -> TokenStream {
    let (args_tokens, item_tokens) = (tokens(args), tokens(item));
    run_tokens(args_tokens, item_tokens)
        .unwrap_or_else(|| panic!("the macro panicked on #[guarded({args})]\n{item}"))
}

fn run_tokens(args: TokenStream, item: TokenStream) -> Option<TokenStream> {
    catch_unwind(AssertUnwindSafe(|| crate::run(args, item))).ok()
}

fn tokens(text: &str) -> TokenStream {
    text.parse()
        .unwrap_or_else(|error| panic!("test input does not lex: {error}\n{text}"))
}

/// The message of every `compile_error!` in `tokens`, at any depth.
fn compile_errors(tokens: &TokenStream) -> Vec<String> {
    let mut messages = Vec::new();
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    for (i, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Ident(ident) if ident == "compile_error" => {
                messages.push(message_after(&trees[i + 1..]));
            }
            TokenTree::Group(group) => messages.extend(compile_errors(&group.stream())),
            _ => {}
        }
    }
    messages
}

/// The string in `! { "message" }` (or with parentheses) after a `compile_error`.
fn message_after(rest: &[TokenTree]) -> String {
    let Some(TokenTree::Group(group)) = rest.get(1) else {
        return String::new();
    };
    group
        .stream()
        .into_iter()
        .find_map(|tree| match tree {
            TokenTree::Literal(literal) => Some(literal.to_string()),
            _ => None,
        })
        .unwrap_or_default()
}

/// Whether `tokens` holds `keyword name` (`struct Bank`) at its top level.
fn defines(tokens: &TokenStream, keyword: &str, name: &str) -> bool {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    trees.windows(2).any(|pair| match pair {
        [TokenTree::Ident(k), TokenTree::Ident(n)] => *k == keyword && *n == name,
        _ => false,
    })
}

/// Whether `tokens` holds the identifier `name` at any depth.
fn has_ident(tokens: &TokenStream, name: &str) -> bool {
    tokens.clone().into_iter().any(|tree| match tree {
        TokenTree::Ident(ident) => ident == name,
        TokenTree::Group(group) => has_ident(&group.stream(), name),
        _ => false,
    })
}

/// Asserts that every `compile_error!` has a message, and returns how many there are.
fn checked_errors(out: &TokenStream, input: &str) -> usize {
    let messages = compile_errors(out);
    for message in &messages {
        assert!(
            message.len() > "\"\"".len(),
            "a compile_error without a message for\n{input}"
        );
    }
    messages.len()
}

/// Runs the macro on `args` and `item`; a panic is a failure that shows the input.
fn run_checked(args: &str, item: &str) -> Result<TokenStream, TestCaseError> {
    let tokens_of = |text: &str| {
        text.parse::<TokenStream>()
            .map_err(|error| TestCaseError::fail(format!("test input does not lex: {error}")))
    };
    run_tokens(tokens_of(args)?, tokens_of(item)?)
        .ok_or_else(|| TestCaseError::fail("the macro panicked"))
}

/// Each `compile_error!`'s message, failing the case if one has none.
fn checked_messages(out: &TokenStream) -> Result<Vec<String>, TestCaseError> {
    let messages = compile_errors(out);
    prop_assert!(
        messages.iter().all(|message| message.len() > "\"\"".len()),
        "a compile_error without a message: {messages:?}"
    );
    Ok(messages)
}

/// Every entry of every table above, as [`Case::used`] names it: the coverage that the
/// generated inputs must reach.
fn every_entry() -> Vec<String> {
    let mut entries = Vec::new();
    entries.extend(ARGS.iter().map(|piece| used("ARGS", piece.0)));
    entries.extend(
        STRUCT_ATTRIBUTES
            .iter()
            .map(|piece| used("STRUCT_ATTRIBUTES", piece.0)),
    );
    entries.extend(GENERICS.iter().map(|generics| used("GENERICS", generics)));
    entries.extend(STRUCT_NAMES.iter().map(|name| used("STRUCT_NAMES", name)));
    entries.extend(VISIBILITIES.iter().map(|vis| used("VISIBILITIES", vis)));
    entries.extend(
        VISIBILITIES
            .iter()
            .map(|vis| used("VISIBILITIES of fields", vis)),
    );
    entries.extend(FIELD_NAMES.iter().map(|name| used("FIELD_NAMES", name)));
    entries.extend(FIELD_TYPES.iter().map(|ty| used("FIELD_TYPES", ty)));
    entries.extend(
        FIELD_ATTRIBUTES
            .iter()
            .map(|piece| used("FIELD_ATTRIBUTES", piece.0)),
    );
    entries.extend(FIELD_KINDS.iter().map(|piece| used("FIELD_KINDS", piece.0)));
    entries.extend(
        FieldRename::ALL
            .iter()
            .map(|rename| used("FieldRename", rename)),
    );
    for flag in [false, true] {
        entries.push(used("FIELD_POISON", flag));
        entries.push(used("default", flag));
        entries.push(used("atomic with poison", flag));
    }
    entries
}

/// The generated structs, each against the count of mistakes its pieces add; and, over
/// all of them, every entry of every table used at least once (so the classes listed in
/// the module docs are all exercised on this seed), and 10% to 90% of the inputs valid.
#[test]
fn generated_structs_report_each_mistake_once() {
    let valid = Cell::new(0_u32);
    let seen = RefCell::new(BTreeSet::new());
    check(CASES, &case(), |case| {
        seen.borrow_mut().extend(case.used.iter().cloned());
        let out = run_checked(&case.args, &case.item)?;
        let messages = checked_messages(&out)?;
        prop_assert_eq!(messages.len(), case.mistakes, "errors: {:?}", messages);
        let item: syn::DeriveInput = syn::parse_str(&case.item).expect("generated struct parses");
        prop_assert!(
            defines(&out, "struct", &item.ident.to_string()),
            "the struct is not emitted beside the errors"
        );
        valid.set(valid.get() + u32::from(case.mistakes == 0));
        Ok(())
    });
    let valid = valid.get();
    assert!(
        (CASES / 10..CASES * 9 / 10).contains(&valid),
        "{valid} of {CASES} generated inputs are valid: too few of one kind"
    );
    let seen = seen.into_inner();
    let missed: Vec<String> = every_entry()
        .into_iter()
        .filter(|entry| !seen.contains(entry))
        .collect();
    assert!(missed.is_empty(), "never generated: {missed:?}");
}

/// Shrinking works on these strategies: a property that every input breaks once it has a
/// mistake is reported on an input with one mistake, one field, and every other part the
/// first (plainest) of its table.
#[test]
fn shrinking_finds_a_minimal_input() {
    let result = runner(CASES).run(&case(), |case| {
        prop_assert_eq!(case.mistakes, 0);
        Ok(())
    });
    let Err(proptest::test_runner::TestError::Fail(_, minimal)) = result else {
        panic!("no generated input has a mistake: {result:?}");
    };
    assert_eq!(minimal.mistakes, 1, "not minimal: {minimal:?}");
    assert_eq!(minimal.fields, 1, "not minimal: {minimal:?}");
    let plainest = format!("struct {} {{", STRUCT_NAMES[0]);
    let lines = minimal.item.lines().count();
    assert!(
        minimal.item.contains(&plainest) && lines <= 5,
        "not minimal: {minimal:?}"
    );
}

/// Shapes that are not a struct with named fields: each is one error, whatever else it has.
const SHAPES: &[&str] = &[
    "enum E { A, B(u8), C { x: u8 } }",
    "enum E {}",
    "union U { a: u32, b: f32 }",
    "struct S;",
    "struct S {}",
    "struct S(u8, String);",
    "struct S();",
    "struct S<T>(T) where T: Copy;",
];

#[test]
fn generated_shapes_report_one_error_and_keep_the_item() {
    let shape = (
        select(SHAPES),
        subsequence(STRUCT_ATTRIBUTES, 0..=2),
        select(VISIBILITIES),
    );
    check(CASES / 10, &shape, |(shape, attrs, vis)| {
        let mut item = String::new();
        for attr in attrs {
            if !attr.0.contains("guarded") {
                item.push_str(attr.0);
                item.push('\n');
            }
        }
        item.push_str(vis);
        item.push_str(shape);
        let out = run_checked("", &item)?;
        let messages = checked_messages(&out)?;
        prop_assert_eq!(messages.len(), 1, "for\n{}", item);
        let parsed: syn::DeriveInput = syn::parse_str(&item).expect("shape parses");
        let keyword = shape.split_whitespace().next().expect("a keyword");
        prop_assert!(
            defines(&out, keyword, &parsed.ident.to_string()),
            "the item is not emitted beside the error for\n{}",
            item
        );
        Ok(())
    });
}

/// Tokens garbage is made of.
const GARBAGE: &[&str] = &[
    "struct",
    "enum",
    "union",
    "fn",
    "pub",
    "S",
    "a",
    "u8",
    ":",
    ",",
    ";",
    "=",
    "<",
    ">",
    "#",
    "'a",
    "::",
    "&",
    "1",
    "\"s\"",
    "where",
    "crate",
    "guarded",
    "{}",
    "()",
    "[]",
    "{ a: u8 }",
    "(u8)",
    "[guarded]",
    "[derive(Clone)]",
    "r#type",
    "_",
    "__",
    "impl",
    "dyn",
    "?",
];

/// Up to `max_len` tokens of [`GARBAGE`], separated by spaces. Shrinks to fewer tokens,
/// and towards `struct`.
fn garbage(max_len: usize) -> impl Strategy<Value = String> {
    vec(select(GARBAGE), 0..=max_len).prop_map(|tokens| tokens.join(" "))
}

/// Whether syn reads `item` as a struct, enum or union.
fn parses(item: &TokenStream) -> bool {
    syn::parse2::<syn::DeriveInput>(item.clone()).is_ok()
}

#[test]
fn garbage_items_never_panic_and_are_errors() {
    let items = prop_oneof![
        garbage(12),
        garbage(10).prop_map(|garbage| format!("struct S {{ {garbage} }}")),
        garbage(6).prop_map(|garbage| format!("pub struct S<{garbage}> {{ a: u8 }}")),
    ];
    check(CASES, &items, |item| {
        let out = run_checked("", &item)?;
        let errors = checked_messages(&out)?.len();
        prop_assert!(
            parses(&tokens(&item)) || errors >= 1,
            "no error for unreadable input\n{}",
            item
        );
        Ok(())
    });
}

#[test]
fn garbage_arguments_never_panic() {
    check(CASES, &garbage(8), |args| {
        let item = "pub struct Bank { accounts: Vec<i64>, audit: Vec<String> }";
        let out = run_checked(&args, item)?;
        let errors = checked_messages(&out)?.len();
        let starts_with_crate = args.starts_with("crate =");
        prop_assert!(
            args.is_empty() || errors >= 1 || starts_with_crate,
            "no error for the arguments `{}`",
            args
        );
        prop_assert!(
            defines(&out, "struct", "Bank"),
            "the struct is lost for `{}`",
            args
        );
        Ok(())
    });
}

const TRUNCATED: &[&str] = &[
    "#[derive(Debug)] pub struct Bank<'a, T: Clone> where T: Send { \
     #[guarded(rename = money)] pub accounts: Vec<T>, audit: &'a str, _cache: [u8; 4] }",
    "struct S { r#type: u8, #[doc = \"x\"] b: fn(u8) -> u8, c: <T as Iterator>::Item }",
];

/// Every prefix of the top-level tokens, and of the tokens inside the braces.
fn truncations(source: &str) -> Vec<TokenStream> {
    let trees: Vec<TokenTree> = tokens(source).into_iter().collect();
    let mut out: Vec<TokenStream> = (0..trees.len())
        .map(|n| trees[..n].iter().cloned().collect())
        .collect();
    let (body, head) = trees.split_last().expect("a body");
    let TokenTree::Group(body) = body else {
        return out;
    };
    let inner: Vec<TokenTree> = body.stream().into_iter().collect();
    for n in 0..inner.len() {
        let mut cut: TokenStream = head.iter().cloned().collect();
        let group = Group::new(Delimiter::Brace, inner[..n].iter().cloned().collect());
        cut.extend([TokenTree::Group(group)]);
        out.push(cut);
    }
    out
}

#[test]
fn truncated_structs_never_panic_and_unreadable_ones_are_errors() {
    for source in TRUNCATED {
        for item in truncations(source) {
            let text = item.to_string();
            let out = run_tokens(TokenStream::new(), item.clone())
                .unwrap_or_else(|| panic!("the macro panicked on\n{text}"));
            let errors = checked_errors(&out, &text);
            if !parses(&item) {
                assert!(errors >= 1, "no error for unreadable input\n{text}");
            }
        }
    }
}

/// Each mistake, alone, with a piece of the message it must give.
const MESSAGES: &[(&str, &str, &str)] = &[
    ("", "enum E { A }", "not on the enum `E`"),
    ("", "union U { a: u8 }", "not on the union `U`"),
    ("", "struct S(u8);", "write `struct S { name: Type, .. }`"),
    ("", "struct S;", "has no fields"),
    ("", "struct S {}", "has no fields"),
    ("", "fn f() {}", "not on a function"),
    ("", "pub const fn f() {}", "not on a function"),
    ("", "impl S {}", "not on an impl block"),
    ("", "trait T {}", "not on a trait"),
    ("", "mod m {}", "not on a module"),
    ("", "static X: fn() = f;", "not on a static"),
    ("", "type A = u8;", "not on a type alias"),
    ("", "1 2 3", "goes on a struct with named fields"),
    ("", "", "goes on a struct with named fields"),
    ("", "struct S { a: }", "cannot read this struct"),
    (
        "foo",
        "struct S { a: u8 }",
        "unknown `#[guarded]` option `foo`",
    ),
    (
        "crate",
        "struct S { a: u8 }",
        "write `crate = ::path::to::guarded`",
    ),
    ("crate = \"x\"", "struct S { a: u8 }", "not a literal"),
    ("crate = x", "struct S { a: u8 }", "write `crate = ::x`"),
    (
        "crate = super::x",
        "struct S { a: u8 }",
        "`crate = crate::path::to::guarded`",
    ),
    (
        "crate = ::x, crate = ::x",
        "struct S { a: u8 }",
        "given twice",
    ),
    (
        "crate = ::x<u8>",
        "struct S { a: u8 }",
        "without generic arguments",
    ),
    ("crate = ::x y", "struct S { a: u8 }", "separated by commas"),
    (
        "rename = x",
        "struct S { a: u8 }",
        "`rename` is a field option",
    ),
    (
        "",
        "struct S { #[guarded(crate = ::x)] a: u8 }",
        "is a struct option",
    ),
    (
        "",
        "struct S { #[guarded(mutex)] a: u8 }",
        "unknown field option `mutex`; expected one of `rw`, `condvar`, `atomic`",
    ),
    ("rw", "struct S { a: u8 }", "`rw` is a field option"),
    (
        "poison = often",
        "struct S { a: u8 }",
        "unknown poisoning policy `often`",
    ),
    (
        "",
        "struct S { #[guarded(poison = recover, poison = result)] a: u8 }",
        "`poison` is given twice",
    ),
    (
        "",
        "struct S { #[guarded(rw, atomic)] a: u8 }",
        "conflicting kinds for `S.a`: it is `rw` already, and cannot also be `atomic`",
    ),
    (
        "",
        "struct S { #[guarded(condvar)] #[guarded(condvar)] a: u8 }",
        "`condvar` is given twice for `S.a`",
    ),
    (
        "",
        "struct S { #[guarded(atomic = true)] a: u8 }",
        "`atomic` takes no value",
    ),
    (
        "",
        "struct S { #[guarded(atomic)] a: f32 }",
        "needs a type that has a std atomic, one of bool, u8",
    ),
    (
        "",
        "struct S { #[guarded(atomic)] a: Vec<u8> }",
        "`Vec<u8>` has none",
    ),
    (
        "",
        "struct S { #[guarded(atomic, poison = panic)] a: u8 }",
        "takes no lock, so nothing can poison it",
    ),
    (
        "",
        "struct S { #[guarded(atomic)] clone: u8 }",
        "would hide `Clone::clone`",
    ),
    (
        "",
        "struct S { #[guarded(atomic)] new: u8 }",
        "(the constructor)",
    ),
    (
        "",
        "struct S { a: u8, #[guarded(atomic)] _1: u64 }",
        "would get the method `1`, which is not a name a method can have",
    ),
    (
        "",
        "struct S { #[guarded(atomic, rename = _9)] a: u64 }",
        "would get the method `9`",
    ),
    (
        "",
        "struct S { #[guarded(atomic)] LOCK_ORDER: u64 }",
        "(the lock order)",
    ),
    (
        "",
        "struct S { #[guarded(atomic)] default: u64 }",
        "would hide `Default::default`",
    ),
    (
        "",
        "struct S { a: u8, #[guarded(atomic, rename = lock_a)] b: u8 }",
        "the field `b` would get the method `lock_a`, which the field `a` already has",
    ),
    (
        "",
        "struct S { a: u8, #[guarded(rename = a_for)] b: u8 }",
        "would get the method `try_lock_a_for`",
    ),
    (
        "",
        "struct S { #[guarded(rw)] a: u8, #[guarded(rename = a)] b: u8 }",
        "would get the method `recover_a`",
    ),
    ("", "struct S { #[guarded] a: u8 }", "takes options"),
    ("", "struct S { #[guarded()] a: u8 }", "takes options"),
    (
        "",
        "struct S { #[guarded(rename = \"b\")] a: u8 }",
        "not a literal",
    ),
    (
        "",
        "struct S { #[guarded(rename = b, rename = c)] a: u8 }",
        "given twice",
    ),
    (
        "",
        "struct S { #[cfg(test)] a: u8 }",
        "put the `#[cfg]` on the whole struct",
    ),
    (
        "",
        "struct S { #[cfg_attr(test, allow(unused))] a: u8 }",
        "`#[cfg_attr]` on the field",
    ),
    ("", "struct S { a: u8 = 1 }", "remove `= ...`"),
    (
        "",
        "struct S { _a: u8, a: u8 }",
        "leading underscores are left out",
    ),
    (
        "",
        "struct S { #[guarded(rename = c)] a: u8, #[guarded(rename = c)] b: u8 }",
        "`lock_c`",
    ),
    ("", "struct S { __: u8 }", "which leaves nothing"),
    (
        "",
        "#[derive(Clone)] struct S { a: u8 }",
        "implements `Clone` already",
    ),
    ("", "#[derive(Copy)] struct S { a: u8 }", "cannot be copied"),
    (
        "",
        "#[derive(PartialEq)] struct S { a: u8 }",
        "compare the data inside the locks",
    ),
    (
        "",
        "#[derive(Hash)] struct S { a: u8 }",
        "hash the data inside the locks",
    ),
    (
        "",
        "#[derive(Serialize)] struct S { a: u8 }",
        "serialize the data inside the locks",
    ),
    (
        "",
        "#[derive(Deserialize)] struct S { a: u8 }",
        "pass it to `new`",
    ),
    ("", "#[guarded] struct S { a: u8 }", "applied twice"),
    ("", "#[r#guarded] struct S { a: u8 }", "applied twice"),
    (
        "after = Cache<T>",
        "struct S<T> { a: T }",
        "write a concrete type (such as `()`",
    ),
    (
        "after = Cache<Vec<Option<r#T>>>",
        "struct S<T> { a: T }",
        "cannot use `T`, a parameter of `S`",
    ),
    (
        "after = Borrowed<'a>",
        "struct S<'a> { a: &'a str }",
        "write `'static` in place of `'a`",
    ),
    (
        "after = Sized<N>",
        "struct S<const N: usize> { a: [u8; N] }",
        "write a value in place of `N`",
    ),
];

#[test]
fn each_mistake_gives_its_message() {
    for (args, item, expected) in MESSAGES {
        let out = run_catching(args, item);
        let messages = compile_errors(&out);
        assert!(
            messages.len() == 1 && messages[0].contains(expected),
            "expected one error containing {expected:?} for #[guarded({args})] {item}, \
             got {messages:?}"
        );
    }
}

#[test]
fn valid_structs_expand_without_errors() {
    let inputs = [
        (
            "",
            "pub struct Bank { accounts: Vec<i64>, audit: Vec<String> }",
        ),
        ("crate = ::guarded", "struct S { a: u8 }"),
        ("crate = crate::re::guarded,", "struct S { a: u8 }"),
        // Not the parameter: a path's later segment, and a parameter-free struct.
        ("after = Cache<models::T>", "struct S<T> { a: T }"),
        ("after = Cache<T>", "struct S { a: u8 }"),
        ("after = Borrowed<'static>", "struct S<'a> { a: &'a str }"),
        (
            "",
            "struct S<'a, T: ?Sized + 'a> where T: Send { a: &'a T }",
        ),
        ("", "struct S { r#type: u8, r#match: u8, _x: u8 }"),
        ("", "struct S { #[guarded(rename = first)] __: u8 }"),
        ("", "struct S { #[guarded(rename = x)] _x: u8, y: u8 }"),
        (
            "",
            "#[derive(Debug, Default)] #[repr(C)] struct S { /// Doc.\n a: u8 }",
        ),
    ];
    for (args, item) in inputs {
        let out = run_catching(args, item);
        let messages = compile_errors(&out);
        assert!(messages.is_empty(), "errors {messages:?} for {item}");
        assert!(
            has_ident(&out, "LOCK_ORDER") && has_ident(&out, "lock_a") == item.contains(" a:"),
            "not the full expansion for {item}"
        );
    }
}

/// Fields whose names, less their leading underscores, start with a character that may
/// continue an identifier but not start one (a digit, a combining accent, a middle dot):
/// `lock_` puts them back in an identifier, so they get methods, and nothing panics.
#[test]
fn names_left_by_dropping_underscores_continue_lock_() {
    for (field, lock) in [
        ("_1", "lock_1"),
        ("_\u{0663}", "lock_\u{0663}"),
        ("_\u{0301}", "lock_\u{0301}"),
        ("_\u{00b7}x", "lock_\u{00b7}x"),
    ] {
        let out = run_catching("", &format!("struct S {{ {field}: u8, b: u8 }}"));
        assert!(compile_errors(&out).is_empty(), "errors for {field}");
        assert!(has_ident(&out, lock), "no `{lock}` for {field}");
    }
}

/// A field with no usable name gets a placeholder, which must not take the methods of a
/// real field of that name.
#[test]
fn a_placeholder_takes_no_real_fields_methods() {
    let out = run_catching("", "struct S { __: u8, field_0: u8 }");
    let messages = compile_errors(&out);
    assert!(messages.len() == 1 && messages[0].contains("the field `__` cannot name"));
    assert!(has_ident(&out, "lock_field_0"), "field_0 lost its methods");
}

/// Types a generated field may have in the compiled sample: each valid as written in any
/// module, and (first three) with a std atomic.
const SAMPLE_TYPES: &[&str] = &[
    "u8",
    "bool",
    "i64",
    "String",
    "Vec<u8>",
    "Option<String>",
    "std::collections::HashMap<u32, i64>",
];

/// One generated field of the compiled sample, before it is written out: an index into
/// [`SAMPLE_TYPES`], a kind (0: mutex, 1: `rw`, 2: `condvar`, 3: `atomic` if the type has
/// one, else a mutex), a policy, whether it is renamed, a visibility.
type SampleField = (usize, usize, &'static str, bool, &'static str);

/// The strategy of [`SampleField`]: a rename one time in three.
fn sample_field() -> impl Strategy<Value = SampleField> {
    (
        0..SAMPLE_TYPES.len(),
        0..4_usize,
        select(
            &[
                "",
                "poison = recover, ",
                "poison = result, ",
                "poison = panic, ",
            ][..],
        ),
        (0..3_usize).prop_map(|roll| roll == 2),
        select(&["", "pub ", "pub(crate) "][..]),
    )
}

/// A field of the compiled sample, as field number `index` named `name`: a kind and policy
/// that suit its type (an atomic takes no policy).
fn write_sample_field(field: SampleField, index: usize, name: &str) -> String {
    let (ty_index, kind, poison, renamed, vis) = field;
    let ty = SAMPLE_TYPES[ty_index];
    let kind = match kind {
        1 => "rw, ",
        2 => "condvar, ",
        3 if ty_index < 3 => "atomic, ",
        _ => "",
    };
    let poison = if kind == "atomic, " { "" } else { poison };
    let rename = if renamed {
        format!("rename = renamed_{index}")
    } else {
        String::new()
    };
    let options = format!("{kind}{poison}{rename}");
    let options = options.trim_end_matches([',', ' ']);
    let attr = if options.is_empty() {
        String::new()
    } else {
        format!("    #[guarded({options})]\n")
    };
    format!("    /// Field {index}.\n{attr}    {vis}{name}: {ty},\n")
}

/// A sample of valid structs from the same kind of generator as above, restricted to what
/// compiles anywhere, written out as `tests/ui/pass/generated.rs`, which trybuild compiles
/// (and runs): 24 structs, each with the struct policy `panic` (the default), `recover` or
/// `result`, maybe a derive, and one to six fields of every kind but the async ones,
/// `unlocked` and `snapshot`, each field's policy one of the three or none. This test
/// keeps the file equal to the generator's output, drawn from [`SEED`] whatever
/// `PROPTEST_RNG_SEED` says; regenerate it with
/// `UPDATE_EXPECT=1 cargo test -p guarded-macros generated_sample` (also needed when a new
/// `proptest` draws values differently).
#[test]
fn generated_sample_compiles() {
    let sample_struct = (
        select(&["", "poison = recover", "poison = result"][..]),
        select(&["", "#[derive(Debug)]\n", "#[derive(Debug, Default)]\n"][..]),
        select(&["", "pub "][..]),
        subsequence(FIELD_NAMES, 1..=6),
        vec(sample_field(), 6),
    );
    let mut runner = TestRunner::new(Config {
        rng_seed: RngSeed::Fixed(SEED),
        rng_algorithm: proptest::test_runner::RngAlgorithm::ChaCha,
        failure_persistence: None,
        ..Config::default()
    });
    let structs = vec(sample_struct, 24)
        .new_tree(&mut runner)
        .expect("no filter to reject a value")
        .current();
    let mut out = String::from(
        "//! Generated by `guarded-macros/src/tests.rs` (`generated_sample_compiles`): valid\n\
         //! structs of every kind, policy, rename and visibility the generator picks. They \
         must\n//! compile. Do not edit: regenerate.\n\n\
         #![allow(dead_code, non_snake_case, non_camel_case_types)]\n\n\
         use guarded::guarded;\n",
    );
    for (index, (args, derive, vis, names, fields)) in structs.into_iter().enumerate() {
        let attr = if args.is_empty() {
            "#[guarded]".to_owned()
        } else {
            format!("#[guarded({args})]")
        };
        write!(
            out,
            "\n/// Struct {index}.\n{attr}\n{derive}{vis}struct Gen{index} {{\n"
        )
        .expect("to a String");
        for (field_index, (name, field)) in names.iter().zip(fields).enumerate() {
            out.push_str(&write_sample_field(field, field_index, name));
        }
        out.push_str("}\n");
    }
    out.push_str("\nfn main() {}\n");
    expect_test::expect_file!["../../tests/ui/pass/generated.rs"].assert_eq(&out);
}

/// The doc strings of each method of the struct's inherent impls, by method name.
fn method_docs(out: TokenStream) -> std::collections::HashMap<String, Vec<String>> {
    let file: syn::File = syn::parse2(out).expect("the expansion parses");
    let mut docs = std::collections::HashMap::new();
    for item in file.items {
        let syn::Item::Impl(item) = item else {
            continue;
        };
        for member in item.items {
            let syn::ImplItem::Fn(method) = member else {
                continue;
            };
            let lines = method
                .attrs
                .iter()
                .filter_map(|attr| match &attr.meta {
                    syn::Meta::NameValue(doc) if doc.path.is_ident("doc") => match &doc.value {
                        syn::Expr::Lit(syn::ExprLit {
                            lit: syn::Lit::Str(text),
                            ..
                        }) => Some(text.value()),
                        _ => None,
                    },
                    _ => None,
                })
                .collect();
            docs.insert(method.sig.ident.to_string(), lines);
        }
    }
    docs
}

/// A field's doc comment heads the docs of the methods that reach its data, a paragraph
/// of its own, since the field itself is hidden; the other methods do not repeat it, and
/// a field without one adds nothing.
#[test]
fn a_fields_doc_comment_heads_the_docs_of_the_methods_that_reach_its_data() {
    let out = run_catching(
        "",
        "struct Bank {
            /// The balances,
            /// by account number.
            accounts: u64,
            #[guarded(rw)]
            /// Who did what.
            #[doc(alias = \"log\")]
            audit: Vec<String>,
            #[guarded(atomic)]
            /// Hits.
            hits: u64,
            #[guarded(unlocked)]
            /// Set once.
            name: String,
            #[guarded(snapshot)]
            /// Replaced whole.
            config: String,
            plain: u8,
        }",
    );
    assert!(compile_errors(&out).is_empty(), "valid input");
    let docs = method_docs(out);
    let heads = |method: &str| -> Vec<String> {
        let lines = docs
            .get(method)
            .unwrap_or_else(|| panic!("no method {method}"));
        lines
            .iter()
            .take_while(|line| !line.is_empty())
            .cloned()
            .collect()
    };
    assert_eq!(
        heads("lock_accounts"),
        [" The balances,", " by account number."]
    );
    assert_eq!(docs["lock_accounts"][2], "", "a paragraph of its own");
    assert!(docs["lock_accounts"][3].starts_with("Locks `accounts`"));
    for method in ["read_audit", "write_audit"] {
        assert_eq!(heads(method), [" Who did what."], "{method}");
    }
    assert_eq!(heads("hits"), [" Hits."]);
    assert_eq!(heads("name"), [" Set once."]);
    assert_eq!(heads("load_config"), [" Replaced whole."]);
    for method in [
        "try_lock_accounts",
        "recover_accounts",
        "lock_accounts_pair",
        "store_config",
    ] {
        assert!(
            !docs[method]
                .iter()
                .any(|line| line.contains("The balances") || line.contains("Replaced")),
            "{method} does not repeat it"
        );
    }
    assert!(
        docs["lock_plain"][0].starts_with("Locks `plain`"),
        "nothing added"
    );
}

/// An item syn cannot read is given back without its fields' options, written plainly or
/// raw (`#[r#guarded(..)]`), so that rustc reports none of them as a misplaced attribute
/// beside the macro's one error; the field's other attributes stay.
#[test]
fn unreadable_items_lose_their_field_options_plain_or_raw() {
    let item =
        tokens("struct S { #[guarded(rw)] a: Fn(), #[r#guarded(rw)] #[doc = \"kept\"] b: u8 }");
    let out = crate::parse::without_field_options(item).to_string();
    assert!(!out.contains("guarded"), "options left in: {out}");
    assert!(
        out.contains("doc = \"kept\""),
        "another attribute was removed: {out}"
    );
}
