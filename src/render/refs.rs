//! `extract` output: jsonl (the contract), json, tsv, text.

use crate::resolve::Reference;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum RefFormat {
    Jsonl,
    Json,
    Tsv,
    Text,
}

/// Exactly the fields of REFERENCE-IDS.md, in its order.
#[derive(Serialize)]
struct ContractLine<'a> {
    file: &'a str,
    source: String,
    target: String,
    kind: &'a str,
    relation: &'a str,
    text: &'a str,
    start: usize,
    end: usize,
    line: usize,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    anaphora: bool,
}

fn contract(r: &Reference) -> ContractLine<'_> {
    ContractLine {
        file: &r.file,
        source: r.source.to_string(),
        target: r.target.to_string(),
        kind: r.kind.as_str(),
        relation: r.relation.as_str(),
        text: &r.text,
        start: r.start,
        end: r.end,
        line: r.line,
        anaphora: r.anaphora,
    }
}

/// Text for one line of tsv/text output: tabs and newlines made visible.
fn one_line(s: &str) -> String {
    s.replace(['\n', '\r', '\t'], " ")
}

/// ANSI colour of a target kind in coloured text output.
pub fn kind_colour(kind: crate::Kind) -> &'static str {
    use crate::Kind::*;
    match kind {
        Resolution => "\x1b[34m",
        Decision => "\x1b[32m",
        Article => "\x1b[33m",
        Chapter => "\x1b[31m",
        Document => "\x1b[35m",
        Session => "\x1b[36m",
        File => "\x1b[37m",
    }
}

/// One document's references rendered on a worker thread, ready for
/// [`RefStream::write`].
pub struct Rendered {
    bytes: Vec<u8>,
    count: usize,
}

/// Renders references without the stream's framing (TSV header, JSON array
/// brackets), so documents can be rendered in parallel and written in order.
pub fn render(refs: &[Reference], format: RefFormat, colour: bool) -> Rendered {
    let mut out = Vec::with_capacity(refs.len() * 256);
    render_into(&mut out, refs, format, colour).expect("writing to memory");
    Rendered {
        bytes: out,
        count: refs.len(),
    }
}

fn render_into(
    out: &mut Vec<u8>,
    refs: &[Reference],
    format: RefFormat,
    colour: bool,
) -> io::Result<()> {
    match format {
        RefFormat::Jsonl => {
            for r in refs {
                serde_json::to_writer(&mut *out, &contract(r))?;
                out.push(b'\n');
            }
        }
        RefFormat::Json => {
            // Each element as the pretty printer writes it inside an array:
            // indented one level, separated by ",\n". JSON strings hold no
            // raw newline, so indenting line by line is exact.
            for (k, r) in refs.iter().enumerate() {
                if k > 0 {
                    out.extend_from_slice(b",\n");
                }
                let one = serde_json::to_vec_pretty(r)?;
                for (j, line) in one.split(|&b| b == b'\n').enumerate() {
                    if j > 0 {
                        out.push(b'\n');
                    }
                    out.extend_from_slice(b"  ");
                    out.extend_from_slice(line);
                }
            }
        }
        RefFormat::Tsv => {
            for r in refs {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    one_line(&r.file),
                    r.line,
                    r.start,
                    r.end,
                    r.source,
                    r.target,
                    r.kind,
                    r.relation,
                    one_line(&r.text)
                )?;
            }
        }
        RefFormat::Text => {
            for r in refs {
                let (on, off) = if colour {
                    (kind_colour(r.kind), "\x1b[0m")
                } else {
                    ("", "")
                };
                writeln!(
                    out,
                    "{}:{}: {on}{}{off} ({}) \"{}\"",
                    r.file,
                    r.line,
                    r.target,
                    r.relation,
                    one_line(&r.text)
                )?;
            }
        }
    }
    Ok(())
}

/// Writes rendered documents in order with the format's framing: the TSV
/// header first, JSON's array brackets and separators between documents.
pub struct RefStream<W: Write> {
    out: W,
    format: RefFormat,
    written: usize,
}

impl<W: Write> RefStream<W> {
    pub fn new(mut out: W, format: RefFormat) -> io::Result<Self> {
        if format == RefFormat::Tsv {
            writeln!(
                out,
                "file\tline\tstart\tend\tsource\ttarget\tkind\trelation\ttext"
            )?;
        }
        Ok(RefStream {
            out,
            format,
            written: 0,
        })
    }

    pub fn write(&mut self, r: &Rendered) -> io::Result<()> {
        if r.count == 0 {
            return Ok(());
        }
        if self.format == RefFormat::Json {
            self.out
                .write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
        }
        self.out.write_all(&r.bytes)?;
        self.written += r.count;
        Ok(())
    }

    /// Closes the framing and flushes; returns the number of references.
    pub fn finish(mut self) -> io::Result<usize> {
        if self.format == RefFormat::Json {
            self.out
                .write_all(if self.written == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()?;
        Ok(self.written)
    }
}

/// All of `refs` in one go (a stream of one document).
pub fn write_refs<W: Write>(out: &mut W, refs: &[Reference], format: RefFormat) -> io::Result<()> {
    let mut s = RefStream::new(out, format)?;
    s.write(&render(refs, format, false))?;
    s.finish()?;
    Ok(())
}
