//! Whose "eighth session" it is: the body a session mention's words name,
//! else the issuer of the resolution it was adopted at, the owner of the
//! session it is joined to, the subject its "its" refers to, or the subject
//! of its sentence or paragraph.

use super::{Memory, Resolver};
use crate::id::Id;
use crate::model::Mention;
use crate::names::Body;
use crate::static_re;

static_re!(
    /// Between a resolution and the session that adopted it: "its
    /// resolution 1/5, adopted at its first session" is the issuer's session.
    ADOPTED_AT_ITS,
    r"^(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\s*,?\s*(?:(?:which|that)\s+it\s+)?(?:was\s+)?(?:adopted|held|taken|approved)\s+at\s+its\s*$"
);

static_re!(
    /// Between two session mentions, a second "its" joined to the first:
    /// "on its sixth session and on its resumed sixth session".
    SESSION_CONJUNCT,
    r"^\s*,?\s*(?:and|or|as\s+well\s+as)\s+(?:(?:on|at|of|during|in|for|to)\s+)?(?:the\s+(?:[a-z]+\s+){0,3}parts?\s+of\s+)?its\s+$"
);

static_re!(
    /// A citation of a body's official records right before a session:
    /// "Official Records of the General Assembly, Sixty-sixth Session",
    /// "Records of the General Conference, Forty-first Session" (the
    /// UNESCO body), "Official Records of the Economic and Social Council,
    /// 2013,". The body's name is group 1.
    RECORDS_OF,
    r"Records\s+of\s+(?:the\s+)?([A-Z][^,;()]{2,100}?)\s*,\s*$"
);

static_re!(
    /// "Ibid., Sixty-seventh Session, Supplement No. 53": the session of the
    /// records cited just before.
    IBID,
    r"\bIbid\.,\s*$"
);

static_re!(
    /// The body's name in a citation of official records, anywhere: what
    /// "Ibid." repeats.
    RECORDS_NAME,
    r"Records\s+of\s+(?:the\s+)?([A-Z][^,;()]{2,100}?)\s*,"
);

/// A records citation's body name ends this close before its session.
const RECORDS_REACH: usize = 140;

/// "Ibid." repeats a records citation at most this many bytes before (a
/// page of footnotes).
const IBID_REACH: usize = 3000;

impl Resolver<'_> {
    /// The session item `number` (a `meeting` when the text numbers
    /// meetings) of mention `m`, or `None` when its body is not ours or not
    /// found. Remembers its body for the sessions after it.
    pub(super) fn session_id(
        &self,
        m: &Mention,
        number: &str,
        meeting: bool,
        memory: &mut Memory,
    ) -> Option<Id> {
        // "the twenty-second special session (S-22)": special sessions are the
        // Assembly's.
        let body = if number.starts_with("S-") {
            Some(Body::Ga)
        } else if let Some(records) = self.records_session(m) {
            records
        } else {
            self.adopting_session(m, meeting, memory.last_unit)
                .or_else(|| self.joined_session(m, memory.prev_session))
                .or_else(|| self.session_body(m, meeting, memory.last_session))
        }?;
        // "Records of the General Conference, Forty-first Session": no
        // session a body has not held (or planned) is one of its.
        if !body.can_have_session(number) {
            return None;
        }
        memory.last_session = Some((body, self.paragraph_lines(m.start)[0].0));
        memory.prev_session = Some((body, m.end));
        Some(Id::Session {
            body,
            number: number.to_string(),
        })
    }

    /// The owner of a session in a citation of official records: "Official
    /// Records of the General Assembly, Sixty-sixth Session, Supplement No.
    /// 53 (A/66/53)" is the Assembly's (whatever the sentence around the
    /// footnote is about), "Records of the General Conference, Forty-first
    /// Session, Paris" a body's we have no code for (`Some(None)`: no
    /// reference), "Ibid., Sixty-seventh Session" the one cited before.
    /// `None` when the session is not in such a citation.
    fn records_session(&self, m: &Mention) -> Option<Option<Body>> {
        if m.body.is_some() {
            return None;
        }
        let from = crate::pattern::back(self.text(), m.start, RECORDS_REACH);
        let before = &self.text()[from..m.start];
        if IBID.is_match(before) {
            let from = crate::pattern::back(self.text(), m.start, IBID_REACH);
            let c = RECORDS_NAME
                .captures_iter(&self.text()[from..m.start])
                .last()?;
            let name = c.get(1).expect("group");
            return Some(self.records_body(from + name.start(), from + name.end()));
        }
        let c = RECORDS_OF.captures(before)?;
        let name = c.get(1).expect("group");
        Some(self.records_body(from + name.start(), from + name.end()))
    }

    /// The body of ours whose name is exactly `[a, b)`, if any.
    fn records_body(&self, a: usize, b: usize) -> Option<Body> {
        self.bodies_in(a, b)
            .find(|n| n.start == a && n.end == b)
            .and_then(|n| self.resolve_name(n.name, n.start))
    }

    /// "its resolution 1/5, adopted at its first session": the session of
    /// the resolution's issuer (`last_unit`: the issuer and end of the last
    /// resolution named).
    fn adopting_session(
        &self,
        m: &Mention,
        meeting: bool,
        last_unit: Option<(Body, usize)>,
    ) -> Option<Body> {
        let (issuer, at) = last_unit?;
        (!meeting && at <= m.start && ADOPTED_AT_ITS.is_match(&self.text()[at..m.start]))
            .then_some(issuer)
    }

    /// "on its sixth session and on its resumed sixth session": the second
    /// "its" is the first's (`prev_session`: the body and end of the last
    /// session named).
    fn joined_session(&self, m: &Mention, prev_session: Option<(Body, usize)>) -> Option<Body> {
        let (body, end) = prev_session?;
        (end <= m.start && SESSION_CONJUNCT.is_match(&self.text()[end..m.start])).then_some(body)
    }

    /// The body of session mention `m`: the one its words name, else the one
    /// its context implies. A numbered meeting is only of a body that
    /// numbers meetings as sessions.
    fn session_body(
        &self,
        m: &Mention,
        meeting: bool,
        last_session: Option<(Body, usize)>,
    ) -> Option<Body> {
        let accept = |b: Body| !meeting || b.meetings_are_sessions();
        let body = match m.body {
            Some(name) => self.resolve_name(name, m.start)?,
            None => self.unnamed_session_body(m, meeting, last_session, &accept)?,
        };
        (!meeting || body.meetings_are_sessions()).then_some(body)
    }

    /// The body of a session its words do not name: "its" session's is the
    /// subject "its" refers to; any other's the subject of its sentence or
    /// paragraph; failing those, the document's.
    fn unnamed_session_body(
        &self,
        m: &Mention,
        meeting: bool,
        last_session: Option<(Body, usize)>,
        accept: &dyn Fn(Body) -> bool,
    ) -> Option<Body> {
        // "on\nits fifteenth session": any white space before "its".
        let before = self.text()[..m.start].trim_end();
        let spaced = |w| crate::pattern::ends_with_spaced(before, w);
        let its = spaced(" its") || spaced(" their") || before == "its";
        if its && (self.foreign_subject_before(m.start) || self.foreign_subject_after(m.end)) {
            // "the Commission on Crime Prevention and Criminal Justice,
            // at its thirty-first session": a body we have no code for.
            return None;
        }
        // "the amendments ... adopted by the Assembly of States Parties at
        // the fourteenth, and sixteenth and eighteenth sessions" (A/80/L.9):
        // a body we have no code for, named right before the session ("the
        // plenary and the Committee of the Whole meet in parallel, as at the
        // ninth and tenth sessions" names no owner).
        if !its && self.foreign_body_right_before(m.start) {
            return None;
        }
        if its && meeting && self.its_owner_numbers_no_meetings(m) {
            return None;
        }
        if its && self.group_of_another_before(m.start) {
            return None;
        }
        let found = if its {
            let found = self.subject_for_its(m.start, m.end, accept, None);
            if found.is_none() && self.layout.header.foreign_subject {
                return None;
            }
            found
        } else {
            self.subject_of_session(m.start, last_session, accept)
        };
        match found.or_else(|| self.meeting_owner(m.start, meeting, accept)) {
            Some(b) => Some(b),
            None => self.session_body_by_default(meeting),
        }
    }

    /// "Takes note of the report of the Working Group on its twenty-sixth
    /// session" in an Assembly resolution on the right to development
    /// (A/RES/80/207): "the Working Group" right before "its" is none of
    /// ours when the text names no working group of ours (it named the
    /// Working Group on the Right to Development), so the session is not
    /// one of ours either.
    fn group_of_another_before(&self, start: usize) -> bool {
        let (_, _, ss) = self.sentence_around(start);
        let Some(g) = self.bodies_in(ss, start).last() else {
            return false;
        };
        let between = &self.text()[g.end..start];
        g.name == crate::names::BodyName::AnyWorkingGroup
            && super::at_most_words(between, 2)
            && !between.contains([',', ';'])
            && self.resolve_name(g.name, g.start).is_none()
    }

    /// "The Working Group on International Cooperation established by the
    /// Conference of the Parties to the Organized Crime Convention, at its
    /// thirteenth meeting": the body "its" refers to first (here another
    /// treaty's Conference of the Parties, or a group of it) numbers no
    /// meetings as sessions, so the meeting is not one of ours; it does not
    /// pass to a body named further away. (The Conference's own meetings
    /// pass on: "the Conference ... requested the Working Group to continue
    /// its discussions ... at its nineteenth and twentieth meetings".)
    fn its_owner_numbers_no_meetings(&self, m: &Mention) -> bool {
        self.subject_for_its(m.start, m.end, &|_| true, None)
            .is_some_and(|b| !b.meetings_are_sessions() && !b.has_meeting_bodies())
    }

    /// "the second session was held": the sentence's subject, else the body
    /// of the last session the paragraph named, else the paragraph's
    /// subject.
    fn subject_of_session(
        &self,
        start: usize,
        last_session: Option<(Body, usize)>,
        accept: &dyn Fn(Body) -> bool,
    ) -> Option<Body> {
        self.sentence_subject(start, accept)
            .or_else(|| {
                let para = self.paragraph_lines(start)[0].0;
                last_session
                    .filter(|(_, p)| *p == para)
                    .map(|(b, _)| b)
                    .filter(|&b| accept(b))
            })
            .or_else(|| self.paragraph_subject(start, accept))
    }

    /// "the work of the Working Group on Asset Recovery, ... adopted at its
    /// fifteenth meeting": only a working group or the expert meeting
    /// numbers meetings, so the one the sentence names owns it even as a
    /// possessor.
    fn meeting_owner(
        &self,
        start: usize,
        meeting: bool,
        accept: &dyn Fn(Body) -> bool,
    ) -> Option<Body> {
        if !meeting {
            return None;
        }
        let (_, _, ss) = self.sentence_around(start);
        self.last_body(ss, start, false, accept)
    }

    /// A session no rule found the owner of: the meeting body of the
    /// document for a meeting; none in the text of a body we have no code
    /// for; else the body of the document's own session, else the body the
    /// document is for.
    fn session_body_by_default(&self, meeting: bool) -> Option<Body> {
        let header = &self.layout.header;
        if meeting {
            return header.meeting_body.filter(|b| b.meetings_are_sessions());
        }
        if header.foreign_subject {
            return None;
        }
        Some(match &header.session {
            Some(Id::Session { body, .. }) => *body,
            // In the Implementation Review Group's document an
            // unowned "session" is the Group's: the body the
            // document is for, when it numbers sessions.
            _ => header
                .meeting_body
                .filter(|b| !b.meetings_are_sessions())
                .unwrap_or_else(|| self.header_body()),
        })
    }
}
