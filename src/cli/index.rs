//! `uncite index`: extract a corpus once into an index file that
//! `cites`, `lineage`, `graph` and `report` read with `--index FILE`.

use anyhow::Result;
use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;
use uncite::index::{Options, build_index};

#[derive(Args)]
pub struct IndexArgs {
    /// Files or directories (recursive, .txt/.md).
    #[arg(required = true)]
    paths: Vec<String>,
    /// The index file to write (atomically; an existing index is reused for
    /// files whose size and modification time did not change).
    #[arg(short = 'o', long = "output", required = true)]
    output: PathBuf,
    /// Worker threads (0 = one per core).
    #[arg(long, short = 'j', default_value_t = 0)]
    threads: usize,
    /// Extract every file again, even those the existing index has unchanged.
    #[arg(long)]
    full: bool,
}

/// A progress bar on stderr: files, MB, MB/s; hidden when stderr is not a
/// terminal or with --quiet.
pub(crate) struct Bar(pub(crate) ProgressBar);

impl Bar {
    pub(crate) fn new(quiet: bool) -> Bar {
        if quiet || !std::io::stderr().is_terminal() {
            return Bar(ProgressBar::hidden());
        }
        let pb = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
        pb.set_style(
            ProgressStyle::with_template(
                "{spinner} {msg} files  {bytes}/{total_bytes}  {bytes_per_sec}  [{wide_bar}] {eta}",
            )
            .expect("template")
            .progress_chars("=> "),
        );
        Bar(pb)
    }

    /// A bar for a run whose total is not known up front: files, MB, MB/s.
    pub(crate) fn open_ended(quiet: bool) -> Bar {
        let bar = Bar::new(quiet);
        bar.0.set_style(
            ProgressStyle::with_template("{spinner} {msg} files  {bytes}  {bytes_per_sec}")
                .expect("template"),
        );
        bar
    }
}

struct Files {
    bar: ProgressBar,
    total: std::sync::atomic::AtomicU64,
    done: std::sync::atomic::AtomicU64,
}

impl uncite::index::Progress for Files {
    fn start(&self, files: u64, bytes: u64) {
        self.total
            .store(files, std::sync::atomic::Ordering::Relaxed);
        self.bar.set_length(bytes);
        self.bar.set_message(format!("0/{files}"));
    }

    fn advance(&self, bytes: u64) {
        let d = self.done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        let t = self.total.load(std::sync::atomic::Ordering::Relaxed);
        self.bar.set_message(format!("{d}/{t}"));
        self.bar.inc(bytes);
    }
}

pub fn run(a: IndexArgs, quiet: bool, verbose: bool) -> Result<ExitCode> {
    let t0 = Instant::now();
    let progress = Files {
        bar: Bar::new(quiet).0,
        total: 0.into(),
        done: 0.into(),
    };
    let opts = Options {
        threads: a.threads,
        full: a.full,
    };
    let r = build_index(&a.paths, &a.output, &opts, &progress);
    progress.bar.finish_and_clear();
    let s = r?;
    // The files that failed; the kinds read and skipped go on the line below.
    super::say_loaded(&uncite::load::Tally::default(), &s.errors);
    if verbose {
        for (path, why) in &s.tally.quiet {
            eprintln!("uncite: {}: {why}", super::clean(path));
        }
    }
    if !quiet {
        for w in &s.warnings {
            eprintln!("uncite: warning: {}", super::clean(w));
        }
        let secs = t0.elapsed().as_secs_f64();
        let mb = s.bytes as f64 / 1e6;
        let not_read = s
            .tally
            .not_read()
            .map(|n| format!("; {n}"))
            .unwrap_or_default();
        eprintln!(
            "uncite: indexed {} files ({} extracted, {} reused): {:.1} MB extracted in {:.2}s ({:.1} MB/s); {} nodes, {} edges, {} evidences -> {} ({:.1} MB){not_read}",
            s.files,
            s.extracted,
            s.reused,
            mb,
            secs,
            if secs > 0.0 { mb / secs } else { 0.0 },
            s.nodes,
            s.edges,
            s.evidences,
            a.output.display(),
            s.index_bytes as f64 / 1e6
        );
    }
    Ok(ExitCode::SUCCESS)
}
