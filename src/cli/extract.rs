//! `uncite extract`: every reference in the given documents.

use anyhow::Result;
use clap::Args;
use std::process::ExitCode;
use uncite::document::{Outcome, extract_paths};
use uncite::render::refs::{RefFormat, RefStream, render};

#[derive(Args)]
pub struct ExtractArgs {
    #[arg(long, default_value = "jsonl", value_parser = super::one_of::<RefFormat>(RefFormat::ALL.map(RefFormat::as_str)))]
    format: RefFormat,
    /// Worker threads (0 = one per core). Output order does not depend on it.
    #[arg(long, short = 'j', default_value_t = 0)]
    threads: usize,
    /// Files (text, Markdown, HTML, PDF, DOCX), directories (recursive;
    /// other kinds are counted as skipped) or - for stdin.
    #[arg(required = true)]
    paths: Vec<String>,
}

pub fn run(a: ExtractArgs, global: super::Global) -> Result<ExitCode> {
    let colour = a.format == RefFormat::Text && global.color.enabled();
    let stdout = std::io::stdout();
    let mut out = RefStream::new(std::io::BufWriter::new(stdout.lock()), a.format)?;
    let bar = super::index::Bar::open_ended(global.quiet).0;
    let mut failed = false;
    let mut files = 0u64;
    let mut tally = uncite::load::Tally::default();
    // Files are read, extracted and rendered on the workers; this thread
    // writes them in input order as they come.
    extract_paths(
        &a.paths,
        a.threads,
        |doc| render(&doc.references, a.format, colour),
        |outcome| -> std::io::Result<()> {
            match outcome {
                Outcome::Done {
                    name,
                    kind,
                    warnings,
                    bytes,
                    references,
                    lang,
                    value,
                } => {
                    if !global.quiet {
                        for w in &warnings {
                            bar.suspend(|| eprintln!("uncite: warning: {}", super::clean(w)));
                        }
                    }
                    if global.verbose {
                        bar.suspend(|| {
                            let lang = lang.map(|l| format!(" ({})", l.name())).unwrap_or_default();
                            eprintln!(
                                "uncite: {}: {references} references{lang}",
                                super::clean(&name)
                            )
                        });
                    }
                    out.write(&value)?;
                    tally.read(kind);
                    files += 1;
                    bar.set_message(files.to_string());
                    bar.inc(bytes as u64);
                }
                Outcome::Skipped { path, reason } => {
                    // Files of other kinds in a folder are counted, and
                    // named with -v by the summary.
                    if !global.quiet && !reason.is_quiet() {
                        bar.suspend(|| eprintln!("uncite: {}: {}", super::clean(&path), reason));
                    }
                    tally.skip(&path, &reason);
                }
                Outcome::Failed(e) => {
                    tally.fail(&e);
                    bar.suspend(|| eprintln!("uncite: {}", super::clean(&e.to_string())));
                    failed = true;
                }
            }
            Ok(())
        },
    )?;
    bar.finish_and_clear();
    out.finish()?;
    super::say_loaded(&tally, &[]);
    Ok(if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}
