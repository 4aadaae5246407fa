//! `uncite site`: a static site of the corpus (index with search, node pages
//! with evidence and diagrams, annotated documents), written into one folder.

use anyhow::{Context, Result, bail};
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use uncite::render::output;
use uncite::render::site::{SiteOptions, build_site};
use uncite::{CitationGraph, Kind};

#[derive(Args)]
pub struct SiteArgs {
    /// The folder to write into (created if missing). Only files of the
    /// site are written; nothing else in it is touched.
    #[arg(short = 'o', long = "output", value_name = "DIR")]
    out: PathBuf,
    /// No neighbourhood diagrams (they need Graphviz `dot`).
    #[arg(long)]
    no_svg: bool,
    /// Diagrams only on pages of these kinds, comma-separated (default: all).
    #[arg(long, value_delimiter = ',')]
    svg_kinds: Vec<Kind>,
    /// Leave out diagrams of neighbourhoods larger than this.
    #[arg(long, default_value_t = 60)]
    svg_max_nodes: usize,
    /// Files or directories; the bundled corpus when none.
    paths: Vec<String>,
}

/// Refuses an output folder that is an input, holds an input, or is a file.
fn check_output(out: &Path, paths: &[String]) -> Result<()> {
    if out.exists() && !out.is_dir() {
        bail!("{} exists and is not a directory", out.display());
    }
    let Ok(out_abs) = out.canonicalize() else {
        return Ok(()); // does not exist yet: cannot be an input
    };
    for p in paths {
        if p == "-" {
            continue;
        }
        let Ok(abs) = Path::new(p).canonicalize() else {
            continue;
        };
        if abs == out_abs || abs.starts_with(&out_abs) {
            bail!(
                "refusing to write the site into {}: it holds the input {p}",
                out.display()
            );
        }
    }
    Ok(())
}

pub fn run(a: SiteArgs) -> Result<ExitCode> {
    check_output(&a.out, &a.paths)?;
    let corpus = super::load_corpus(&a.paths)?;
    let g = CitationGraph::build(&corpus);
    let opts = SiteOptions {
        svg: !a.no_svg,
        svg_kinds: a.svg_kinds.clone(),
        svg_max_nodes: a.svg_max_nodes,
        ..SiteOptions::default()
    };
    let (files, report) = build_site(&corpus, &g, &opts);
    std::fs::create_dir_all(&a.out).with_context(|| format!("creating {}", a.out.display()))?;
    // A page that is (a symlink to) an input is refused, not written.
    let ins = output::Inputs::of(&a.paths);
    for f in &files {
        let mut path = a.out.clone();
        for part in f.path.split('/') {
            path.push(part);
        }
        let dir = output::parent_dir(&path);
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        output::write(&path, &ins, &f.contents)?;
    }
    if let Some(note) = &report.svg_note {
        super::note(note);
    }
    super::note(format!(
        "wrote {} files to {}: index, {} node pages ({} with diagrams, {} left out as too large; {:.1}s), {} annotated documents",
        files.len(),
        a.out.display(),
        report.node_pages,
        report.svgs,
        report.svgs_skipped,
        report.svg_time.as_secs_f64(),
        report.document_pages
    ));
    super::note(format!("open {}", a.out.join("index.html").display()));
    Ok(ExitCode::SUCCESS)
}
