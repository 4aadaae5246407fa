//! Shell conventions: completions, man pages, colour.

use anyhow::{Context, Result};
use clap::{Args, CommandFactory, ValueEnum};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use uncite::render::output;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Whether stdout gets ANSI colours: `always`, or `auto` on a terminal
    /// without NO_COLOR (https://no-color.org).
    pub fn enabled(self) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
            }
        }
    }
}

#[derive(Args)]
pub struct CompletionsArgs {
    shell: clap_complete::Shell,
}

#[derive(Args)]
pub struct ManArgs {
    /// Directory for uncite.1 and uncite-SUBCOMMAND.1; stdout (uncite.1 only) when omitted.
    #[arg(short = 'o', long = "output")]
    output: Option<PathBuf>,
}

/// The script is made in memory and then written: clap_complete panics on a
/// write error (a closed pipe, a full disk), this says what went wrong.
pub fn completions(a: CompletionsArgs) -> Result<ExitCode> {
    let mut cmd = super::Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(a.shell, &mut cmd, "uncite", &mut buf);
    output::write_stdout(&buf)?;
    Ok(ExitCode::SUCCESS)
}

pub fn man(a: ManArgs) -> Result<ExitCode> {
    let cmd = super::Cli::command();
    match a.output {
        None => {
            let mut buf = Vec::new();
            clap_mangen::Man::new(cmd).render(&mut buf)?;
            output::write_stdout(&buf)?;
        }
        Some(dir) => {
            std::fs::create_dir_all(&dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
            let mut pages = vec![("uncite".to_string(), cmd.clone())];
            for sub in cmd.get_subcommands() {
                let name = format!("uncite-{}", sub.get_name());
                pages.push((name.clone(), sub.clone().name(name)));
            }
            for (name, page) in pages {
                let mut buf = Vec::new();
                clap_mangen::Man::new(page).render(&mut buf)?;
                output::write(
                    &dir.join(format!("{name}.1")),
                    &output::Inputs::none(),
                    &buf,
                )?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
