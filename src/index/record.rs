//! A document's record in the index, written by `write` and read back by
//! `read`: its file's size and mtime, its layout and its references.
//! Both sides import this; neither imports the other's internals.

use super::codec::{Corrupt, Dec, Enc, R};
use crate::document::Document;
use crate::id::Kind;
use crate::model::Reference;
use crate::segment::{Header, Layout, Unit};
use std::time::{Duration, UNIX_EPOCH};

/// A file of the corpus as indexed: its name (as given), size and mtime.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FileMeta {
    pub(crate) name: String,
    pub(crate) size: u64,
    pub(crate) mtime: (u64, u32),
    /// The decoded text is the file's bytes (valid UTF-8): evidence spans
    /// can be read back from the file directly.
    pub(crate) exact: bool,
    /// A hash of the decoded text (`corpus::text_key`): a copy of another
    /// file is read once, as from the files.
    pub(crate) text_hash: u64,
}

pub(crate) fn mtime_of(m: &std::fs::Metadata) -> (u64, u32) {
    let d = m
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .unwrap_or(Duration::ZERO);
    (d.as_secs(), d.subsec_nanos())
}

pub(crate) fn encode_doc(enc: &mut Enc<'_>, d: &Document) {
    enc.id(&d.id);
    let h = &d.layout.header;
    enc.opt_body(h.body);
    enc.opt_body(h.meeting_body);
    enc.opt_str(h.symbol.as_deref());
    enc.opt_str(h.date.as_deref());
    enc.opt_str(h.title.as_deref());
    enc.opt_id(h.session.as_ref());
    enc.opt_str(h.lang.map(crate::names::Lang::code));
    enc.u(d.layout.units.len() as u64);
    for u in &d.layout.units {
        enc.id(&u.id);
        enc.opt_str(u.title.as_deref());
    }
    enc.u(d.layout.toc.len() as u64);
    for (number, decision, title) in &d.layout.toc {
        enc.str(number);
        enc.byte(*decision as u8);
        enc.str(title);
    }
    enc.u(d.layout.annex_docs.len() as u64);
    for (symbol, title) in &d.layout.annex_docs {
        enc.str(symbol);
        enc.str(title);
    }
    enc.u(d.references.len() as u64);
    for r in &d.references {
        enc.id(&r.source);
        enc.id(&r.target);
        enc.str(r.kind.as_str());
        enc.relation(r.relation);
        enc.str(&r.text);
        enc.u(r.start as u64);
        enc.u(r.end as u64);
        enc.u(r.line as u64);
        enc.u(r.page.map_or(0, u64::from));
        enc.byte(r.anaphora as u8);
        enc.opt_str(r.pinpoint.as_deref());
        enc.opt_str(r.title.as_deref());
        enc.opt_str(r.date.as_deref());
    }
}

/// The document a record describes, as far as the graph needs it (unit
/// spans, footnotes and skip spans are not kept).
pub(crate) fn decode_doc(dec: &mut Dec<'_>, name: &str) -> R<Document> {
    let id = dec.id()?;
    let header = Header {
        body: dec.opt_body()?,
        meeting_body: dec.opt_body()?,
        symbol: dec.opt_string()?,
        date: dec.opt_string()?,
        title: dec.opt_string()?,
        session: dec.opt_id()?,
        lang: dec
            .opt_string()?
            .map(|c| crate::names::Lang::from_code(&c).ok_or(Corrupt))
            .transpose()?,
        // Only resolution needs these, and the references are resolved already.
        foreign_subject: false,
        opener: None,
    };
    let mut layout = Layout {
        header,
        ..Layout::default()
    };
    for _ in 0..dec.usize()? {
        layout.units.push(Unit {
            id: dec.id()?,
            title: dec.opt_string()?,
            start: 0,
            end: 0,
            heading: (0, 0),
        });
    }
    for _ in 0..dec.usize()? {
        let number = dec.str()?.to_string();
        let decision = dec.byte()? != 0;
        layout.toc.push((number, decision, dec.str()?.to_string()));
    }
    for _ in 0..dec.usize()? {
        let symbol = dec.str()?.to_string();
        layout.annex_docs.push((symbol, dec.str()?.to_string()));
    }
    let n = dec.usize()?;
    let mut references = Vec::with_capacity(n.min(1 << 20));
    for _ in 0..n {
        references.push(Reference {
            file: name.into(),
            source: dec.id()?,
            target: dec.id()?,
            kind: dec.str()?.parse::<Kind>().map_err(|_| Corrupt)?,
            relation: dec.relation()?,
            text: dec.str()?.to_string(),
            start: dec.usize()?,
            end: dec.usize()?,
            line: dec.usize()?,
            page: u32::try_from(dec.usize()?).ok().filter(|&p| p > 0),
            anaphora: dec.byte()? != 0,
            pinpoint: dec.opt_string()?,
            title: dec.opt_string()?,
            date: dec.opt_string()?,
        });
    }
    Ok(Document {
        name: name.to_string(),
        id,
        layout,
        references,
    })
}
