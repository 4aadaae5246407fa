//! Whose resolution "its resolution 6/2" is: the body named right before the
//! "its", the one whose report or clause it stands in, a fronted subject
//! ("By its resolution 58/4, the General Assembly"), the issuer of the unit
//! it stands in, or the subject of its sentence or paragraph. A bare number
//! takes the issuer its shape implies (`names::plausible_issuer`), else the
//! context's.

use super::{FRONTED_GAP, FRONTED_PARTICIPLE, Resolver, at_most_words};
use crate::id::Id;
use crate::model::{IssuerHint, Mention, Raw};
use crate::names::{Body, BodyName, plausible_issuer};
use crate::static_re;
use crate::text::sentence::sentence_end;

static_re!(
    /// Right before "its ... session": "report on its", "at the second
    /// part of its", "during its".
    REPORT_ON_ITS,
    r"(?:\breports?\s+on|,\s*(?:at|during|in)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}part\s+of)\s+its\s+$"
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

/// "The General Assembly, in its resolutions ...": a body owns an "its" at
/// most this many words after it (session asides and "the ... parts of"
/// left out).
const OWNER_WORDS: usize = 6;

/// "the Implementation Review Group, established pursuant to Conference
/// resolution 3/1, at its sixteenth session": after a participial aside, the
/// body before it owns an "its" at most this many words on.
const AFTER_ASIDE_WORDS: usize = 4;

/// "the report to the" stands at most this many bytes before the body.
const REPORT_TO_REACH: usize = 40;

/// A report's symbol and part stand at most this many bytes before the
/// resolution they hold.
const REPORT_SYMBOL_REACH: usize = 120;

/// Words that open examples of a list: "resolutions adopted by the Human
/// Rights Council, including resolutions 36/6 ...".
const EXAMPLE_CUES: &[&str] = &["including", "in particular", "inter alia", "notably"];

/// "relevant resolutions adopted by the " stands at most this many bytes
/// before the body it names.
const EXAMPLES_HEAD_REACH: usize = 60;

impl Resolver<'_> {
    /// The issuer of resolution mention `m`, whose first item is `first`:
    /// the body its words name, the body its "its" refers to, or for a bare
    /// number the body its shape or context implies; failing these, the
    /// issuer of the unit it stands in, else the document's body.
    pub(super) fn issuer(&self, m: &Mention, first: &Raw) -> Body {
        let number = match first {
            Raw::Resolution { number, .. } => number.as_str(),
            _ => "",
        };
        let unit_issuer = self.layout.unit_at(m.start).and_then(|u| match u.id {
            Id::Resolution { issuer, .. } | Id::Decision { issuer, .. } => Some(issuer),
            _ => None,
        });
        let default = unit_issuer
            .or_else(|| self.layout.speaker_at(m.start))
            .unwrap_or_else(|| self.header_body());
        let chosen = match m.hint {
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
            // A short name before the keyword names the body outright.
            // ("Council decision 2024/251" in the Council's own text after
            // the Human Rights Council is the Council's: numbering decides.)
            IssuerHint::Bare => self
                .council_named_before(m.start)
                .or_else(|| self.adopted_by_a_body_of_ours(m))
                .or_else(|| self.report_to_a_body(m.start))
                .filter(|b| number.is_empty() || b.can_number(number))
                .or_else(|| plausible_issuer(number))
                .or_else(|| self.reporting_body(m.start, number))
                .or_else(|| self.named_list_before(m.start))
                .or_else(|| self.examples_of_a_bodys_texts(m.start))
                .or_else(|| self.opening_subject(m.start, default))
                .unwrap_or_else(|| self.bare_issuer(m.start, number, default)),
        };
        // Never a number the body's numbering cannot have: "which at its
        // thirty-fourth session had adopted its resolution 34/3" is not the
        // Conference's (11 sessions), whoever "its" seemed to be.
        self.numbering_fits(m.start, number, chosen)
    }

    /// `body` when its numbering can have `number` (or there is none), else
    /// the body [`Self::bare_issuer`] finds for it.
    fn numbering_fits(&self, start: usize, number: &str, body: Body) -> Body {
        if number.is_empty() || body.can_number(number) {
            body
        } else {
            self.bare_issuer(start, number, body)
        }
    }

    /// The issuer of item `raw` of resolution mention `m`, whose mention-wide
    /// issuer is `issuer`. A bare number is judged item by item:
    /// "resolutions 6/2 and 70/1" in a Conference text name two issuers.
    pub(super) fn item_issuer(&self, m: &Mention, raw: &Raw, issuer: Option<Body>) -> Body {
        if m.hint == IssuerHint::Bare {
            return self.issuer(m, raw);
        }
        let body = issuer.unwrap_or(Body::Cosp);
        // Each item is checked, not only the first: "its resolutions 60/251
        // ..., and 65/281" must not give the second to a body that has not
        // held 65 sessions, whoever "its" seemed to be.
        match raw {
            Raw::Resolution { number, .. } => self.numbering_fits(m.start, number, body),
            _ => body,
        }
    }

    /// "Recalls the decision taken by the Human Rights Council, in its
    /// resolution 54/15 ..., to extend ... the mandate of the Special
    /// Rapporteur as set out in Council resolution 27/21" (A/C.3/80/L.40):
    /// "Council" (or "Commission", [`crate::names::SHORT_BODY_WORDS`]) alone before the
    /// keyword is the body of that word the paragraph named last (a body of
    /// ours with the word in its name); none named, no reading.
    /// Whether a short body name ([`crate::names::SHORT_BODY_WORDS`]) stands right before
    /// the keyword at `start`.
    pub(super) fn short_body_word_before(&self, start: usize) -> bool {
        self.short_body_word(start).is_some()
    }

    /// The short body name right before `start`, if one stands there.
    fn short_body_word(&self, start: usize) -> Option<&str> {
        let before = self.text()[..start].trim_end();
        before
            .rsplit(char::is_whitespace)
            .next()
            .filter(|w| crate::names::SHORT_BODY_WORDS.contains(w))
    }

    pub(super) fn council_named_before(&self, start: usize) -> Option<Body> {
        let word = self.short_body_word(start)?;
        let before = self.text()[..start].trim_end();
        // The paragraph, or its sentence where a page break cut it ("...
        // resolutions of the Human Rights Council, including [footnotes,
        // footer] Council resolutions 52/5", A/C.3/80/L.22); bodies the
        // page's footnotes name are not the sentence's.
        let (_, _, ss) = self.sentence_around(start);
        let from = self.paragraph_lines(start)[0].0.min(ss);
        let named_at = before.len() - word.len();
        self.bodies_in(from, named_at)
            .rev()
            .filter(|b| self.layout.footnote_at(b.start).is_none())
            .find_map(|b| match b.name {
                BodyName::Exact(body)
                    if body.name().split(' ').any(|w| w == word) && body.issues_resolutions() =>
                {
                    Some(body)
                }
                _ => None,
            })
    }

    /// "Recalling its resolutions 60/251 of 15 March 2006, by which it
    /// established the Human Rights Council, and 65/281 ..." (A/C.3/80/L.24):
    /// a paragraph opening with its verb ("Recalling", "Requests") has the
    /// body whose opening formula opens the text ("The General Assembly,")
    /// or the draft it stands in as its subject: an "its" before any body
    /// the paragraph names is that body's, whatever bodies come later.
    pub(super) fn implicit_subject(&self, start: usize) -> Option<Body> {
        let speaker = self
            .layout
            .speaker_at(start)
            .or(self.layout.header.opener)?;
        let (_, _, ss) = self.sentence_around(start);
        let opening = self.text()[ss..start]
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c.is_whitespace());
        // "16. Also decides to include in the provisional agenda of its
        // eighty-first session" (A/C.6/80/L.14): an adverb may come first.
        let mut words = opening
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty());
        let mut word = words.next().unwrap_or("");
        if matches!(
            word,
            "Also" | "Further" | "Furthermore" | "Again" | "Finally" | "Strongly" | "Firmly"
        ) {
            word = words.next().unwrap_or("");
        }
        let verb_like = word.len() > 3
            && word[1..].bytes().all(|b| b.is_ascii_lowercase())
            && (word.ends_with("ing") || word.ends_with('s'));
        // "Requests the Implementation Review Group ... to continue ... at
        // its resumed sixth session": a body named before the "its" is
        // whose it is (the rules before this one).
        let body_between = self.bodies_in(ss, start).next().is_some();
        (verb_like && !body_between).then_some(speaker)
    }

    /// "Recalling also Human Rights Council resolutions 23/13 of 13 June
    /// 2013 on attacks and discrimination against persons with albinism and
    /// 24/33 of 27 September 2013 on technical cooperation ..., as well as
    /// resolutions 28/6 of 26 March 2015, 37/5 ..." (A/C.3/80/L.14): a bare
    /// list joined by "as well as" to a list headed by a body's name, with
    /// no other issuer named between, goes on with that body's texts.
    fn named_list_before(&self, start: usize) -> Option<Body> {
        let text = self.text();
        let before = text[..start].trim_end();
        if !crate::pattern::ends_with_spaced(before, "as well as") {
            return None;
        }
        let (_, _, ss) = self.sentence_around(start);
        // A page's footnotes inside the sentence (see `text::Blocks`) name
        // bodies of their own.
        let in_footnote = |pos: usize| self.layout.footnote_at(pos).is_some();
        let head = self.bodies_in(ss, start).rfind(|b| !in_footnote(b.start))?;
        let BodyName::Exact(body) = head.name else {
            return None;
        };
        let after = text[head.end..].trim_start();
        let heads_a_list = after.starts_with("resolution") || after.starts_with("decision");
        let between = &text[head.end..start];
        let other_issuer = crate::text::lines(between)
            .filter(|&(a, _)| !in_footnote(head.end + a))
            .flat_map(|(a, b)| between[a..b].split(|c: char| !c.is_alphanumeric()))
            .any(|w| matches!(w, "its" | "their"));
        (heads_a_list && body.issues_resolutions() && !other_issuer && !between.contains(';'))
            .then_some(body)
    }

    /// "CAC/COSP/2021/17, sect. I.A, resolution 9/2" in an Assembly draft:
    /// a resolution cited as a part of a report is the reporting body's,
    /// when the report's series names a body of ours whose numbering can
    /// have it (else `foreign::in_a_report_citation` drops it).
    pub(super) fn reporting_body(&self, start: usize, number: &str) -> Option<Body> {
        let from = crate::pattern::back(self.text(), start, REPORT_SYMBOL_REACH);
        let symbol = crate::names::symbols::report_part_symbol(&self.text()[from..start])?;
        Body::of_symbol(symbol).filter(|b| b.issues_resolutions() && b.can_number(number))
    }

    /// "the report to the Human Rights Council submitted pursuant to
    /// resolutions 52/28 and 55/21" (A/RES/80/220): the resolutions a report
    /// to a body is submitted under are that body's.
    fn report_to_a_body(&self, start: usize) -> Option<Body> {
        let text = self.text();
        let (_, _, ss) = self.sentence_around(start);
        let b = self.bodies_in(ss, start).last()?;
        let BodyName::Exact(body) = b.name else {
            return None;
        };
        let between = text[b.end..start].trim();
        let under = ["pursuant to", "in accordance with", "under"]
            .iter()
            .any(|c| {
                between == *c
                    || between
                        .strip_suffix(c)
                        .is_some_and(|r| matches!(r.trim(), "submitted" | "presented"))
            });
        let before = &text[crate::pattern::back(text, b.start, REPORT_TO_REACH)..b.start];
        (under
            && crate::pattern::ends_with_spaced(before, " to the ")
            && before.contains("report")
            && body.issues_resolutions())
        .then_some(body)
    }

    /// "relevant resolutions adopted by the Human Rights Council, including
    /// resolutions 36/6 of 28 September 2017, 45/3 ... and 54/14"
    /// (A/C.3/80/L.27): examples ("including", "in particular", "inter
    /// alia") of the texts of a body named right before are that body's.
    fn examples_of_a_bodys_texts(&self, start: usize) -> Option<Body> {
        let text = self.text();
        let before = text[..start].trim_end();
        let list = EXAMPLE_CUES
            .iter()
            .find_map(|cue| before.strip_suffix(cue))?
            .trim_end()
            .strip_suffix(',')?
            .trim_end();
        let (_, _, ss) = self.sentence_around(start);
        let head = self.bodies_in(ss, start).rfind(|b| b.end == list.len())?;
        let BodyName::Exact(body) = head.name else {
            return None;
        };
        let texts = &text[crate::pattern::back(text, head.start, EXAMPLES_HEAD_REACH)..head.start];
        let of_its_texts = ["resolutions", "decisions"]
            .iter()
            .any(|w| texts.contains(w))
            && (crate::pattern::ends_with_spaced(texts, "adopted by the ")
                || crate::pattern::ends_with_spaced(texts, "of the "));
        (of_its_texts && body.issues_resolutions()).then_some(body)
    }

    /// "The Conference of the Parties to the United Nations Convention
    /// against Transnational Organized Crime, at its eleventh session,
    /// adopted resolution 11/4": a sentence that opens with a body of ours
    /// other than the text's own (`default`) is that body's speech, and a
    /// bare number in it is that body's.
    fn opening_subject(&self, start: usize, default: Body) -> Option<Body> {
        let (_, _, ss) = self.sentence_around(start);
        let first = self.bodies_in(ss, start).next()?;
        let opening = self.text()[ss..first.start].trim();
        let opening = opening
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
            .trim();
        match first.name {
            BodyName::Exact(body)
                if body != default
                    && body.issues_resolutions()
                    && matches!(opening, "The" | "the") =>
            {
                Some(body)
            }
            _ => None,
        }
    }

    /// A bare "resolution N/M" at `start` whose shape names no issuer: the
    /// text's own body (`default`) when its numbering can have the number;
    /// else the body the sentence names last whose numbering can ("The
    /// representative of the secretariat of the Conference of the States
    /// Parties ... reported on the outcome of ... resolution 10/4" in a
    /// Commission's report); else the Assembly's. And a low number next to
    /// the Conference in another body's text is the Conference's ("She noted
    /// that the Conference had adopted eleven resolutions ..., including
    /// resolution 10/4", in the Crime Commission's report).
    fn bare_issuer(&self, start: usize, number: &str, default: Body) -> Body {
        if default != Body::Cosp
            && Body::Cosp.can_number(number)
            && self.sentence_names(start, Body::Cosp)
        {
            // An Assembly or Council text welcoming "the adoption by
            // the Conference ... of resolutions 8/1 to 8/14": a low
            // number next to the Conference is the Conference's.
            return Body::Cosp;
        }
        if default.can_number(number) {
            return default;
        }
        let (_, _, ss) = self.sentence_around(start);
        self.bodies_in(ss, start)
            .rev()
            .find_map(|b| match b.name {
                BodyName::Exact(body) if body.can_number(number) => Some(body),
                _ => None,
            })
            .unwrap_or(Body::Ga)
    }

    /// Whose "its resolution" / "its eighth session" this is: the first body
    /// (that `accept`s) of these rules in turn, else `in_unit` (the issuer of
    /// the unit the mention stands in), else a subject of its sentence, else
    /// the subject named last in its paragraph.
    pub(super) fn subject_for_its(
        &self,
        start: usize,
        end: usize,
        accept: &dyn Fn(Body) -> bool,
        in_unit: Option<Body>,
    ) -> Option<Body> {
        let (_, le, ss) = self.sentence_around(start);
        let se = sentence_end(self.text(), end, le);
        self.body_right_before(ss, start, accept)
            .or_else(|| self.owner_before_aside(ss, start, accept))
            .or_else(|| self.whose_report(ss, start, accept))
            .or_else(|| self.subject_of_that_clause(ss, start, accept))
            .or_else(|| self.fronted_in_a_that_clause(start, end, se, accept))
            .or_else(|| self.implicit_subject(start).filter(|&b| accept(b)))
            .or_else(|| self.fronted_subject(end, se, accept))
            .or(in_unit)
            .or_else(|| self.any_subject(ss, se, accept))
            .or_else(|| self.last_subject_in_paragraph(start, accept))
    }

    /// "The General Assembly, in its resolutions ..." / "the Group at its
    /// eighth session": the body right before the "its", unless it issues a
    /// reference or is the agent of an aside.
    fn body_right_before(
        &self,
        ss: usize,
        start: usize,
        accept: &dyn Fn(Body) -> bool,
    ) -> Option<Body> {
        let m = self.bodies_in(ss, start).next_back()?;
        let between = &self.text()[m.end..start];
        if self.is_attributive(m) || (self.is_agent(m) && between.contains(',')) {
            return None;
        }
        let between = SESSION_ASIDE.replace_all(between, " ");
        if !at_most_words(&PARTS_OF.replace(&between, " "), OWNER_WORDS) {
            return None;
        }
        self.resolve_name(m.name, m.start).filter(|&b| accept(b))
    }

    /// "the report of the Implementation Review Group on its twelfth session
    /// ... and of the report on its resumed twelfth session", "the efforts
    /// made by the Group, at the second part of its resumed eleventh
    /// session": the body whose report or work it is.
    fn whose_report(&self, ss: usize, start: usize, accept: &dyn Fn(Body) -> bool) -> Option<Body> {
        if !REPORT_ON_ITS.is_match(&self.text()[ss..start]) {
            return None;
        }
        self.last_body(ss, start, false, accept)
    }

    /// "the Conference decided that the Group would hold joint meetings with
    /// other subsidiary bodies at its thirteenth session": the subject of the
    /// clause the mention stands in.
    fn subject_of_that_clause(
        &self,
        ss: usize,
        start: usize,
        accept: &dyn Fn(Body) -> bool,
    ) -> Option<Body> {
        self.bodies_in(ss, start).rev().find_map(|m| {
            let before = self.text()[ss..m.start].trim_end();
            let before = before.strip_suffix("the").unwrap_or(before).trim_end();
            (before.ends_with(" that") || before == "that")
                .then(|| self.resolve_name(m.name, m.start).filter(|&b| accept(b)))
                .flatten()
        })
    }

    /// "Takes note ... that through its resolution 54/18 of 12 October
    /// 2023, the Human Rights Council submitted" (A/RES/80/207): in a
    /// clause that opens "that through / by / in its resolution", the
    /// subject after the fronted reference is the owner, not the speaker.
    fn fronted_in_a_that_clause(
        &self,
        start: usize,
        end: usize,
        se: usize,
        accept: &dyn Fn(Body) -> bool,
    ) -> Option<Body> {
        let before = self.text()[..start].trim_end();
        let before = before.strip_suffix("its").unwrap_or(before).trim_end();
        let opens = ["that through", "that by", "that in", "that under"]
            .iter()
            .any(|p| crate::pattern::ends_with_spaced(before, p));
        if !opens {
            return None;
        }
        self.fronted_subject(end, se, accept)
    }

    /// "By its resolution 58/4, the General Assembly adopted": the subject
    /// after a fronted reference (its date, a comma, an article, or a
    /// participle phrase between).
    fn fronted_subject(
        &self,
        end: usize,
        se: usize,
        accept: &dyn Fn(Body) -> bool,
    ) -> Option<Body> {
        let m = self.bodies_in(end, se).next()?;
        let gap = &self.text()[end..m.start];
        let after_held = gap.contains(", held") || gap.contains(", on ");
        if !(FRONTED_GAP.is_match(gap) || after_held || FRONTED_PARTICIPLE.is_match(gap)) {
            return None;
        }
        self.resolve_name(m.name, m.start)
            .filter(|&b| accept(b) && !self.is_possessor(m))
    }

    /// Any subject of the sentence `[ss, se)`: its first body that neither
    /// owns something ("session of the Conference") nor issues a reference.
    fn any_subject(&self, ss: usize, se: usize, accept: &dyn Fn(Body) -> bool) -> Option<Body> {
        self.bodies_in(ss, se)
            .filter(|m| !self.is_possessor(m) && !self.is_attributive(m))
            .find_map(|m| self.resolve_name(m.name, m.start).filter(|&b| accept(b)))
    }

    /// "... the Conference decided that the Group would continue its work.
    /// The first part of its fifteenth session was held ...": with no body
    /// in its own sentence, "its" is the subject named last before it. (The
    /// paragraph's first subject is among the same candidates, so there is
    /// no fallback to it.)
    fn last_subject_in_paragraph(
        &self,
        start: usize,
        accept: &dyn Fn(Body) -> bool,
    ) -> Option<Body> {
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
        if !at_most_words(&rest, AFTER_ASIDE_WORDS) {
            return None;
        }
        let m = self.bodies_in(ss, a).next_back()?;
        if self.is_attributive(m) || !self.text()[m.end..a].trim().is_empty() {
            return None;
        }
        self.resolve_name(m.name, m.start).filter(|&b| accept(b))
    }

    /// Whether the sentence around `pos` names `body`.
    fn sentence_names(&self, pos: usize, body: Body) -> bool {
        let (_, le, ss) = self.sentence_around(pos);
        let se = sentence_end(self.text(), pos, le);
        self.bodies_in(ss, se)
            .any(|m| m.name == BodyName::Exact(body))
    }
}
