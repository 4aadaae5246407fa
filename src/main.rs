//! `uncite`: a thin binary over the library; see `cli`.

use std::process::ExitCode;

mod cli;

fn main() -> ExitCode {
    cli::run()
}
