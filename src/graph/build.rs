//! One pass over the corpus: document and unit nodes first (so a symbol the
//! annex list gives a corpus document resolves to it), then every reference,
//! then structure (part-of, adopted-at) and labels.

use super::{CitationGraph, Edge, EdgeKind, Evidence, Node};
use crate::corpus::Corpus;
use crate::document::Document;
use crate::id::Id;
use crate::model::Reference;
use crate::names::{Body, ORDINAL_RE, ordinal_value};
use crate::segment::Header;
use crate::static_re;
use petgraph::graph::{EdgeIndex, NodeIndex};
use rustc_hash::FxHashMap as HashMap;

struct Builder {
    g: CitationGraph,
    edges: HashMap<(NodeIndex, NodeIndex, EdgeKind), EdgeIndex>,
    /// `doc:SYMBOL` -> the corpus document that symbol names.
    alias: HashMap<Id, Id>,
}

impl Builder {
    fn canon(&self, id: &Id) -> Id {
        self.alias.get(id).cloned().unwrap_or_else(|| id.clone())
    }

    fn node(&mut self, id: &Id) -> NodeIndex {
        // "A/RES/70/174" in a text is resolution 70/174 of the Assembly: one
        // node, with the symbol kept on it.
        if let Id::Document { symbol } = id
            && let Some(res) = crate::names::symbols::resolution_of_symbol(symbol)
        {
            let i = self.node(&res);
            let symbols = &mut self.g.graph[i].symbols;
            if !symbols.contains(symbol) {
                symbols.push(symbol.clone());
            }
            return i;
        }
        let id = self.canon(id);
        if let Some(&i) = self.g.index.get(&id) {
            return i;
        }
        let i = self.g.graph.add_node(Node::new(id.clone()));
        self.g.index.insert(id, i);
        i
    }

    fn edge(&mut self, s: NodeIndex, t: NodeIndex, kind: EdgeKind) -> EdgeIndex {
        *self.edges.entry((s, t, kind)).or_insert_with(|| {
            self.g.graph.add_edge(
                s,
                t,
                Edge {
                    kind,
                    evidence: Vec::new(),
                },
            )
        })
    }

    fn set_title(&mut self, i: NodeIndex, title: &str) {
        let n = &mut self.g.graph[i];
        if n.title.is_none() && !title.trim().is_empty() {
            n.title = Some(title.trim().to_string());
        }
    }

    /// A resolution's or decision's adoption date, from the first mention
    /// that gives one ("resolution 6/2 of 6 November 2015").
    fn set_date(&mut self, i: NodeIndex, date: &str) {
        let n = &mut self.g.graph[i];
        if n.date.is_none()
            && matches!(
                n.kind,
                crate::id::Kind::Resolution | crate::id::Kind::Decision
            )
        {
            n.date = Some(date.to_string());
        }
    }

    fn adopted_at(&mut self, unit: NodeIndex, session: &Id) {
        let s = self.node(session);
        self.edge(unit, s, EdgeKind::AdoptedAt);
        let n = &mut self.g.graph[unit];
        if n.session.is_none() {
            n.session = Some(session.clone());
        }
    }
}

static_re!(
    TITLE_SESSION,
    &format!(r"(?i)\b({ORDINAL_RE})\s+(?:[\w-]+\s+){{0,4}}?(?:session|meeting)\b")
);

/// The header's session, else the one its title names ("Report of the
/// Conference ... on its seventh session").
pub(crate) fn header_session(h: &Header) -> Option<Id> {
    if let Some(s) = &h.session {
        return Some(s.clone());
    }
    let body = h.meeting_body.or(h.body)?;
    let c = TITLE_SESSION.captures(h.title.as_deref()?)?;
    let n = ordinal_value(c.get(1)?.as_str())?;
    Some(Id::Session {
        body,
        number: n.to_string(),
    })
}

/// The session a resolution number names by convention: Conference, Assembly
/// and Human Rights Council resolutions are numbered `{session}/{n}`.
fn session_of_number(id: &Id) -> Option<Id> {
    let (issuer, number) = match id {
        Id::Resolution { issuer, number } | Id::Decision { issuer, number } => (*issuer, number),
        _ => return None,
    };
    if !matches!(issuer, Body::Cosp | Body::Ga | Body::Hrc) {
        return None;
    }
    let (session, _) = number.split_once('/')?;
    Some(Id::Session {
        body: issuer,
        number: session.to_string(),
    })
}

/// Corpus documents by normalised title, for symbols the annex lists name.
fn norm_title(t: &str) -> String {
    t.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

pub(super) fn build(corpus: &Corpus) -> CitationGraph {
    let entries: Vec<(&Document, Option<&str>)> = corpus
        .entries
        .iter()
        .map(|e| (&e.document, Some(e.text.as_str())))
        .collect();
    build_from(&entries, &mut |_| Vec::new())
}

/// The graph of documents, each with its text when at hand: without text an
/// evidence's sentence is left empty (the index reads it back on demand).
/// The node ID of each document: its own ID, unless another document of
/// the corpus has the same one from a file stem (`a/report.txt` and
/// `b/report.txt`, no symbol stated): then its path without the extension
/// (`file:a/report`), so that two documents never merge into one node. Two
/// copies of one symbol stay one node: they are one document.
fn node_ids(entries: &[(&Document, Option<&str>)]) -> Vec<Id> {
    let mut count: HashMap<&Id, usize> = HashMap::default();
    for (d, _) in entries {
        *count.entry(&d.id).or_default() += 1;
    }
    entries
        .iter()
        .map(|(d, _)| match &d.id {
            Id::File { .. } if count[&d.id] > 1 => Id::File {
                stem: std::path::Path::new(&d.name)
                    .with_extension("")
                    .to_string_lossy()
                    .into_owned(),
            },
            id => id.clone(),
        })
        .collect()
}

/// `more(i)` gives more references of document `i` (kept elsewhere, in a
/// compact form): asked for one document at a time and dropped once in the
/// graph, so they and the graph are never both whole in memory.
pub(super) fn build_from(
    entries: &[(&Document, Option<&str>)],
    more: &mut dyn FnMut(usize) -> Vec<Reference>,
) -> CitationGraph {
    let documents = || entries.iter().map(|(d, _)| *d);
    let mut b = Builder {
        g: CitationGraph::default(),
        edges: HashMap::default(),
        alias: HashMap::default(),
    };

    // Documents, each its own node (see `node_ids`).
    let ids = node_ids(entries);
    let mut by_title: HashMap<String, Vec<Id>> = HashMap::default();
    for (doc, doc_id) in documents().zip(&ids) {
        let h = &doc.layout.header;
        let i = b.node(doc_id);
        let session = header_session(h);
        let n = &mut b.g.graph[i];
        n.file = Some(doc.name.clone());
        n.title = h.title.clone();
        // ISO 8601 where the masthead's date reads as one.
        n.date = h
            .date
            .as_deref()
            .map(|d| crate::names::dates::iso_date(d).unwrap_or_else(|| d.to_string()));
        n.session = session;
        n.lang = h.lang.map(|l| l.code().to_string());
        if let Some(t) = &h.title {
            by_title
                .entry(norm_title(t))
                .or_default()
                .push(doc_id.clone());
        }
    }
    // A symbol in an annex list whose title is exactly one corpus document's
    // title is that document (the report lists its own annotated agenda).
    for (doc, doc_id) in documents().zip(&ids) {
        for (symbol, title) in &doc.layout.annex_docs {
            let sym = Id::Document {
                symbol: symbol.clone(),
            };
            if b.g.index.contains_key(&sym) {
                continue;
            }
            if let Some([target]) = by_title.get(&norm_title(title)).map(Vec::as_slice)
                && target != doc_id
                && !b.alias.contains_key(&sym)
            {
                b.alias.insert(sym, target.clone());
                let t = b.g.index[target];
                b.g.graph[t].symbols.push(symbol.clone());
            }
        }
    }

    // Units and table-of-contents entries: contained in their document,
    // adopted at its session.
    for (doc, doc_id) in documents().zip(&ids) {
        let d = b.node(doc_id);
        let session = header_session(&doc.layout.header);
        let issuer = doc.layout.header.body.unwrap_or(Body::Cosp);
        let mut units: Vec<(Id, Option<String>)> = doc
            .layout
            .units
            .iter()
            .map(|u| (u.id.clone(), u.title.clone()))
            .collect();
        for (number, is_decision, title) in &doc.layout.toc {
            let number = number.clone();
            let id = if *is_decision {
                Id::Decision { issuer, number }
            } else {
                Id::Resolution { issuer, number }
            };
            units.push((id, Some(title.clone())));
        }
        for (id, title) in units {
            let u = b.node(&id);
            if let Some(t) = title {
                if u == d {
                    // An adopted resolution's document is the resolution
                    // (A/RES/80/213 is res:ga:80/213): its title is the
                    // resolution's ("Terrorism and human rights"), not the
                    // agenda item's the masthead gives.
                    b.g.graph[u].title = None;
                }
                b.set_title(u, &t);
            }
            b.edge(u, d, EdgeKind::ContainedIn);
            if let Some(s) = &session {
                b.adopted_at(u, s);
            }
        }
    }

    // References (those handed over are freed document by document).
    for (i, (doc, text)) in entries.iter().enumerate() {
        let handed = more(i);
        // The document's own ID in its references, as its node is named.
        let own = |id: &'_ Id| -> Id {
            if *id == doc.id {
                ids[i].clone()
            } else {
                id.clone()
            }
        };
        for r in doc.references.iter().chain(&handed) {
            let s = b.node(&own(&r.source));
            let t = b.node(&own(&r.target));
            if let Some(title) = &r.title {
                b.set_title(t, title);
            }
            if let Some(date) = &r.date {
                b.set_date(t, date);
            }
            if s == t {
                continue;
            }
            let e = b.edge(s, t, EdgeKind::Cites(r.relation));
            b.g.graph[e].evidence.push(Evidence {
                file: r.file.to_string(),
                line: r.line,
                page: r.page,
                start: r.start,
                end: r.end,
                text: r.text.clone(),
                sentence: text
                    .map(|t| super::sentence(t, r.start, r.end))
                    .unwrap_or_default(),
            });
        }
    }

    // Structure and labels over the nodes seen so far (parents are added
    // to the end and visited in turn).
    let mut i = 0;
    while i < b.g.graph.node_count() {
        let ni = NodeIndex::new(i);
        i += 1;
        let id = b.g.graph[ni].id.clone();
        if let Some(p) = id.parent() {
            let pi = b.node(&p);
            b.edge(ni, pi, EdgeKind::PartOf);
        }
        match &id {
            Id::Chapter {
                instrument,
                chapter,
            } => {
                if let Some(t) = instrument.chapter_title(*chapter) {
                    b.set_title(ni, t);
                }
            }
            // "art:uncac:46" is "Mutual legal assistance" (a paragraph, its
            // article's title).
            Id::Article {
                instrument,
                article,
                ..
            } => {
                if let Some(t) = instrument.article_title(*article) {
                    b.set_title(ni, t);
                }
            }
            Id::Session { body, number } => {
                let t = format!("{}, session {number}", body.name());
                b.set_title(ni, &t);
            }
            Id::Resolution { .. } | Id::Decision { .. } if b.g.graph[ni].session.is_none() => {
                if let Some(s) = session_of_number(&id) {
                    b.adopted_at(ni, &s);
                }
            }
            _ => {}
        }
    }
    for doc in documents() {
        for (symbol, title) in &doc.layout.annex_docs {
            let sym = Id::Document {
                symbol: symbol.clone(),
            };
            if let Some(&si) = b.g.index.get(&sym) {
                b.set_title(si, title);
            }
        }
    }
    b.g
}
