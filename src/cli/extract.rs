//! `uncite extract`: every reference in the given documents.

use anyhow::Result;
use clap::Args;
use std::io::Write;
use std::process::ExitCode;
use uncite::load::{Loaded, load_all};
use uncite::render::refs::{RefFormat, write_refs};

#[derive(Args)]
pub struct ExtractArgs {
    #[arg(long, value_enum, default_value = "jsonl")]
    format: RefFormat,
    /// Worker threads (0 = one per core). Output order does not depend on it.
    #[arg(long, short = 'j', default_value_t = 0)]
    threads: usize,
    /// Files, directories (recursive, .txt/.md) or - for stdin.
    #[arg(required = true)]
    paths: Vec<String>,
}

pub fn run(a: ExtractArgs, global: super::Global) -> Result<ExitCode> {
    let mut failed = false;
    let mut sources = Vec::new();
    for l in load_all(&a.paths) {
        match l {
            Loaded::Text(src) => {
                if !global.quiet {
                    for w in &src.warnings {
                        eprintln!("uncite: warning: {w}");
                    }
                }
                sources.push(src);
            }
            Loaded::Skipped { path, reason } => {
                if !global.quiet {
                    eprintln!("uncite: {path}: {reason}");
                }
            }
            Loaded::Failed(e) => {
                eprintln!("uncite: {e}");
                failed = true;
            }
        }
    }
    let docs = uncite::document::extract_all(&sources, a.threads);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if global.verbose {
        for d in &docs {
            eprintln!("uncite: {}: {} references", d.name, d.references.len());
        }
    }
    let refs: Vec<_> = docs.into_iter().flat_map(|d| d.references).collect();
    if a.format == RefFormat::Text && global.color.enabled() {
        for r in &refs {
            writeln!(
                out,
                "{}:{}: {}{}\x1b[0m ({}) \"{}\"",
                r.file,
                r.line,
                super::shell::kind_colour(r.kind),
                r.target,
                r.relation,
                r.text.replace(['\n', '\r', '\t'], " ")
            )?;
        }
    } else {
        write_refs(&mut out, &refs, a.format)?;
    }
    out.flush()?;
    Ok(if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}
