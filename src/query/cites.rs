//! "What cites X?": every unit citing X (or a part of X), grouped by unit.

use crate::graph::{CitationGraph, EdgeKind, Evidence};
use crate::id::{Id, Kind};
use crate::resolve::Relation;
use petgraph::Direction;
use serde::Serialize;
use std::collections::BTreeMap;

/// One cited target with the relation and where it is said.
#[derive(Debug, Clone, Serialize)]
pub struct Citation {
    pub target: Id,
    pub relation: Relation,
    pub evidence: Vec<Evidence>,
}

/// Everything one citing unit says about the queried ID.
#[derive(Debug, Clone, Serialize)]
pub struct CiteGroup {
    pub source: Id,
    pub kind: Kind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The corpus document containing the citing unit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<Id>,
    pub citations: Vec<Citation>,
}

/// One evidence as a flat row: the `cites --format json` contract.
#[derive(Debug, Clone, Serialize)]
pub struct CiteRow<'a> {
    pub source: &'a Id,
    pub target: &'a Id,
    pub relation: Relation,
    pub file: &'a str,
    pub line: usize,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub sentence: &'a str,
}

impl CiteGroup {
    pub fn rows(&self) -> impl Iterator<Item = CiteRow<'_>> {
        self.citations.iter().flat_map(move |c| {
            c.evidence.iter().map(move |e| CiteRow {
                source: &self.source,
                target: &c.target,
                relation: c.relation,
                file: &e.file,
                line: e.line,
                start: e.start,
                end: e.end,
                text: &e.text,
                sentence: &e.sentence,
            })
        })
    }
}

/// Units citing `id`. Article paragraphs always roll up into the article;
/// a chapter includes its articles only with `rollup`. Empty `relations` or
/// `kinds` filter nothing; `kinds` is the kind of the citing unit.
pub fn cites(
    g: &CitationGraph,
    id: &Id,
    relations: &[Relation],
    kinds: &[Kind],
    rollup: bool,
) -> Vec<CiteGroup> {
    let mut groups: BTreeMap<Id, CiteGroup> = BTreeMap::new();
    for target in g.parts(id, rollup) {
        for e in g.edges_of(&target, Direction::Incoming) {
            let EdgeKind::Cites(rel) = e.edge.kind else {
                continue;
            };
            if !relations.is_empty() && !relations.contains(&rel) {
                continue;
            }
            if !kinds.is_empty() && !kinds.contains(&e.source.kind) {
                continue;
            }
            let group = groups
                .entry(e.source.id.clone())
                .or_insert_with(|| CiteGroup {
                    source: e.source.id.clone(),
                    kind: e.source.kind,
                    title: e.source.title.clone(),
                    document: g.container_of(&e.source.id).map(|d| d.id.clone()),
                    citations: Vec::new(),
                });
            group.citations.push(Citation {
                target: target.clone(),
                relation: rel,
                evidence: e.edge.evidence.clone(),
            });
        }
    }
    let mut out: Vec<CiteGroup> = groups.into_values().collect();
    for g in &mut out {
        g.citations
            .sort_by(|a, b| (&a.target, a.relation).cmp(&(&b.target, b.relation)));
    }
    out
}

/// The queried ID, the cited parts and the citing units, for a diagram.
pub fn cites_selection(id: &Id, groups: &[CiteGroup]) -> crate::graph::select::Selection {
    let mut sel = crate::graph::select::Selection::default();
    sel.nodes.insert(id.clone());
    let mut edges = std::collections::BTreeSet::new();
    for g in groups {
        sel.nodes.insert(g.source.clone());
        for c in &g.citations {
            sel.nodes.insert(c.target.clone());
            edges.insert((
                g.source.clone(),
                c.target.clone(),
                EdgeKind::Cites(c.relation),
            ));
            // Show how a cited paragraph rolls up to the queried ID.
            let mut cur = c.target.clone();
            while cur != *id {
                let Some(p) = cur.parent() else { break };
                sel.nodes.insert(p.clone());
                edges.insert((cur, p.clone(), EdgeKind::PartOf));
                cur = p;
            }
        }
    }
    sel.edges = Some(edges);
    sel
}
