//! Lineage: what a text builds on (back) and what builds on it (forward), as
//! a tree. A node already on the path is a cycle: reported, not expanded; a
//! node already expanded elsewhere in the tree is marked `repeated` so a
//! diamond does not blow the tree up.

use crate::graph::{CitationGraph, EdgeKind, Evidence};
use crate::id::Id;
use crate::model::Relation;
use petgraph::Direction;
use serde::Serialize;
use std::collections::HashSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LineageDirection {
    /// What the ID builds on (its recalls, reaffirms ...).
    Back,
    /// What later builds on the ID.
    Forward,
    Both,
}

impl LineageDirection {
    pub const ALL: [LineageDirection; 3] = [Self::Back, Self::Forward, Self::Both];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Back => "back",
            Self::Forward => "forward",
            Self::Both => "both",
        }
    }
}

impl std::str::FromStr for LineageDirection {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|d| d.as_str() == s)
            .ok_or_else(|| format!("unknown direction `{s}` (one of: back, forward, both)"))
    }
}

/// One step of the tree: how `id` relates to its parent step.
#[derive(Debug, Clone, Serialize)]
pub struct LineageStep {
    pub id: Id,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Adoption date (ISO 8601) of a resolution or decision, a document's
    /// date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
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
    /// Children not shown: past the limit of children per step.
    #[serde(skip_serializing_if = "is_zero")]
    pub more: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// What a `lineage` query asks.
#[derive(Debug, Clone, Copy)]
pub struct LineageQuery<'a> {
    pub direction: LineageDirection,
    /// Steps to follow.
    pub depth: usize,
    /// Relations to follow; empty: the lineage relations
    /// (`Relation::is_lineage`).
    pub relations: &'a [Relation],
    /// At most this many children per step, the first in ID order (the
    /// others are counted in `more`); 0: all.
    pub limit: usize,
    /// The order of each step's children.
    pub order: super::Order,
}

impl LineageQuery<'_> {
    /// True when an edge of relation `r` is followed.
    pub fn keeps(&self, r: Relation) -> bool {
        if self.relations.is_empty() {
            r.is_lineage()
        } else {
            self.relations.contains(&r)
        }
    }
}

/// The number of children of `id` in direction `dir` when the graph walked
/// holds only some of them (a part loaded from an index); `None`: the graph
/// has them all.
pub type ChildCount<'a> = &'a dyn Fn(&Id, Direction) -> Option<usize>;

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

    /// Children not shown anywhere in the trees (past the limit per step).
    pub fn hidden(&self) -> usize {
        fn walk(s: &LineageStep) -> usize {
            s.more + s.children.iter().map(walk).sum::<usize>()
        }
        [&self.back, &self.forward]
            .into_iter()
            .flatten()
            .map(walk)
            .sum()
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

/// The lineage of `id` up to `depth` steps, every child shown. Empty
/// `relations` means the lineage relations (`Relation::is_lineage`).
pub fn lineage(
    g: &CitationGraph,
    id: &Id,
    direction: LineageDirection,
    depth: usize,
    relations: &[Relation],
) -> Lineage {
    let q = LineageQuery {
        direction,
        depth,
        relations,
        limit: 0,
        order: super::Order::Id,
    };
    lineage_with(g, id, &q, &|_, _| None)
}

/// The lineage of `id` as `q` asks: at most `q.limit` children per step,
/// the others counted in [`LineageStep::more`]. `count` gives the number
/// of children of a step when `g` holds only the first ones.
pub fn lineage_with(
    g: &CitationGraph,
    id: &Id,
    q: &LineageQuery<'_>,
    count: ChildCount<'_>,
) -> Lineage {
    let tree = |dir: Direction| {
        let mut root = step(g, id, Vec::new(), Vec::new());
        let mut expanded = HashSet::new();
        let mut path = vec![id.clone()];
        let walk = Walk { g, q, count, dir };
        walk.grow(&mut root, q.depth, &mut path, &mut expanded);
        root
    };
    Lineage {
        root: id.clone(),
        back: matches!(q.direction, LineageDirection::Back | LineageDirection::Both)
            .then(|| tree(Direction::Outgoing)),
        forward: matches!(
            q.direction,
            LineageDirection::Forward | LineageDirection::Both
        )
        .then(|| tree(Direction::Incoming)),
    }
}

fn step(g: &CitationGraph, id: &Id, relations: Vec<Relation>, ev: Vec<Evidence>) -> LineageStep {
    LineageStep {
        id: id.clone(),
        title: g.node(id).and_then(|n| n.title.clone()),
        date: g.node(id).and_then(|n| n.date.clone()),
        relations,
        evidence: ev,
        cycle: false,
        repeated: false,
        children: Vec::new(),
        more: 0,
    }
}

/// An edge followed to a child: its relation and evidence.
type Followed<'g> = (Relation, &'g [Evidence]);

struct Walk<'a> {
    g: &'a CitationGraph,
    q: &'a LineageQuery<'a>,
    count: ChildCount<'a>,
    dir: Direction,
}

impl Walk<'_> {
    fn grow(
        &self,
        at: &mut LineageStep,
        depth: usize,
        path: &mut Vec<Id>,
        expanded: &mut HashSet<Id>,
    ) {
        if depth == 0 || !expanded.insert(at.id.clone()) {
            return;
        }
        // Neighbours in ID order, all relations of one neighbour in one
        // step; edges_of sorts by (source, target), so the edges of one
        // neighbour are adjacent.
        let mut next: Vec<(&Id, Vec<Followed<'_>>)> = Vec::new();
        for e in self.g.edges_of(&at.id, self.dir) {
            let EdgeKind::Cites(rel) = e.edge.kind else {
                continue;
            };
            if !self.q.keeps(rel) {
                continue;
            }
            let other = if self.dir == Direction::Outgoing {
                &e.target.id
            } else {
                &e.source.id
            };
            match next.last_mut() {
                Some((id, rels)) if *id == other => rels.push((rel, &e.edge.evidence)),
                _ => next.push((other, vec![(rel, &e.edge.evidence)])),
            }
        }
        if self.q.order != super::Order::Id {
            let date = |id: &Id| self.g.node(id).and_then(|n| n.date.as_deref());
            next.sort_by(|(a, _), (b, _)| self.q.order.cmp((a, date(a)), (b, date(b))));
        }
        let total = (self.count)(&at.id, self.dir).unwrap_or(next.len());
        if self.q.limit > 0 {
            next.truncate(self.q.limit);
        }
        at.more = total.saturating_sub(next.len());
        for (id, rels) in next {
            let ev = rels.iter().flat_map(|(_, ev)| ev.iter().cloned()).collect();
            let rels = rels.into_iter().map(|(r, _)| r).collect();
            let mut child = step(self.g, id, rels, ev);
            if path.contains(id) {
                child.cycle = true;
            } else if expanded.contains(id) {
                child.repeated = true;
            } else {
                path.push(id.clone());
                self.grow(&mut child, depth - 1, path, expanded);
                path.pop();
            }
            at.children.push(child);
        }
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
