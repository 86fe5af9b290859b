//! `guarded::lock_order()` prints the program's lock order as DOT and Mermaid text, with
//! node ids made from the structs' names. Ordinary struct names are keywords of those
//! languages: DOT's `node`, `edge`, `graph`, `digraph`, `subgraph` and `strict` in any case
//! (`Node`, `Edge`, `Graph` are common struct names), Mermaid's `click`, `style`, `class`,
//! `graph`, `subgraph`... An id that is a keyword makes the text fail to parse, or parse
//! as something else (`Node [label=...]` is DOT's default node attributes, not a node):
//! the picture would lie or not render. Every id printed must be a plain id.
//!
//! Found by the adversarial review: the ids were the names as they are, so `Node`, `Edge`,
//! `Graph` and `Strict` came out bare in DOT (`dot` reported a syntax error), `click` and
//! `style` bare in Mermaid. Every id now starts with `s_`, which no keyword of either
//! language does.

#![allow(non_camel_case_types)]

/// Structs named like the two languages' keywords, declared after one another so that
/// every one of them is also in an edge.
mod graphs {
    use guarded::guarded;

    #[guarded]
    pub struct Node {
        a: u32,
    }

    #[guarded(after = Node)]
    pub struct Edge {
        b: u32,
    }

    #[guarded(after = Edge)]
    pub struct Graph {
        c: u32,
    }

    #[guarded(after = Graph)]
    pub struct Strict {
        d: u32,
    }

    #[guarded(after = Strict)]
    pub struct click {
        e: u32,
    }

    #[guarded(after = click)]
    pub struct style {
        f: u32,
    }

    #[guarded(after = style)]
    pub struct subgraph {
        g: u32,
    }
}

/// DOT's keywords, which it reads in any case.
const DOT_KEYWORDS: &[&str] = &["node", "edge", "graph", "digraph", "subgraph", "strict"];

/// Words Mermaid's flowchart lexer takes as keywords where a node id is expected.
const MERMAID_KEYWORDS: &[&str] = &[
    "end",
    "graph",
    "flowchart",
    "subgraph",
    "click",
    "style",
    "class",
    "classDef",
    "linkStyle",
    "call",
    "interpolate",
    "default",
];

/// The first word of each node and edge line: the ids the text names (a quoted id is
/// never a keyword, and is returned with its quotes).
fn ids(text: &str) -> Vec<String> {
    text.lines()
        .skip(1)
        .map(str::trim)
        .filter(|line| !line.starts_with("//") && !line.starts_with("%%"))
        .filter(|line| !line.starts_with("node [shape=record]") && *line != "}")
        .flat_map(|line| {
            let line = line.split('[').next().unwrap_or(line);
            line.split(" -> ")
                .flat_map(|part| part.split(" --> "))
                .map(|id| id.trim().trim_end_matches(';').to_owned())
                .collect::<Vec<_>>()
        })
        .filter(|id| !id.is_empty())
        .collect()
}

#[test]
fn dot_ids_are_never_dot_keywords() {
    let dot = guarded::lock_order().within(module_path!()).dot();
    let ids = ids(&dot);
    // Seven nodes and six edges: every struct is there.
    assert_eq!(ids.len(), 7 + 2 * 6, "{dot}");
    for id in &ids {
        assert!(
            !DOT_KEYWORDS.iter().any(|k| k.eq_ignore_ascii_case(id)),
            "`{id}` is a DOT keyword:\n{dot}"
        );
    }
}

#[test]
fn mermaid_ids_are_never_mermaid_keywords() {
    let mermaid = guarded::lock_order().within(module_path!()).mermaid();
    let ids = ids(&mermaid);
    assert_eq!(ids.len(), 7 + 2 * 6, "{mermaid}");
    for id in &ids {
        assert!(
            !MERMAID_KEYWORDS.contains(&id.as_str()),
            "`{id}` is a Mermaid keyword:\n{mermaid}"
        );
    }
}
