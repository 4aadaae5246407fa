//! Lineage: what a text builds on (back) and what builds on it (forward), as
//! a tree. A node already on the path is a cycle: reported, not expanded; a
//! node already expanded elsewhere in the tree is marked `repeated` so a
//! diamond does not blow the tree up.

use crate::graph::{CitationGraph, EdgeKind, Evidence};
use crate::id::Id;
use crate::resolve::Relation;
use petgraph::Direction;
use serde::Serialize;
use std::collections::HashSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum LineageDirection {
    /// What the ID builds on (its recalls, reaffirms ...).
    Back,
    /// What later builds on the ID.
    Forward,
    Both,
}

/// One step of the tree: how `id` relates to its parent step.
#[derive(Debug, Clone, Serialize)]
pub struct LineageStep {
    pub id: Id,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The relation of the edge from the later text to the earlier one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub relations: Vec<Relation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// `id` is already on the path from the root: not expanded.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub cycle: bool,
    /// `id` was expanded earlier in this tree: not expanded again.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub repeated: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<LineageStep>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Lineage {
    pub root: Id,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub back: Option<LineageStep>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forward: Option<LineageStep>,
}

impl Lineage {
    /// True when neither tree has a step below the root.
    pub fn is_empty(&self) -> bool {
        [&self.back, &self.forward]
            .into_iter()
            .flatten()
            .all(|s| s.children.is_empty())
    }

    /// Every (later, earlier, relation) edge of the trees, for diagrams.
    pub fn edges(&self) -> Vec<(Id, Id, Relation)> {
        fn walk(s: &LineageStep, back: bool, out: &mut Vec<(Id, Id, Relation)>) {
            for c in &s.children {
                for r in &c.relations {
                    out.push(if back {
                        (s.id.clone(), c.id.clone(), *r)
                    } else {
                        (c.id.clone(), s.id.clone(), *r)
                    });
                }
                walk(c, back, out);
            }
        }
        let mut out = Vec::new();
        if let Some(b) = &self.back {
            walk(b, true, &mut out);
        }
        if let Some(f) = &self.forward {
            walk(f, false, &mut out);
        }
        out.sort();
        out.dedup();
        out
    }
}

/// The lineage of `id` up to `depth` steps. Empty `relations` means the
/// lineage relations (`Relation::is_lineage`).
pub fn lineage(
    g: &CitationGraph,
    id: &Id,
    direction: LineageDirection,
    depth: usize,
    relations: &[Relation],
) -> Lineage {
    let keep = |r: Relation| {
        if relations.is_empty() {
            r.is_lineage()
        } else {
            relations.contains(&r)
        }
    };
    let tree = |dir: Direction| {
        let mut root = step(g, id, Vec::new(), Vec::new());
        let mut expanded = HashSet::new();
        let mut path = vec![id.clone()];
        grow(g, &mut root, dir, depth, &keep, &mut path, &mut expanded);
        root
    };
    Lineage {
        root: id.clone(),
        back: matches!(direction, LineageDirection::Back | LineageDirection::Both)
            .then(|| tree(Direction::Outgoing)),
        forward: matches!(
            direction,
            LineageDirection::Forward | LineageDirection::Both
        )
        .then(|| tree(Direction::Incoming)),
    }
}

fn step(g: &CitationGraph, id: &Id, relations: Vec<Relation>, ev: Vec<Evidence>) -> LineageStep {
    LineageStep {
        id: id.clone(),
        title: g.node(id).and_then(|n| n.title.clone()),
        relations,
        evidence: ev,
        cycle: false,
        repeated: false,
        children: Vec::new(),
    }
}

fn grow(
    g: &CitationGraph,
    at: &mut LineageStep,
    dir: Direction,
    depth: usize,
    keep: &dyn Fn(Relation) -> bool,
    path: &mut Vec<Id>,
    expanded: &mut HashSet<Id>,
) {
    if depth == 0 || !expanded.insert(at.id.clone()) {
        return;
    }
    // Neighbours in ID order, all relations of one neighbour in one step.
    let mut next: Vec<(Id, Vec<Relation>, Vec<Evidence>)> = Vec::new();
    for e in g.edges_of(&at.id, dir) {
        let EdgeKind::Cites(rel) = e.edge.kind else {
            continue;
        };
        if !keep(rel) {
            continue;
        }
        let other = if dir == Direction::Outgoing {
            &e.target.id
        } else {
            &e.source.id
        };
        match next.iter_mut().find(|(id, ..)| id == other) {
            Some((_, rels, ev)) => {
                rels.push(rel);
                ev.extend(e.edge.evidence.iter().cloned());
            }
            None => next.push((other.clone(), vec![rel], e.edge.evidence.clone())),
        }
    }
    for (id, rels, ev) in next {
        let mut child = step(g, &id, rels, ev);
        if path.contains(&id) {
            child.cycle = true;
        } else if expanded.contains(&id) {
            child.repeated = true;
        } else {
            path.push(id.clone());
            grow(g, &mut child, dir, depth - 1, keep, path, expanded);
            path.pop();
        }
        at.children.push(child);
    }
}

impl Lineage {
    /// The nodes and edges of the trees, for a diagram.
    pub fn selection(&self) -> crate::graph::select::Selection {
        let mut sel = crate::graph::select::Selection::default();
        sel.nodes.insert(self.root.clone());
        let mut edges = std::collections::BTreeSet::new();
        for (a, b, r) in self.edges() {
            sel.nodes.insert(a.clone());
            sel.nodes.insert(b.clone());
            edges.insert((a, b, EdgeKind::Cites(r)));
        }
        sel.edges = Some(edges);
        sel
    }
}
