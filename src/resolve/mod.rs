//! Turns mentions into references: who issued "its resolution", whose
//! "eighth session" it is, which unit the mention stands in (its source), and
//! which verb governs it (its relation).
//!
//! [`Resolver::resolve`] walks the mentions of a document in order, and asks
//! of each one question a file:
//!
//! - [`relation`]: which verb governs it ("Recalling its resolution 6/2" is
//!   `recalls`), from the cues `cue` finds with the table of `names::verbs`;
//! - [`foreign`]: whether a resolution is of a body we have no code for (then
//!   it is dropped);
//! - [`source`]: which unit it stands in;
//! - [`issuer`]: whose resolution "its resolution 6/2" is, with [`subject`]:
//!   which body a sentence or paragraph is about;
//! - [`anaphora`]: what "that resolution", "both decisions" stand for;
//! - [`instrument`]: which article "paragraph 2 of that article" is of;
//! - [`session`]: whose "eighth session" it is.
//!
//! [`bodies`] finds the body names of the text as they are asked for, and
//! [`lines`] counts the lines of the original.

use crate::id::{Id, Kind};
use crate::model::{Item, Mention, Raw, Reference, Relation};
use crate::names::{Body, Instrument};
use crate::normalise::Clean;
use crate::segment::Layout;
use crate::static_re;
use crate::text::{Blocks, SentenceAround};

mod anaphora;
mod bodies;
mod cue;
mod foreign;
mod infinitive;
mod instrument;
mod issuer;
mod lines;
mod relation;
mod session;
mod source;
mod subject;
mod timing;

static_re!(
    /// Between a fronted "By its resolution 58/4" and its subject: an optional
    /// date, a comma, an article.
    FRONTED_GAP,
    r"^(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\s*,?\s*(?:\d{1,3}\s+)?(?:[Tt]he\s+)?$"
);

static_re!(
    /// "In its resolution 12/1, adopted at its twelfth session in October
    /// 2024, the Conference": a participle phrase between a fronted
    /// resolution and its subject.
    FRONTED_PARTICIPLE,
    r"^\s*,\s*(?:adopted|held|taken|approved)\s[^,;.]{1,80},\s*(?:[Tt]he\s+)?$"
);

/// Whether `s` has at most `n` words: counting stops after `n + 1`.
fn at_most_words(s: &str, n: usize) -> bool {
    s.split_whitespace().nth(n).is_none()
}

/// Per-document context for resolution.
pub struct Resolver<'a> {
    pub file: &'a str,
    file_arc: std::sync::Arc<str>,
    pub original: &'a str,
    pub clean: &'a Clean,
    pub layout: &'a Layout,
    pub doc_id: Id,
    /// Start of each chunk the text is scanned for body names in, and the
    /// names found in it once asked for (see `bodies::BODY_CHUNK`).
    body_chunks: Vec<usize>,
    chunk_bodies: Vec<std::cell::OnceCell<Vec<crate::model::BodyMention>>>,
    /// Where each "Group" of the text is, for [`Self::last_group_before`],
    /// found when first needed.
    group_words: std::cell::OnceCell<Vec<usize>>,
    /// Whether the original has a `\r` (a line break of its own unless a
    /// `\n` follows), and the last position whose line was asked for, with
    /// that line (see [`Self::line_of_original`]).
    has_cr: bool,
    last_line: std::cell::Cell<(usize, usize)>,
    /// The text's blocks and sentences, built once by the caller.
    blocks: &'a Blocks<'a>,
    /// The cues of the sentence resolved last (see `relation::CueCache`).
    cues: std::cell::RefCell<relation::CueCache>,
    /// The conventions the text names, found when first needed.
    conventions: std::cell::OnceCell<Vec<instrument::ConventionName>>,
}

/// What resolution remembers from one mention of a document to the next.
#[derive(Default)]
struct Memory {
    /// The previous mention (not a session), for coordination: "recalled
    /// resolution 3/1, which ..., and resolution 4/1".
    previous: Option<relation::Previous>,
    /// The last article named: its number, instrument and where its mention
    /// starts, for "paragraph 2 of that article".
    last_article: Option<(u16, Instrument, usize)>,
    /// The body of the last session named and the start of its paragraph.
    last_session: Option<(Body, usize)>,
    /// The body of the last session named and the end of its mention.
    prev_session: Option<(Body, usize)>,
    /// Resolutions and decisions named so far (not via anaphora), for "that
    /// resolution": the index in `out` of each one's reference (its target
    /// is the unit), and where its mention starts.
    recent_units: Vec<(usize, usize)>,
    /// The issuer and end of the last resolution or decision named, for "its
    /// resolution 1/5, adopted at its first session".
    last_unit: Option<(Body, usize)>,
}

/// What one item of a mention names, with the pinpoint and title the text
/// gives it.
struct Target {
    id: Id,
    pinpoint: Option<String>,
    title: Option<String>,
    date: Option<String>,
}

impl From<Id> for Target {
    fn from(id: Id) -> Self {
        Target {
            id,
            pinpoint: None,
            title: None,
            date: None,
        }
    }
}

/// The kind of what `raw` names.
fn kind_of(raw: &Raw) -> Kind {
    match raw {
        Raw::Resolution { decision: true, .. } => Kind::Decision,
        Raw::Resolution { .. } => Kind::Resolution,
        Raw::Article { .. } => Kind::Article,
        Raw::Chapter { .. } => Kind::Chapter,
        Raw::Document { .. } => Kind::Document,
        Raw::Session { .. } => Kind::Session,
        Raw::Anaphor { decision: true, .. } => Kind::Decision,
        Raw::Anaphor { .. } => Kind::Resolution,
    }
}

impl<'a> Resolver<'a> {
    pub fn new(
        file: &'a str,
        original: &'a str,
        clean: &'a Clean,
        layout: &'a Layout,
        blocks: &'a Blocks<'a>,
        doc_id: Id,
    ) -> Self {
        let body_chunks = bodies::body_chunk_starts(&clean.text);
        let chunk_bodies = body_chunks.iter().map(|_| Default::default()).collect();
        Resolver {
            file,
            file_arc: file.into(),
            original,
            clean,
            layout,
            doc_id,
            body_chunks,
            chunk_bodies,
            group_words: Default::default(),
            has_cr: memchr::memchr(b'\r', original.as_bytes()).is_some(),
            last_line: std::cell::Cell::new((0, 1)),
            blocks,
            cues: std::cell::RefCell::new(relation::CueCache::new()),
            conventions: Default::default(),
        }
    }

    /// Resolves every mention of the document into references, in order.
    pub fn resolve(&self, mentions: &[Mention]) -> Vec<Reference> {
        let mut out: Vec<Reference> = Vec::new();
        let mut memory = Memory::default();
        for m in mentions {
            self.resolve_mention(m, &mut memory, &mut out);
        }
        out.sort_by_key(|r| r.start);
        out
    }

    /// Appends the references of mention `m` to `out`: its relation, unless
    /// it is a resolution of a body we have no code for; its source; its
    /// antecedents if it is an anaphor; then a reference per item.
    fn resolve_mention(&self, m: &Mention, memory: &mut Memory, out: &mut Vec<Reference>) {
        let Some(first) = m.items.first() else {
            return;
        };
        // A running header is skipped (the symbol's, and a title repeated
        // on a page's head); a list that runs across one (a page break
        // inside it, see `recognise_across`) is not.
        if self.layout.skipped(m.start, first.end) || self.blocks.in_running_title(m.start) {
            return;
        }
        let (_, _, ss) = self.sentence_around(m.start);
        let relation = self.mention_relation(m, kind_of(&first.raw), ss, &mut memory.previous);
        let resolution = matches!(first.raw, Raw::Resolution { .. });
        if resolution && self.issued_by_foreign_body(m) {
            return;
        }
        let source = self.source_at(m.start);
        let issuer = resolution.then(|| self.issuer(m, &first.raw));
        if let Raw::Anaphor { decision, count } = first.raw {
            // "In both resolutions": one reference per antecedent.
            let Some(found) =
                anaphora::antecedents(m.start, decision, count, &memory.recent_units, out)
            else {
                return;
            };
            for id in found {
                let r = self.reference(source, id.into(), relation, (m.start, m.end), true);
                out.push(r);
            }
        }
        // This mention's own references start here: a target it names
        // twice is one reference.
        let own_from = out.len();
        for item in &m.items {
            let Some(target) = self.target(m, item, issuer, memory) else {
                continue;
            };
            if out[own_from..].iter().any(|r| r.target == target.id) {
                continue;
            }
            if let Id::Resolution { issuer, .. } | Id::Decision { issuer, .. } = &target.id {
                memory.recent_units.push((out.len(), m.start));
                memory.last_unit = Some((*issuer, m.end));
            }
            let span = &self.text()[item.start..item.end];
            let lead = span.len() - span.trim_start().len();
            let trail = span.len() - span.trim_end().len();
            let span = (item.start + lead, item.end - trail);
            out.push(self.reference(source, target, relation, span, false));
        }
    }

    /// What `item` of mention `m` names (`issuer` is the mention's, for a
    /// resolution); `None` when it names nothing of its own: the document's
    /// own symbol, an anaphor (resolved for the whole mention), an article
    /// or session whose owner is not found.
    fn target(
        &self,
        m: &Mention,
        item: &Item,
        issuer: Option<Body>,
        memory: &mut Memory,
    ) -> Option<Target> {
        let id = match &item.raw {
            Raw::Resolution {
                decision,
                number,
                pinpoint,
                title,
                date,
            } => {
                let issuer = self.item_issuer(m, &item.raw, issuer);
                let number = number.clone();
                let id = if *decision {
                    Id::Decision { issuer, number }
                } else {
                    Id::Resolution { issuer, number }
                };
                return Some(Target {
                    id,
                    pinpoint: pinpoint.clone(),
                    title: title.clone(),
                    date: date.clone(),
                });
            }
            Raw::Article {
                instrument,
                article,
                ..
            } => {
                let convention = match article {
                    Some(_) => {
                        let c = self.convention_at(m, *instrument);
                        if c.is_none() {
                            // "paragraph 2 of that article" is then of another treaty too.
                            memory.last_article = None;
                            return None;
                        }
                        c
                    }
                    None => None,
                };
                instrument::article_id(m.start, &item.raw, convention, &mut memory.last_article)?
            }
            Raw::Chapter {
                instrument,
                chapter,
            } => Id::Chapter {
                instrument: self.convention_at(m, *instrument)?,
                chapter: *chapter,
            },
            // A document's own symbol (in its header, its footer) cites nothing.
            Raw::Document { symbol }
                if Some(symbol.as_str()) == self.layout.header.symbol.as_deref() =>
            {
                return None;
            }
            Raw::Document { symbol } => Id::Document {
                symbol: symbol.clone(),
            },
            Raw::Anaphor { .. } => return None,
            Raw::Session { number, meeting } => self.session_id(m, number, *meeting, memory)?,
        };
        Some(id.into())
    }

    /// The reference from `source` to `target` at clean span `span`.
    fn reference(
        &self,
        source: &Id,
        target: Target,
        relation: Relation,
        span: (usize, usize),
        anaphora: bool,
    ) -> Reference {
        let (a, b) = self.clean.to_original(span.0, span.1);
        Reference {
            file: self.file_arc.clone(),
            source: source.clone(),
            kind: target.id.kind(),
            target: target.id,
            relation,
            text: self.original[a..b].to_string(),
            start: a,
            end: b,
            line: self.line_of_original(a),
            page: None,
            anaphora,
            pinpoint: target.pinpoint,
            title: target.title,
            date: target.date,
        }
    }

    /// The clean text.
    fn text(&self) -> &str {
        &self.clean.text
    }

    /// The block around `pos` and where its sentence starts: `(ls, le, ss)`.
    fn sentence_around(&self, pos: usize) -> SentenceAround {
        self.blocks.sentence_around(pos)
    }

    /// The block (a line, or lines a page break bridges) around `pos`.
    fn line_bounds(&self, pos: usize) -> (usize, usize) {
        self.blocks.around(pos)
    }

    /// Which convention the article or chapter mention `m` is of, the
    /// recogniser having read `read` (see [`instrument::convention_of`]).
    fn convention_at(&self, m: &Mention, read: Instrument) -> Option<Instrument> {
        let names = self
            .conventions
            .get_or_init(|| instrument::convention_names(self.text()));
        let own_words = instrument::names_its_instrument(&self.text()[m.start..m.end]);
        let conference = self.conference_document();
        let scope = if conference {
            self.sentence_around(m.start).2
        } else {
            self.line_bounds(m.start).0
        };
        instrument::convention_of(names, (scope, m.start), read, own_words, conference)
    }

    /// Whether the document is the Conference's or one of its subsidiary
    /// bodies' (its header names one, or none): there "the Convention" is
    /// the Convention against Corruption by default.
    fn conference_document(&self) -> bool {
        self.header_body()
            .symbol_prefix()
            .is_some_and(|p| p.starts_with("CAC/COSP/"))
    }

    /// The body the document is for, from its header; the Conference when the header names none.
    pub(super) fn header_body(&self) -> Body {
        self.layout.header.body.unwrap_or(Body::Cosp)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_most_words_counts() {
        for s in ["", " ", "a", "a b", " a\tb\u{a0}c ", "a b c d e f"] {
            for n in 0..8 {
                assert_eq!(
                    at_most_words(s, n),
                    s.split_whitespace().count() <= n,
                    "{s:?} {n}"
                );
            }
        }
    }
}
