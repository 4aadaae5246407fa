//! Graph exports for the tools people analyse networks in: GraphML (Gephi,
//! yEd, networkx, igraph), CSV in the layout `neo4j-admin database import`
//! reads, and node-link JSON for networkx's `node_link_graph`.
//!
//! Every writer works from a [`Table`]: the selected nodes and edges as plain
//! strings, so the escaping of each format can be tested on arbitrary text.

use crate::graph::CitationGraph;
use crate::graph::select::Selection;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};

/// A node as exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportNode {
    pub id: String,
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The corpus file a document was read from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session: Option<String>,
    /// Its official home (see `render::links`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// An edge as exported: one per (source, target, relation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportEdge {
    pub source: String,
    pub target: String,
    /// `recalls`, `acts-under`, ..., or a structural `part-of`,
    /// `adopted-at`, `contained-in`.
    pub relation: String,
    pub evidence_count: usize,
}

/// The selected part of the graph, sorted, as strings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    pub nodes: Vec<ExportNode>,
    pub edges: Vec<ExportEdge>,
}

impl Table {
    pub fn from_graph(g: &CitationGraph, sel: &Selection) -> Table {
        let nodes = sel
            .nodes
            .iter()
            .filter_map(|id| g.node(id))
            .map(|n| ExportNode {
                id: n.id.to_string(),
                kind: n.kind.to_string(),
                title: n.title.clone(),
                file: n.file.clone(),
                date: n.date.clone(),
                session: n.session.as_ref().map(|s| s.to_string()),
                url: super::links::node_url(n),
            })
            .collect();
        let edges = sel
            .edges(g)
            .into_iter()
            .map(|e| ExportEdge {
                source: e.source.id.to_string(),
                target: e.target.id.to_string(),
                relation: e.edge.kind.as_str().to_string(),
                evidence_count: e.edge.evidence.len(),
            })
            .collect();
        Table { nodes, edges }
    }
}

/// Escapes text for XML element content or a double-quoted attribute.
/// Characters XML 1.0 cannot carry at all (most C0 controls, U+FFFE,
/// U+FFFF) become U+FFFD; `\r` and `\t` and `\n` are written as character
/// references so parsers keep them (attribute normalisation would not).
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if xml_forbidden(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Not a legal XML 1.0 character, even as a reference.
pub fn xml_forbidden(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}')
}

/// GraphML keys: (id, for, attr.name, attr.type).
const GRAPHML_KEYS: [(&str, &str, &str, &str); 9] = [
    ("kind", "node", "kind", "string"),
    ("title", "node", "title", "string"),
    ("file", "node", "file", "string"),
    ("date", "node", "date", "string"),
    ("session", "node", "session", "string"),
    ("url", "node", "url", "string"),
    ("label", "node", "label", "string"),
    ("relation", "edge", "relation", "string"),
    ("evidence_count", "edge", "evidence_count", "int"),
];

/// GraphML 1.0: keys declared for every attribute written; parallel edges
/// (two relations between the same nodes) are separate `<edge>`s.
pub fn write_graphml<W: Write>(out: &mut W, t: &Table) -> io::Result<()> {
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for (id, on, name, ty) in GRAPHML_KEYS {
        let _ = writeln!(
            s,
            "  <key id=\"{id}\" for=\"{on}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
        );
    }
    s.push_str("  <graph id=\"uncite\" edgedefault=\"directed\">\n");
    for n in &t.nodes {
        let _ = writeln!(s, "    <node id=\"{}\">", xml_escape(&n.id));
        let label = match &n.title {
            Some(title) => format!("{} {}", n.id, title),
            None => n.id.clone(),
        };
        let fields = [
            ("kind", Some(n.kind.as_str())),
            ("title", n.title.as_deref()),
            ("file", n.file.as_deref()),
            ("date", n.date.as_deref()),
            ("session", n.session.as_deref()),
            ("url", n.url.as_deref()),
            ("label", Some(label.as_str())),
        ];
        for (k, v) in fields {
            if let Some(v) = v {
                let _ = writeln!(s, "      <data key=\"{k}\">{}</data>", xml_escape(v));
            }
        }
        s.push_str("    </node>\n");
    }
    for (i, e) in t.edges.iter().enumerate() {
        let _ = writeln!(
            s,
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">\n      <data key=\"relation\">{}</data>\n      <data key=\"evidence_count\">{}</data>\n    </edge>",
            xml_escape(&e.source),
            xml_escape(&e.target),
            xml_escape(&e.relation),
            e.evidence_count
        );
    }
    s.push_str("  </graph>\n</graphml>\n");
    out.write_all(s.as_bytes())
}

/// One CSV field: quoted when it holds a comma, quote or line break (RFC
/// 4180; `neo4j-admin` reads the same). Line breaks inside titles are
/// folded to spaces so the files import without `--multiline-fields`.
pub fn csv_field(s: &str) -> String {
    let s: String = s
        .chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect();
    if s.contains([',', '"']) || s.starts_with(' ') || s.ends_with(' ') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// A Neo4j node label for a kind: `Resolution`, `Article`, ...
pub fn neo4j_label(kind: &str) -> String {
    let mut out = String::new();
    let mut upper = true;
    for c in kind.chars() {
        if c.is_ascii_alphanumeric() {
            if upper {
                out.push(c.to_ascii_uppercase());
            } else {
                out.push(c);
            }
            upper = false;
        } else {
            upper = true;
        }
    }
    if out.is_empty() {
        out.push_str("Node");
    }
    out
}

/// A Neo4j relationship type for a relation: `RECALLS`, `ACTS_UNDER`, `PART_OF`.
pub fn neo4j_type(relation: &str) -> String {
    let t: String = relation
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    if t.is_empty() { "RELATED".into() } else { t }
}

/// `nodes.csv` in the header layout of `neo4j-admin database import`:
/// `id:ID,kind,title,:LABEL` (labels `Node;<Kind>`).
pub fn write_nodes_csv<W: Write>(out: &mut W, t: &Table) -> io::Result<()> {
    let mut s = String::from("id:ID,kind,title,date,url,:LABEL\n");
    for n in &t.nodes {
        let _ = writeln!(
            s,
            "{},{},{},{},{},{}",
            csv_field(&n.id),
            csv_field(&n.kind),
            csv_field(n.title.as_deref().unwrap_or("")),
            csv_field(n.date.as_deref().unwrap_or("")),
            csv_field(n.url.as_deref().unwrap_or("")),
            csv_field(&format!("Node;{}", neo4j_label(&n.kind)))
        );
    }
    out.write_all(s.as_bytes())
}

/// `edges.csv`: `:START_ID,:END_ID,:TYPE,relation,evidence_count:int`.
pub fn write_edges_csv<W: Write>(out: &mut W, t: &Table) -> io::Result<()> {
    let mut s = String::from(":START_ID,:END_ID,:TYPE,relation,evidence_count:int\n");
    for e in &t.edges {
        let _ = writeln!(
            s,
            "{},{},{},{},{}",
            csv_field(&e.source),
            csv_field(&e.target),
            csv_field(&neo4j_type(&e.relation)),
            csv_field(&e.relation),
            e.evidence_count
        );
    }
    out.write_all(s.as_bytes())
}

#[derive(Serialize)]
struct NodeLink<'a> {
    directed: bool,
    multigraph: bool,
    graph: BTreeMap<&'a str, &'a str>,
    nodes: &'a [ExportNode],
    links: Vec<Link<'a>>,
}

#[derive(Serialize)]
struct Link<'a> {
    source: &'a str,
    target: &'a str,
    /// The relation with the most evidence (ties: the first in order).
    relation: &'a str,
    /// Every relation between the two nodes.
    relations: Vec<&'a str>,
    evidence_count: usize,
}

/// Node-link JSON that `networkx.node_link_graph(data, edges="links")`
/// reads into a `DiGraph`: one link per (source, target); when two
/// relations join the same nodes, `relations` lists both and `relation` is
/// the better attested.
pub fn write_node_link<W: Write>(out: &mut W, t: &Table) -> io::Result<()> {
    let mut by_pair: BTreeMap<(&str, &str), Vec<&ExportEdge>> = BTreeMap::new();
    for e in &t.edges {
        by_pair
            .entry((e.source.as_str(), e.target.as_str()))
            .or_default()
            .push(e);
    }
    let links = by_pair
        .into_iter()
        .map(|((source, target), es)| {
            let best = es
                .iter()
                .copied()
                .reduce(|a, b| {
                    if b.evidence_count > a.evidence_count {
                        b
                    } else {
                        a
                    }
                })
                .expect("non-empty group");
            Link {
                source,
                target,
                relation: &best.relation,
                relations: es.iter().map(|e| e.relation.as_str()).collect(),
                evidence_count: es.iter().map(|e| e.evidence_count).sum(),
            }
        })
        .collect();
    let doc = NodeLink {
        directed: true,
        multigraph: false,
        graph: BTreeMap::from([("name", "uncite citation graph")]),
        nodes: &t.nodes,
        links,
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quoting() {
        assert_eq!(csv_field("res:cosp:6/2"), "res:cosp:6/2");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"x\""), "\"say \"\"x\"\"\"");
        assert_eq!(csv_field("two\nlines"), "two lines");
        assert_eq!(csv_field("Node;Article"), "Node;Article");
    }

    #[test]
    fn neo4j_names() {
        assert_eq!(neo4j_label("resolution"), "Resolution");
        assert_eq!(neo4j_type("acts-under"), "ACTS_UNDER");
        assert_eq!(neo4j_type("part-of"), "PART_OF");
    }

    #[test]
    fn xml_escape_drops_what_xml_cannot_carry() {
        assert_eq!(
            xml_escape("a<b>&\"'\u{1}"),
            "a&lt;b&gt;&amp;&quot;&apos;\u{FFFD}"
        );
        assert_eq!(xml_escape("x\ny"), "x&#10;y");
    }
}
