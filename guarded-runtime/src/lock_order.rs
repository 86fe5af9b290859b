//! The picture of the whole lock order: every `#[guarded]` struct linked into the program,
//! its locked fields in order, and the `after` declarations between structs, printed as
//! Mermaid or Graphviz DOT text by [`lock_order`].
//!
//! Each `#[guarded]` struct adds its `StructOrder` record (the `static` that the runtime's
//! own order check walks) to a registry, once per declaration: a generic struct is one
//! entry whatever its instantiations, as it has one order, and a struct declared in a
//! function body is there too. The registry is for reading only. An entry is a
//! [`Registration`], which only an `unsafe` constructor makes, so safe code cannot add a
//! struct to the picture; and no order check reads the registry (they read the records
//! through the sealed `Guarded` impls), so an entry could not change what compiles or what
//! a lock call allows anyway.
//!
//! The registry is a distributed slice of the `linkme` crate: the linker gathers the
//! entries of every crate into one section, with no code run before `main`. Why not
//! `inventory`: its `submit!` writes `#[allow(non_upper_case_globals)]`, which is an error
//! (E0453) in a crate that forbids that lint, and `#[guarded]` compiles under every
//! `forbid` (`tests/ui/pass/forbidden_lints.rs`); `linkme`'s elements are plain `static`s
//! with no such `allow`. `linkme` is a compile error on a platform it does not support
//! (WebAssembly among them), so the registry exists only on the ones it does (Linux,
//! Android and Fuchsia, macOS and iOS, Windows, illumos, FreeBSD and OpenBSD): elsewhere
//! `if_registry!` drops each entry and the picture is empty, and `guarded` builds as
//! before. Both crates are `no_std`; `linkme`'s proc macro uses the same `syn` as
//! `guarded-macros`. The generated code names it through `guarded::__private`, so users
//! need no dependency of their own.
//!
//! The slice hands the entries out in link order (it differs between platforms and
//! builds), so [`lock_order`] sorts them: by name, then module, then place of declaration.
//! The text it prints is the same from run to run, and a test can keep it in a snapshot,
//! where a change of order shows as a diff.

use std::fmt::Write as _;

use crate::struct_order::StructOrder;

/// One `#[guarded]` struct's entry in the program's registry: its `StructOrder` record.
pub struct Registration {
    order: &'static StructOrder,
}

impl Registration {
    /// The entry of the struct whose record is `order`.
    ///
    /// # Safety
    ///
    /// Called only by the code `#[guarded]` generates, once per struct, with that struct's
    /// own record. (Nothing unsound follows from another call: the registry is only read by
    /// [`lock_order`], to print. `unsafe` keeps safe code from adding a struct to it.)
    pub const unsafe fn new(order: &'static StructOrder) -> Self {
        Registration { order }
    }
}

/// The registry, on the platforms `linkme` supports (its own list; `linkme` is a compile
/// error on any other).
#[cfg(any(
    target_os = "none",
    target_os = "linux",
    target_os = "macos",
    target_os = "ios",
    target_os = "tvos",
    target_os = "android",
    target_os = "fuchsia",
    target_os = "illumos",
    target_os = "freebsd",
    target_os = "openbsd",
    target_os = "psp",
    target_os = "windows",
    target_os = "uefi",
))]
pub(crate) mod registry {
    use super::{Registration, StructOrder};

    /// Every `#[guarded]` struct's `Registration`. The name is `linkme`'s section name:
    /// it carries the runtime's major version, so that two incompatible `guarded`s in one
    /// program keep two registries (`linkme` refuses two slices of one name).
    #[linkme::distributed_slice]
    pub static GUARDED_0_1_STRUCTS: [Registration];

    /// What `#[guarded]` wraps its registration in: kept here.
    #[doc(hidden)]
    #[macro_export]
    macro_rules! __guarded_if_registry {
        ($($item:tt)*) => { $($item)* };
    }

    /// The records of the structs linked into the program.
    pub(super) fn registered() -> impl Iterator<Item = &'static StructOrder> {
        GUARDED_0_1_STRUCTS
            .iter()
            .map(|registration| registration.order)
    }
}

/// No registry where `linkme` has none: the registrations are dropped, and the picture is
/// empty.
#[cfg(not(any(
    target_os = "none",
    target_os = "linux",
    target_os = "macos",
    target_os = "ios",
    target_os = "tvos",
    target_os = "android",
    target_os = "fuchsia",
    target_os = "illumos",
    target_os = "freebsd",
    target_os = "openbsd",
    target_os = "psp",
    target_os = "windows",
    target_os = "uefi",
)))]
pub(crate) mod registry {
    use super::StructOrder;

    /// What `#[guarded]` wraps its registration in: dropped here.
    #[doc(hidden)]
    #[macro_export]
    macro_rules! __guarded_if_registry {
        ($($item:tt)*) => {};
    }

    /// No records: there is no registry.
    pub(super) fn registered() -> impl Iterator<Item = &'static StructOrder> {
        std::iter::empty()
    }
}

/// The lock order of the whole program: every `#[guarded]` struct linked into it, with its
/// locked fields in lock order and the struct it is declared after, sorted by name, then
/// module, then place of declaration. A struct named by an `after = ...` comes too, even if
/// its own registration is missing.
///
/// [`mermaid`](LockOrder::mermaid) and [`dot`](LockOrder::dot) print it, the same text on
/// every run, for a snapshot test or a picture in the docs:
///
/// ```
/// use guarded::guarded;
///
/// #[guarded]
/// pub struct Bank {
///     accounts: Vec<i64>,
///     audit: Vec<String>,
/// }
///
/// #[guarded(after = Bank)]
/// pub struct Ledger {
///     entries: Vec<String>,
/// }
///
/// # if cfg!(miri) { return; } // miri cannot read the section `linkme` registers into
/// let order = guarded::lock_order().within(module_path!());
/// assert_eq!(
///     order.mermaid(),
///     "flowchart TD
///     %% An arrow A --> B: B is declared `after = A`; a thread holding locks of A may lock B's.
///     s_Bank[\"Bank<br/>1. accounts<br/>2. audit\"]
///     s_Ledger[\"Ledger<br/>1. entries\"]
///     s_Bank --> s_Ledger
/// "
/// );
/// ```
///
/// Only the structs of the program that calls it are there (each test target of a crate is
/// its own program). On a platform that `linkme` does not support, it is empty.
pub fn lock_order() -> LockOrder {
    LockOrder::of(registry::registered())
}

/// The structs of a program's lock order, sorted (see [`lock_order`]).
#[derive(Clone, Debug)]
pub struct LockOrder {
    structs: Vec<GuardedStruct>,
}

/// One `#[guarded]` struct in the [`LockOrder`]: its name, where it is declared, its locked
/// fields in lock order, and the struct it is declared after.
#[derive(Clone, Copy)]
pub struct GuardedStruct {
    order: &'static StructOrder,
}

impl GuardedStruct {
    /// The struct's name, as written (without generic parameters).
    pub fn name(&self) -> &'static str {
        self.order.name
    }

    /// The module it is declared in (`module_path!()` there: a struct declared in a
    /// function body has the function's module).
    pub fn module(&self) -> &'static str {
        self.order
            .location
            .split_once(' ')
            .map_or("", |(module, _)| module)
    }

    /// Where it is declared: `file:line:column`.
    pub fn location(&self) -> &'static str {
        self.order
            .location
            .split_once(' ')
            .map_or(self.order.location, |(_, at)| at)
    }

    /// Its locked fields in lock order, as its `LOCK_ORDER` lists them.
    pub fn fields(&self) -> &'static [&'static str] {
        self.order.fields
    }

    /// The struct it is declared after (`#[guarded(after = ...)]`), if any.
    pub fn after(&self) -> Option<GuardedStruct> {
        self.order.after.map(|order| GuardedStruct { order })
    }

    /// `module::Name`.
    fn path(self) -> String {
        format!("{}::{}", self.module(), self.name())
    }

    /// The record itself, to tell two structs apart by address: each record is a `static`,
    /// one per struct.
    fn is(self, other: GuardedStruct) -> bool {
        std::ptr::eq(self.order, other.order)
    }
}

impl std::fmt::Debug for GuardedStruct {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GuardedStruct")
            .field("name", &self.name())
            .field("module", &self.module())
            .field("location", &self.location())
            .field("fields", &self.fields())
            .field("after", &self.after().map(GuardedStruct::path))
            .finish()
    }
}

impl LockOrder {
    /// The structs whose records are `orders`, with every struct they are declared after,
    /// each once, sorted.
    fn of(orders: impl IntoIterator<Item = &'static StructOrder>) -> LockOrder {
        let mut structs: Vec<GuardedStruct> = Vec::new();
        for order in orders {
            let mut next = Some(GuardedStruct { order });
            while let Some(found) = next {
                if structs.iter().any(|known| known.is(found)) {
                    break;
                }
                structs.push(found);
                next = found.after();
            }
        }
        structs.sort_by(|a, b| {
            (a.name(), a.module(), a.location(), a.order.id).cmp(&(
                b.name(),
                b.module(),
                b.location(),
                b.order.id,
            ))
        });
        LockOrder { structs }
    }

    /// The structs declared in `module` or in a module inside it (`module_path!()` gives
    /// the current one; a crate's name gives the whole crate), with the structs they are
    /// declared after, wherever those are declared.
    #[must_use]
    pub fn within(&self, module: &str) -> LockOrder {
        let inside = |s: &GuardedStruct| {
            let path = s.module();
            path == module
                || path
                    .strip_prefix(module)
                    .is_some_and(|rest| rest.starts_with("::"))
        };
        LockOrder::of(self.structs.iter().filter(|s| inside(s)).map(|s| s.order))
    }

    /// The structs, sorted by name, then module, then place of declaration.
    pub fn structs(&self) -> &[GuardedStruct] {
        &self.structs
    }

    /// The lock order as a Mermaid flowchart: one node per struct, its name and its locked
    /// fields in lock order, and an arrow from each struct to every struct declared after
    /// it. GitHub renders it in a `mermaid` code block.
    pub fn mermaid(&self) -> String {
        let ids = self.ids();
        let mut out = String::from("flowchart TD\n");
        out.push_str(
            "    %% An arrow A --> B: B is declared `after = A`; a thread holding locks of A \
             may lock B's.\n",
        );
        for (s, (id, label)) in self.structs.iter().zip(&ids) {
            let mut text = label.clone();
            for line in field_lines(*s) {
                let _ = write!(text, "<br/>{line}");
            }
            let _ = writeln!(out, "    {id}[\"{}\"]", text.replace('"', "#quot;"));
        }
        for (parent, child) in self.edges() {
            let _ = writeln!(out, "    {} --> {}", ids[parent].0, ids[child].0);
        }
        out
    }

    /// The lock order as a Graphviz DOT digraph: one record node per struct, its name over
    /// its locked fields in lock order, and an edge from each struct to every struct
    /// declared after it. `dot -Tsvg` draws it.
    pub fn dot(&self) -> String {
        let ids = self.ids();
        let mut out = String::from("digraph lock_order {\n");
        out.push_str(
            "    // An edge A -> B: B is declared `after = A`; a thread holding locks of A may \
             lock B's.\n",
        );
        out.push_str("    node [shape=record];\n");
        for (s, (id, label)) in self.structs.iter().zip(&ids) {
            let mut text = record_text(label);
            for line in field_lines(*s) {
                let _ = write!(text, "|{}", record_text(&line));
            }
            let _ = writeln!(out, "    {id} [label=\"{{{text}}}\"];");
        }
        for (parent, child) in self.edges() {
            let _ = writeln!(out, "    {} -> {};", ids[parent].0, ids[child].0);
        }
        out.push_str("}\n");
        out
    }

    /// Each struct's node id and label: its name, or `module::Name` where two structs in
    /// the picture share a name; the id is the label in letters, digits and `_`, with a
    /// number added for two structs of one name in one module.
    fn ids(&self) -> Vec<(String, String)> {
        let labels: Vec<String> = self
            .structs
            .iter()
            .map(|s| {
                let shared = self
                    .structs
                    .iter()
                    .filter(|other| other.name() == s.name())
                    .count()
                    > 1;
                if shared {
                    s.path()
                } else {
                    s.name().to_owned()
                }
            })
            .collect();
        let mut ids: Vec<String> = Vec::new();
        for label in &labels {
            let base = node_id(label);
            let mut id = base.clone();
            let mut n = 1;
            while ids.contains(&id) {
                n += 1;
                id = format!("{base}_{n}");
            }
            ids.push(id);
        }
        ids.into_iter().zip(labels).collect()
    }

    /// `(earlier, later)` for each struct declared after another, as indices, sorted.
    fn edges(&self) -> Vec<(usize, usize)> {
        let mut edges: Vec<(usize, usize)> = self
            .structs
            .iter()
            .enumerate()
            .filter_map(|(child, s)| {
                let after = s.after()?;
                let parent = self.structs.iter().position(|p| p.is(after))?;
                Some((parent, child))
            })
            .collect();
        edges.sort_unstable();
        edges
    }
}

/// `1. accounts`, `2. audit`: the struct's locked fields, numbered in lock order.
fn field_lines(s: GuardedStruct) -> Vec<String> {
    if s.fields().is_empty() {
        return vec!["(no locked fields)".to_owned()];
    }
    s.fields()
        .iter()
        .enumerate()
        .map(|(i, field)| format!("{}. {field}", i + 1))
        .collect()
}

/// `label` as a node id for Mermaid and DOT: `s_` and the label in letters, digits and `_`
/// (`::` becomes `__`, anything else `_`). The prefix keeps every id off both languages'
/// keywords (DOT's `node`, `edge`, `graph`, `strict` in any case; Mermaid's `end`,
/// `click`, `style`, `class`, ...), whatever the struct is called, and off a leading digit.
fn node_id(label: &str) -> String {
    let mut id = String::from("s_");
    id.extend(label.chars().map(|c| {
        if c.is_ascii_alphanumeric() || c == '_' {
            c
        } else {
            '_'
        }
    }));
    id
}

/// `text` inside a DOT record label, where `{}|<>"\` and spaces at the ends have meanings.
fn record_text(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if "{}|<>\"\\".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{LockOrder, StructOrder};

    static BANK: StructOrder = StructOrder {
        name: "Bank",
        id: 1,
        location: "app::money src/money.rs:3:1",
        fields: &["accounts", "audit"],
        after: None,
    };
    static LEDGER: StructOrder = StructOrder {
        name: "Ledger",
        id: 2,
        location: "app::books src/books.rs:9:1",
        fields: &["entries"],
        after: Some(&BANK),
    };
    static ARCHIVE: StructOrder = StructOrder {
        name: "Archive",
        id: 3,
        location: "app::books src/books.rs:20:1",
        fields: &[],
        after: Some(&LEDGER),
    };
    static OTHER_BANK: StructOrder = StructOrder {
        name: "Bank",
        id: 4,
        location: "app::books src/books.rs:30:1",
        fields: &["vault"],
        after: Some(&LEDGER),
    };

    #[test]
    fn sorted_whatever_the_registration_order() {
        let one = LockOrder::of([&ARCHIVE, &BANK, &LEDGER]);
        let other = LockOrder::of([&LEDGER, &ARCHIVE, &BANK]);
        let names: Vec<&str> = one
            .structs()
            .iter()
            .map(super::GuardedStruct::name)
            .collect();
        assert_eq!(names, ["Archive", "Bank", "Ledger"]);
        assert_eq!(one.mermaid(), other.mermaid());
        assert_eq!(one.dot(), other.dot());
    }

    #[test]
    fn structs_named_by_after_come_too() {
        let order = LockOrder::of([&ARCHIVE]);
        let names: Vec<&str> = order
            .structs()
            .iter()
            .map(super::GuardedStruct::name)
            .collect();
        assert_eq!(names, ["Archive", "Bank", "Ledger"]);
    }

    #[test]
    fn mermaid_and_dot() {
        let order = LockOrder::of([&BANK, &LEDGER, &ARCHIVE]);
        assert_eq!(
            order.mermaid(),
            "flowchart TD
    %% An arrow A --> B: B is declared `after = A`; a thread holding locks of A may lock B's.
    s_Archive[\"Archive<br/>(no locked fields)\"]
    s_Bank[\"Bank<br/>1. accounts<br/>2. audit\"]
    s_Ledger[\"Ledger<br/>1. entries\"]
    s_Bank --> s_Ledger
    s_Ledger --> s_Archive
"
        );
        assert_eq!(
            order.dot(),
            "digraph lock_order {
    // An edge A -> B: B is declared `after = A`; a thread holding locks of A may lock B's.
    node [shape=record];
    s_Archive [label=\"{Archive|(no locked fields)}\"];
    s_Bank [label=\"{Bank|1. accounts|2. audit}\"];
    s_Ledger [label=\"{Ledger|1. entries}\"];
    s_Bank -> s_Ledger;
    s_Ledger -> s_Archive;
}
"
        );
    }

    #[test]
    fn two_structs_of_one_name_are_told_apart_by_module() {
        let order = LockOrder::of([&BANK, &OTHER_BANK]);
        let mermaid = order.mermaid();
        assert!(
            mermaid.contains("    s_app__books__Bank[\"app::books::Bank<br/>1. vault\"]\n"),
            "{mermaid}"
        );
        assert!(
            mermaid.contains(
                "    s_app__money__Bank[\"app::money::Bank<br/>1. accounts<br/>2. audit\"]\n"
            ),
            "{mermaid}"
        );
        assert!(
            mermaid.contains("    s_Ledger --> s_app__books__Bank\n"),
            "{mermaid}"
        );
        assert!(
            mermaid.contains("    s_app__money__Bank --> s_Ledger\n"),
            "{mermaid}"
        );
    }

    #[test]
    fn within_a_module_keeps_what_its_structs_come_after() {
        let order = LockOrder::of([&BANK, &LEDGER, &ARCHIVE, &OTHER_BANK]);
        let books: Vec<String> = order
            .within("app::books")
            .structs()
            .iter()
            .map(|s| format!("{}::{}", s.module(), s.name()))
            .collect();
        // `app::money::Bank` because `Ledger` is declared after it.
        assert_eq!(
            books,
            [
                "app::books::Archive",
                "app::books::Bank",
                "app::money::Bank",
                "app::books::Ledger"
            ]
        );
        let money = order.within("app::money");
        assert_eq!(money.structs().len(), 1);
        assert!(
            order.within("app::bo").structs().is_empty(),
            "a whole segment only"
        );
        assert_eq!(order.within("app").structs().len(), 4);
    }

    #[test]
    fn node_ids() {
        assert_eq!(super::node_id("a::b::C"), "s_a__b__C");
        assert_eq!(super::node_id("end"), "s_end");
        assert_eq!(super::node_id("Node"), "s_Node");
        assert_eq!(super::node_id("Zähler"), "s_Z_hler");
        assert_eq!(super::record_text("a{b}|<c>"), "a\\{b\\}\\|\\<c\\>");
    }
}
