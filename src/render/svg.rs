//! SVG by piping DOT through Graphviz `dot -Tsvg`; without Graphviz, a
//! pure-Rust layout (layout-rs) for graphs up to `FALLBACK_MAX_NODES` nodes.

use std::io::Write;
use std::process::{Command, Stdio};

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SvgError {
    #[error(
        "SVG output needs Graphviz: `dot` was not found on PATH; install graphviz \
         (e.g. `apt-get install graphviz` or `brew install graphviz`) or use --format dot"
    )]
    NoGraphviz,
    #[error(
        "SVG of a graph with {0} nodes needs Graphviz (the built-in layout handles up to {max}); \
         install graphviz (e.g. `apt-get install graphviz`) or use --format dot",
        max = FALLBACK_MAX_NODES
    )]
    TooLargeForFallback(usize),
    #[error(
        "the built-in layout could not draw this graph ({0}); install graphviz or use --format dot"
    )]
    Fallback(String),
    #[error("running graphviz `dot`: {0}")]
    Io(#[from] std::io::Error),
    #[error("graphviz `dot` failed ({status}): {stderr}")]
    Failed { status: String, stderr: String },
}

/// True when Graphviz `dot` can be run.
pub fn graphviz_available() -> bool {
    Command::new("dot")
        .arg("-V")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Largest graph the pure-Rust layout is asked to draw.
pub const FALLBACK_MAX_NODES: usize = 150;

/// SVG with Graphviz when installed, else with the built-in layout
/// (`nodes` is the node count of the graph `dot` describes).
pub fn to_svg(dot: &str, nodes: usize) -> Result<String, SvgError> {
    match dot_to_svg(dot) {
        Err(SvgError::NoGraphviz) if nodes <= FALLBACK_MAX_NODES => fallback_svg(dot),
        Err(SvgError::NoGraphviz) => Err(SvgError::TooLargeForFallback(nodes)),
        other => other,
    }
}

/// The pure-Rust layout. layout-rs reads a subset of DOT and may panic on
/// what it does not support; the panic is contained and reported as an error.
pub fn fallback_svg(dot: &str) -> Result<String, SvgError> {
    use layout::backends::svg::SVGWriter;
    use layout::gv::{DotParser, GraphBuilder};
    // layout-rs reads no HTML-like labels: the legend table is left out.
    let legend = format!(
        "{} [",
        crate::render::dot::quote(crate::render::dot::LEGEND_ID)
    );
    let dot: String = dot
        .lines()
        .filter(|l| !l.trim_start().starts_with(&legend))
        .flat_map(|l| [l, "\n"])
        .collect();
    let prev = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(move || {
        let mut parser = DotParser::new(&dot);
        let graph = parser.process()?;
        let mut builder = GraphBuilder::new();
        builder.visit_graph(&graph);
        let mut vg = builder.get();
        let mut svg = SVGWriter::new();
        vg.do_it(false, false, false, &mut svg);
        Ok::<String, String>(svg.finalize())
    });
    std::panic::set_hook(prev);
    match result {
        Ok(Ok(svg)) => Ok(svg),
        Ok(Err(e)) => Err(SvgError::Fallback(e)),
        Err(_) => Err(SvgError::Fallback("layout failed".into())),
    }
}

/// Lays out `dot` source with Graphviz and returns the SVG.
pub fn dot_to_svg(dot: &str) -> Result<String, SvgError> {
    let mut child = match Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(SvgError::NoGraphviz),
        Err(e) => return Err(e.into()),
    };
    // Write from a thread so a large SVG filling stdout cannot deadlock us.
    let mut stdin = child.stdin.take().expect("piped stdin");
    let input = dot.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output()?;
    writer
        .join()
        .map_err(|_| std::io::Error::other("writer thread panicked"))??;
    if !out.status.success() {
        return Err(SvgError::Failed {
            status: out.status.to_string(),
            stderr: String::from_utf8_lossy(&out.stderr).trim().to_string(),
        });
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fallback_draws_our_dot() {
        let corpus = crate::Corpus::from_texts([(
            "a.txt",
            "Conference of the States Parties to the United Nations Convention against Corruption\n\n\
             Resolution 8/1\n\nA \"title\" \\ with <marks>\n\n\
             Recalling its resolution 7/1 and article 46, paragraph 3, of the Convention,\n",
        )]);
        let g = crate::CitationGraph::build(&corpus);
        let dot =
            crate::render::dot::render_dot(&g, &crate::graph::select::Selection::all(&g), "t");
        match fallback_svg(&dot) {
            Ok(svg) => assert!(svg.contains("<svg")),
            // layout-rs reads a subset of DOT: an error is acceptable, a panic is not.
            Err(SvgError::Fallback(_)) => {}
            Err(e) => panic!("{e}"),
        }
    }
}
