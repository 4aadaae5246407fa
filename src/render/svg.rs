//! SVG by piping DOT through Graphviz `dot -Tsvg`.

use std::io::Write;
use std::process::{Command, Stdio};

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SvgError {
    #[error(
        "SVG output needs Graphviz: `dot` was not found on PATH; install graphviz \
         (e.g. `apt-get install graphviz` or `brew install graphviz`) or use --format dot"
    )]
    NoGraphviz,
    #[error("running graphviz `dot`: {0}")]
    Io(#[from] std::io::Error),
    #[error("graphviz `dot` failed ({status}): {stderr}")]
    Failed { status: String, stderr: String },
}

/// True when Graphviz `dot` can be run.
pub fn graphviz_available() -> bool {
    Command::new("dot")
        .arg("-V")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Lays out `dot` source with Graphviz and returns the SVG.
pub fn dot_to_svg(dot: &str) -> Result<String, SvgError> {
    let mut child = match Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(SvgError::NoGraphviz),
        Err(e) => return Err(e.into()),
    };
    // Write from a thread so a large SVG filling stdout cannot deadlock us.
    let mut stdin = child.stdin.take().expect("piped stdin");
    let input = dot.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output()?;
    writer
        .join()
        .map_err(|_| std::io::Error::other("writer thread panicked"))??;
    if !out.status.success() {
        return Err(SvgError::Failed {
            status: out.status.to_string(),
            stderr: String::from_utf8_lossy(&out.stderr).trim().to_string(),
        });
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
