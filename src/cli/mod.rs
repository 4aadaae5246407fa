//! The command line: parse arguments, call the library, print. One file per
//! group of subcommands; no logic lives here that a library user would want.

mod extract;
mod graph;

use anyhow::Result;
use clap::{Parser, Subcommand};
use std::process::ExitCode;

use extract::ExtractArgs;
use graph::{CitesArgs, DiagramsArgs, GraphArgs, LineageArgs, ReportArgs};

#[derive(Parser)]
#[command(
    name = "uncite",
    version,
    about = "Citation and cross-reference graph analyzer for UN anti-corruption documents"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Find every reference in documents.
    ///
    /// Example: uncite extract --format text data/corpus/cosp7-report.txt
    Extract(ExtractArgs),
    /// Every unit that cites an ID, grouped by citing unit, with evidence.
    ///
    /// Paragraphs roll up into their article; a chapter includes its
    /// articles with --rollup. Exit status: 0 with results, 1 without
    /// (like grep), 2 on error. With no PATH the bundled corpus is used.
    ///
    /// Example: uncite cites 6/2 --relation recalls --kind resolution
    #[command(after_help = "Example: uncite cites \"article 46\" --format json")]
    Cites(CitesArgs),
    /// What an ID builds on (back) and what builds on it (forward), as a tree.
    ///
    /// Example: uncite lineage res:cosp:7/1 --direction back --depth 2
    Lineage(LineageArgs),
    /// The citation graph of the corpus, or a neighbourhood of one ID.
    ///
    /// Example: uncite graph --focus "article 46" --depth 1 --format svg -o art46.svg
    Graph(GraphArgs),
    /// Lineage report: per resolution, what it recalls and what recalls it;
    /// most-cited articles and resolutions; documents and their symbols.
    ///
    /// Example: uncite report --format markdown > REPORT.md
    Report(ReportArgs),
    /// Writes the standard diagrams of the bundled corpus (DOT, and SVG
    /// when Graphviz is installed), or checks that committed DOT is current.
    ///
    /// Example: uncite diagrams --out graphs --check
    Diagrams(DiagramsArgs),
}

pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match dispatch(cli) {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("uncite: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn dispatch(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Cites(a) => graph::cites(a),
        Command::Lineage(a) => graph::lineage(a),
        Command::Graph(a) => graph::graph(a),
        Command::Report(a) => graph::report(a),
        Command::Diagrams(a) => graph::diagrams(a),
        Command::Extract(a) => extract::run(a),
    }
}
