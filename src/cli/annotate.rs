//! `uncite annotate`: one document with every reference highlighted and linked.

use anyhow::{Result, bail};
use clap::{Args, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;
use uncite::render::html::{PageLinks, annotate_html_with, annotate_markdown};
use uncite::render::output;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum AnnotateFormat {
    /// One self-contained page: inline CSS, no network.
    Html,
    Markdown,
}

#[derive(Args)]
pub struct AnnotateArgs {
    /// The document (.txt, .md, .html, .pdf, .docx, any text file), or - for stdin.
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
    #[arg(long, value_name = "URL", value_parser = site_base)]
    site_base: Option<String>,
}

/// `--site-base`: an http(s) URL or a relative path, nothing a link could
/// run (`javascript:`, `data:`) or break out of (quotes, spaces, brackets).
fn site_base(s: &str) -> Result<String, String> {
    if let Some(c) = s
        .chars()
        .find(|c| c.is_control() || c.is_whitespace() || "\"'<>()`\\".contains(*c))
    {
        return Err(format!("{:?} is not allowed in a URL prefix", c));
    }
    match uncite::render::html::url_scheme(s) {
        None => Ok(s.to_string()),
        Some(scheme)
            if scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https") =>
        {
            Ok(s.to_string())
        }
        Some(scheme) => Err(format!(
            "`{scheme}:` links are not allowed: give an http(s) URL or a relative path"
        )),
    }
}

pub fn run(a: AnnotateArgs) -> Result<ExitCode> {
    let ins = output::Inputs::of(std::slice::from_ref(&a.file));
    if let Some(p) = &a.output {
        output::resolve(p, &ins)?;
    }
    let corpus = super::load_corpus(std::slice::from_ref(&a.file))?;
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
                lang: d.layout.header.lang,
                ..PageLinks::default()
            },
        ),
        AnnotateFormat::Markdown => {
            annotate_markdown(&title, &entry.text, &d.references, base.as_deref())
        }
    };
    output::emit(a.output.as_deref(), &ins, out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
