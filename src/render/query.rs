//! Text, Markdown and JSON for query results and the graph.

use crate::graph::select::Selection;
use crate::graph::{CitationGraph, Evidence, Node};
use crate::id::Id;
use crate::query::{CiteGroup, CiteRow, CitesAnswer, Lineage, LineageStep, Report};
use serde::Serialize;
use std::io::{self, Write};

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn write_evidence<W: Write>(out: &mut W, indent: &str, ev: &Evidence) -> io::Result<()> {
    writeln!(out, "{indent}{}: {}", ev.place(), one_line(&ev.sentence))
}

/// `count` and the noun, plural when it is not 1.
fn counted(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// What a `cites` answer holds in all, and, when some citing units are not
/// shown, how many and how to see them.
pub fn cites_cap_note(a: &CitesAnswer) -> String {
    let t = &a.total;
    if a.hidden() == 0 {
        return format!(
            "{}, {}, {}",
            counted(t.units, "citing unit"),
            counted(t.citations, "citation"),
            counted(t.mentions, "mention")
        );
    }
    format!(
        "first {} of {} shown ({} and {} in all); {} more: --all shows every one, --limit N the first N",
        a.groups.len(),
        counted(t.units, "citing unit"),
        counted(t.citations, "citation"),
        counted(t.mentions, "mention"),
        a.hidden()
    )
}

/// `cites` as text: one block per citing unit shown, then a closing line
/// with the totals (and how many more there are, when not all are shown).
/// Nothing at all when nothing cites the ID.
pub fn write_cites_text<W: Write>(out: &mut W, a: &CitesAnswer) -> io::Result<()> {
    for g in &a.groups {
        write!(out, "{} ({})", g.source, g.kind)?;
        if let Some(t) = &g.title {
            write!(out, " {}", one_line(t))?;
        }
        if let Some(d) = &g.document {
            write!(out, " [in {d}]")?;
        }
        writeln!(out)?;
        for c in &g.citations {
            writeln!(out, "  {} {}", c.relation, c.target)?;
            for ev in &c.evidence {
                write_evidence(out, "    ", ev)?;
            }
        }
    }
    if a.total.units > 0 {
        writeln!(out, "-- {}", cites_cap_note(a))?;
    }
    Ok(())
}

/// `cites --format json`: an array with one object per evidence.
pub fn write_cites_json<W: Write>(out: &mut W, groups: &[CiteGroup]) -> io::Result<()> {
    let rows: Vec<CiteRow<'_>> = groups.iter().flat_map(CiteGroup::rows).collect();
    serde_json::to_writer_pretty(&mut *out, &rows)?;
    writeln!(out)
}

fn write_step<W: Write>(out: &mut W, s: &LineageStep, depth: usize, arrow: &str) -> io::Result<()> {
    let indent = "  ".repeat(depth);
    let rels: Vec<&str> = s.relations.iter().map(|r| r.as_str()).collect();
    write!(out, "{indent}{arrow} {} {}", rels.join("/"), s.id)?;
    if let Some(d) = &s.date {
        write!(out, " [{d}]")?;
    }
    if let Some(t) = &s.title {
        write!(out, " ({})", one_line(t))?;
    }
    if s.cycle {
        write!(out, " [cycle: already on this path]")?;
    }
    if s.repeated {
        write!(out, " [shown above]")?;
    }
    writeln!(out)?;
    if let Some(ev) = s.evidence.first() {
        write_evidence(out, &format!("{indent}    "), ev)?;
        if s.evidence.len() > 1 {
            writeln!(out, "{indent}    (+{} more)", s.evidence.len() - 1)?;
        }
    }
    for c in &s.children {
        write_step(out, c, depth + 1, arrow)?;
    }
    write_more(out, s, depth + 1, arrow)
}

/// The line after the children shown of `s` when some are not shown.
fn write_more<W: Write>(out: &mut W, s: &LineageStep, depth: usize, arrow: &str) -> io::Result<()> {
    if s.more > 0 {
        writeln!(
            out,
            "{}{arrow} ... {} more not shown (first {} shown): --all shows every one",
            "  ".repeat(depth),
            s.more,
            s.children.len()
        )?;
    }
    Ok(())
}

/// `lineage` as an indented tree, evidence under each step.
pub fn write_lineage_text<W: Write>(out: &mut W, l: &Lineage) -> io::Result<()> {
    for (name, tree, arrow) in [
        ("builds on", &l.back, "->"),
        ("built on by", &l.forward, "<-"),
    ] {
        let Some(root) = tree else { continue };
        write!(out, "{}", root.id)?;
        if let Some(d) = &root.date {
            write!(out, " [{d}]")?;
        }
        if let Some(t) = &root.title {
            write!(out, " ({})", one_line(t))?;
        }
        writeln!(out, " {name}:")?;
        if root.children.is_empty() {
            writeln!(out, "  (nothing)")?;
        }
        for c in &root.children {
            write_step(out, c, 1, arrow)?;
        }
        write_more(out, root, 1, arrow)?;
    }
    Ok(())
}

pub fn write_json<W: Write, T: Serialize + ?Sized>(out: &mut W, v: &T) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, v)?;
    writeln!(out)
}

#[derive(Serialize)]
struct GraphEdgeJson<'a> {
    source: &'a Id,
    target: &'a Id,
    relation: &'static str,
    evidence: &'a [Evidence],
}

/// A node with its official home (see `render::links`).
#[derive(Serialize)]
struct NodeJson<'a> {
    #[serde(flatten)]
    node: &'a Node,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
}

#[derive(Serialize)]
struct GraphJson<'a> {
    nodes: Vec<NodeJson<'a>>,
    edges: Vec<GraphEdgeJson<'a>>,
}

/// `graph --format json`: `{nodes: [...], edges: [{source, target,
/// relation, evidence: [...]}]}`, structural edges included.
pub fn write_graph_json<W: Write>(
    out: &mut W,
    g: &CitationGraph,
    sel: &Selection,
) -> io::Result<()> {
    let nodes = sel
        .nodes
        .iter()
        .filter_map(|id| g.node(id))
        .map(|node| NodeJson {
            node,
            url: super::links::node_url(node),
        })
        .collect();
    let edges = sel
        .edges(g)
        .into_iter()
        .map(|e| GraphEdgeJson {
            source: &e.source.id,
            target: &e.target.id,
            relation: e.edge.kind.as_str(),
            evidence: &e.edge.evidence,
        })
        .collect();
    write_json(out, &GraphJson { nodes, edges })
}

fn list(ids: &[(Id, Vec<String>)]) -> String {
    if ids.is_empty() {
        return "none".into();
    }
    ids.iter()
        .map(|(id, rels)| format!("`{id}` ({})", rels.join(", ")))
        .collect::<Vec<_>>()
        .join("; ")
}

/// `report --format markdown`.
pub fn write_report_markdown<W: Write>(out: &mut W, r: &Report) -> io::Result<()> {
    writeln!(out, "# Lineage report\n")?;
    writeln!(out, "## Resolutions and decisions\n")?;
    for e in &r.resolutions {
        write!(out, "### `{}`", e.id)?;
        if let Some(t) = &e.title {
            write!(out, " {}", one_line(t))?;
        }
        writeln!(out, "\n")?;
        if let Some(s) = &e.session {
            writeln!(out, "- adopted at: `{s}`")?;
        }
        if let Some(d) = &e.date {
            writeln!(out, "- adopted on: {d}")?;
        }
        if let Some(d) = &e.document {
            writeln!(out, "- text in: `{d}`")?;
        }
        writeln!(out, "- builds on: {}", list(&e.builds_on))?;
        writeln!(out, "- built on by: {}", list(&e.built_on_by))?;
        let arts: Vec<String> = e.articles.iter().map(|a| format!("`{a}`")).collect();
        let arts = if arts.is_empty() {
            "none".to_string()
        } else {
            arts.join(", ")
        };
        writeln!(out, "- articles cited: {arts}\n")?;
    }
    for (name, counts) in [
        ("Most cited articles", &r.most_cited_articles),
        (
            "Most cited resolutions and decisions",
            &r.most_cited_resolutions,
        ),
    ] {
        writeln!(out, "## {name}\n")?;
        writeln!(out, "| ID | citing units | mentions |")?;
        writeln!(out, "| --- | ---: | ---: |")?;
        for c in counts {
            writeln!(out, "| `{}` | {} | {} |", c.id, c.cited_by, c.mentions)?;
        }
        writeln!(out)?;
    }
    writeln!(out, "## Documents\n")?;
    for d in &r.documents {
        writeln!(out, "### `{}` ({})\n", d.id, d.file)?;
        if let Some(t) = &d.title {
            writeln!(out, "- title: {}", one_line(t))?;
        }
        if let Some(t) = &d.date {
            writeln!(out, "- date: {t}")?;
        }
        if let Some(s) = &d.session {
            writeln!(out, "- session: `{s}`")?;
        }
        if !d.known_as.is_empty() {
            writeln!(out, "- known as: {}", d.known_as.join(", "))?;
        }
        if !d.contains.is_empty() {
            let c: Vec<String> = d.contains.iter().map(|i| format!("`{i}`")).collect();
            writeln!(out, "- contains: {}", c.join(", "))?;
        }
        let s: Vec<String> = d.cites_symbols.iter().map(|i| format!("`{i}`")).collect();
        writeln!(
            out,
            "- symbols cited ({}): {}\n",
            s.len(),
            if s.is_empty() {
                "none".into()
            } else {
                s.join(", ")
            }
        )?;
    }
    Ok(())
}
