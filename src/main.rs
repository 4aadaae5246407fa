use std::process::ExitCode;

fn main() -> ExitCode {
    uncite_cli::run()
}

mod uncite_cli {
    use anyhow::Result;
    use clap::{Parser, Subcommand};
    use std::io::Write;
    use std::process::ExitCode;
    use uncite::load::{Loaded, load_all};
    use uncite::render::refs::{RefFormat, write_refs};

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
        Extract {
            #[arg(long, value_enum, default_value = "jsonl")]
            format: RefFormat,
            /// Files, directories (recursive, .txt/.md) or - for stdin.
            #[arg(required = true)]
            paths: Vec<String>,
        },
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
            Command::Extract { format, paths } => {
                let mut failed = false;
                let mut refs = Vec::new();
                for l in load_all(&paths) {
                    match l {
                        Loaded::Text(src) => {
                            for w in &src.warnings {
                                eprintln!("uncite: warning: {w}");
                            }
                            refs.extend(uncite::extract_document(&src.name, &src.text).references);
                        }
                        Loaded::Skipped { path, reason } => eprintln!("uncite: {path}: {reason}"),
                        Loaded::Failed(e) => {
                            eprintln!("uncite: {e}");
                            failed = true;
                        }
                    }
                }
                let stdout = std::io::stdout();
                let mut out = std::io::BufWriter::new(stdout.lock());
                write_refs(&mut out, &refs, format)?;
                out.flush()?;
                Ok(if failed {
                    ExitCode::from(2)
                } else {
                    ExitCode::SUCCESS
                })
            }
        }
    }
}
