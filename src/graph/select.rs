//! Which part of the graph a diagram or JSON dump shows: a set of node IDs
//! and the edges among them (optionally only some of those edges).

use super::{CitationGraph, EdgeKind, EdgeRefView};
use crate::id::{Id, Kind};
use petgraph::Direction;
use std::collections::{BTreeSet, HashSet};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    pub nodes: BTreeSet<Id>,
    /// `None`: every edge between selected nodes.
    pub edges: Option<BTreeSet<(Id, Id, EdgeKind)>>,
}

/// Whether a neighbourhood stops at `id`: a document is a container of what
/// it cites, not a link between them. Walking through the report that cites
/// 6/2 reached everything the report cites, and a depth-2 neighbourhood of
/// 6/2 held 208 of the corpus's 245 nodes.
fn is_hub(g: &CitationGraph, id: &Id) -> bool {
    g.node(id)
        .is_some_and(|n| matches!(n.kind, Kind::Document | Kind::File))
}

impl Selection {
    /// The whole graph.
    pub fn all(g: &CitationGraph) -> Selection {
        Selection {
            nodes: g.nodes().into_iter().map(|n| n.id.clone()).collect(),
            edges: None,
        }
    }

    /// `focus` with its parts (paragraphs roll up), and whatever is within
    /// `depth` reference edges of them, either way. A breadth-first walk
    /// that stops when a step finds nothing new, so any `depth` past the
    /// graph's diameter costs the same as the diameter.
    pub fn neighbourhood(g: &CitationGraph, focus: &Id, depth: usize) -> Selection {
        let mut nodes: BTreeSet<Id> = g.parts(focus, false).into_iter().collect();
        let mut frontier: Vec<Id> = nodes.iter().cloned().collect();
        for _ in 0..depth {
            if frontier.is_empty() {
                break;
            }
            let mut next = Vec::new();
            for id in &frontier {
                for dir in [Direction::Outgoing, Direction::Incoming] {
                    for e in g.edges_of(id, dir) {
                        if !matches!(e.edge.kind, EdgeKind::Cites(_)) {
                            continue;
                        }
                        let other = if dir == Direction::Outgoing {
                            &e.target.id
                        } else {
                            &e.source.id
                        };
                        if nodes.insert(other.clone()) && !is_hub(g, other) {
                            next.push(other.clone());
                        }
                    }
                }
            }
            frontier = next;
        }
        Selection { nodes, edges: None }
    }

    /// The resolutions and decisions adopted at `session` and what they cite.
    pub fn adopted_at(g: &CitationGraph, session: &Id) -> Selection {
        let mut nodes = BTreeSet::new();
        let mut edges = BTreeSet::new();
        nodes.insert(session.clone());
        for a in g.edges_of(session, Direction::Incoming) {
            if a.edge.kind != EdgeKind::AdoptedAt {
                continue;
            }
            let unit = &a.source.id;
            nodes.insert(unit.clone());
            edges.insert(key(&a));
            for e in g.edges_of(unit, Direction::Outgoing) {
                if matches!(e.edge.kind, EdgeKind::Cites(_)) {
                    nodes.insert(e.target.id.clone());
                    edges.insert(key(&e));
                }
            }
        }
        Selection {
            nodes,
            edges: Some(edges),
        }
    }

    /// Keeps only nodes of the given kinds (no-op when `kinds` is empty).
    pub fn with_kinds(mut self, kinds: &[Kind]) -> Selection {
        if !kinds.is_empty() {
            self.nodes.retain(|id| kinds.contains(&id.kind()));
        }
        self
    }

    /// The selected edges, sorted.
    pub fn edges<'g>(&self, g: &'g CitationGraph) -> Vec<EdgeRefView<'g>> {
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for id in &self.nodes {
            for e in g.edges_of(id, Direction::Outgoing) {
                if !self.nodes.contains(&e.target.id) {
                    continue;
                }
                let k = key(&e);
                if self.edges.as_ref().is_some_and(|s| !s.contains(&k)) {
                    continue;
                }
                if seen.insert(k) {
                    out.push(e);
                }
            }
        }
        out
    }
}

pub(crate) fn key(e: &EdgeRefView<'_>) -> (Id, Id, EdgeKind) {
    (e.source.id.clone(), e.target.id.clone(), e.edge.kind)
}
