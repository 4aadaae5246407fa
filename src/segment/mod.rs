//! The layout of a document: its header (body, symbol, date, session, title),
//! the resolutions and decisions whose text it contains (with extents: the
//! source of every mention inside them), the table of contents, the annex list
//! of documents (symbol -> title) and footnotes with their call sites.
//!
//! Works on the clean view; offsets are clean offsets. Runs before the
//! recogniser and takes what it knows of names (bodies, symbols, ordinals,
//! resolution numbers) from `names`: [`header`] reads the masthead,
//! [`units`] the resolutions and decisions, [`toc`] the table of contents and
//! the annex list, [`footnotes`] the footnotes and their calls.

use crate::id::Id;
use crate::names::Body;
use crate::normalise::Clean;
pub use crate::text::Footnote;

mod footnotes;
mod header;
mod lines;
mod speakers;
mod toc;
mod units;

pub use footnotes::clean_offset;
pub use speakers::Speaker;

#[derive(Debug, Clone, Default)]
pub struct Header {
    /// The body whose text this is ("its" = this body).
    pub body: Option<Body>,
    /// A subsidiary body whose meeting the document is for (the working group
    /// a background paper is for): the default owner of unqualified "meetings".
    pub meeting_body: Option<Body>,
    pub symbol: Option<String>,
    pub date: Option<String>,
    pub title: Option<String>,
    pub session: Option<Id>,
    /// The text is that of a body we have no code for: its preamble opens
    /// "The Commission on Crime Prevention and Criminal Justice,". Its own
    /// resolutions and sessions ("its resolution 33/4") are not ours.
    pub foreign_subject: bool,
    /// The body whose opening formula opens the text ("The General
    /// Assembly,"): the implicit subject of its preambular and operative
    /// paragraphs ("Recalling its resolutions ...").
    pub opener: Option<Body>,
    /// The language the text is written in (`names::lang::detect`).
    pub lang: Option<crate::names::Lang>,
}

/// A resolution or decision whose text stands in the document.
#[derive(Debug, Clone)]
pub struct Unit {
    pub id: Id,
    pub title: Option<String>,
    /// Clean offsets of the whole text, heading included.
    pub start: usize,
    pub end: usize,
    /// Clean offsets of the heading line ("Resolution 7/1").
    pub heading: (usize, usize),
}

#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub header: Header,
    pub units: Vec<Unit>,
    /// Spans where another body than the document's speaks: a draft of
    /// the Assembly's carried by a Conference report ([`speakers`]).
    pub speakers: Vec<Speaker>,
    /// Table-of-contents entries: (number "7/1", is_decision, title).
    pub toc: Vec<(String, bool, String)>,
    /// The annex list of documents: symbol -> title.
    pub annex_docs: Vec<(String, String)>,
    pub footnotes: Vec<Footnote>,
    /// Clean spans that are not references: unit headings and titles, TOC
    /// lines, running headers repeating the document's own symbol.
    pub skip: Vec<(usize, usize)>,
}

impl Layout {
    /// The body that speaks at clean offset `pos`, where it is not the
    /// document's own (see [`Self::speakers`]).
    pub fn speaker_at(&self, pos: usize) -> Option<Body> {
        let k = self.speakers.partition_point(|s| s.start <= pos);
        self.speakers[..k]
            .last()
            .filter(|s| pos < s.end)
            .map(|s| s.body)
    }

    /// The innermost unit containing clean offset `pos`.
    pub fn unit_at(&self, pos: usize) -> Option<&Unit> {
        self.units
            .iter()
            .filter(|u| u.start <= pos && pos < u.end)
            .min_by_key(|u| u.end - u.start)
    }

    /// `skip` is sorted by start and its spans are whole lines that do not
    /// overlap, so a binary search finds the only candidate.
    pub fn skipped(&self, start: usize, end: usize) -> bool {
        let k = self.skip.partition_point(|&(a, _)| a < end);
        k > 0 && self.skip[k - 1].1 > start
    }

    /// The footnote whose line contains `pos` (footnotes are in text order).
    pub fn footnote_at(&self, pos: usize) -> Option<&Footnote> {
        crate::text::footnote_at(&self.footnotes, pos)
    }
}

/// The layout of the document whose original text is `original` and clean
/// view `clean`.
pub fn segment(original: &str, clean: &Clean) -> Layout {
    let text = clean.text.as_str();
    let scan = lines::scan_lines(text);
    let all_lines = scan.spans;
    let mut layout = Layout {
        header: header::header(text, &all_lines),
        ..Layout::default()
    };
    // The speaker: a body of ours that opens the text speaks in it ("its
    // resolution 33/4" in "The Commission on Crime Prevention and Criminal
    // Justice, ... Recalling its resolution 33/4" is the Commission's); a
    // body we have no code for makes the text foreign.
    match header::opener(text, &all_lines) {
        Some(Ok(body)) => {
            layout.header.body = Some(body);
            layout.header.opener = Some(body);
            // "Thirty-fourth session" under an "Economic and Social
            // Council" masthead is the Commission's, whose text this is.
            if let Some(Id::Session { body: b, .. }) = &mut layout.header.session
                && body.facts().sessions > 0
            {
                *b = body;
            }
        }
        Some(Err(())) => layout.header.foreign_subject = true,
        None => {}
    }
    // Footnotes first: a heading's title is looked for past them.
    footnotes::footnotes(original, clean, &all_lines, &mut layout);
    units::units(text, &all_lines, &mut layout);
    speakers::speakers(text, &all_lines, &mut layout);
    toc::annex_list(text, &all_lines, &scan.tabbed, &mut layout);
    units::skip_chapter_headings(text, &all_lines, &mut layout.skip);
    header::skip_running_headers(text, &all_lines, &mut layout);
    layout.skip.sort_unstable();
    layout.skip.dedup();
    layout
}
