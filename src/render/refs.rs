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

pub fn write_refs<W: Write>(out: &mut W, refs: &[Reference], format: RefFormat) -> io::Result<()> {
    match format {
        RefFormat::Jsonl => {
            for r in refs {
                serde_json::to_writer(&mut *out, &contract(r))?;
                out.write_all(b"\n")?;
            }
        }
        RefFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, refs)?;
            out.write_all(b"\n")?;
        }
        RefFormat::Tsv => {
            writeln!(
                out,
                "file\tline\tstart\tend\tsource\ttarget\tkind\trelation\ttext"
            )?;
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
                writeln!(
                    out,
                    "{}:{}: {} ({}) \"{}\"",
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
