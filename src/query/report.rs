//! The lineage report of a corpus: per resolution what it recalls, what
//! recalls it and the articles it cites; the most cited; the documents.

use crate::graph::{CitationGraph, EdgeKind};
use crate::id::{Id, Kind};
use petgraph::Direction;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Serialize)]
pub struct ResolutionEntry {
    pub id: Id,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session: Option<Id>,
    /// Adoption date (ISO 8601) where a text gives it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The corpus document containing its text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<Id>,
    /// Resolutions and decisions it builds on, with the relations.
    pub builds_on: Vec<(Id, Vec<String>)>,
    /// Units and documents that build on it, with the relations.
    pub built_on_by: Vec<(Id, Vec<String>)>,
    pub articles: Vec<Id>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Count {
    pub id: Id,
    /// Distinct citing units.
    pub cited_by: usize,
    /// Mentions.
    pub mentions: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct DocumentEntry {
    pub id: Id,
    pub file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session: Option<Id>,
    /// Symbols this document is known by in other documents' annex lists.
    pub known_as: Vec<String>,
    /// Resolutions and decisions whose text it contains.
    pub contains: Vec<Id>,
    /// Document symbols it cites.
    pub cites_symbols: Vec<Id>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub resolutions: Vec<ResolutionEntry>,
    pub most_cited_articles: Vec<Count>,
    pub most_cited_resolutions: Vec<Count>,
    pub documents: Vec<DocumentEntry>,
}

const TOP: usize = 15;

fn is_unit(k: Kind) -> bool {
    matches!(k, Kind::Resolution | Kind::Decision)
}

/// Builds the report. Resolutions listed are those whose text or table of
/// contents entry is in the corpus, or that something in it builds on.
pub fn report(g: &CitationGraph) -> Report {
    report_ordered(g, super::Order::Id)
}

/// [`report`] with the resolutions in `order` (by date: a timeline).
pub fn report_ordered(g: &CitationGraph, order: super::Order) -> Report {
    let mut resolutions = Vec::new();
    for n in g.nodes() {
        if !is_unit(n.kind) {
            continue;
        }
        let document = g.container_of(&n.id).map(|d| d.id.clone());
        let mut builds_on: BTreeMap<Id, BTreeSet<String>> = BTreeMap::new();
        let mut articles = BTreeSet::new();
        for e in g.edges_of(&n.id, Direction::Outgoing) {
            let EdgeKind::Cites(rel) = e.edge.kind else {
                continue;
            };
            if is_unit(e.target.kind) && rel.is_lineage() {
                builds_on
                    .entry(e.target.id.clone())
                    .or_default()
                    .insert(rel.to_string());
            } else if e.target.kind == Kind::Article {
                articles.insert(e.target.id.clone());
            }
        }
        let mut built_on_by: BTreeMap<Id, BTreeSet<String>> = BTreeMap::new();
        for e in g.edges_of(&n.id, Direction::Incoming) {
            if let EdgeKind::Cites(rel) = e.edge.kind
                && rel.is_lineage()
            {
                built_on_by
                    .entry(e.source.id.clone())
                    .or_default()
                    .insert(rel.to_string());
            }
        }
        if document.is_none() && built_on_by.is_empty() {
            continue;
        }
        let flat = |m: BTreeMap<Id, BTreeSet<String>>| {
            m.into_iter()
                .map(|(k, v)| (k, v.into_iter().collect()))
                .collect()
        };
        resolutions.push(ResolutionEntry {
            id: n.id.clone(),
            title: n.title.clone(),
            session: n.session.clone(),
            date: n.date.clone(),
            document,
            builds_on: flat(builds_on),
            built_on_by: flat(built_on_by),
            articles: articles.into_iter().collect(),
        });
    }
    resolutions.sort_by(|a: &ResolutionEntry, b: &ResolutionEntry| {
        order.cmp((&a.id, a.date.as_deref()), (&b.id, b.date.as_deref()))
    });
    let counts = |want: Kind| {
        let mut v: Vec<Count> = g
            .nodes()
            .into_iter()
            .filter(|n| n.kind == want)
            .map(|n| {
                let (cited_by, mentions) = super::citation_count(g, &n.id);
                Count {
                    id: n.id.clone(),
                    cited_by,
                    mentions,
                }
            })
            .filter(|c| c.mentions > 0)
            .collect();
        v.sort_by(|a, b| {
            (b.cited_by, b.mentions)
                .cmp(&(a.cited_by, a.mentions))
                .then_with(|| a.id.cmp(&b.id))
        });
        v.truncate(TOP);
        v
    };
    let documents = g
        .nodes()
        .into_iter()
        .filter(|n| n.in_corpus())
        .map(|n| {
            let contains = g
                .edges_of(&n.id, Direction::Incoming)
                .into_iter()
                .filter(|e| e.edge.kind == EdgeKind::ContainedIn)
                .map(|e| e.source.id.clone())
                .collect();
            // Symbols cited anywhere in the document, its units included.
            let mut syms = BTreeSet::new();
            let mut sources = vec![n.id.clone()];
            sources.extend(
                g.edges_of(&n.id, Direction::Incoming)
                    .into_iter()
                    .filter(|e| e.edge.kind == EdgeKind::ContainedIn)
                    .map(|e| e.source.id.clone()),
            );
            for s in &sources {
                for e in g.edges_of(s, Direction::Outgoing) {
                    if matches!(e.edge.kind, EdgeKind::Cites(_))
                        && matches!(e.target.kind, Kind::Document | Kind::File)
                        && e.edge
                            .evidence
                            .iter()
                            .any(|ev| n.file.as_ref() == Some(&ev.file))
                    {
                        syms.insert(e.target.id.clone());
                    }
                }
            }
            DocumentEntry {
                id: n.id.clone(),
                file: n.file.clone().unwrap_or_default(),
                title: n.title.clone(),
                date: n.date.clone(),
                session: n.session.clone(),
                known_as: n.symbols.clone(),
                contains,
                cites_symbols: syms.into_iter().collect(),
            }
        })
        .collect();
    let mut most_cited_resolutions = counts(Kind::Resolution);
    most_cited_resolutions.extend(counts(Kind::Decision));
    most_cited_resolutions.sort_by(|a, b| {
        (b.cited_by, b.mentions)
            .cmp(&(a.cited_by, a.mentions))
            .then_with(|| a.id.cmp(&b.id))
    });
    most_cited_resolutions.truncate(TOP);
    Report {
        resolutions,
        most_cited_articles: counts(Kind::Article),
        most_cited_resolutions,
        documents,
    }
}
