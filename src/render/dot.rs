//! Graphviz DOT through dot-writer. dot-writer escapes nothing, so every ID,
//! label and tooltip goes through [`quote`] and is written pre-quoted: a `"`,
//! a trailing `\`, a newline, `A/RES/70/1` or `node` cannot break the output.

use crate::graph::select::Selection;
use crate::graph::{CitationGraph, EdgeKind, EdgeRefView, Node};
use crate::id::{Id, Kind};
use crate::model::Relation;
use dot_writer::{Attributes, DotWriter, Scope};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

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
    // Its official home: a click on the node in an SVG goes there.
    if let Some(url) = super::links::node_url(n) {
        attr(&mut *node, "URL", &url);
        attr(&mut *node, "target", "_top");
    }
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
    // Clusters only mean something to the layered layout.
    let spread = nodes.len() > LAYERED_MAX_NODES;
    if spread {
        loose.extend(clusters.values().flatten());
        clusters.clear();
        loose.sort_by(|a, b| a.id.cmp(&b.id));
    }
    let columns = if spread {
        HashMap::new()
    } else {
        leaf_columns(&loose, &edges)
    };
    let kinds: BTreeSet<(Kind, bool)> = nodes.iter().map(|n| (n.kind, n.in_corpus())).collect();
    let rels: BTreeSet<EdgeKind> = edges.iter().map(|e| e.edge.kind).collect();

    let mut out = Vec::new();
    {
        let mut w = DotWriter::from(&mut out);
        w.set_pretty_print(true);
        let mut graph = w.digraph();
        attr(&mut graph, "label", title);
        attr(&mut graph, "labelloc", "t");
        if spread {
            // Too many nodes for layers: a force-directed layout fits them
            // on a page (the corpus graph was a strip 14,044 pt tall).
            attr(&mut graph, "layout", "neato");
            attr(&mut graph, "overlap", "prism");
            attr(&mut graph, "sep", "+6");
        } else {
            attr(&mut graph, "rankdir", "LR");
            // One citing column fanning out to a hundred targets: merged
            // edge paths keep the strip of parallel edges from setting the
            // height.
            attr(&mut graph, "concentrate", "true");
        }
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
            if let Some(&c) = columns.get(&e.target.id) {
                attr(&mut a, "minlen", &c.to_string());
            }
        }
        legend(&mut graph, &kinds, &rels);
    }
    String::from_utf8(out).expect("DOT is built from str")
}

/// Most nodes drawn in layers (Graphviz `dot`); larger selections are laid
/// out by force (`neato`), which fits a page where layers make a strip.
pub const LAYERED_MAX_NODES: usize = 150;

/// Most cited-only nodes one column of a left-to-right diagram holds before
/// the rest move to further columns.
const LEAVES_PER_COLUMN: usize = 10;

/// The column (an edge's `minlen`) of each leaf, as Graphviz's `unflatten
/// -l` staggers them: a session's resolutions cite a hundred articles and
/// texts that cite nothing, and in one rank they drew a strip 5,567 pt tall.
/// A leaf cites nothing shown. Leaves are dealt round-robin over as many columns as keep each one to
/// [`LEAVES_PER_COLUMN`]; only nodes outside document clusters move.
fn leaf_columns(loose: &[&Node], edges: &[EdgeRefView<'_>]) -> HashMap<Id, usize> {
    // A cited resolution still points at its session (adopted-at): only
    // citing makes a node a source.
    let sources: HashSet<&Id> = edges
        .iter()
        .filter(|e| matches!(e.edge.kind, EdgeKind::Cites(_)))
        .map(|e| &e.source.id)
        .collect();
    let targets: HashSet<&Id> = edges.iter().map(|e| &e.target.id).collect();
    let leaves: Vec<&Id> = loose
        .iter()
        .map(|n| &n.id)
        .filter(|id| targets.contains(id) && !sources.contains(id))
        .collect();
    let columns = leaves.len().div_ceil(LEAVES_PER_COLUMN);
    if columns <= 1 {
        return HashMap::new();
    }
    leaves
        .into_iter()
        .enumerate()
        .map(|(i, id)| (id.clone(), 1 + i % columns))
        .collect()
}

/// The legend: one table node (kinds as coloured cells, relations as
/// coloured lines of text), in place of the former cluster of one node per
/// kind and one edge per relation that took a third of a small diagram. Its
/// ID, [`LEGEND_ID`], is no canonical ID.
fn legend(graph: &mut Scope<'_, '_>, kinds: &BTreeSet<(Kind, bool)>, rels: &BTreeSet<EdgeKind>) {
    if kinds.is_empty() {
        return;
    }
    let mut rows = String::new();
    for &(kind, in_corpus) in kinds {
        let probe = Node {
            id: Id::File { stem: "x".into() },
            kind,
            title: None,
            file: in_corpus.then(String::new),
            symbols: Vec::new(),
            date: None,
            session: None,
            lang: None,
        };
        let (_, fill) = node_style(&probe);
        let name = match (kind, in_corpus) {
            (Kind::Document | Kind::File, true) => "document in corpus".to_string(),
            (Kind::Document | Kind::File, false) => "cited document".to_string(),
            (k, _) => k.to_string(),
        };
        rows.push_str(&format!(
            "<tr><td bgcolor=\"{fill}\" border=\"1\">{}</td></tr>",
            html_escape(&name)
        ));
    }
    for &k in rels {
        let (color, style) = edge_style(k);
        let mark = match style {
            "dashed" => "- - -",
            "dotted" => "· · ·",
            _ => "———",
        };
        rows.push_str(&format!(
            "<tr><td><font color=\"{color}\">{mark} {}</font></td></tr>",
            html_escape(k.as_str())
        ));
    }
    let mut n = graph.node_named(quote(LEGEND_ID));
    n.set("shape", "plaintext", false);
    n.set(
        "label",
        &format!("<<table border=\"0\" cellborder=\"0\" cellspacing=\"2\" cellpadding=\"2\"><tr><td><b>Legend</b></td></tr>{rows}</table>>"),
        false,
    );
}

/// The legend node's ID (see [`legend`]).
pub const LEGEND_ID: &str = "legend";

/// Text for a Graphviz HTML-like label.
fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
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
    fn leaves_are_dealt_over_columns_past_a_column_s_worth() {
        // "Recalling its resolution 7/1, ... 7/N": with the two sessions, two
        // resolutions short of three columns of cited-only nodes.
        let text: String = (1..=3 * LEAVES_PER_COLUMN - 4)
            .map(|i| format!("Recalling its resolution 7/{i},\n"))
            .collect();
        let corpus = crate::Corpus::from_texts([(
            "a.txt",
            format!("Conference of the States Parties to the United Nations Convention against Corruption\n\nResolution 8/1\n\nTitle\n\n{text}").as_str(),
        )]);
        let g = CitationGraph::build(&corpus);
        let dot = render_dot(&g, &Selection::all(&g), "t");
        for col in 1..=3 {
            assert!(dot.contains(&format!("minlen=\"{col}\"")), "column {col}");
        }
        assert!(!dot.contains("minlen=\"4\""));
    }

    #[test]
    fn wrap_limits_lines() {
        assert_eq!(wrap("a b c", 3, 2), "a b\nc");
        assert_eq!(wrap("aaa bbb ccc ddd", 3, 2), "aaa\nbbb…");
    }
}
