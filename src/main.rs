//! `uncite`: a thin binary over the library; see `cli`.

use std::process::ExitCode;

mod cli;

/// glibc malloc was ~12% of `extract`'s cycles (many small, short-lived
/// strings per reference); mimalloc's thread-local free lists cost far less.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    cli::run()
}
