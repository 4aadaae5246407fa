//! `uncite text FILE`: the text uncite reads in a file, so that every span
//! it reports can be checked against it.

use anyhow::{Result, bail};
use clap::Args;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use uncite::load::{Loaded, load_path};

#[derive(Args)]
pub struct TextArgs {
    /// The file (.txt, .md, .html, .pdf, .docx, ...), or - for stdin.
    file: String,
}

pub fn run(a: TextArgs) -> Result<ExitCode> {
    match load_path(Path::new(&a.file)) {
        Loaded::Text(src) => {
            for w in &src.warnings {
                super::warn(w);
            }
            let mut out = std::io::stdout().lock();
            out.write_all(src.text.as_bytes())?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Loaded::Skipped { path, reason } => bail!("{path}: {reason}"),
        Loaded::Failed(e) => bail!("{e}"),
    }
}
