//! Turns mentions into references: who issued "its resolution", whose
//! "eighth session" it is, which unit the mention stands in (its source), and
//! which verb governs it (its relation).

use crate::id::{Id, Kind};
use crate::model::{BodyMention, IssuerHint, Mention, Raw, Reference, Relation};
use crate::names::find_bodies;
use crate::names::{Body, BodyName};
use crate::normalise::Clean;
use crate::segment::Layout;
use crate::static_re;
use crate::text::sentence::sentence_end;
use crate::text::{Blocks, SentenceAround};

mod cue;

static_re!(
    /// Between a fronted "By its resolution 58/4" and its subject: an optional
    /// date, a comma, an article.
    FRONTED_GAP,
    r"^(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\s*,?\s*(?:[Tt]he\s+)?$"
);

static_re!(
    /// Names of bodies outside the registry: their sessions and
    /// resolutions are not ours.
    FOREIGN_BODY,
    &format!(r"\b{}\b", crate::names::FOREIGN_BODY_RE)
);

static_re!(
    /// What may stand between two objects of one verb: "and", "and to",
    /// "as well as", then a pinpoint's head ("paragraph 4 of") and an
    /// article or issuer ("its", "the").
    COORDINATED,
    r"^\s*,?\s*(?:and|or|as\s+well\s+as)\s+(?:(?:to|with|under)\s+)?(?:(?:sub)?paragraphs?\s+\d{1,3}(?:\s*\([a-z]{1,3}\))*\s+of\s+)?(?:(?:the|its|their)\s+)?$"
);

static_re!(
    /// Between a resolution and the session that adopted it: "its
    /// resolution 1/5, adopted at its first session" is the issuer's session.
    ADOPTED_AT_ITS,
    r"^(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\s*,?\s*(?:(?:which|that)\s+it\s+)?(?:was\s+)?(?:adopted|held|taken|approved)\s+at\s+its\s*$"
);

static_re!(NUMBERED_PARAGRAPH, r"^\d{1,3}\.\s");

static_re!(
    /// Words that open a relative clause: a verb before them does not govern
    /// what comes after ("its resolution 6/4, in which it urged ... article 46").
    /// Also a coordinated clause with a fronted frame of its own (", and in its
    /// decision 8/1, the Conference decided").
    BLOCKER,
    concat!(
        r"\b(?:which|whom|whose|whereby|wherein)\b",
        r"|,\s*and\s+(?:in|by|under)\s+(?:its|their)\s+$",
        r"|(?:Conference|Assembly|Group|Council|meeting),\s*(?:in|by)\s+(?:its|their)\s+$",
        // A new finite verb takes over the clause ("Speakers noted ... and called on").
        r"|\b(?:called\s+(?:up)?on|urged|invited|encouraged|stressed|emphasized|underlined|highlighted|expressed|reported|indicated|stated|agreed|described|presented|informed|mentioned|shared|acknowledged|commended|suggested|proposed|explained)\b"
    )
);

/// Whether `rest` closes a parenthesis opened before it.
fn closes_a_parenthesis(rest: &str) -> bool {
    let mut depth = 0usize;
    for b in memchr::memchr2_iter(b'(', b')', rest.as_bytes()).map(|k| rest.as_bytes()[k]) {
        match b {
            b'(' => depth += 1,
            b')' if depth == 0 => return true,
            b')' => depth -= 1,
            _ => {}
        }
    }
    false
}

/// Whether a clause opened in `gap` (after the cue) keeps the cue from
/// governing what follows. A relative clause closes where the main clause
/// resumes with its verb ("the second cycle, which covers chapters II and V,
/// was extended ... in its resolution 9/1").
fn blocked_by_clause(gap: &str) -> bool {
    BLOCKER.with(|re| {
        re.find_iter(gap).any(|m| {
            let relative = matches!(
                m.as_str(),
                "which" | "whom" | "whose" | "whereby" | "wherein"
            );
            !(relative && CLAUSE_RESUMES.is_match(&gap[m.end()..]))
        })
    })
}

static_re!(
    /// A noun for the session taking place, right before it: "the holding
    /// of", "the convening of its". Not "the outcome of": a verb then
    /// governs what the session produced, not the session.
    EVENT_OF,
    r"\b(?:holding|convening)\s+of\s+(?:the\s+|its\s+)?$"
);

static_re!(
    /// A comma, then the main clause's auxiliary: the relative clause before
    /// it is over.
    CLAUSE_RESUMES,
    r",\s+(?:was|were|is|are|has|have|had)\s"
);

static_re!(
    /// "by which it", "in which the Assembly", "whereby it also" right
    /// before a cue.
    RELATIVE_BEFORE_CUE,
    r"\b(?:which|whom|whereby|wherein)\s+(?:it|they|(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:also\s+|further\s+|had\s+|has\s+)?$"
);

static_re!(
    /// Right before "its ... session": "report on its", "at the second
    /// part of its", "during its".
    REPORT_ON_ITS,
    r"(?:\breports?\s+on|,\s*(?:at|during|in)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}part\s+of)\s+its\s+$"
);

static_re!(
    /// "In its resolution 12/1, adopted at its twelfth session in October
    /// 2024, the Conference": a participle phrase between a fronted
    /// resolution and its subject.
    FRONTED_PARTICIPLE,
    r"^\s*,\s*(?:adopted|held|taken|approved)\s[^,;.]{1,80},\s*(?:[Tt]he\s+)?$"
);

static_re!(
    /// "the adoption by the Conference ..., at its ninth session, of its
    /// resolution 9/2": the session aside does not part a body from its
    /// "its".
    SESSION_ASIDE,
    r",\s*(?:at|during)\s+its\s+[A-Za-z-]+\s+(?:resumed\s+)?session\s*,"
);

static_re!(
    /// A participial aside between a body and its "its": "the Implementation
    /// Review Group, established pursuant to Conference resolution 3/1, at its
    /// sixteenth session". A body named inside it is not the owner.
    PARTICIPLE_ASIDE,
    r",\s*(?:[a-z]+ed|set\s+up)\s+(?:by|pursuant\s+to|under|in\s+accordance\s+with|in)\s[^,;:.]*,"
);

static_re!(
    /// "the Group at the first and second parts of its resumed eleventh
    /// session": the parts phrase does not part a body from its "its".
    PARTS_OF,
    r"\b(?:at|during|in)\s+the\s+(?:[a-z]+\s+){0,3}parts?\s+of\s+its\s*$"
);

static_re!(
    /// Between two session mentions, a second "its" joined to the first:
    /// "on its sixth session and on its resumed sixth session".
    SESSION_CONJUNCT,
    r"^\s*,?\s*(?:and|or|as\s+well\s+as)\s+(?:(?:on|at|of|during|in|for|to)\s+)?(?:the\s+(?:[a-z]+\s+){0,3}parts?\s+of\s+)?its\s+$"
);

static_re!(
    /// A pinpoint set off by commas inside a connective's object ("rule 17,
    /// paragraph 2, of the rules of procedure").
    PINPOINT_ASIDE,
    r",\s*(?:sub)?paragraphs?\s+\d{1,3}(?:\s*\([a-z]{1,3}\))?\s*,"
);

static_re!(
    /// "... and paragraphs 12 and 13 of [General Assembly resolution
    /// 78/177]": a pinpoint list heading the mention, whose own "and" must
    /// not end a connective's reach.
    PINPOINT_HEAD,
    r"\s(?:(?:(?:operative|preambular)\s+)?(?:sub)?paragraphs?\s+\d{1,3}(?:\s*\([a-z]{1,4}\))*(?:(?:\s*,\s*|\s+and\s+|\s+to\s+)\d{1,3}(?:\s*\([a-z]{1,4}\))*)*\s+of|sections?\s+[IVX]+(?:\.[A-Z])?\s+of|(?:the\s+)?annex(?:\s+[IVX]+)?\s+to)\s+$"
);

static_re!(
    /// After a connective: a short object without punctuation, then "and"
    /// (or "or") right before the mention, with its article or possessor
    /// ("and the Conference's resolution 7/1").
    CONNECTIVE_COORDINATED,
    r"^(?:\s+[^\s,;:()]+){1,12}?\s+(?:and|or)(?:\s+(?:to|with|under))?(?:\s+(?:the|its|their))?(?:\s+[A-Z][a-z]+(?:'s|’s))?\s+$"
);

/// An anaphor ("that resolution") reaches back at most this far (bytes of
/// clean text, about two paragraphs) for its antecedent.
const ANAPHORA_WINDOW: usize = 1500;

/// `s` without parenthesised pinpoint letters ("(b)", "(iv)"), which are
/// part of a pinpoint, not an aside.
fn without_pinpoint_letters(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('(') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(k) = rest.find('(') {
        out.push_str(&rest[..k]);
        let inner = &rest[k + 1..];
        match inner.find(')') {
            Some(e)
                if (1..=4).contains(&e) && inner[..e].bytes().all(|b| b.is_ascii_lowercase()) =>
            {
                rest = &inner[e + 1..];
            }
            _ => {
                out.push('(');
                rest = inner;
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// Words after "to" that are no verb.
const NOT_VERBS: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "their",
    "this",
    "that",
    "these",
    "those",
    "article",
    "articles",
    "chapter",
    "chapters",
    "resolution",
    "resolutions",
    "decision",
    "decisions",
    "paragraph",
    "paragraphs",
    "document",
    "documents",
    "all",
    "any",
    "each",
    "both",
    "such",
    "other",
    "which",
    "be",
    "date",
    "and",
    // Object pronouns: "made to them under chapter II".
    "them",
    "it",
    "him",
    "her",
    "us",
];

/// "to implement chapter V": an infinitive between a cue and a mention
/// governs the mention itself.
fn infinitive_between(gap: &str) -> bool {
    // Only the word after each whole word "to" is looked at: splitting the
    // whole gap into words cost more than the rest of the relation.
    let apart = |c: char| !c.is_alphanumeric() && c != '-';
    gap.match_indices("to").any(|(k, _)| {
        let rest = &gap[k + 2..];
        let whole = gap[..k].chars().next_back().is_none_or(apart)
            && rest.chars().next().is_some_and(apart);
        let rest = rest.trim_start_matches(apart);
        let w = &rest[..rest.find(apart).unwrap_or(rest.len())];
        whole
            && !w.is_empty()
            && w.chars().all(|c| c.is_ascii_lowercase())
            && !NOT_VERBS.contains(&w)
            && !w.chars().all(|c| c.is_ascii_digit())
    })
}

/// [`infinitive_between`] as it was, over every word of the gap: its oracle.
#[cfg(test)]
fn infinitive_between_by_split(gap: &str, not_verbs: &[&str]) -> bool {
    let mut words = gap
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty());
    let mut prev = words.next();
    words.any(|w| {
        let after_to = prev == Some("to");
        prev = Some(w);
        after_to
            && w.chars().all(|c| c.is_ascii_lowercase())
            && !not_verbs.contains(&w)
            && !w.chars().all(|c| c.is_ascii_digit())
    })
}

/// Whether `s` has at most `n` words: counting stops after `n + 1`.
fn at_most_words(s: &str, n: usize) -> bool {
    s.split_whitespace().nth(n).is_none()
}

/// A cue found in the text: its span and the relation its words stand for.
#[derive(Clone, Copy)]
struct Cue {
    start: usize,
    end: usize,
    relation: Relation,
}

/// Body names are looked for a chunk of text at a time, when resolution
/// first asks about that stretch: most of a document is never asked about
/// (about a tenth of the generated 100 MB corpus is), and scanning all of it
/// for body names cost more than the rest of resolution. Chunks are at least
/// this long.
const BODY_CHUNK: usize = 256;

/// Where the chunks of [`BODY_CHUNK`] start: just after the first `.`, `,`
/// or `;` at least `BODY_CHUNK` into the chunk before. No body name contains
/// these bytes, nor does any word names are told apart by ("the Group",
/// "Conference on"), and they are not word characters for `\b`: cut right
/// after one, a text splits no name, and every name keeps what
/// `find_bodies` sees around it (a non-word character at the cut). They are
/// also common enough to be found soon with `memchr3`.
fn body_chunk_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut out = vec![0];
    let mut p = BODY_CHUNK;
    while p < bytes.len() {
        let Some(k) = memchr::memchr3(b'.', b',', b';', &bytes[p..]) else {
            break;
        };
        let start = p + k + 1;
        if start < bytes.len() {
            out.push(start);
        }
        p = start + BODY_CHUNK;
    }
    out
}

/// The word every name of a group has (see [`Resolver::last_group_before`]).
const GROUP_WORD: &str = "Group";

/// The cues of the sentence being resolved, and how far it was scanned.
#[derive(Default)]
struct CueCache {
    sentence: usize,
    cues: Vec<Cue>,
    scanned: usize,
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
    /// names found in it once asked for (see [`BODY_CHUNK`]).
    body_chunks: Vec<usize>,
    chunk_bodies: Vec<std::cell::OnceCell<Vec<BodyMention>>>,
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
    cues: std::cell::RefCell<CueCache>,
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
        let body_chunks = body_chunk_starts(&clean.text);
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
            cues: std::cell::RefCell::new(CueCache {
                sentence: usize::MAX,
                ..CueCache::default()
            }),
        }
    }

    /// The line (from 1) of byte `o` of the original: lines start after a
    /// `\n`, and after a `\r` not followed by one. References come in
    /// order, so the line breaks are counted from the position asked about
    /// last, not looked up in a list of every line of the document.
    fn line_of_original(&self, o: usize) -> usize {
        let (p, line) = self.last_line.get();
        let line = if o >= p {
            line + self.line_breaks(p, o)
        } else {
            line - self.line_breaks(o, p)
        };
        self.last_line.set((o, line));
        line
    }

    /// The line breaks of the original at `[a, b)`.
    fn line_breaks(&self, a: usize, b: usize) -> usize {
        let ob = self.original.as_bytes();
        // Counted in byte-wide sums of at most 255, which the compiler
        // vectorises: no call per line.
        let newlines: usize = ob[a..b]
            .chunks(255)
            .map(|c| c.iter().fold(0u8, |n, &c| n + u8::from(c == b'\n')) as usize)
            .sum();
        if !self.has_cr {
            return newlines;
        }
        newlines
            + (a..b)
                .filter(|&i| ob[i] == b'\r' && ob.get(i + 1) != Some(&b'\n'))
                .count()
    }

    fn text(&self) -> &str {
        &self.clean.text
    }

    fn sentence_around(&self, pos: usize) -> SentenceAround {
        self.blocks.sentence_around(pos)
    }

    fn line_bounds(&self, pos: usize) -> (usize, usize) {
        self.blocks.around(pos)
    }

    fn header_body(&self) -> Body {
        self.layout.header.body.unwrap_or(Body::Cosp)
    }

    /// "the Group" / "the Working Group": the last group named before `pos`,
    /// else the group the document is for.
    fn resolve_name(&self, name: BodyName, pos: usize) -> Option<Body> {
        let candidates: &[Body] = match name {
            BodyName::Exact(b) => return Some(b),
            BodyName::AnyGroup => &[Body::Irg, Body::WgAr, Body::WgPrev],
            BodyName::AnyWorkingGroup => &[Body::WgAr, Body::WgPrev],
        };
        // In a group's own document "the Group" is that group, even just
        // after another group is named ("a joint meeting with the Working
        // Group on ... during the thirteenth session of the Group").
        if let Some(m) = self.layout.header.meeting_body
            && candidates.contains(&m)
        {
            return Some(m);
        }
        if let Some(x) = self.last_group_before(pos, candidates) {
            return Some(x);
        }
        match self.layout.header.meeting_body {
            Some(m) if candidates.contains(&m) => Some(m),
            _ if name == BodyName::AnyGroup => Some(Body::Irg),
            _ => None,
        }
    }

    /// The body names of chunk `k`, found the first time they are asked for.
    fn chunk_bodies(&self, k: usize) -> &[BodyMention] {
        self.chunk_bodies[k].get_or_init(|| {
            let a = self.body_chunks[k];
            let b = self
                .body_chunks
                .get(k + 1)
                .map_or(self.text().len(), |&n| n);
            let mut found = find_bodies(&self.text()[a..b]);
            for m in &mut found {
                m.start += a;
                m.end += a;
            }
            found
        })
    }

    /// The last of `groups` named exactly before `pos`. Every name of a
    /// group says "Group" (see the test `every_group_name_says_group`), so of
    /// the chunks before the one holding `pos`, only those with that word are
    /// scanned: "the Group" far from any group's full name would otherwise
    /// have every chunk back to the start of the document scanned.
    fn last_group_before(&self, pos: usize, groups: &[Body]) -> Option<Body> {
        let is_group = |b: &BodyMention| match b.name {
            BodyName::Exact(x) => groups.contains(&x).then_some(x),
            _ => None,
        };
        let here = self.chunk_of(pos);
        let here_start = self.body_chunks[here];
        if let Some(x) = self.bodies_in(here_start, pos).rev().find_map(is_group) {
            return Some(x);
        }
        let group_words = self.group_words.get_or_init(|| {
            memchr::memmem::find_iter(self.text().as_bytes(), GROUP_WORD).collect()
        });
        let k = group_words.partition_point(|&g| g < here_start);
        let mut scanned = here;
        for &g in group_words[..k].iter().rev() {
            let c = self.chunk_of(g);
            if c == scanned {
                continue;
            }
            scanned = c;
            if let Some(x) = self.chunk_bodies(c).iter().rev().find_map(is_group) {
                return Some(x);
            }
        }
        None
    }

    /// The chunk (see [`BODY_CHUNK`]) holding `pos`.
    fn chunk_of(&self, pos: usize) -> usize {
        self.body_chunks.partition_point(|&s| s <= pos) - 1
    }

    /// The body names starting in `[a, b)`, in order: what `find_bodies`
    /// finds in the whole text, scanning only the chunks that hold them.
    fn bodies_in(&self, a: usize, b: usize) -> impl DoubleEndedIterator<Item = &BodyMention> {
        let chunks = if a < b {
            self.chunk_of(a)..self.chunk_of(b - 1) + 1
        } else {
            0..0
        };
        chunks.flat_map(move |k| {
            let found = self.chunk_bodies(k);
            let i = found.partition_point(|m| m.start < a);
            let j = found.partition_point(|m| m.start < b);
            found[i..j].iter()
        })
    }

    /// A body mention that owns something ("session of the Conference") is
    /// not the subject of its sentence.
    /// "General Assembly resolution 78/177": a name used as the issuer of
    /// a reference, so not the owner of a nearby "its".
    fn is_attributive(&self, m: &BodyMention) -> bool {
        let after = self.text()[m.end..].trim_start_matches([' ', '\n']);
        ["resolution", "Resolution", "decision", "Decision"]
            .iter()
            .any(|k| after.starts_with(k))
    }

    /// The agent of a participle: "established by the Conference". In an
    /// aside ("The Implementation Review Group, established by the
    /// Conference, held its fourteenth session") it is not what a later
    /// "its" refers to; right before "at its" ("finalized by the Group at
    /// its first session") it is.
    fn is_agent(&self, m: &BodyMention) -> bool {
        let before = self.text()[..m.start].trim_end();
        let before = before.strip_suffix("the").unwrap_or(before);
        let mut w = before.split_whitespace().rev();
        w.next() == Some("by")
            && w.next()
                .is_some_and(|p| p.ends_with("ed") || (p == "up" && w.next() == Some("set")))
    }

    fn is_possessor(&self, m: &BodyMention) -> bool {
        let before = self.text()[..m.start].trim_end();
        let before = before.strip_suffix("the").unwrap_or(before).trim_end();
        // "session\nof the General Assembly": any white space before "of".
        [" of", " to", " by"]
            .iter()
            .any(|w| crate::pattern::ends_with_spaced(before, w))
    }

    /// The lines of the paragraph around `pos`, first line first: a line that
    /// starts lower-case after a page break continues the paragraph before it.
    fn paragraph_lines(&self, pos: usize) -> Vec<(usize, usize)> {
        let mut out = vec![self.line_bounds(pos)];
        for _ in 0..4 {
            let (ls, le) = out[0];
            let line = self.text()[ls..le].trim_start();
            let continues = line.chars().next().is_some_and(|c| {
                c.is_lowercase() || (c.is_ascii_digit() && !NUMBERED_PARAGRAPH.is_match(line))
            });
            if ls == 0 || !continues {
                break;
            }
            let mut p = ls - 1;
            loop {
                let (a, b) = self.line_bounds(p);
                if self.text()[a..b].trim().is_empty() || self.layout.footnote_at(a).is_some() {
                    if a == 0 {
                        return out;
                    }
                    p = a - 1;
                    continue;
                }
                out.insert(0, (a, b));
                break;
            }
        }
        out
    }

    /// The first subject (non-possessor) body in `[a, b)` that `accept`s.
    fn first_subject(&self, a: usize, b: usize, accept: &dyn Fn(Body) -> bool) -> Option<Body> {
        self.bodies_in(a, b)
            .filter(|m| !self.is_possessor(m))
            .find_map(|m| self.resolve_name(m.name, m.start).filter(|&x| accept(x)))
    }

    /// The last body in `[a, b)` that `accept`s, possessors too unless
    /// `subjects_only`.
    fn last_body(
        &self,
        a: usize,
        b: usize,
        subjects_only: bool,
        accept: &dyn Fn(Body) -> bool,
    ) -> Option<Body> {
        self.bodies_in(a, b)
            .rev()
            .filter(|m| !subjects_only || !self.is_possessor(m))
            .find_map(|m| self.resolve_name(m.name, m.start).filter(|&x| accept(x)))
    }

    /// The subject of the paragraph: the first subject body in it.
    fn paragraph_subject(&self, pos: usize, accept: &dyn Fn(Body) -> bool) -> Option<Body> {
        self.paragraph_lines(pos)
            .into_iter()
            .find_map(|(a, b)| self.first_subject(a, b.min(pos.max(a)), accept))
    }

    /// The subject of the sentence before `pos`, following the sentence back
    /// over a page break.
    fn sentence_subject(&self, pos: usize, accept: &dyn Fn(Body) -> bool) -> Option<Body> {
        let lines = self.paragraph_lines(pos);
        let (ls, _) = *lines.last().unwrap();
        let ss = self.blocks.sentence_start(ls, pos);
        if ss == ls && lines.len() > 1 {
            let (pa, pb) = lines[lines.len() - 2];
            let pss = self.blocks.sentence_start(pa, pb);
            return self.first_subject(pss, pos, accept);
        }
        self.first_subject(ss, pos, accept)
    }

    /// Whose "its resolution" / "its eighth session" this is.
    fn subject_for_its(
        &self,
        start: usize,
        end: usize,
        accept: &dyn Fn(Body) -> bool,
        in_unit: Option<Body>,
    ) -> Option<Body> {
        let (_, le, ss) = self.sentence_around(start);
        let se = sentence_end(self.text(), end, le);
        // "The General Assembly, in its resolutions ..." / "the Group at its eighth session".
        if let Some(m) = self.bodies_in(ss, start).next_back()
            && !self.is_attributive(m)
            && !(self.is_agent(m) && self.text()[m.end..start].contains(','))
            && at_most_words(
                &PARTS_OF.replace(
                    &SESSION_ASIDE.replace_all(&self.text()[m.end..start], " "),
                    " ",
                ),
                6,
            )
            && let Some(b) = self.resolve_name(m.name, m.start)
            && accept(b)
        {
            return Some(b);
        }
        if let Some(b) = self.owner_before_aside(ss, start, accept) {
            return Some(b);
        }
        // "the report of the Implementation Review Group on its twelfth
        // session ... and of the report on its resumed twelfth session", "the
        // efforts made by the Group, at the second part of its resumed
        // eleventh session": the body whose report or work it is.
        if REPORT_ON_ITS.is_match(&self.text()[ss..start])
            && let Some(b) = self.last_body(ss, start, false, accept)
        {
            return Some(b);
        }
        // "the Conference decided that the Group would hold joint meetings
        // with other subsidiary bodies at its thirteenth session": the
        // subject of the clause the mention stands in.
        if let Some(b) = self.bodies_in(ss, start).rev().find_map(|m| {
            let before = self.text()[ss..m.start].trim_end();
            let before = before.strip_suffix("the").unwrap_or(before).trim_end();
            (before.ends_with(" that") || before == "that")
                .then(|| self.resolve_name(m.name, m.start).filter(|&b| accept(b)))
                .flatten()
        }) {
            return Some(b);
        }
        // "By its resolution 58/4, the General Assembly adopted".
        if let Some(m) = self.bodies_in(end, se).next() {
            let gap = &self.text()[end..m.start];
            let after_held = gap.contains(", held") || gap.contains(", on ");
            if (FRONTED_GAP.is_match(gap) || after_held || FRONTED_PARTICIPLE.is_match(gap))
                && let Some(b) = self.resolve_name(m.name, m.start)
                && accept(b)
                && !self.is_possessor(m)
            {
                return Some(b);
            }
        }
        if let Some(b) = in_unit {
            return Some(b);
        }
        for m in self.bodies_in(ss, se) {
            if self.is_possessor(m) || self.is_attributive(m) {
                continue;
            }
            if let Some(b) = self.resolve_name(m.name, m.start)
                && accept(b)
            {
                return Some(b);
            }
        }
        // "... the Conference decided that the Group would continue its work.
        // The first part of its fifteenth session was held ...": with no body
        // in its own sentence, "its" is the subject named last before it.
        // (The paragraph's first subject is among the same candidates, so
        // there is no fallback to it.)
        self.paragraph_lines(start)
            .into_iter()
            .rev()
            .find_map(|(a, b)| self.last_body(a, b.min(start.max(a)), true, accept))
    }

    /// The body right before a participial aside that ends just before the
    /// "its" at `start`: "the Implementation Review Group, established
    /// pursuant to Conference resolution 3/1, at its sixteenth session" (the
    /// Group's session, not the Conference's nor the issuer of the text's).
    fn owner_before_aside(
        &self,
        ss: usize,
        start: usize,
        accept: &dyn Fn(Body) -> bool,
    ) -> Option<Body> {
        let before = &self.text()[ss..start];
        if !before.contains("ed ") && !before.contains("set up") {
            return None;
        }
        let aside = PARTICIPLE_ASIDE.find_iter(before).last()?;
        let (a, b) = (ss + aside.start(), ss + aside.end());
        let rest = SESSION_ASIDE.replace_all(&self.text()[b..start], " ");
        if !at_most_words(&rest, 4) {
            return None;
        }
        let m = self.bodies_in(ss, a).next_back()?;
        if self.is_attributive(m) || !self.text()[m.end..a].trim().is_empty() {
            return None;
        }
        self.resolve_name(m.name, m.start).filter(|&b| accept(b))
    }

    /// Whether the nearest body-like name before `pos` in its sentence is one
    /// we have no code for (a Commission, a Committee, another treaty's COP).
    fn foreign_subject_before(&self, pos: usize) -> bool {
        let (_, _, ss) = self.sentence_around(pos);
        let Some(f) = FOREIGN_BODY.find_iter(&self.text()[ss..pos]).last() else {
            return false;
        };
        let foreign_at = ss + f.start();
        self.bodies_in(ss, pos).all(|b| b.end <= foreign_at)
    }

    /// "In its resolution 10/4, the Conference of the Parties to the ...
    /// Convention against Transnational Organized Crime requested", "The
    /// Commission on Crime Prevention and Criminal Justice, in its
    /// resolution 26/1": "its" is a body we have no code for.
    /// In the text of a body we have no code for ("The Commission on Crime
    /// Prevention and Criminal Justice, Recalling its resolution 33/4"), an
    /// "its" no named body in reach takes is that body.
    fn own_text_is_foreign(&self, m: &Mention) -> bool {
        self.layout.header.foreign_subject
            && self
                .subject_for_its(m.start, m.end, &|b: Body| b.issues_resolutions(), None)
                .is_none()
    }

    fn foreign_issuer_of_its(&self, start: usize, end: usize) -> bool {
        let text = self.text();
        let (_, le, ss) = self.sentence_around(start);
        let se = sentence_end(text, end, le);
        if let Some(f) = FOREIGN_BODY.find(&text[end..se])
            && (FRONTED_GAP.is_match(&text[end..end + f.start()])
                || FRONTED_PARTICIPLE.is_match(&text[end..end + f.start()]))
        {
            return true;
        }
        FOREIGN_BODY
            .find_iter(&text[ss..start])
            .last()
            .is_some_and(|f| {
                at_most_words(&text[ss + f.end()..start], 6)
                    && self.bodies_in(ss + f.end(), start).next().is_none()
            })
    }

    /// "The Commission on Crime Prevention and Criminal Justice, at its
    /// thirty-second session, ..., adopted resolution 32/1": the sentence's
    /// subject, its first body-like name, is a body we have no code for.
    fn foreign_sentence_subject(&self, start: usize) -> bool {
        let text = self.text();
        let (_, _, ss) = self.sentence_around(start);
        let Some(f) = FOREIGN_BODY.find(&text[ss..start]) else {
            return false;
        };
        let opening = text[ss..ss + f.start()].trim();
        let opening = opening
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
            .trim();
        // Only bodies that number resolutions as N/M; a union or
        // organization opening a list of sponsors is not the subject.
        let issues = ["Commission", "Conference", "Committee", "Board", "Assembly"]
            .iter()
            .any(|w| f.as_str().starts_with(w));
        issues
            && matches!(opening, "" | "The" | "the")
            && self.bodies_in(ss, ss + f.start()).next().is_none()
    }

    /// "the Commission on Crime Prevention and Criminal Justice, which ...
    /// had adopted (its) resolution 34/3": the relative clause's subject is
    /// its antecedent, a body we have no code for.
    fn foreign_relative_antecedent(&self, start: usize) -> bool {
        let text = self.text();
        let (ls, _) = self.line_bounds(start);
        let ss = self.blocks.sentence_start(ls, start);
        // Most mentions have no relative clause before them: skip the scan.
        if memchr::memmem::find(&text.as_bytes()[ss..start], b"which").is_none() {
            return false;
        }
        let Some(f) = FOREIGN_BODY.find_iter(&text[ss..start]).last() else {
            return false;
        };
        let after = ss + f.end();
        let clause = text[after..start].trim_start_matches([' ', '\n']);
        (clause.starts_with(", which ") || clause.starts_with("which "))
            && !clause.contains([';', '(', ')'])
            && self.bodies_in(after, start).next().is_none()
    }

    /// "At its twenty-fifth session, the Commission ...": a fronted session
    /// whose subject, right after it, is a body we have no code for.
    fn foreign_subject_after(&self, end: usize) -> bool {
        let (_, le) = self.line_bounds(end);
        let se = sentence_end(self.text(), end, le);
        let Some(f) = FOREIGN_BODY.find(&self.text()[end..se]) else {
            return false;
        };
        let foreign_at = end + f.start();
        at_most_words(&self.text()[end..foreign_at], 12)
            && self.bodies_in(end, foreign_at).next().is_none()
    }

    /// Whether the sentence around `pos` names `body`.
    fn sentence_names(&self, pos: usize, body: Body) -> bool {
        let (_, le, ss) = self.sentence_around(pos);
        let se = sentence_end(self.text(), pos, le);
        self.bodies_in(ss, se)
            .any(|m| m.name == BodyName::Exact(body))
    }

    fn source_at(&self, pos: usize) -> &Id {
        let anchor = match self.layout.footnote_at(pos) {
            Some(f) => match f.call {
                Some(c) => c,
                None => return &self.doc_id,
            },
            None => pos,
        };
        self.layout.unit_at(anchor).map_or(&self.doc_id, |u| &u.id)
    }

    /// The cues in `[ss, start)`. Mentions of one sentence come in order, so
    /// the scan resumes where the last one stopped (a little before it, for
    /// a cue the last mention's start cut short) instead of rescanning the
    /// sentence for every mention. Lent from the cache, not copied.
    fn cues_before(&self, ss: usize, start: usize) -> std::cell::Ref<'_, [Cue]> {
        let mut guard = self.cues.borrow_mut();
        let CueCache {
            sentence: cached_ss,
            cues,
            scanned,
        } = &mut *guard;
        if *cached_ss != ss || start < *scanned {
            *cached_ss = ss;
            cues.clear();
            *scanned = ss;
        }
        let text = self.text();
        let mut resume = crate::pattern::back(text, *scanned, 32).max(ss);
        if let Some(k) = cues.iter().position(|c| c.end > resume) {
            resume = resume.min(cues[k].start);
            cues.truncate(k);
        }
        let hay = &text.as_bytes()[..start];
        let mut at = resume;
        while let Some((s, end, relation)) = cue::find_at(hay, at) {
            cues.push(Cue {
                start: s,
                end,
                relation,
            });
            at = end.max(s + 1);
            if at >= start {
                break;
            }
        }
        *scanned = start;
        drop(guard);
        std::cell::Ref::map(self.cues.borrow(), |c| c.cues.as_slice())
    }

    /// The governing verb of a mention starting at `start`.
    fn relation(&self, start: usize, end: usize, kind: Kind) -> (Relation, bool) {
        let (_, _, ss) = self.sentence_around(start);
        let text = self.text();
        // The nearest cue that governs: a passive participle ("adopted by the
        // Conference") describes rather than governs. A connective ("under",
        // "pursuant to") governs what stands right after it, and a second
        // object joined by "and" ("in accordance with rule 17 of the rules
        // of procedure and Conference resolution 4/6"), not a parenthesis
        // after its own object ("in accordance with the Convention
        // (CAC/COSP/2017/2)"). A connective too far from the mention still
        // ends the reach of any verb before it: the mention is inside the
        // connective's phrase ("adopted legislation ..., in line with the
        // recommendations ... of chapter II"), unless a parenthesis follows.
        let mut chosen = None;
        for &cue in self.cues_before(ss, start).iter().rev() {
            // A footnote inside the sentence (see `bridges`) has its own verbs.
            if ss < self.blocks.around(start).0 && self.in_other_footnote(cue.start, start) {
                continue;
            }
            let rest = &text[cue.end..start];
            // "the Chair's summary (see annex), organized in ...": a cue
            // inside a parenthesis governs nothing after its ")".
            if closes_a_parenthesis(rest) {
                continue;
            }
            if cue.relation == Relation::ActsUnder {
                // A pinpoint's letters ("paragraph 4 (b) of") are no
                // parenthesis after the object.
                let plain = &without_pinpoint_letters(rest);
                // "referred to the recommendations made under chapter II and
                // to article 14": "and to" joins the object of an earlier
                // "to", not a second object of "under" ("pursuant to X and
                // to Y" shares it).
                let connective_word = text[cue.start..cue.end]
                    .rsplit(|c: char| c.is_ascii_whitespace())
                    .next()
                    .unwrap_or("");
                let mut tail = rest.split_ascii_whitespace().rev();
                if let (Some(prep), Some("and" | "or")) = (tail.next(), tail.next())
                    && matches!(prep, "to" | "with" | "under" | "in" | "on" | "by")
                    && !prep.eq_ignore_ascii_case(connective_word)
                {
                    continue;
                }
                let close = at_most_words(plain, 5) && !plain.contains('(');
                // The object is rewritten only when it is not close.
                let coordinated = || {
                    let object = PINPOINT_ASIDE.replace_all(plain, " ");
                    let object = PINPOINT_HEAD.replace(&object, " ");
                    CONNECTIVE_COORDINATED.is_match(&object)
                };
                if close || coordinated() {
                    chosen = Some(cue);
                    break;
                }
                // A parenthesis after the connective's own object names
                // what an earlier verb governs ("referred to the note ...
                // under the first review cycle (CAC/COSP/2017/7)").
                if rest.contains('(') {
                    continue;
                }
                break;
            }
            // "adopted by the Assembly", "adopted by\nthe Assembly".
            if crate::pattern::starts_with_spaced(rest.trim_start(), "by ")
                || self.describes_its_noun(ss, cue, rest)
                || self.referred_to_reaches_not(ss, cue, rest)
                || self.inner_that_clause_ended(ss, cue, rest)
            {
                continue;
            }
            chosen = Some(cue);
            break;
        }
        let Some(Cue {
            start: cue_start,
            end: cue_end,
            relation,
        }) = chosen
        else {
            return (Relation::Cites, false);
        };
        let gap = &text[cue_end..start];
        // "its resolution 6/4, by which it adopted the guidelines, and its
        // resolutions 7/1 and 8/2": a verb inside a relative clause describes
        // the earlier text; it governs nothing after it.
        if RELATIVE_BEFORE_CUE
            .is_match(&text[ss.max(crate::pattern::back(text, cue_start, 40))..cue_start])
        {
            return (Relation::Cites, true);
        }
        let after = &text[end.min(text.len())..];
        // "article 63 of which establishes": the mention heads a relative clause.
        let relative_head = crate::pattern::starts_with_spaced(
            after.trim_start_matches(|c| c == ',' || crate::pattern::is_space(c)),
            "of which",
        );
        // "(paragraph 7 of resolution 9/2)": a resolution or article in an
        // open parenthesis supports the clause; a symbol there names its object.
        let parenthetical =
            kind != Kind::Document && gap.matches('(').count() > gap.matches(')').count();
        if blocked_by_clause(gap) || infinitive_between(gap) || relative_head || parenthetical {
            (Relation::Cites, true)
        } else {
            (relation, false)
        }
    }

    /// Whether `pos` is in a footnote line that does not hold `other`.
    fn in_other_footnote(&self, pos: usize, other: usize) -> bool {
        self.layout
            .footnote_at(pos)
            .is_some_and(|f| !(f.start..=f.end).contains(&other))
    }

    /// A past participle after a noun, then "in" / "at" / "during": "the
    /// mandate reaffirmed in resolutions 10/1 and 10/4", "the progress report
    /// requested in resolution 11/1", "the workplan adopted at its eighth
    /// session" describe an earlier text, as "reaffirmed by" does.
    /// After its subject ("the Conference requested in ...", "it reaffirmed
    /// in ...") or "has" it is the clause's verb.
    fn describes_its_noun(&self, ss: usize, cue: Cue, rest: &str) -> bool {
        let text = self.text();
        let r = rest.trim_start();
        let spaced = |w| crate::pattern::starts_with_spaced(r, w);
        if !(spaced("in ") || spaced("at ") || spaced("during "))
            || !text[cue.start..cue.end].ends_with("ed")
        {
            return false;
        }
        self.after_a_noun(ss, cue)
    }

    /// "recalled that, in its decision 5/1, the Conference had decided that
    /// its sixth session would be held in Vienna, and that the Conference had
    /// followed the same practice in decisions 7/1 and 9/1": a verb inside a
    /// that-clause of an earlier "that"-verb governs nothing after ", and
    /// that", which opens the outer verb's second clause.
    fn inner_that_clause_ended(&self, ss: usize, cue: Cue, rest: &str) -> bool {
        let text = self.text();
        if !crate::pattern::contains_spaced(rest, ", and that ") {
            return false;
        }
        // An earlier verb in the sentence with a "that" of its own
        // ("recalled that", "noted that"); the cue's own "that" comes later.
        let before = &text[ss..cue.start];
        before.match_indices(" that").any(|(k, _)| {
            let verb = before[..k]
                .trim_end_matches(',')
                .rsplit(' ')
                .next()
                .unwrap_or("");
            verb.len() > 3 && (verb.ends_with("ed") || verb.ends_with("es"))
        })
    }

    /// Whether the participle `cue` follows a noun it describes rather than
    /// its subject: a name ("the Conference", "the Group") or a pronoun is
    /// the subject; "has" / "had" make it a verb; "was" a passive, which
    /// describes.
    fn after_a_noun(&self, ss: usize, cue: Cue) -> bool {
        let text = self.text();
        let before = text[ss..cue.start].trim_end();
        let before = before.strip_suffix("also").map_or(before, str::trim_end);
        let Some(word) = before.rsplit(|c: char| !c.is_alphanumeric()).next() else {
            return false;
        };
        !(word.is_empty()
            || word.starts_with(|c: char| c.is_uppercase())
            || ["it", "they", "has", "had", "have"].contains(&word))
    }

    /// "the principles referred to in the present resolution, as well as the
    /// recommendations contained in ... resolution 7/5": a participial
    /// "referred to in" reaches its own object, not one after "as well as".
    fn referred_to_reaches_not(&self, ss: usize, cue: Cue, rest: &str) -> bool {
        cue.relation == Relation::Refers
            && self.text()[cue.start..cue.end].ends_with("to")
            && crate::pattern::starts_with_spaced(rest.trim_start(), "in ")
            && crate::pattern::contains_spaced(rest, "as well as")
            && self.after_a_noun(ss, cue)
    }

    fn issuer(&self, m: &Mention, first: &Raw) -> Body {
        let number = match first {
            Raw::Resolution { number, .. } => number.as_str(),
            _ => "",
        };
        let unit_issuer = self.layout.unit_at(m.start).and_then(|u| match u.id {
            Id::Resolution { issuer, .. } | Id::Decision { issuer, .. } => Some(issuer),
            _ => None,
        });
        let default = unit_issuer.unwrap_or_else(|| self.header_body());
        match m.hint {
            IssuerHint::Named(name) => self
                .resolve_name(name, m.start)
                .filter(|b| b.issues_resolutions())
                .unwrap_or(default),
            IssuerHint::Its => self
                .subject_for_its(
                    m.start,
                    m.end,
                    &|b: Body| b.issues_resolutions(),
                    unit_issuer,
                )
                .unwrap_or(default),
            IssuerHint::Bare => plausible_issuer(number).unwrap_or_else(|| {
                let session: u32 = number
                    .split('/')
                    .next()
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(0);
                if matches!(default, Body::Ga | Body::Ecosoc | Body::Hrc)
                    && session <= Body::Cosp.max_plausible_session()
                    && self.sentence_names(m.start, Body::Cosp)
                {
                    // An Assembly or Council text welcoming "the adoption by
                    // the Conference ... of resolutions 8/1 to 8/14": a low
                    // number next to the Conference is the Conference's.
                    Body::Cosp
                } else if session > default.max_plausible_session() && default != Body::Ga {
                    Body::Ga
                } else {
                    default
                }
            }),
        }
    }

    fn session_body(
        &self,
        m: &Mention,
        meeting: bool,
        last_session: Option<(Body, usize)>,
    ) -> Option<Body> {
        let accept = |b: Body| !meeting || b.meetings_are_sessions();
        let body = match m.body {
            Some(name) => self.resolve_name(name, m.start)?,
            None => {
                let its = {
                    // "on\nits fifteenth session": any white space before "its".
                    let before = self.text()[..m.start].trim_end();
                    let spaced = |w| crate::pattern::ends_with_spaced(before, w);
                    spaced(" its") || spaced(" their") || before == "its"
                };
                if its
                    && (self.foreign_subject_before(m.start) || self.foreign_subject_after(m.end))
                {
                    // "the Commission on Crime Prevention and Criminal Justice,
                    // at its thirty-first session": a body we have no code for.
                    return None;
                }
                let found = if its {
                    let found = self.subject_for_its(m.start, m.end, &accept, None);
                    if found.is_none() && self.layout.header.foreign_subject {
                        return None;
                    }
                    found
                } else {
                    // "the second session was held": the sentence's subject,
                    // else the body of the last session the paragraph named,
                    // else the paragraph's subject.
                    self.sentence_subject(m.start, &accept)
                        .or_else(|| {
                            let para = self.paragraph_lines(m.start)[0].0;
                            last_session
                                .filter(|(_, p)| *p == para)
                                .map(|(b, _)| b)
                                .filter(|&b| accept(b))
                        })
                        .or_else(|| self.paragraph_subject(m.start, &accept))
                };
                // "the work of the Working Group on Asset Recovery, ...
                // adopted at its fifteenth meeting": only a working group or
                // the expert meeting numbers meetings, so the one the
                // sentence names owns it even as a possessor.
                let found = found.or_else(|| {
                    if !meeting {
                        return None;
                    }
                    let (_, _, ss) = self.sentence_around(m.start);
                    self.last_body(ss, m.start, false, &accept)
                });
                match found {
                    Some(b) => b,
                    None if meeting => self
                        .layout
                        .header
                        .meeting_body
                        .filter(|b| b.meetings_are_sessions())?,
                    None if self.layout.header.foreign_subject => return None,
                    None => match &self.layout.header.session {
                        Some(Id::Session { body, .. }) => *body,
                        // In the Implementation Review Group's document an
                        // unowned "session" is the Group's: the body the
                        // document is for, when it numbers sessions.
                        _ => self
                            .layout
                            .header
                            .meeting_body
                            .filter(|b| !b.meetings_are_sessions())
                            .unwrap_or_else(|| self.header_body()),
                    },
                }
            }
        };
        (!meeting || body.meetings_are_sessions()).then_some(body)
    }

    /// Resolves every mention of the document into references, in order.
    pub fn resolve(&self, mentions: &[Mention]) -> Vec<Reference> {
        let mut out: Vec<Reference> = Vec::new();
        let own_symbol = self.layout.header.symbol.as_deref();
        let mut last_article: Option<(u16, crate::names::Instrument, usize)> = None;
        // (kind, sentence start, relation) of the previous mention, for
        // coordination: "recalled resolution 3/1, which ..., and resolution 4/1".
        let mut prev: Option<(Kind, usize, Relation, usize)> = None;
        let mut last_session: Option<(Body, usize)> = None;
        // The body and end of the last session mention.
        let mut prev_session: Option<(Body, usize)> = None;
        // Resolutions and decisions named so far (not via anaphora), for
        // "that resolution": the index in `out` of each one's reference (its
        // target is the unit), and where its mention starts.
        let mut recent_units: Vec<(usize, usize)> = Vec::new();
        // The issuer and end of the last resolution or decision named, for
        // "its resolution 1/5, adopted at its first session".
        let mut last_unit: Option<(Body, usize)> = None;
        for m in mentions {
            if self.layout.skipped(m.start, m.end) {
                continue;
            }
            let Some(first) = m.items.first() else {
                continue;
            };
            let (_, _, ss) = self.sentence_around(m.start);
            let kind_of_first = match &first.raw {
                Raw::Resolution { decision: true, .. } => Kind::Decision,
                Raw::Resolution { .. } => Kind::Resolution,
                Raw::Article { .. } => Kind::Article,
                Raw::Chapter { .. } => Kind::Chapter,
                Raw::Document { .. } => Kind::Document,
                Raw::Session { .. } => Kind::Session,
                Raw::Anaphor { decision: true, .. } => Kind::Decision,
                Raw::Anaphor { .. } => Kind::Resolution,
            };
            let (mut relation, blocked) = if m.is_session() {
                // "Welcoming the holding of the eleventh session": the verb
                // passes through an event noun to the session; any other
                // session ("at its seventh session") is an adjunct.
                let before = &self.text()[crate::pattern::back(self.text(), m.start, 40)..m.start];
                // The words first: a regex call per session costs more.
                let event = before.contains("holding") || before.contains("convening");
                if event && EVENT_OF.is_match(before) {
                    self.relation(m.start, m.end, kind_of_first)
                } else {
                    (Relation::Cites, false)
                }
            } else {
                self.relation(m.start, m.end, kind_of_first)
            };
            if blocked
                && let Some((k, s, r, _)) = prev
                && s == ss
                && (k == kind_of_first
                    || matches!(
                        (k, kind_of_first),
                        (Kind::Resolution, Kind::Decision) | (Kind::Decision, Kind::Resolution)
                    ))
            {
                let before = self.text()[ss..m.start].trim_end();
                let before = before
                    .trim_end_matches("its")
                    .trim_end_matches("Conference")
                    .trim_end();
                if before.ends_with("and")
                    || before.ends_with(',')
                    || crate::pattern::ends_with_spaced(before, "as well as")
                {
                    relation = r;
                }
            }
            // "pursuant to that resolution and to paragraph 4 of resolution
            // 8/9", "article 63, paragraph 4 (c), and paragraph 6 of article
            // 60": a second object joined by "and" shares the first's verb.
            if relation == Relation::Cites
                && let Some((_, s, r, pend)) = prev
                && s == ss
                && r != Relation::Cites
                && pend <= m.start
                && COORDINATED.is_match(&self.text()[pend..m.start])
            {
                relation = r;
            }
            if !m.is_session() {
                prev = Some((kind_of_first, ss, relation, m.end));
            }
            if matches!(first.raw, Raw::Resolution { .. })
                && match m.hint {
                    IssuerHint::Its => {
                        self.foreign_issuer_of_its(m.start, m.end)
                            || self.foreign_relative_antecedent(m.start)
                            || self.own_text_is_foreign(m)
                    }
                    IssuerHint::Bare => {
                        self.foreign_sentence_subject(m.start)
                            || self.foreign_relative_antecedent(m.start)
                    }
                    IssuerHint::Named(_) => false,
                }
            {
                continue;
            }
            let source = self.source_at(m.start);
            let issuer =
                matches!(first.raw, Raw::Resolution { .. }).then(|| self.issuer(m, &first.raw));
            // "In both resolutions": one reference per antecedent.
            let expanded: Vec<(Id, usize, usize)> = match first.raw {
                Raw::Anaphor { decision, count } => {
                    let mut found: Vec<Id> = Vec::new();
                    for &(k, at) in recent_units.iter().rev() {
                        if m.start - at > ANAPHORA_WINDOW {
                            break;
                        }
                        let id = &out[k].target;
                        if (id.kind() == Kind::Decision) == decision && !found.contains(id) {
                            found.push(id.clone());
                            if found.len() == count {
                                break;
                            }
                        }
                    }
                    if found.len() < count {
                        continue;
                    }
                    found.reverse();
                    found.into_iter().map(|id| (id, m.start, m.end)).collect()
                }
                _ => Vec::new(),
            };
            for (target, a, b) in expanded {
                let (oa, ob) = self.clean.to_original(a, b);
                out.push(Reference {
                    file: self.file_arc.clone(),
                    source: source.clone(),
                    kind: target.kind(),
                    target,
                    relation,
                    text: self.original[oa..ob].to_string(),
                    start: oa,
                    end: ob,
                    line: self.line_of_original(oa),
                    anaphora: true,
                    pinpoint: None,
                    title: None,
                });
            }
            // This mention's own references start here: a target it names
            // twice is one reference.
            let own_from = out.len();
            for item in &m.items {
                let mut anaphora = false;
                let mut pinpoint = None;
                let mut title = None;
                let target = match &item.raw {
                    Raw::Resolution {
                        decision,
                        number,
                        pinpoint: p,
                        title: t,
                    } => {
                        pinpoint = p.clone();
                        title = t.clone();
                        // A bare number is judged item by item: "resolutions
                        // 6/2 and 70/1" in a Conference text name two issuers.
                        let issuer = if m.hint == IssuerHint::Bare {
                            self.issuer(m, &item.raw)
                        } else {
                            issuer.unwrap_or(Body::Cosp)
                        };
                        if *decision {
                            Id::Decision {
                                issuer,
                                number: number.clone(),
                            }
                        } else {
                            Id::Resolution {
                                issuer,
                                number: number.clone(),
                            }
                        }
                    }
                    Raw::Article {
                        instrument,
                        article,
                        paragraph,
                        sub,
                    } => {
                        let (inst, art) = match article {
                            Some(a) => (*instrument, *a),
                            None => match last_article {
                                Some((a, inst, at)) if m.start - at < 2000 => {
                                    anaphora = false;
                                    (inst, a)
                                }
                                _ => continue,
                            },
                        };
                        last_article = Some((art, inst, m.start));
                        Id::Article {
                            instrument: inst,
                            article: art,
                            paragraph: paragraph.clone(),
                            sub: sub.clone(),
                        }
                    }
                    Raw::Chapter {
                        instrument,
                        chapter,
                    } => Id::Chapter {
                        instrument: *instrument,
                        chapter: *chapter,
                    },
                    Raw::Document { symbol } => {
                        if Some(symbol.as_str()) == own_symbol {
                            continue;
                        }
                        Id::Document {
                            symbol: symbol.clone(),
                        }
                    }
                    Raw::Anaphor { .. } => continue,
                    Raw::Session { number, meeting } => {
                        let body = if number.starts_with("S-") {
                            Some(Body::Ga)
                        } else if let Some((issuer, at)) = last_unit
                            && !*meeting
                            && at <= m.start
                            && ADOPTED_AT_ITS.is_match(&self.text()[at..m.start])
                        {
                            Some(issuer)
                        } else if let Some((b, end)) = prev_session
                            && end <= m.start
                            && SESSION_CONJUNCT.is_match(&self.text()[end..m.start])
                        {
                            // "on its sixth session and on its resumed sixth
                            // session": the second "its" is the first's.
                            Some(b)
                        } else {
                            self.session_body(m, *meeting, last_session)
                        };
                        let Some(body) = body else { continue };
                        last_session = Some((body, self.paragraph_lines(m.start)[0].0));
                        prev_session = Some((body, m.end));
                        Id::Session {
                            body,
                            number: number.clone(),
                        }
                    }
                };
                if out[own_from..].iter().any(|r| r.target == target) {
                    continue;
                }
                if matches!(target.kind(), Kind::Resolution | Kind::Decision) {
                    recent_units.push((out.len(), m.start));
                    if let Id::Resolution { issuer, .. } | Id::Decision { issuer, .. } = &target {
                        last_unit = Some((*issuer, m.end));
                    }
                }
                let span = &self.text()[item.start..item.end];
                let lead = span.len() - span.trim_start().len();
                let trail = span.len() - span.trim_end().len();
                let (a, b) = self.clean.to_original(item.start + lead, item.end - trail);
                out.push(Reference {
                    file: self.file_arc.clone(),
                    source: source.clone(),
                    kind: target.kind(),
                    target,
                    relation,
                    text: self.original[a..b].to_string(),
                    start: a,
                    end: b,
                    line: self.line_of_original(a),
                    anaphora,
                    pinpoint,
                    title,
                });
            }
        }
        out.sort_by_key(|r| r.start);
        out
    }
}

/// The issuer a resolution number's shape implies regardless of context:
/// "S-32/1" (Assembly special session), "2017/21" (a year: the Council),
/// "2462 (2019)" (Security Council).
fn plausible_issuer(number: &str) -> Option<Body> {
    if number.starts_with("S-") {
        return Some(Body::Ga);
    }
    match number.split_once('/') {
        Some((a, _)) if a.len() == 4 => Some(Body::Ecosoc),
        None if !number.is_empty() => Some(Body::Sc),
        _ => None,
    }
}

#[cfg(test)]
mod body_chunk_tests {
    use super::*;
    use crate::names::BODY_NAMES;

    fn key(m: &BodyMention) -> (usize, usize, BodyName) {
        (m.start, m.end, m.name)
    }

    /// Chunk by chunk, the resolver finds the body names `find_bodies`
    /// finds in the whole text, and the last group before any position.
    fn check(original: &str) {
        let clean = Clean::new(original);
        let layout = crate::segment::segment(original, &clean);
        let doc = Id::File { stem: "t".into() };
        let text = clean.text.as_str();
        let whole: Vec<_> = find_bodies(text).iter().map(key).collect();
        let positions: Vec<usize> = (0..=text.len())
            .step_by(37)
            .chain([text.len()])
            .filter(|&p| text.is_char_boundary(p))
            .collect();
        // A fresh resolver per order of asking: chunks are scanned lazily.
        let blocks = Blocks::new(&clean.text, &layout.footnotes, None);
        let r = Resolver::new("t", original, &clean, &layout, &blocks, doc.clone());
        for w in positions.windows(2).rev() {
            let (a, b) = (w[0], w[1] + 200);
            let got: Vec<_> = r.bodies_in(a, b).map(key).collect();
            let want: Vec<_> = whole
                .iter()
                .filter(|m| a <= m.0 && m.0 < b)
                .copied()
                .collect();
            assert_eq!(got, want, "[{a}, {b})");
        }
        let r = Resolver::new("t", original, &clean, &layout, &blocks, doc);
        for &p in &positions {
            for groups in [&[Body::Irg, Body::WgAr, Body::WgPrev][..], &[Body::WgAr]] {
                let want = whole.iter().rev().find_map(|&(s, _, n)| match n {
                    BodyName::Exact(x) if s < p && groups.contains(&x) => Some(x),
                    _ => None,
                });
                assert_eq!(r.last_group_before(p, groups), want, "{p}");
            }
        }
        assert_eq!(r.bodies_in(0, text.len() + 1).count(), whole.len());
    }

    #[test]
    fn chunks_find_what_the_whole_text_has() {
        for f in std::fs::read_dir("data/corpus").unwrap() {
            if let Ok(text) = std::fs::read_to_string(f.unwrap().path()) {
                check(&text);
            }
        }
    }

    #[test]
    fn names_next_to_the_cuts() {
        // Names right after and before `.`, `,` and `;`, at every offset
        // from a chunk's start.
        let unit = "the Group,the Group;The Group.Working Group on Asset Recovery,\
                    Implementation Review Group.the Conference,World Conference;\
                    the General\nAssembly.Assembly resolution,the expert meeting.x";
        for pad in 0..9 {
            let text = format!("{}{}", "a".repeat(pad), unit.repeat(40));
            check(&text);
        }
    }

    #[test]
    fn every_group_name_says_group() {
        for (pattern, name) in BODY_NAMES {
            if let BodyName::Exact(Body::Irg | Body::WgAr | Body::WgPrev) = name {
                assert!(pattern.contains(GROUP_WORD), "{pattern}");
            }
        }
    }
}

#[cfg(test)]
mod line_tests {
    use super::*;

    #[test]
    fn lines_counted_on_demand_agree_with_a_list_of_line_starts() {
        for original in [
            "a\nb\r\nc\rd\n\ne\r\r\nf",
            "one line",
            "\n\r\n\r",
            "resolution 6/2\r\nof the Conference\rat its\nsession\n",
        ] {
            let mut starts = vec![0];
            let ob = original.as_bytes();
            for (i, &c) in ob.iter().enumerate() {
                if c == b'\n' || (c == b'\r' && ob.get(i + 1) != Some(&b'\n')) {
                    starts.push(i + 1);
                }
            }
            let clean = Clean::new(original);
            let layout = crate::segment::segment(original, &clean);
            let blocks = Blocks::new(&clean.text, &layout.footnotes, None);
            let r = Resolver::new(
                "t",
                original,
                &clean,
                &layout,
                &blocks,
                Id::File { stem: "t".into() },
            );
            // Forwards, backwards, and jumping about.
            let n = original.len();
            let order = (0..=n)
                .chain((0..=n).rev())
                .chain((0..=n).map(|k| k * 7 % (n + 1)));
            for o in order {
                let want = starts.partition_point(|&s| s <= o);
                assert_eq!(r.line_of_original(o), want, "{original:?} {o}");
            }
        }
    }
}

#[cfg(test)]
mod verb_gap_tests {
    use super::*;

    #[test]
    fn infinitive_between_agrees_with_splitting_the_gap() {
        let check = |gap: &str| {
            assert_eq!(
                infinitive_between(gap),
                infinitive_between_by_split(gap, NOT_VERBS),
                "{gap:?}"
            );
        };
        for text in crate::recognise::tests::corpus_texts() {
            let cuts: Vec<usize> = (0..=text.len())
                .filter(|&k| text.is_char_boundary(k))
                .collect();
            for (n, &i) in cuts.iter().enumerate().step_by(5) {
                for len in [1, 2, 3, 4, 7, 12, 40, 150] {
                    check(&text[i..cuts[(n + len).min(cuts.len() - 1)]]);
                }
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        #[test]
        fn infinitive_between_agrees_on_word_soup(words in proptest::collection::vec(
            proptest::sample::select(vec![
                "to", "To", "TO", "tox", "xto", "toto", "-to", "to-", "implement", "Implement",
                "the", "be", "date", "which", "and", "article", "12", "2020", "a1", "é", "éto",
                "toé", "–", "_", "x", " ", " ", "  ", ",", "(", ")", "\n", "\t", "-",
            ]),
            0..14,
        )) {
            let gap = words.concat();
            proptest::prop_assert_eq!(
                infinitive_between(&gap),
                infinitive_between_by_split(&gap, NOT_VERBS),
                "{:?}",
                gap
            );
        }
    }

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
