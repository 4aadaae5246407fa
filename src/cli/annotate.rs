//! `uncite annotate`: one document with every reference highlighted and linked.

use anyhow::{Context, Result, bail};
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use uncite::Corpus;
use uncite::render::html::{PageLinks, annotate_html_with, annotate_markdown};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum AnnotateFormat {
    /// One self-contained page: inline CSS, no network.
    Html,
    Markdown,
}

#[derive(Args)]
pub struct AnnotateArgs {
    /// The document (.txt, .md, any text file), or - for stdin.
    file: String,
    #[arg(long, value_enum, default_value = "html")]
    format: AnnotateFormat,
    /// Write to FILE instead of stdout.
    #[arg(short = 'o', long = "output")]
    output: Option<PathBuf>,
    /// Link resolutions, articles, chapters and sessions to node pages under
    /// this prefix (the `node/` folder of `uncite site`, e.g. `site/node/` or
    /// `https://example.org/uncite/node/`); otherwise to the side list.
    /// Document symbols always link to https://undocs.org/en/SYMBOL.
    #[arg(long, value_name = "URL")]
    site_base: Option<String>,
}

pub fn run(a: AnnotateArgs) -> Result<ExitCode> {
    let corpus = Corpus::load(std::slice::from_ref(&a.file))?;
    for w in &corpus.warnings {
        eprintln!("uncite: warning: {w}");
    }
    let [entry] = corpus.entries.as_slice() else {
        bail!(
            "annotate takes one document; {} holds {} (use `uncite site` for many)",
            a.file,
            corpus.entries.len()
        );
    };
    let d = &entry.document;
    let title = d
        .layout
        .header
        .title
        .as_deref()
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|| d.name.clone());
    let base = a.site_base.as_deref().map(|b| {
        if b.ends_with('/') {
            b.to_string()
        } else {
            format!("{b}/")
        }
    });
    let out = match a.format {
        AnnotateFormat::Html => annotate_html_with(
            &title,
            &entry.text,
            &d.references,
            PageLinks {
                node_base: base.as_deref(),
                ..PageLinks::default()
            },
        ),
        AnnotateFormat::Markdown => {
            annotate_markdown(&title, &entry.text, &d.references, base.as_deref())
        }
    };
    match &a.output {
        Some(p) => std::fs::write(p, out).with_context(|| format!("writing {}", p.display()))?,
        None => {
            let mut o = std::io::stdout().lock();
            o.write_all(out.as_bytes())?;
            o.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
