//! The citation graph of a corpus (petgraph).
//!
//! Nodes are keyed by canonical [`Id`] through one index map; a `NodeIndex`
//! never outlives a query because the graph is immutable once built.
//! Parallel mentions of the same (source, target, relation) are one edge
//! carrying many evidences.

mod build;
pub mod select;

/// The evidence sentence of the mention at `start..end` of `text`
/// ([`crate::text::sentence::evidence`]), computed from a window of
/// [`SENTENCE_REACH`] bytes either side of the mention instead of the whole
/// line: the sentence rules never look further (a sentence start at most
/// `SENTENCE_WINDOW` back, an end at most `SENTENCE_WINDOW` on), so the
/// sentence is the same, and a mention costs the same on a 1 MB line as on
/// a short one (it scanned to both ends of its line, which made a line of
/// n references cost n × its length).
pub(crate) fn sentence(text: &str, start: usize, end: usize) -> String {
    use crate::text::sentence::{SENTENCE_WINDOW, evidence};
    const _: () = assert!(SENTENCE_REACH > SENTENCE_WINDOW + 4);
    let start = start.min(text.len());
    let end = end.clamp(start, text.len());
    let mut ws = start.saturating_sub(SENTENCE_REACH);
    while !text.is_char_boundary(ws) {
        ws += 1;
    }
    let mut we = end.saturating_add(SENTENCE_REACH).min(text.len());
    while !text.is_char_boundary(we) {
        we -= 1;
    }
    evidence(&text[ws..we], start - ws, end - ws)
}

/// Bytes either side of a mention that [`sentence`] looks at: more than the
/// sentence rules' reach (`SENTENCE_WINDOW`, plus a character).
pub const SENTENCE_REACH: usize = 4096;

use crate::corpus::Corpus;
use crate::id::{Id, Kind};
use crate::model::Relation;
use petgraph::Direction;
use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;
use std::fmt;

/// A node: a unit, document, article, chapter, session or cited symbol.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Node {
    pub id: Id,
    pub kind: Kind,
    /// Title from a heading, the table of contents, the annex list of
    /// documents, the registry, or a document header.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// For documents of the corpus: the file they were read from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The symbol a corpus document is known by elsewhere (annex lists).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub symbols: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The session that adopted a resolution, or a document's session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session: Option<Id>,
    /// A corpus document's language (ISO 639-1: "en", "fr").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

impl Node {
    fn new(id: Id) -> Node {
        Node {
            kind: id.kind(),
            id,
            title: None,
            file: None,
            symbols: Vec::new(),
            date: None,
            session: None,
            lang: None,
        }
    }

    /// A short human label: the ID, and the title when there is one.
    pub fn label(&self) -> String {
        match &self.title {
            Some(t) => format!("{}\n{}", self.id, t),
            None => self.id.to_string(),
        }
    }

    /// True for a document read into the corpus (not merely cited).
    pub fn in_corpus(&self) -> bool {
        self.file.is_some()
    }
}

/// What an edge says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EdgeKind {
    /// A reference with its governing verb.
    Cites(Relation),
    /// `46(3)` -> `46` -> chapter IV.
    PartOf,
    /// A resolution or decision -> the session that adopted it.
    AdoptedAt,
    /// A resolution or decision -> the document whose text contains it.
    ContainedIn,
}

impl EdgeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::Cites(r) => r.as_str(),
            EdgeKind::PartOf => "part-of",
            EdgeKind::AdoptedAt => "adopted-at",
            EdgeKind::ContainedIn => "contained-in",
        }
    }

    pub fn relation(self) -> Option<Relation> {
        match self {
            EdgeKind::Cites(r) => Some(r),
            _ => None,
        }
    }
}

impl fmt::Display for EdgeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where an edge was read: one mention, with the sentence it stands in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    pub file: String,
    pub line: usize,
    /// The 1-based page of the mention, for a PDF ("p. 7").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub sentence: String,
}

impl Evidence {
    /// Where a user finds the evidence: `file:line`, and for a PDF the
    /// page the printed document shows it on (`file.pdf:120 (p. 7)`).
    pub fn place(&self) -> String {
        match self.page {
            Some(p) => format!("{}:{} (p. {p})", self.file, self.line),
            None => format!("{}:{}", self.file, self.line),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edge {
    pub kind: EdgeKind,
    pub evidence: Vec<Evidence>,
}

/// The graph plus the one index from canonical ID to node.
#[derive(Debug, Clone, Default)]
pub struct CitationGraph {
    graph: DiGraph<Node, Edge>,
    index: HashMap<Id, NodeIndex>,
}

/// An edge seen from outside: IDs, never indices.
#[derive(Debug, Clone, Copy)]
pub struct EdgeRefView<'g> {
    pub source: &'g Node,
    pub target: &'g Node,
    pub edge: &'g Edge,
}

impl CitationGraph {
    /// Builds the graph of a corpus; linear in references.
    pub fn build(corpus: &Corpus) -> CitationGraph {
        build::build(corpus)
    }

    /// The graph of documents extracted without keeping their text: every
    /// evidence's `sentence` is empty (see [`crate::index`]). `references(i)`
    /// gives document `i`'s references when they are kept apart from it
    /// (compactly): asked once per document, dropped once in the graph.
    pub fn from_parts(
        docs: &[crate::document::Document],
        references: &mut dyn FnMut(usize) -> Vec<crate::model::Reference>,
    ) -> CitationGraph {
        let entries: Vec<_> = docs.iter().map(|d| (d, None)).collect();
        build::build_from(&entries, references)
    }

    /// Adds a node as it is (rebuilding a graph, or part of one, from an
    /// index). False when a node with its ID is already there.
    pub fn insert_node(&mut self, node: Node) -> bool {
        if self.index.contains_key(&node.id) {
            return false;
        }
        let id = node.id.clone();
        let i = self.graph.add_node(node);
        self.index.insert(id, i);
        true
    }

    /// Adds an edge between two nodes already there; false when one is not.
    pub fn insert_edge(&mut self, source: &Id, target: &Id, edge: Edge) -> bool {
        match (self.index.get(source), self.index.get(target)) {
            (Some(&s), Some(&t)) => {
                self.graph.add_edge(s, t, edge);
                true
            }
            _ => false,
        }
    }

    pub fn node(&self, id: &Id) -> Option<&Node> {
        self.index.get(id).map(|&i| &self.graph[i])
    }

    pub fn contains(&self, id: &Id) -> bool {
        self.index.contains_key(id)
    }

    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// Every node, sorted by ID (stable output).
    pub fn nodes(&self) -> Vec<&Node> {
        let mut v: Vec<&Node> = self.graph.node_weights().collect();
        v.sort_by(|a, b| a.id.cmp(&b.id));
        v
    }

    fn view(&self, e: EdgeIndex) -> EdgeRefView<'_> {
        let (s, t) = self.graph.edge_endpoints(e).expect("edge of this graph");
        EdgeRefView {
            source: &self.graph[s],
            target: &self.graph[t],
            edge: &self.graph[e],
        }
    }

    /// Every edge, sorted by (source, target, kind).
    pub fn edges(&self) -> Vec<EdgeRefView<'_>> {
        let mut v: Vec<_> = self.graph.edge_indices().map(|e| self.view(e)).collect();
        v.sort_by(|a, b| edge_key(a).cmp(&edge_key(b)));
        v
    }

    /// Edges leaving `id` (`Outgoing`) or arriving at it (`Incoming`).
    pub fn edges_of(&self, id: &Id, dir: Direction) -> Vec<EdgeRefView<'_>> {
        let Some(&i) = self.index.get(id) else {
            return Vec::new();
        };
        let mut v: Vec<_> = self
            .graph
            .edges_directed(i, dir)
            .map(|e| self.view(e.id()))
            .collect();
        v.sort_by(|a, b| edge_key(a).cmp(&edge_key(b)));
        v
    }

    /// The document node whose text contains `id`, if any.
    pub fn container_of(&self, id: &Id) -> Option<&Node> {
        self.edges_of(id, Direction::Outgoing)
            .into_iter()
            .find(|e| e.edge.kind == EdgeKind::ContainedIn)
            .map(|e| e.target)
    }

    /// `id` and everything part of it: paragraphs of an article, and with
    /// `chapters` the articles of a chapter (and their paragraphs).
    pub fn parts(&self, id: &Id, chapters: bool) -> Vec<Id> {
        let mut out = vec![id.clone()];
        let mut i = 0;
        while i < out.len() {
            let cur = out[i].clone();
            i += 1;
            if cur.kind() == Kind::Chapter && !chapters {
                continue;
            }
            for e in self.edges_of(&cur, Direction::Incoming) {
                if e.edge.kind == EdgeKind::PartOf {
                    out.push(e.source.id.clone());
                }
            }
        }
        out
    }
}

fn edge_key<'a>(e: &EdgeRefView<'a>) -> (&'a Id, &'a Id, EdgeKind) {
    (&e.source.id, &e.target.id, e.edge.kind)
}

#[cfg(test)]
mod tests;
