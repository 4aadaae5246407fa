//! Which verb governs a mention: the nearest cue before it in its sentence
//! ("Recalling", "pursuant to"; see `names::verbs`) that reaches it. A verb
//! in a relative clause, an aside, a footnote or a parenthesis of its own
//! reaches nothing after it; a passive participle describes a noun rather
//! than governs; a connective governs only its own object. A second object
//! joined by "and" shares the first one's verb.

use super::infinitive::infinitive_between;
use super::{Resolver, at_most_words, cue};
use crate::id::Kind;
use crate::model::{Mention, Relation};
use crate::static_re;

static_re!(
    /// What may stand between two objects of one verb: "and", "and to",
    /// "as well as", then a pinpoint's head ("paragraph 4 of") and an
    /// article or issuer ("its", "the", a body's short name: "in accordance
    /// with Security Council resolution 1373 (2001) and Council\nresolution
    /// 1566 (2004)", A/RES/80/171).
    COORDINATED,
    r"^\s*,?\s*(?:and|or|as\s+well\s+as)\s+(?:(?:to|with|under)\s+)?(?:(?:sub)?paragraphs?\s+\d{1,3}(?:\s*\([a-z]{1,3}\))*\s+of\s+)?(?:(?:the|its|their)\s+)?(?:(?:Council|Assembly|Conference)\s+)?$"
);

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
        r"|\b(?:called\s+(?:up)?on|urged|invited|encouraged|stressed|emphasized|underlined|highlighted|expressed|reported|indicated|stated|agreed|described|presented|informed|mentioned|shared|acknowledged|commended|suggested|proposed|explained)\b",
        // An operative paragraph's second verb ("Welcomes the ongoing
        // efforts ..., and acknowledges the progress achieved ... in
        // advancing all reform mandates contained in General Assembly
        // resolutions 71/243", A/C.2/80/L.3): the present tense after ",
        // and" ("Recalls and reiterates the requests made in" shares its
        // object); a preamble's participle after a comma ("Welcoming the
        // ongoing efforts ..., acknowledging the progress achieved ... of its
        // resolution 71/243", A/C.2/80/L.14).
        r"|,\s*and\s+(?:in\s+(?:this|that)\s+regard\s+)?(?:also\s+|further\s+)?(?:acknowledges|stresses|emphasizes|underlines|highlights|recognizes|urges|invites|encourages|calls\s+(?:up)?on|expresses|commends|affirms|considers|reiterates|appreciates|underscores)\b",
        r"|,\s*(?:and\s+)?(?:also\s+|further\s+)?(?:acknowledging|stressing|emphasizing|underlining|highlighting|recognizing|urging|inviting|encouraging|calling\s+(?:up)?on|expressing|commending|affirming|considering|reiterating|appreciating|underscoring)\b"
    )
);

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
    /// A pinpoint set off by commas inside a connective's object ("rule 17,
    /// paragraph 2, of the rules of procedure").
    PINPOINT_ASIDE,
    r",\s*(?:sub)?paragraphs?\s+\d{1,3}(?:\s*\([a-z]{1,3}\))?\s*,"
);

static_re!(
    /// "... and paragraphs 12 and 13 of [General Assembly resolution
    /// 78/177]", "paragraph 2 of the annex to [resolution 71/146]": pinpoint
    /// heads before the mention, whose own "and" must not end a
    /// connective's reach, and whose words are not the connective's object.
    PINPOINT_HEAD,
    r"\s(?:(?:(?:(?:operative|preambular)\s+)?(?:sub)?paragraphs?\s+\d{1,3}(?:\s*\([a-z]{1,4}\))*(?:(?:\s*,\s*|\s+and\s+|\s+to\s+)\d{1,3}(?:\s*\([a-z]{1,4}\))*)*\s+of|sections?\s+[IVX]+(?:\.[A-Z])?\s+of|(?:the\s+)?annex(?:\s+[IVX]+)?\s+to)\s+)+$"
);

static_re!(
    /// After a connective: a short object without punctuation, then "and"
    /// (or "or") right before the mention, with its article or possessor
    /// ("and the Conference's resolution 7/1").
    CONNECTIVE_COORDINATED,
    r"^(?:\s+[^\s,;:()]+){1,12}?\s+(?:and|or)(?:\s+(?:to|with|under))?(?:\s+(?:the|its|their))?(?:\s+[A-Z][a-z]+(?:'s|’s))?\s+$"
);

/// A connective governs an object of at most this many words ("under
/// article 46 of the Convention") outright; a longer one only if the
/// mention is joined to it by "and".
const CONNECTIVE_OBJECT_WORDS: usize = 5;

/// "by which the General Assembly also ": a relative clause's opening before
/// a cue is looked for this many bytes back.
pub(super) const RELATIVE_WINDOW: usize = 40;

/// "the holding of the", "the convening of its": an event noun before a
/// session mention is looked for this many bytes back.
const EVENT_WINDOW: usize = 40;

/// The scan for cues resumes this many bytes before where it stopped, for a
/// cue the last mention's start cut short: more than the longest cue without
/// a free word, "reference had been also made to" (31 bytes).
const CUE_RESUME_BACK: usize = 32;

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

/// "To consider, in accordance with paragraph 2 of the annex to resolution
/// 71/146": between a connective and the mention only pinpoint heads, so
/// the mention is the connective's object however many words they take.
fn pinpoint_heads_only(rest: &str) -> bool {
    PINPOINT_HEAD
        .find(rest)
        .is_some_and(|m| rest[..m.start()].trim().is_empty())
}

static_re!(
    /// "Recalling all its previous resolutions on this subject, the most
    /// recent of which was resolution 79/167" (A/C.3/80/L.40): a "which"
    /// that picks one of the verb's objects names that object, it opens no
    /// clause of its own.
    PICKS_AN_OBJECT,
    r"\b(?:the\s+)?(?:most\s+recent|latest|last|first)\s+(?:one\s+)?of\s+$"
);

static_re!(
    /// "Recalls the decision of the Human Rights Council, in its resolution
    /// 27/21, to appoint" (A/C.3/80/L.40): the body is inside the verb's
    /// object ("of the", "taken by the"), not the subject of a clause of
    /// its own ("the Conference, in its resolution 4/1, invited").
    BODY_INSIDE_OBJECT,
    r"\b(?:of|by)\s+the\s+(?:[A-Z][\w-]*\s+){0,5}$"
);

static_re!(
    /// "Adopted under the UNFCCC in FCCC/CP/2015/10/Add.1, decision
    /// 1/CP.21" (a footnote of A/C.2/80/L.3): after a connective, a name
    /// then "in" or "at": the name is the connective's object, and what
    /// follows "in" is where the text stands, not what it acts under.
    NAMED_OBJECT_THEN_WHERE,
    r"^\s*(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}\s+(?:in|at)\s*$"
);

/// See [`NAMED_OBJECT_THEN_WHERE`].
fn names_its_own_object(rest: &str) -> bool {
    NAMED_OBJECT_THEN_WHERE.is_match(rest)
}

/// Whether `before`, the text right before a body's name, puts the body
/// inside a verb's object ("the decision of the Human Rights Council",
/// "the work of the Special Committee"): see `BODY_INSIDE_OBJECT`.
pub(super) fn body_inside_object(before: &str) -> bool {
    BODY_INSIDE_OBJECT.is_match(before)
}

/// Whether a clause opened in `gap` (after the cue) keeps the cue from
/// governing what follows. A relative clause closes where the main clause
/// resumes with its verb ("the second cycle, which covers chapters II and V,
/// was extended ... in its resolution 9/1").
pub(super) fn blocked_by_clause(gap: &str) -> bool {
    BLOCKER.with(|re| {
        re.find_iter(gap).any(|m| {
            let before = &gap[..m.start()];
            match m.as_str() {
                "which" | "whom" | "whose" | "whereby" | "wherein" => {
                    !(CLAUSE_RESUMES.is_match(&gap[m.end()..]) || PICKS_AN_OBJECT.is_match(before))
                }
                frame if frame.starts_with(char::is_uppercase) => !body_inside_object(before),
                _ => true,
            }
        })
    })
}

/// Whether `before` (the text right before a cue) opens a relative clause:
/// "by which it", "in which the Assembly" (see `RELATIVE_BEFORE_CUE`).
pub(super) fn relative_before_cue(before: &str) -> bool {
    RELATIVE_BEFORE_CUE.is_match(before)
}

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

/// A cue found in the text: its span and the relation its words stand for.
#[derive(Clone, Copy)]
pub(super) struct Cue {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) relation: Relation,
}

/// The cues of the sentence being resolved, and how far it was scanned.
#[derive(Default)]
pub(super) struct CueCache {
    sentence: usize,
    cues: Vec<Cue>,
    scanned: usize,
}

impl CueCache {
    pub(super) fn new() -> Self {
        CueCache {
            sentence: usize::MAX,
            ..CueCache::default()
        }
    }
}

/// The previous mention of a document (not a session), for coordination.
#[derive(Clone, Copy)]
pub(super) struct Previous {
    kind: Kind,
    /// Where its sentence starts.
    sentence: usize,
    relation: Relation,
    end: usize,
}

/// What a connective ("under", "pursuant to") does to a mention after it.
enum Reach {
    /// The mention is its object, or joined to its object by "and".
    Governs,
    /// The cue does not count: an earlier verb may govern the mention.
    PassesOver,
    /// The mention is inside the connective's phrase: no verb governs it.
    Ends,
}

impl Resolver<'_> {
    /// The relation of mention `m`, whose first item is of `kind`, in the
    /// sentence starting at `ss`: its governing verb's, or that of the
    /// object before it that it is joined to. Remembers it in `previous`.
    pub(super) fn mention_relation(
        &self,
        m: &Mention,
        kind: Kind,
        ss: usize,
        previous: &mut Option<Previous>,
    ) -> Relation {
        let (mut relation, blocked) = if m.is_session() {
            self.session_relation(m.start, m.end, kind)
        } else {
            self.relation(m.start, m.end, kind)
        };
        if relation == Relation::Cites
            && previous.is_none_or(|p| p.sentence != ss)
            && self.second_object_after_a_clause(ss, m.start)
            && let Some(cue) = self.cues_before(ss, m.start).first().copied()
        {
            // The sentence's own verb, the first cue.
            relation = cue.relation;
        }
        if let Some(p) = *previous
            && p.sentence == ss
        {
            if blocked && self.joined_after_clause(m.start, ss, kind, p) {
                relation = p.relation;
            }
            if relation == Relation::Cites && self.second_object(m.start, p) {
                relation = p.relation;
            }
        }
        if !m.is_session() {
            *previous = Some(Previous {
                kind,
                sentence: ss,
                relation,
                end: m.end,
            });
        }
        relation
    }

    /// "Welcoming the holding of the eleventh session": the verb passes
    /// through an event noun to the session; any other session ("at its
    /// seventh session") is an adjunct.
    fn session_relation(&self, start: usize, end: usize, kind: Kind) -> (Relation, bool) {
        let before = &self.text()[crate::pattern::back(self.text(), start, EVENT_WINDOW)..start];
        // The words first: a regex call per session costs more.
        let event = before.contains("holding") || before.contains("convening");
        if event && EVENT_OF.is_match(before) {
            self.relation(start, end, kind)
        } else {
            (self.time_of_action(start).unwrap_or(Relation::Cites), false)
        }
    }

    /// "recalled resolution 3/1, which ..., and resolution 4/1": a mention
    /// of the previous one's kind, whose verb a clause blocked, joined to it
    /// by "and", a comma or "as well as", shares its verb.
    fn joined_after_clause(&self, start: usize, ss: usize, kind: Kind, p: Previous) -> bool {
        let same_kind = p.kind == kind
            || matches!(
                (p.kind, kind),
                (Kind::Resolution, Kind::Decision) | (Kind::Decision, Kind::Resolution)
            );
        if !same_kind {
            return false;
        }
        let before = self.text()[ss..start].trim_end();
        let before = before
            .trim_end_matches("its")
            .trim_end_matches("Conference")
            .trim_end();
        // "its resolution 57/167 ..., in which it endorsed the Political
        // Declaration ..., 2002, 1 its resolution 58/134" (A/C.3/80/L.5): a
        // footnote call after the comma.
        let uncalled = before.trim_end_matches(|c: char| c.is_ascii_digit());
        let before = if before.len() - uncalled.len() <= 3 && uncalled.trim_end().ends_with(',') {
            uncalled.trim_end()
        } else {
            before
        };
        before.ends_with("and")
            || before.ends_with(',')
            || crate::pattern::ends_with_spaced(before, "as well as")
    }

    /// "Recalls the Convention on the Rights of Persons with Disabilities,
    /// which entered into force on 3 May 2008, and General Assembly
    /// resolution 70/1" (A/RES/80/207): after a relative clause on the
    /// verb's first object, ", and" opens its second object.
    fn second_object_after_a_clause(&self, ss: usize, start: usize) -> bool {
        let before = self.text()[ss..start].trim_end();
        // "..., 27 which entered into force": a footnote call may stand
        // between the comma and "which".
        before.ends_with(", and") && before.split_whitespace().any(|w| w == "which")
    }

    /// "pursuant to that resolution and to paragraph 4 of resolution 8/9",
    /// "article 63, paragraph 4 (c), and paragraph 6 of article 60": a second
    /// object joined by "and" shares the first's verb.
    fn second_object(&self, start: usize, p: Previous) -> bool {
        p.relation != Relation::Cites
            && p.end <= start
            && COORDINATED.is_match(&self.text()[p.end..start])
    }

    /// The governing verb of a mention at `[start, end)` (whose first item
    /// is of `kind`), and whether a clause between blocked the verb found.
    pub(super) fn relation(&self, start: usize, end: usize, kind: Kind) -> (Relation, bool) {
        let (_, _, ss) = self.sentence_around(start);
        let Some(cue) = self.governing_cue(ss, start) else {
            return (Relation::Cites, false);
        };
        if self.cue_blocked(ss, cue, start, end, kind) {
            (Relation::Cites, true)
        } else {
            (cue.relation, false)
        }
    }

    /// The nearest cue before `start` in the sentence starting at `ss` that
    /// governs: a passive participle ("adopted by the Conference") describes
    /// rather than governs. A connective ("under", "pursuant to") governs
    /// what stands right after it, and a second object joined by "and" ("in
    /// accordance with rule 17 of the rules of procedure and Conference
    /// resolution 4/6"), not a parenthesis after its own object ("in
    /// accordance with the Convention (CAC/COSP/2017/2)"). A connective too
    /// far from the mention still ends the reach of any verb before it: the
    /// mention is inside the connective's phrase ("adopted legislation ...,
    /// in line with the recommendations ... of chapter II"), unless a
    /// parenthesis follows.
    pub(super) fn governing_cue(&self, ss: usize, start: usize) -> Option<Cue> {
        let text = self.text();
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
                match self.connective_reach(cue, rest) {
                    Reach::Governs => return Some(cue),
                    Reach::PassesOver => continue,
                    Reach::Ends => return None,
                }
            }
            if !self.describes(ss, cue, rest) {
                return Some(cue);
            }
        }
        None
    }

    /// Whether verb `cue`, with `rest` between it and the mention, describes
    /// a noun rather than governs: "adopted by the Assembly", "adopted
    /// by\nthe Assembly", and the rules below.
    fn describes(&self, ss: usize, cue: Cue, rest: &str) -> bool {
        crate::pattern::starts_with_spaced(rest.trim_start(), "by ")
            || self.opens_a_footnote_like_description(ss, cue)
            || self.describes_its_noun(ss, cue, rest)
            || self.referred_to_reaches_not(ss, cue, rest)
            || self.inner_that_clause_ended(ss, cue, rest)
    }

    /// "1  Adopted under the UNFCCC in FCCC/CP/2015/10/Add.1" (a footnote
    /// of A/C.2/80/L.3): a past participle opening its sentence, with no
    /// subject, describes the text the sentence is about.
    fn opens_a_footnote_like_description(&self, ss: usize, cue: Cue) -> bool {
        let word = &self.text()[cue.start..cue.end];
        word.starts_with(|c: char| c.is_ascii_uppercase())
            && word.ends_with("ed")
            && !word.contains(' ')
            && self.text()[ss..cue.start]
                .trim()
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'*')
    }

    /// What connective `cue` does to a mention with `rest` between them.
    fn connective_reach(&self, cue: Cue, rest: &str) -> Reach {
        let text = self.text();
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
            return Reach::PassesOver;
        }
        if names_its_own_object(plain) {
            return Reach::PassesOver;
        }
        let close = !plain.contains('(')
            && (at_most_words(plain, CONNECTIVE_OBJECT_WORDS) || pinpoint_heads_only(plain));
        // The object is rewritten only when it is not close.
        let coordinated = || {
            let object = PINPOINT_ASIDE.replace_all(plain, " ");
            let object = PINPOINT_HEAD.replace(&object, " ");
            CONNECTIVE_COORDINATED.is_match(&object)
        };
        if close || coordinated() {
            return Reach::Governs;
        }
        // A parenthesis after the connective's own object names
        // what an earlier verb governs ("referred to the note ...
        // under the first review cycle (CAC/COSP/2017/7)").
        if rest.contains('(') {
            return Reach::PassesOver;
        }
        Reach::Ends
    }

    /// Whether something between governing `cue` and the mention at
    /// `[start, end)` (whose first item is of `kind`) keeps the cue from
    /// governing it.
    fn cue_blocked(&self, ss: usize, cue: Cue, start: usize, end: usize, kind: Kind) -> bool {
        let text = self.text();
        let gap = &text[cue.end..start];
        // "its resolution 6/4, by which it adopted the guidelines, and its
        // resolutions 7/1 and 8/2": a verb inside a relative clause describes
        // the earlier text; it governs nothing after it.
        let before_cue = ss.max(crate::pattern::back(text, cue.start, RELATIVE_WINDOW));
        if RELATIVE_BEFORE_CUE.is_match(&text[before_cue..cue.start]) {
            return true;
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
        blocked_by_clause(gap) || infinitive_between(gap) || relative_head || parenthetical
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
        let mut resume = crate::pattern::back(text, *scanned, CUE_RESUME_BACK).max(ss);
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
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A/C.6/80/L.17: "To consider, in accordance with paragraph 2 of the
    /// annex to resolution\n71/146".
    #[test]
    fn pinpoint_heads_are_no_object() {
        assert!(pinpoint_heads_only(" paragraph 2 of the annex to "));
        assert!(pinpoint_heads_only(" paragraph 3 of the\nannex to "));
        assert!(!pinpoint_heads_only(
            " the recommendations made in paragraph 2 of "
        ));
    }
}
