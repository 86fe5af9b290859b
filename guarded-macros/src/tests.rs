//! The whole macro (`crate::run`) on many inputs, valid and malformed: it must never panic,
//! a valid struct must expand without `compile_error!`, and each mistake must come out as
//! exactly one `compile_error!` with a message, beside the item.
//!
//! The inputs come from tables of pieces (names, types, generics, attributes, visibilities,
//! options), each marked with how many mistakes it adds, combined by a small seeded
//! generator so every run checks the same inputs; then garbage token streams and truncated
//! structs, for which only "no panic, and an error when syn cannot read the item" holds.

use std::fmt::Write as _;
use std::panic::{AssertUnwindSafe, catch_unwind};

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};

/// How many inputs each generated test makes.
const CASES: usize = 1500;

/// A piece with a mistake is kept one time in this many (per part of the input).
const MISTAKE_ONE_IN: usize = 6;

/// A deterministic pseudo-random source (xorshift64*): the same inputs on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        let n = u64::try_from(n).expect("a usize fits in u64");
        usize::try_from(self.next() % n).expect("below n")
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Whether a piece with a mistake is kept: one time in `MISTAKE_ONE_IN`, so that
    /// enough inputs are valid.
    fn keep_mistake(&mut self) -> bool {
        self.below(MISTAKE_ONE_IN) == 0
    }

    /// A piece of `table`, more often one without a mistake.
    fn piece(&mut self, table: &[Piece]) -> Piece {
        let piece = *self.pick(table);
        if piece.1 == 0 || self.keep_mistake() {
            piece
        } else {
            table[0]
        }
    }

    /// Up to `max` distinct pieces of `table`, more often ones without a mistake.
    fn pieces(&mut self, table: &[Piece], max: usize) -> Vec<Piece> {
        let chosen: Vec<Piece> = self.subset(table, max).into_iter().copied().collect();
        chosen
            .into_iter()
            .filter(|piece| piece.1 == 0 || self.keep_mistake())
            .collect()
    }

    /// Up to `max` distinct items of `items`, in their order in `items`.
    fn subset<'a, T>(&mut self, items: &'a [T], max: usize) -> Vec<&'a T> {
        let mut chosen: Vec<usize> = (0..max).map(|_| self.below(items.len())).collect();
        chosen.sort_unstable();
        chosen.dedup();
        chosen.into_iter().map(|i| &items[i]).collect()
    }
}

/// A piece of input text and how many mistakes (errors) it adds.
#[derive(Clone, Copy)]
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
#[derive(Clone, Copy)]
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

/// A generated input: the attribute's arguments, the item, and how many mistakes it has.
struct Case {
    args: String,
    item: String,
    mistakes: usize,
}

impl Case {
    /// A struct with named fields, with every part drawn from the tables above.
    fn generate(rng: &mut Rng) -> Case {
        let args = rng.piece(ARGS);
        let mut mistakes = args.1;
        let mut item = String::new();
        for attr in rng.pieces(STRUCT_ATTRIBUTES, 3) {
            item.push_str(attr.0);
            item.push('\n');
            mistakes += attr.1;
        }
        let (params, where_clause) = rng.pick(GENERICS);
        let name = rng.pick(STRUCT_NAMES);
        let vis = rng.pick(VISIBILITIES);
        writeln!(item, "{vis}struct {name}{params}{where_clause} {{").expect("to a String");
        let count = 1 + rng.below(6);
        for (index, field) in rng.subset(FIELD_NAMES, count).into_iter().enumerate() {
            let (text, field_mistakes) = generate_field(rng, index, field);
            item.push_str(&text);
            mistakes += field_mistakes;
        }
        item.push('}');
        Case {
            args: args.0.to_owned(),
            item,
            mistakes,
        }
    }

    fn run(&self) -> TokenStream {
        run_catching(&self.args, &self.item)
    }
}

fn generate_field(rng: &mut Rng, index: usize, name: &str) -> (String, usize) {
    let mut text = String::new();
    let mut mistakes = 0;
    let mut attrs = rng.pieces(FIELD_ATTRIBUTES, 2);
    if rng.below(4) == 0 {
        attrs.push(Piece(FIELD_POISON, 0));
    }
    let kind = rng.piece(FIELD_KINDS);
    attrs.push(kind);
    for attr in &attrs {
        text.push_str(attr.0);
        text.push('\n');
        mistakes += attr.1;
    }
    let ty = rng.pick(FIELD_TYPES);
    if kind.0.contains("atomic") {
        // An atomic field takes no lock to poison, and needs a type with an atomic.
        mistakes += usize::from(attrs.iter().any(|attr| attr.0 == FIELD_POISON));
        mistakes += usize::from(!ATOMIC_TYPES.contains(ty));
    }
    let mut rename = *rng.pick(&FieldRename::ALL);
    if !matches!(rename, FieldRename::Good) && !rng.keep_mistake() {
        rename = FieldRename::None;
    }
    let (rename, rename_mistakes) = rename.piece(index);
    text.push_str(&rename);
    mistakes += rename_mistakes;
    let vis = rng.pick(VISIBILITIES);
    let default = if rng.below(4 * MISTAKE_ONE_IN) == 0 {
        mistakes += 1;
        " = 5"
    } else {
        ""
    };
    write!(text, "\n{vis}{name}: {ty}{default},\n").expect("to a String");
    (text, mistakes)
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

#[test]
fn generated_structs_report_each_mistake_once() {
    let mut rng = Rng(0x5EED_CAFE_F00D_0001);
    let mut valid = 0;
    for _ in 0..CASES {
        let case = Case::generate(&mut rng);
        let out = case.run();
        let input = format!("#[guarded({})]\n{}", case.args, case.item);
        let errors = checked_errors(&out, &input);
        assert_eq!(
            errors,
            case.mistakes,
            "expected {} error(s), got {errors}: {:?}\nfor\n{input}",
            case.mistakes,
            compile_errors(&out)
        );
        let item: syn::DeriveInput = syn::parse_str(&case.item).expect("generated struct parses");
        assert!(
            defines(&out, "struct", &item.ident.to_string()),
            "the struct is not emitted beside the errors for\n{input}"
        );
        valid += usize::from(case.mistakes == 0);
    }
    assert!(
        (CASES / 10..CASES * 9 / 10).contains(&valid),
        "{valid} of {CASES} generated inputs are valid: too few of one kind"
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
    let mut rng = Rng(0x5EED_CAFE_F00D_0002);
    for _ in 0..CASES / 10 {
        let shape = rng.pick(SHAPES);
        let mut item = String::new();
        for attr in rng.subset(STRUCT_ATTRIBUTES, 2) {
            if !attr.0.contains("guarded") {
                item.push_str(attr.0);
                item.push('\n');
            }
        }
        item.push_str(rng.pick::<&str>(VISIBILITIES));
        item.push_str(shape);
        let out = run_catching("", &item);
        assert_eq!(checked_errors(&out, &item), 1, "for\n{item}");
        let parsed: syn::DeriveInput = syn::parse_str(&item).expect("shape parses");
        let keyword = shape.split_whitespace().next().expect("a keyword");
        assert!(
            defines(&out, keyword, &parsed.ident.to_string()),
            "the item is not emitted beside the error for\n{item}"
        );
    }
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

fn garbage(rng: &mut Rng, max_len: usize) -> String {
    let len = rng.below(max_len + 1);
    (0..len)
        .map(|_| *rng.pick(GARBAGE))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether syn reads `item` as a struct, enum or union.
fn parses(item: &TokenStream) -> bool {
    syn::parse2::<syn::DeriveInput>(item.clone()).is_ok()
}

#[test]
fn garbage_items_never_panic_and_are_errors() {
    let mut rng = Rng(0x5EED_CAFE_F00D_0003);
    for round in 0..CASES {
        let item = match round % 3 {
            0 => garbage(&mut rng, 12),
            1 => format!("struct S {{ {} }}", garbage(&mut rng, 10)),
            _ => format!("pub struct S<{}> {{ a: u8 }}", garbage(&mut rng, 6)),
        };
        let out = run_catching("", &item);
        let errors = checked_errors(&out, &item);
        if !parses(&tokens(&item)) {
            assert!(errors >= 1, "no error for unreadable input\n{item}");
        }
    }
}

#[test]
fn garbage_arguments_never_panic() {
    let mut rng = Rng(0x5EED_CAFE_F00D_0004);
    for _ in 0..CASES {
        let args = garbage(&mut rng, 8);
        let item = "pub struct Bank { accounts: Vec<i64>, audit: Vec<String> }";
        let out = run_catching(&args, item);
        let errors = checked_errors(&out, &args);
        let starts_with_crate = args.starts_with("crate =");
        assert!(
            args.is_empty() || errors >= 1 || starts_with_crate,
            "no error for the arguments `{args}`"
        );
        assert!(
            defines(&out, "struct", "Bank"),
            "the struct is lost for `{args}`"
        );
    }
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

/// One generated field of the compiled sample: a name, a kind and policy that suit its
/// type, maybe a rename, a visibility.
fn sample_field(rng: &mut Rng, index: usize, name: &str) -> String {
    let ty_index = rng.below(SAMPLE_TYPES.len());
    let ty = SAMPLE_TYPES[ty_index];
    let kind = match rng.below(4) {
        0 => "rw, ",
        1 => "condvar, ",
        2 if ty_index < 3 => "atomic, ",
        _ => "",
    };
    let poison = if kind == "atomic, " {
        ""
    } else {
        *rng.pick(&[
            "",
            "poison = recover, ",
            "poison = result, ",
            "poison = panic, ",
        ])
    };
    let rename = if rng.below(3) == 0 {
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
    let vis = rng.pick(&["", "pub ", "pub(crate) "]);
    format!("    /// Field {index}.\n{attr}    {vis}{name}: {ty},\n")
}

/// A sample of valid structs from the same kind of generator as above, restricted to what
/// compiles anywhere, written out as `tests/ui/pass/generated.rs`, which trybuild compiles
/// (and runs). This test keeps the file equal to the generator's output; regenerate it
/// with `UPDATE_EXPECT=1 cargo test -p guarded-macros generated_sample`.
#[test]
fn generated_sample_compiles() {
    let mut rng = Rng(0x5EED_CAFE);
    let mut out = String::from(
        "//! Generated by `guarded-macros/src/tests.rs` (`generated_sample_compiles`): valid\n\
         //! structs of every kind, policy, rename and visibility the generator picks. They \
         must\n//! compile. Do not edit: regenerate.\n\n\
         #![allow(dead_code, non_snake_case, non_camel_case_types)]\n\n\
         use guarded::guarded;\n",
    );
    for index in 0..24 {
        let args = *rng.pick(&["", "poison = recover", "poison = result"]);
        let attr = if args.is_empty() {
            "#[guarded]".to_owned()
        } else {
            format!("#[guarded({args})]")
        };
        let derive = *rng.pick(&["", "#[derive(Debug)]\n", "#[derive(Debug, Default)]\n"]);
        let vis = rng.pick(&["", "pub "]);
        write!(
            out,
            "\n/// Struct {index}.\n{attr}\n{derive}{vis}struct Gen{index} {{\n"
        )
        .expect("to a String");
        let count = 1 + rng.below(6);
        for (field_index, name) in rng.subset(FIELD_NAMES, count).into_iter().enumerate() {
            out.push_str(&sample_field(&mut rng, field_index, name));
        }
        out.push_str("}\n");
    }
    out.push_str("\nfn main() {}\n");
    expect_test::expect_file!["../../tests/ui/pass/generated.rs"].assert_eq(&out);
}
