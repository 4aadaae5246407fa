//! The graph subcommands: cites, lineage, graph, report, diagrams.

use anyhow::{Context, Result, bail};
use clap::{Args, ValueEnum};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use uncite::graph::Evidence;
use uncite::graph::select::Selection;
use uncite::index::Index;
use uncite::query::{self, LineageDirection};
use uncite::render::{diagrams, dot, export, output, query as out, svg};
use uncite::{CitationGraph, Corpus, Id, Kind, Relation};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CitesFormat {
    Text,
    Json,
    Dot,
    Svg,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    Dot,
    Svg,
    Json,
    /// GraphML for Gephi, yEd, networkx, igraph.
    Graphml,
    /// nodes.csv and edges.csv for `neo4j-admin database import` (needs -o DIR).
    Csv,
    /// Node-link JSON for networkx `node_link_graph(data, edges="links")`.
    #[value(alias = "node-link")]
    Nodelink,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Markdown,
    Json,
}

/// The default of `--limit`.
const DEFAULT_LIMIT: usize = 50;

/// `--limit N` / `--all` as one number, 0 for no limit.
fn limit(n: usize, all: bool) -> usize {
    if all { 0 } else { n }
}

#[derive(Args)]
pub struct CitesArgs {
    /// What is cited: res:cosp:6/2, 6/2, "article 46", "art 46(3)", chap:uncac:IV,
    /// CAC/COSP/2017/14, "session 7", or a corpus file stem.
    id: String,
    /// Only these relations (recalls, reaffirms, acts-under, ...); repeatable.
    #[arg(long = "relation", short = 'r')]
    relations: Vec<Relation>,
    /// Only citing units of these kinds (resolution, decision, file, ...); repeatable.
    #[arg(long = "kind", short = 'k')]
    kinds: Vec<Kind>,
    /// A chapter includes its articles.
    #[arg(long)]
    rollup: bool,
    #[arg(long, value_enum, default_value = "text")]
    format: CitesFormat,
    /// Show at most N citing units, the first in ID order (every format);
    /// the totals of citing units, citations and mentions stay exact.
    /// 0: all.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_LIMIT)]
    limit: usize,
    /// Show every citing unit (same as --limit 0).
    #[arg(long, conflicts_with = "limit")]
    all: bool,
    /// Write to FILE instead of stdout.
    #[arg(short = 'o', long = "output")]
    output: Option<PathBuf>,
    /// Answer from this index (written by `uncite index`) instead of
    /// extracting PATHs; evidence sentences are read back from the files.
    #[arg(long, value_name = "FILE", conflicts_with = "paths")]
    index: Option<PathBuf>,
    /// Files or directories; the bundled corpus when none.
    paths: Vec<String>,
}

#[derive(Args)]
pub struct LineageArgs {
    /// The resolution, decision, article or document to trace.
    id: String,
    #[arg(long, default_value = "both", value_parser = super::one_of::<LineageDirection>(LineageDirection::ALL.map(LineageDirection::as_str)))]
    direction: LineageDirection,
    /// Steps to follow.
    #[arg(long, default_value_t = 3)]
    depth: usize,
    /// Relations to follow; default: the lineage relations (recalls,
    /// reaffirms, acts-under, endorses, welcomes, notes, takes-note).
    #[arg(long = "relation", short = 'r')]
    relations: Vec<Relation>,
    #[arg(long, value_enum, default_value = "text")]
    format: CitesFormat,
    /// Show at most N children per step, the first in ID order (every
    /// format); the others are counted ("... K more", JSON `more`). 0: all.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_LIMIT)]
    limit: usize,
    /// Show every child of every step (same as --limit 0).
    #[arg(long, conflicts_with = "limit")]
    all: bool,
    /// Order of each step's children: id (natural: 6/2 before 6/10) or
    /// date (adoption date, undated last: the timeline of a mandate).
    #[arg(long, default_value = "id", value_parser = super::one_of::<query::Order>(query::Order::ALL.map(query::Order::as_str)))]
    order: query::Order,
    #[arg(short = 'o', long = "output")]
    output: Option<PathBuf>,
    /// Answer from this index (written by `uncite index`) instead of
    /// extracting PATHs; evidence sentences are read back from the files.
    #[arg(long, value_name = "FILE", conflicts_with = "paths")]
    index: Option<PathBuf>,
    paths: Vec<String>,
}

#[derive(Args)]
pub struct GraphArgs {
    /// Only the neighbourhood of this ID.
    #[arg(long)]
    focus: Option<String>,
    /// Reference steps around --focus.
    #[arg(long, default_value_t = 1)]
    depth: usize,
    /// Only the resolutions and decisions adopted at this session (e.g. 7
    /// or session:irg:8) and what they cite.
    #[arg(long, conflicts_with = "focus")]
    session: Option<String>,
    /// Only nodes of these kinds, comma-separated.
    #[arg(long, value_delimiter = ',')]
    kinds: Vec<Kind>,
    #[arg(long, value_enum, default_value = "dot")]
    format: GraphFormat,
    #[arg(short = 'o', long = "output")]
    output: Option<PathBuf>,
    /// Answer from this index (written by `uncite index`) instead of
    /// extracting PATHs; evidence sentences are read back from the files.
    #[arg(long, value_name = "FILE", conflicts_with = "paths")]
    index: Option<PathBuf>,
    paths: Vec<String>,
}

#[derive(Args)]
pub struct ReportArgs {
    #[arg(long, value_enum, default_value = "markdown")]
    format: ReportFormat,
    /// Order of the resolutions: id (natural) or date (adoption date,
    /// undated last).
    #[arg(long, default_value = "id", value_parser = super::one_of::<query::Order>(query::Order::ALL.map(query::Order::as_str)))]
    order: query::Order,
    #[arg(short = 'o', long = "output")]
    output: Option<PathBuf>,
    /// Answer from this index (written by `uncite index`) instead of
    /// extracting PATHs; evidence sentences are read back from the files.
    #[arg(long, value_name = "FILE", conflicts_with = "paths")]
    index: Option<PathBuf>,
    paths: Vec<String>,
}

#[derive(Args)]
pub struct DiagramsArgs {
    /// Directory of the diagrams.
    #[arg(long, default_value = "graphs")]
    out: PathBuf,
    /// Compare the DOT files in --out with fresh ones; exit 1 if stale.
    #[arg(long)]
    check: bool,
}

fn load(paths: &[String]) -> Result<(Corpus, CitationGraph)> {
    let corpus = super::load_corpus(paths)?;
    let g = CitationGraph::build(&corpus);
    Ok((corpus, g))
}

fn resolve(g: &CitationGraph, input: &str) -> Result<Id> {
    Ok(query::resolve_id(g, input)?)
}

/// The files a query reads (the corpus paths, or the index file): no
/// output may replace one of them.
fn inputs(index: Option<&Path>, paths: &[String]) -> output::Inputs {
    let mut ins = output::Inputs::of(paths);
    if let Some(ix) = index {
        ins.add(ix);
    }
    ins
}

/// Refuses an output that is an input before any work is done.
fn check_output(out: Option<&Path>, ins: &output::Inputs) -> Result<()> {
    if let Some(p) = out {
        output::resolve(p, ins)?;
    }
    Ok(())
}

/// Text output with its IDs coloured when `--color` asks (see
/// `cli::colour`).
fn coloured(buf: Vec<u8>, output: Option<&Path>) -> Vec<u8> {
    if !super::colour(output) {
        return buf;
    }
    match String::from_utf8(buf) {
        Ok(text) => uncite::render::refs::colour_ids(&text).into_bytes(),
        Err(e) => e.into_bytes(),
    }
}

fn emit(out: Option<&Path>, ins: &output::Inputs, bytes: &[u8]) -> Result<()> {
    Ok(output::emit(out, ins, bytes)?)
}

fn dot_or_svg(dot_src: String, svg_wanted: bool) -> Result<Vec<u8>> {
    Ok(if svg_wanted {
        // Node statements carry attributes and no edge arrow.
        let nodes = dot_src
            .lines()
            .filter(|l| l.contains('[') && !l.contains("->"))
            .count();
        svg::to_svg(&dot_src, nodes)?.into_bytes()
    } else {
        dot_src.into_bytes()
    })
}

pub fn cites(a: CitesArgs, quiet: bool) -> Result<ExitCode> {
    let ins = inputs(a.index.as_deref(), &a.paths);
    check_output(a.output.as_deref(), &ins)?;
    let diagram = matches!(a.format, CitesFormat::Dot | CitesFormat::Svg);
    let q = query::CitesQuery {
        relations: &a.relations,
        kinds: &a.kinds,
        rollup: a.rollup,
        limit: limit(a.limit, a.all),
    };
    let (g, id, mut answer, ix) = match &a.index {
        Some(p) => {
            let ix = Index::open(p)?;
            let id = ix.resolve(&a.id)?;
            // Only the citing units shown are loaded; the totals are
            // counted in the index.
            let (g, total) = ix.cites_graph(&id, &q, diagram)?;
            let groups = query::cites(&g, &id, q.relations, q.kinds, q.rollup);
            debug_assert_eq!(groups.len(), q.shown(total.units));
            let answer = query::CitesAnswer { groups, total };
            (g, id, answer, Some(ix))
        }
        None => {
            let (_, g) = load(&a.paths)?;
            let id = resolve(&g, &a.id)?;
            let answer = query::cites_limited(&g, &id, &q);
            (g, id, answer, None)
        }
    };
    if let Some(ix) = &ix {
        ix.fill_sentences(
            answer
                .groups
                .iter_mut()
                .flat_map(|g| g.citations.iter_mut())
                .flat_map(|c| c.evidence.iter_mut()),
        )?;
    }
    let mut buf = Vec::new();
    match a.format {
        CitesFormat::Text => {
            out::write_cites_text(&mut buf, &answer)?;
            buf = coloured(buf, a.output.as_deref());
        }
        CitesFormat::Json => out::write_cites_json(&mut buf, &answer.groups)?,
        CitesFormat::Dot | CitesFormat::Svg => {
            let sel = query::cites_selection(&id, &answer.groups);
            let title = if answer.hidden() > 0 {
                format!(
                    "What cites {id} (first {} of {} citing units)",
                    answer.groups.len(),
                    answer.total.units
                )
            } else {
                format!("What cites {id}")
            };
            let d = dot::render_dot(&g, &sel, &title);
            buf = dot_or_svg(d, a.format == CitesFormat::Svg)?;
        }
    }
    emit(a.output.as_deref(), &ins, &buf)?;
    // Text says it on stdout; the other formats have no room for it.
    if answer.hidden() > 0 && a.format != CitesFormat::Text && !quiet {
        eprintln!("uncite: {}", out::cites_cap_note(&answer));
    }
    if answer.total.units == 0 {
        // Exit 1 like grep, but never silently: say what was asked.
        if !quiet {
            let filters = if a.relations.is_empty() && a.kinds.is_empty() {
                String::new()
            } else {
                " with the filters given (--relation / --kind)".to_string()
            };
            eprintln!("uncite: no unit cites {id}{filters}");
        }
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

pub fn lineage(a: LineageArgs, quiet: bool) -> Result<ExitCode> {
    let ins = inputs(a.index.as_deref(), &a.paths);
    check_output(a.output.as_deref(), &ins)?;
    let diagram = matches!(a.format, CitesFormat::Dot | CitesFormat::Svg);
    let q = query::LineageQuery {
        direction: a.direction,
        depth: a.depth,
        relations: &a.relations,
        limit: limit(a.limit, a.all),
        order: a.order,
    };
    let (g, id, ix, counts) = match &a.index {
        Some(p) => {
            let ix = Index::open(p)?;
            let id = ix.resolve(&a.id)?;
            // Only the children shown are loaded; how many there are is
            // counted in the index.
            let (g, counts) = ix.lineage_graph(&id, &q, diagram)?;
            (g, id, Some(ix), counts)
        }
        None => {
            let (_, g) = load(&a.paths)?;
            let id = resolve(&g, &a.id)?;
            (g, id, None, Default::default())
        }
    };
    let mut l = if ix.is_some() {
        query::lineage_with(&g, &id, &q, &|id, dir| {
            counts.get(&(id.clone(), dir)).copied()
        })
    } else {
        query::lineage_with(&g, &id, &q, &|_, _| None)
    };
    if let Some(ix) = &ix {
        // Text shows the first evidence of each step; JSON all of them.
        let all = a.format == CitesFormat::Json;
        let mut evs = Vec::new();
        for root in [&mut l.back, &mut l.forward].into_iter().flatten() {
            lineage_evidence(root, all, &mut evs);
        }
        ix.fill_sentences(evs)?;
    }
    let mut buf = Vec::new();
    match a.format {
        CitesFormat::Text => {
            out::write_lineage_text(&mut buf, &l)?;
            buf = coloured(buf, a.output.as_deref());
        }
        CitesFormat::Json => out::write_json(&mut buf, &l)?,
        CitesFormat::Dot | CitesFormat::Svg => {
            let d = dot::render_dot(&g, &l.selection(), &format!("Lineage of {id}"));
            buf = dot_or_svg(d, a.format == CitesFormat::Svg)?;
        }
    }
    emit(a.output.as_deref(), &ins, &buf)?;
    let hidden = l.hidden();
    if hidden > 0 && a.format != CitesFormat::Text && !quiet {
        eprintln!(
            "uncite: {hidden} children not shown (at most {} per step); --all shows every one",
            q.limit
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn lineage_evidence<'a>(s: &'a mut query::LineageStep, all: bool, out: &mut Vec<&'a mut Evidence>) {
    if all {
        out.extend(s.evidence.iter_mut());
    } else {
        out.extend(s.evidence.first_mut());
    }
    for c in &mut s.children {
        lineage_evidence(c, all, out);
    }
}

/// The graph from `--index` or from extracting `paths`.
fn load_graph(index: Option<&Path>, paths: &[String], sentences: bool) -> Result<CitationGraph> {
    match index {
        Some(p) => Ok(Index::open(p)?.graph(sentences)?),
        None => Ok(load(paths)?.1),
    }
}

pub fn graph(a: GraphArgs) -> Result<ExitCode> {
    let ins = inputs(a.index.as_deref(), &a.paths);
    if a.format != GraphFormat::Csv {
        check_output(a.output.as_deref(), &ins)?;
    }
    let g = load_graph(a.index.as_deref(), &a.paths, true)?;
    let (sel, title) = match (&a.focus, &a.session) {
        (Some(f), _) => {
            let id = resolve(&g, f)?;
            let t = format!("Neighbourhood of {id} (depth {})", a.depth);
            (Selection::neighbourhood(&g, &id, a.depth), t)
        }
        (None, Some(s)) => {
            let input = if s.bytes().all(|b| b.is_ascii_digit()) {
                format!("session {s}")
            } else {
                s.clone()
            };
            let id = resolve(&g, &input)?;
            if id.kind() != Kind::Session {
                bail!("--session wants a session (7, \"irg session 8\", session:cosp:7), not {id}");
            }
            let t = format!("Adopted at {id}");
            (Selection::adopted_at(&g, &id), t)
        }
        (None, None) => (Selection::all(&g), "Citation graph".to_string()),
    };
    let sel = sel.with_kinds(&a.kinds);
    let mut buf = Vec::new();
    match a.format {
        GraphFormat::Json => out::write_graph_json(&mut buf, &g, &sel)?,
        GraphFormat::Graphml => {
            export::write_graphml(&mut buf, &export::Table::from_graph(&g, &sel))?
        }
        GraphFormat::Nodelink => {
            export::write_node_link(&mut buf, &export::Table::from_graph(&g, &sel))?
        }
        GraphFormat::Csv => {
            return write_csv(
                a.output.as_deref(),
                &ins,
                &export::Table::from_graph(&g, &sel),
            );
        }
        GraphFormat::Dot | GraphFormat::Svg => {
            buf = dot_or_svg(
                dot::render_dot(&g, &sel, &title),
                a.format == GraphFormat::Svg,
            )?;
        }
    }
    emit(a.output.as_deref(), &ins, &buf)?;
    Ok(ExitCode::SUCCESS)
}

/// `graph --format csv`: nodes.csv and edges.csv into the -o folder.
fn write_csv(dir: Option<&Path>, ins: &output::Inputs, t: &export::Table) -> Result<ExitCode> {
    let Some(dir) = dir.filter(|d| d.as_os_str() != "-") else {
        bail!("--format csv writes nodes.csv and edges.csv: give the folder with -o DIR");
    };
    if dir.exists() && !dir.is_dir() {
        bail!(
            "--format csv: {} is not a directory (it receives nodes.csv and edges.csv)",
            dir.display()
        );
    }
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut nodes = Vec::new();
    export::write_nodes_csv(&mut nodes, t)?;
    let mut edges = Vec::new();
    export::write_edges_csv(&mut edges, t)?;
    for (name, bytes) in [("nodes.csv", nodes), ("edges.csv", edges)] {
        output::write(&dir.join(name), ins, &bytes)?;
    }
    super::note(format!(
        "wrote {} nodes and {} edges to {}; import with: neo4j-admin database import full --nodes={} --relationships={}",
        t.nodes.len(),
        t.edges.len(),
        dir.display(),
        dir.join("nodes.csv").display(),
        dir.join("edges.csv").display()
    ));
    Ok(ExitCode::SUCCESS)
}

pub fn report(a: ReportArgs) -> Result<ExitCode> {
    let ins = inputs(a.index.as_deref(), &a.paths);
    check_output(a.output.as_deref(), &ins)?;
    let g = load_graph(a.index.as_deref(), &a.paths, false)?;
    let r = query::report_ordered(&g, a.order);
    let mut buf = Vec::new();
    match a.format {
        ReportFormat::Markdown => {
            out::write_report_markdown(&mut buf, &r)?;
            buf = coloured(buf, a.output.as_deref());
        }
        ReportFormat::Json => out::write_json(&mut buf, &r)?,
    }
    emit(a.output.as_deref(), &ins, &buf)?;
    Ok(ExitCode::SUCCESS)
}

pub fn diagrams(a: DiagramsArgs) -> Result<ExitCode> {
    let g = CitationGraph::build(&Corpus::bundled());
    let mut stale = Vec::new();
    let graphviz = !a.check && svg::graphviz_available();
    let none = output::Inputs::none();
    if !a.check {
        std::fs::create_dir_all(&a.out).with_context(|| format!("creating {}", a.out.display()))?;
    }
    for (stem, d) in diagrams::standard(&g) {
        let path = a.out.join(format!("{stem}.dot"));
        if a.check {
            let old = std::fs::read_to_string(&path).unwrap_or_default();
            if old != d {
                stale.push(path.display().to_string());
            }
            continue;
        }
        output::write(&path, &none, d.as_bytes())?;
        super::note(format!("wrote {}", path.display()));
        if graphviz {
            let p = a.out.join(format!("{stem}.svg"));
            output::write(&p, &none, svg::dot_to_svg(&d)?.as_bytes())?;
            super::note(format!("wrote {}", p.display()));
        }
    }
    if !a.check && !graphviz {
        super::note("graphviz `dot` not on PATH: SVG not written (install graphviz)");
    }
    if !stale.is_empty() {
        eprintln!(
            "uncite: stale diagrams (run graphs/regenerate.sh): {}",
            stale.join(", ")
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
