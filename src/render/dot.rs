//! Graphviz DOT through dot-writer. dot-writer escapes nothing, so every ID,
//! label and tooltip goes through [`quote`] and is written pre-quoted: a `"`,
//! a trailing `\`, a newline, `A/RES/70/1` or `node` cannot break the output.

use crate::graph::select::Selection;
use crate::graph::{CitationGraph, EdgeKind, EdgeRefView, Node};
use crate::id::{Id, Kind};
use crate::model::Relation;
use dot_writer::{Attributes, DotWriter, Scope};
use std::collections::{BTreeMap, BTreeSet};

/// A DOT double-quoted string: `"` and `\` escaped, newlines as `\n` (a line
/// break in labels), other control characters as spaces.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Sets an attribute through the escaping layer (never dot-writer's raw quoting).
fn attr<A: Attributes>(a: &mut A, name: &str, value: &str) {
    a.set(name, &quote(value), false);
}

/// Fill colour and shape per node kind.
pub fn node_style(n: &Node) -> (&'static str, &'static str) {
    match n.kind {
        Kind::Resolution => ("box", "#cfe2ff"),
        Kind::Decision => ("box", "#e2d9f3"),
        Kind::Article => ("ellipse", "#fff3cd"),
        Kind::Chapter => ("hexagon", "#ffe0b2"),
        Kind::Session => ("octagon", "#f8d7da"),
        Kind::Document | Kind::File if n.in_corpus() => ("folder", "#d1e7dd"),
        Kind::Document | Kind::File => ("note", "#e9ecef"),
    }
}

/// Colour and style per edge kind.
pub fn edge_style(k: EdgeKind) -> (&'static str, &'static str) {
    match k {
        EdgeKind::Cites(r) => match r {
            Relation::Recalls => ("#1f77b4", "solid"),
            Relation::Reaffirms => ("#17becf", "bold"),
            Relation::Notes | Relation::TakesNote => ("#7f7f7f", "dashed"),
            Relation::Welcomes => ("#2ca02c", "solid"),
            Relation::ActsUnder => ("#d62728", "bold"),
            Relation::Requests => ("#ff7f0e", "solid"),
            Relation::Decides => ("#9467bd", "solid"),
            Relation::Refers => ("#8c564b", "dotted"),
            Relation::Endorses => ("#e377c2", "solid"),
            Relation::Adopts => ("#bcbd22", "solid"),
            Relation::Cites => ("#999999", "solid"),
        },
        EdgeKind::PartOf => ("#bbbbbb", "dashed"),
        EdgeKind::AdoptedAt => ("#c08080", "dotted"),
        EdgeKind::ContainedIn => ("#bbbbbb", "invis"),
    }
}

/// Words wrapped at `width` characters, at most `lines` lines.
fn wrap(s: &str, width: usize, lines: usize) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    for w in s.split_whitespace() {
        if !cur.is_empty() && cur.chars().count() + 1 + w.chars().count() > width {
            out.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(w);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    if out.len() > lines {
        out.truncate(lines);
        out[lines - 1].push('…');
    }
    out.join("\n")
}

fn node_label(n: &Node) -> String {
    match &n.title {
        Some(t) => format!("{}\n{}", n.id, wrap(t, 34, 3)),
        None => n.id.to_string(),
    }
}

fn node_tooltip(n: &Node) -> String {
    let mut t = n.id.to_string();
    for (k, v) in [
        ("title", n.title.as_deref()),
        ("file", n.file.as_deref()),
        ("date", n.date.as_deref()),
    ] {
        if let Some(v) = v {
            t.push_str(&format!("\n{k}: {v}"));
        }
    }
    if let Some(s) = &n.session {
        t.push_str(&format!("\nsession: {s}"));
    }
    t
}

/// Evidence shown in an edge tooltip.
const TOOLTIP_EVIDENCE: usize = 4;

fn edge_tooltip(e: &EdgeRefView<'_>) -> String {
    let mut t = format!("{} {} {}", e.source.id, e.edge.kind, e.target.id);
    for ev in e.edge.evidence.iter().take(TOOLTIP_EVIDENCE) {
        let s: String = ev.sentence.chars().take(240).collect();
        t.push_str(&format!("\n{}: {s}", ev.place()));
    }
    let more = e.edge.evidence.len().saturating_sub(TOOLTIP_EVIDENCE);
    if more > 0 {
        t.push_str(&format!("\n(+{more} more)"));
    }
    t
}

fn write_node(scope: &mut Scope<'_, '_>, n: &Node) {
    let (shape, fill) = node_style(n);
    let mut node = scope.node_named(quote(&n.id.to_string()));
    attr(&mut *node, "label", &node_label(n));
    attr(&mut *node, "shape", shape);
    attr(&mut *node, "fillcolor", fill);
    attr(&mut *node, "tooltip", &node_tooltip(n));
}

/// DOT for the selected part of the graph, deterministic (sorted).
pub fn render_dot(g: &CitationGraph, sel: &Selection, title: &str) -> String {
    let nodes: Vec<&Node> = sel.nodes.iter().filter_map(|id| g.node(id)).collect();
    let edges: Vec<EdgeRefView<'_>> = sel
        .edges(g)
        .into_iter()
        .filter(|e| e.edge.kind != EdgeKind::ContainedIn)
        .collect();
    // Clusters: a corpus document with the units its text contains.
    let mut clusters: BTreeMap<Id, Vec<&Node>> = BTreeMap::new();
    let mut loose: Vec<&Node> = Vec::new();
    for n in &nodes {
        if n.in_corpus() {
            clusters.entry(n.id.clone()).or_default().push(n);
        } else if let Some(d) = g.container_of(&n.id) {
            clusters.entry(d.id.clone()).or_default().push(n);
        } else {
            loose.push(n);
        }
    }
    let kinds: BTreeSet<(Kind, bool)> = nodes.iter().map(|n| (n.kind, n.in_corpus())).collect();
    let rels: BTreeSet<EdgeKind> = edges.iter().map(|e| e.edge.kind).collect();

    let mut out = Vec::new();
    {
        let mut w = DotWriter::from(&mut out);
        w.set_pretty_print(true);
        let mut graph = w.digraph();
        attr(&mut graph, "label", title);
        attr(&mut graph, "labelloc", "t");
        attr(&mut graph, "rankdir", "LR");
        attr(&mut graph, "fontname", "Helvetica");
        attr(&mut graph, "tooltip", title);
        {
            let mut na = graph.node_attributes();
            attr(&mut na, "style", "filled");
            attr(&mut na, "fontname", "Helvetica");
            attr(&mut na, "fontsize", "10");
        }
        {
            let mut ea = graph.edge_attributes();
            attr(&mut ea, "fontname", "Helvetica");
            attr(&mut ea, "fontsize", "8");
        }
        for (doc, members) in &clusters {
            let mut c = graph.cluster();
            let label = match g.node(doc) {
                Some(d) => d.file.clone().unwrap_or_else(|| d.id.to_string()),
                None => doc.to_string(),
            };
            attr(&mut c, "label", &label);
            attr(&mut c, "style", "rounded");
            attr(&mut c, "color", "#8fbc8f");
            for n in members {
                write_node(&mut c, n);
            }
        }
        for n in &loose {
            write_node(&mut graph, n);
        }
        for e in &edges {
            let (color, style) = edge_style(e.edge.kind);
            let mut label = e.edge.kind.to_string();
            if e.edge.evidence.len() > 1 {
                label.push_str(&format!(" ×{}", e.edge.evidence.len()));
            }
            let mut a = graph
                .edge(
                    quote(&e.source.id.to_string()),
                    quote(&e.target.id.to_string()),
                )
                .attributes();
            attr(&mut a, "label", &label);
            attr(&mut a, "color", color);
            attr(&mut a, "fontcolor", color);
            attr(&mut a, "style", style);
            attr(&mut a, "tooltip", &edge_tooltip(e));
            if e.edge.kind == EdgeKind::PartOf {
                attr(&mut a, "arrowhead", "empty");
            }
        }
        legend(&mut graph, &kinds, &rels);
    }
    String::from_utf8(out).expect("DOT is built from str")
}

/// A legend cluster: one node per kind shown, one edge per relation shown.
/// Its IDs start with `legend:`, which no canonical ID does.
fn legend(graph: &mut Scope<'_, '_>, kinds: &BTreeSet<(Kind, bool)>, rels: &BTreeSet<EdgeKind>) {
    if kinds.is_empty() {
        return;
    }
    let mut c = graph.cluster();
    attr(&mut c, "label", "Legend");
    attr(&mut c, "style", "dashed");
    attr(&mut c, "color", "#999999");
    for &(kind, in_corpus) in kinds {
        let probe = Node {
            id: Id::File { stem: "x".into() },
            kind,
            title: None,
            file: in_corpus.then(String::new),
            symbols: Vec::new(),
            date: None,
            session: None,
        };
        let (shape, fill) = node_style(&probe);
        let name = match (kind, in_corpus) {
            (Kind::Document | Kind::File, true) => "document in corpus".to_string(),
            (Kind::Document | Kind::File, false) => "cited document".to_string(),
            (k, _) => k.to_string(),
        };
        let mut n = c.node_named(quote(&format!("legend:{name}")));
        attr(&mut *n, "label", &name);
        attr(&mut *n, "shape", shape);
        attr(&mut *n, "fillcolor", fill);
    }
    for &k in rels {
        let from = format!("legend:{k}:from");
        let to = format!("legend:{k}:to");
        for id in [&from, &to] {
            let mut n = c.node_named(quote(id));
            attr(&mut *n, "label", "");
            attr(&mut *n, "shape", "point");
            attr(&mut *n, "width", "0.05");
        }
        let (color, style) = edge_style(k);
        let mut a = c.edge(quote(&from), quote(&to)).attributes();
        attr(&mut a, "label", k.as_str());
        attr(&mut a, "color", color);
        attr(&mut a, "fontcolor", color);
        attr(&mut a, "style", style);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_escapes_what_breaks_dot() {
        assert_eq!(quote("node"), "\"node\"");
        assert_eq!(quote("A/RES/70/1"), "\"A/RES/70/1\"");
        assert_eq!(quote("say \"hi\""), "\"say \\\"hi\\\"\"");
        assert_eq!(quote("trailing\\"), "\"trailing\\\\\"");
        assert_eq!(quote("two\nlines\r"), "\"two\\nlines\"");
        assert_eq!(quote("tab\there"), "\"tab here\"");
    }

    #[test]
    fn wrap_limits_lines() {
        assert_eq!(wrap("a b c", 3, 2), "a b\nc");
        assert_eq!(wrap("aaa bbb ccc ddd", 3, 2), "aaa\nbbb…");
    }
}
