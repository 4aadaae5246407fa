//! "What cites X?": every unit citing X (or a part of X), grouped by unit.

use crate::graph::{CitationGraph, EdgeKind, Evidence};
use crate::id::{Id, Kind};
use crate::model::Relation;
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

/// What a `cites` query asks: filters, and how many citing units to give.
#[derive(Debug, Clone, Copy, Default)]
pub struct CitesQuery<'a> {
    /// Only these relations; empty: all.
    pub relations: &'a [Relation],
    /// Only citing units of these kinds; empty: all.
    pub kinds: &'a [Kind],
    /// A chapter includes its articles.
    pub rollup: bool,
    /// At most this many citing units, the first in ID order; 0: all.
    pub limit: usize,
}

impl CitesQuery<'_> {
    /// The relation filter alone (no node needed).
    pub fn keeps_relation(&self, rel: Relation) -> bool {
        self.relations.is_empty() || self.relations.contains(&rel)
    }

    /// The kind filter on the citing unit.
    pub fn keeps_kind(&self, kind: Kind) -> bool {
        self.kinds.is_empty() || self.kinds.contains(&kind)
    }

    /// The number of citing units shown out of `total`.
    pub fn shown(&self, total: usize) -> usize {
        if self.limit == 0 {
            total
        } else {
            total.min(self.limit)
        }
    }
}

/// Exact totals of a `cites` answer, however much of it is shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct CiteCounts {
    /// Citing units.
    pub units: usize,
    /// Citations: (citing unit, cited part, relation), one graph edge each.
    pub citations: usize,
    /// Mentions: the places a citation is made (its evidence).
    pub mentions: usize,
}

impl CiteCounts {
    /// The totals of `groups` (all of the answer).
    pub fn of(groups: &[CiteGroup]) -> CiteCounts {
        CiteCounts {
            units: groups.len(),
            citations: groups.iter().map(|g| g.citations.len()).sum(),
            mentions: groups
                .iter()
                .flat_map(|g| &g.citations)
                .map(|c| c.evidence.len())
                .sum(),
        }
    }
}

/// A `cites` answer: the citing units shown (the first `limit` in ID order)
/// and the exact totals of the whole answer.
#[derive(Debug, Clone, Default)]
pub struct CitesAnswer {
    pub groups: Vec<CiteGroup>,
    pub total: CiteCounts,
}

impl CitesAnswer {
    /// Citing units not shown.
    pub fn hidden(&self) -> usize {
        self.total.units.saturating_sub(self.groups.len())
    }
}

/// [`cites`] with the query's limit: the first `limit` citing units and
/// the totals of all of them.
pub fn cites_limited(g: &CitationGraph, id: &Id, q: &CitesQuery<'_>) -> CitesAnswer {
    let mut groups = cites(g, id, q.relations, q.kinds, q.rollup);
    let total = CiteCounts::of(&groups);
    groups.truncate(q.shown(total.units));
    CitesAnswer { groups, total }
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
    let q = CitesQuery {
        relations,
        kinds,
        rollup,
        limit: 0,
    };
    let mut groups: BTreeMap<Id, CiteGroup> = BTreeMap::new();
    for target in g.parts(id, rollup) {
        for e in g.edges_of(&target, Direction::Incoming) {
            let EdgeKind::Cites(rel) = e.edge.kind else {
                continue;
            };
            if !q.keeps_relation(rel) || !q.keeps_kind(e.source.kind) {
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

/// The one counting rule, used by `cites`, `report`, the site and the JSON
/// exports: the citing units of `id` are the distinct units (resolution,
/// decision, or the document itself outside them) with a citing edge into
/// `id` or into a part that rolls up into it (article paragraphs into the
/// article; a chapter's articles count for the chapter only under
/// `--rollup`); its mentions are the passages of those edges. Returns
/// (citing units, mentions).
pub fn citation_count(g: &CitationGraph, id: &Id) -> (usize, usize) {
    let mut units = std::collections::BTreeSet::new();
    let mut mentions = 0;
    for target in g.parts(id, false) {
        for e in g.edges_of(&target, Direction::Incoming) {
            if matches!(e.edge.kind, EdgeKind::Cites(_)) {
                units.insert(e.source.id.clone());
                mentions += e.edge.evidence.len();
            }
        }
    }
    (units.len(), mentions)
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
