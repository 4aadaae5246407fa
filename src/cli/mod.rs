//! The command line: parse arguments, call the library, print. One file per
//! group of subcommands; no logic lives here that a library user would want.

mod annotate;
mod extract;
mod graph;
mod index;
mod shell;
mod site;
mod text;

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
pub struct Cli {
    #[command(subcommand)]
    command: Command,
    #[command(flatten)]
    global: Global,
}

/// Options every subcommand takes.
#[derive(clap::Args, Clone, Copy, Debug)]
pub struct Global {
    /// Colour text output by kind: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, global = true, value_enum, default_value = "auto")]
    pub color: shell::ColorChoice,
    /// No warnings or notes on stderr (errors still print).
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// More detail on stderr (per-file counts).
    #[arg(short, long, global = true, conflicts_with = "quiet")]
    pub verbose: bool,
    /// Skip input files larger than SIZE, with a note (bytes, or with a K, M
    /// or G suffix; `none` lifts the limit). Like ripgrep's --max-filesize.
    #[arg(long, global = true, value_name = "SIZE", default_value = "256M", value_parser = max_size)]
    pub max_filesize: MaxSize,
}

/// `--max-filesize`: bytes, or `None` for no limit.
#[derive(Clone, Copy, Debug)]
pub struct MaxSize(pub Option<u64>);

fn max_size(s: &str) -> Result<MaxSize, String> {
    uncite::load::parse_size(s).map(MaxSize)
}

/// The global options of this run, for the loading report of any command.
static GLOBAL: std::sync::OnceLock<Global> = std::sync::OnceLock::new();

/// Set when an input file could not be read (an encrypted PDF, ...) while
/// the others were: the run ends with status 2 after its output.
static INPUT_FAILED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Reads a corpus (the bundled one for no paths) and says what loading
/// said: warnings, files that failed, and the summary of kinds.
pub(crate) fn load_corpus(paths: &[String]) -> Result<uncite::Corpus> {
    let corpus = uncite::Corpus::load(paths)?;
    for w in &corpus.warnings {
        warn(w);
    }
    say_loaded(&corpus.tally, &corpus.errors);
    Ok(corpus)
}

/// Prints the files that failed (always: they are errors, and set the exit
/// status), the quietly skipped files with `-v`, and the summary line
/// when something was skipped or failed, or with `-v`.
pub(crate) fn say_loaded(tally: &uncite::load::Tally, errors: &[String]) {
    for e in errors {
        eprintln!("uncite: {}", clean(e));
        INPUT_FAILED.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    let (quiet, verbose) = GLOBAL
        .get()
        .map_or((false, false), |g| (g.quiet, g.verbose));
    if quiet {
        return;
    }
    if verbose {
        for (path, why) in &tally.quiet {
            eprintln!("uncite: {}: {why}", clean(path));
        }
    }
    if verbose || tally.worth_saying() {
        let hint = if !verbose && !tally.quiet.is_empty() {
            " (-v names the files skipped)"
        } else {
            ""
        };
        eprintln!("uncite: {}{hint}", tally.summary());
    }
}

/// Whether `-q` was given: notes and warnings are not printed.
fn quiet() -> bool {
    GLOBAL.get().is_some_and(|g| g.quiet)
}

/// A note on stderr ("wrote ..."), unless `-q`.
pub(crate) fn note(msg: impl std::fmt::Display) {
    if !quiet() {
        eprintln!("uncite: {msg}");
    }
}

/// A warning on stderr naming what it is about, unless `-q`.
pub(crate) fn warn(msg: &str) {
    if !quiet() {
        eprintln!("uncite: warning: {}", clean(msg));
    }
}

/// Whether text output to `output` (stdout for `None`) is coloured:
/// `--color always`, or `auto` on a terminal without NO_COLOR.
pub(crate) fn colour(output: Option<&std::path::Path>) -> bool {
    match GLOBAL.get().map(|g| g.color) {
        Some(shell::ColorChoice::Always) => true,
        Some(shell::ColorChoice::Auto) => output.is_none() && shell::ColorChoice::Auto.enabled(),
        _ => false,
    }
}

/// A message for stderr: control characters escaped (file names can hold
/// newlines and escape sequences).
pub(crate) fn clean(msg: &str) -> String {
    uncite::load::shown(msg)
}

#[derive(Subcommand)]
enum Command {
    /// Find every reference in documents.
    ///
    /// Example: uncite extract --format text data/corpus/cosp7-report.txt
    Extract(ExtractArgs),
    /// Shell completion script for bash, zsh, fish or powershell.
    ///
    /// Example: uncite completions bash > /etc/bash_completion.d/uncite
    Completions(shell::CompletionsArgs),
    /// Man pages (roff) for uncite and each subcommand.
    ///
    /// Example: uncite man -o /usr/local/share/man/man1
    Man(shell::ManArgs),
    /// Extracts files once into an index file for `--index`: the graph and
    /// its evidence, re-using unchanged files of an existing index.
    ///
    /// Example: uncite index data/corpus -o corpus.uncite
    Index(index::IndexArgs),
    /// Every unit that cites an ID, grouped by citing unit, with evidence.
    ///
    /// Paragraphs roll up into their article; a chapter includes its
    /// articles with --rollup. The first 50 citing units (in ID order) are
    /// shown, in every format; the closing line of text output gives the
    /// exact totals and how many more there are (JSON and diagrams say it
    /// on stderr); --all or --limit 0 shows everything. Exit status: 0
    /// with results, 1 without (like grep), 2 on error. With no PATH the
    /// bundled corpus is used.
    ///
    /// Example: uncite cites 6/2 --relation recalls --kind resolution
    #[command(after_help = "Example: uncite cites \"article 46\" --format json --all")]
    Cites(CitesArgs),
    /// What an ID builds on (back) and what builds on it (forward), as a tree.
    ///
    /// Each step shows its first 50 children (in ID order) and counts the
    /// others; --all or --limit 0 shows every one.
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
    /// A document with every reference highlighted and linked (HTML or Markdown).
    ///
    /// Symbols link to https://undocs.org/en/SYMBOL; other targets to the
    /// side list, or to node pages with --site-base.
    ///
    /// Example: uncite annotate data/corpus/cosp7-report.txt -o cosp7.html
    Annotate(annotate::AnnotateArgs),
    /// A static site: index with search, one page per node with evidence and
    /// its neighbourhood diagram, one annotated page per document.
    ///
    /// Example: uncite site -o site && xdg-open site/index.html
    Site(site::SiteArgs),
    /// Prints the text uncite reads in a file: for a PDF or DOCX the text
    /// extracted from it, to which `start`/`end` of its references are
    /// byte offsets (so `text` is the bytes there); for a text file its
    /// decoded text; for HTML the page with scripts and styles blanked.
    ///
    /// Example: uncite text CAC-COSP-2023-15.pdf | less
    Text(text::TextArgs),
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
    uncite::load::set_max_filesize(cli.global.max_filesize.0);
    let _ = GLOBAL.set(cli.global);
    match dispatch(cli) {
        Ok(_) if INPUT_FAILED.load(std::sync::atomic::Ordering::Relaxed) => ExitCode::from(2),
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("uncite: {}", clean(&format!("{e:#}")));
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<uncite::render::output::OutputError>()
                .is_some_and(|o| o.is_broken_pipe())
    })
}

fn dispatch(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Cites(a) => graph::cites(a, cli.global.quiet),
        Command::Lineage(a) => graph::lineage(a, cli.global.quiet),
        Command::Graph(a) => graph::graph(a),
        Command::Report(a) => graph::report(a),
        Command::Diagrams(a) => graph::diagrams(a),
        Command::Annotate(a) => annotate::run(a),
        Command::Site(a) => site::run(a),
        Command::Index(a) => index::run(a, cli.global.quiet, cli.global.verbose),
        Command::Extract(a) => extract::run(a, cli.global),
        Command::Text(a) => text::run(a),
        Command::Completions(a) => shell::completions(a),
        Command::Man(a) => shell::man(a),
    }
}

/// A value parser for a library enum: its names listed in `--help` and in
/// the error for a wrong value, the value made by its `FromStr` (the
/// library knows nothing of clap).
fn one_of<T>(
    names: impl IntoIterator<Item = &'static str>,
) -> impl clap::builder::TypedValueParser<Value = T>
where
    T: std::str::FromStr<Err = String> + Clone + Send + Sync + 'static,
{
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(names).try_map(|s| s.parse::<T>())
}
