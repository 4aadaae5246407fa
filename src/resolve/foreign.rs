//! Resolutions and sessions of bodies we have no code for (a Commission, a
//! Committee, another treaty's Conference of the Parties): "its" and bare
//! numbers that belong to them are not ours, and are dropped.

use super::{FRONTED_GAP, FRONTED_PARTICIPLE, Resolver, at_most_words};
use crate::model::{IssuerHint, Mention, Raw};
use crate::names::{Body, BodyName};
use crate::static_re;
use crate::text::sentence::sentence_end;

static_re!(
    /// Names of bodies outside the registry: their sessions and
    /// resolutions are not ours.
    FOREIGN_BODY,
    &format!(r"\b{}\b", crate::names::FOREIGN_BODY_RE)
);

static_re!(
    /// A citation of a part of a report in official records, up to a
    /// resolution it names: "Official Records of the Economic and Social
    /// Council, 2013, Supplement No. 19 (E/2013/39), chap. I, sect. C, ",
    /// and after a semicolon "ibid., 2015, Supplement No. 7 (E/2015/27),
    /// chap. I, sect. C, " (A/RES/80/216).
    REPORT_PART,
    r"(?:Official\s+Records\s+of\s+the\s+[^;]{0,300}?|[Ii]bid\.,[^;]{0,40}?)\bSupplement\s+No\.[^;]{0,300}?\b(?:chap|sect)\.[^;.]{0,80}$"
);

/// "the adoption of" stands at most this many bytes before the resolution.
const ADOPTION_BEFORE: usize = 24;

/// "..., by the Subcommission ...": the adopter is named at most this many
/// bytes after the resolution.
const ADOPTER_REACH: usize = 240;

/// A report citation starts at most this many bytes before the resolution
/// it names.
const REPORT_CITATION_REACH: usize = 600;

/// "The Commission on Crime Prevention and Criminal Justice, in its
/// resolution 26/1": a foreign body owns an "its" at most this many words
/// after it, with no body of ours between.
const FOREIGN_OWNER_WORDS: usize = 6;

/// "At its twenty-fifth session, the Commission ...": a fronted session's
/// subject comes at most this many words after it.
const FRONTED_SUBJECT_WORDS: usize = 12;

impl Resolver<'_> {
    /// The names of bodies we have no code for in `[a, b)`, as absolute
    /// spans: a name the body finder reads as one of ours ("the Commission
    /// on Crime Prevention and Criminal Justice", "the Conference of the
    /// Parties to the United Nations Convention against Transnational
    /// Organized Crime") is not foreign, though the generic pattern takes
    /// it in; nor is one of the Assembly's main committees ("a working group
    /// of the Sixth Committee").
    fn foreign_names(&self, a: usize, b: usize) -> Vec<(usize, usize)> {
        let text = self.text();
        FOREIGN_BODY
            .find_iter(&text[a..b])
            .map(|f| (a + f.start(), a + f.end()))
            .filter(|&(fs, _)| !main_committee(text, fs))
            .filter(|&(fs, _)| {
                !self
                    .bodies_in(fs, b)
                    .any(|k| k.start == fs && matches!(k.name, BodyName::Exact(_)))
            })
            .collect()
    }

    /// Whether resolution mention `m` belongs to a body we have no code for:
    /// its "its" is a foreign body's, or a bare number's sentence or relative
    /// clause has a foreign subject.
    pub(super) fn issued_by_foreign_body(&self, m: &Mention) -> bool {
        match m.hint {
            IssuerHint::Its => {
                self.foreign_issuer_of_its(m.start, m.end)
                    || self.foreign_relative_antecedent(m.start)
                    || self.own_text_is_foreign(m)
            }
            // "Commission resolution 1998/72" after the Commission on Human
            // Rights: the short name is that body of ours; with none of ours
            // named, a Commission we have no code for.
            IssuerHint::Bare if self.short_body_word_before(m.start) => {
                self.council_named_before(m.start).is_none()
            }
            IssuerHint::Bare => {
                self.adopted_by_a_foreign_body(m)
                    || self.foreign_sentence_subject(m.start)
                    || self.foreign_relative_antecedent(m.start)
                    || self.in_a_report_citation(m)
            }
            IssuerHint::Named(_) => false,
        }
    }

    /// "Official Records of the Economic and Social Council, 2013, Supplement
    /// No. 19 (E/2013/39-E/ESCAP/69/27), chap. I, sect. C, resolution 69/1,
    /// annex": a bare resolution cited as a part of a body's report is that
    /// reporting body's (here a regional commission's), not the speaker's;
    /// the words do not say whose, so it is dropped.
    pub(super) fn in_a_report_citation(&self, m: &Mention) -> bool {
        let start = m.start;
        // The citation may open lines before, in the same footnote
        // ("... ibid., 2015, Supplement\nNo. 7 (E/2015/27), chap. I, sect. C,
        // resolution 59/1").
        let ps = self.paragraph_lines(start)[0].0;
        let from = ps.max(crate::pattern::back(
            self.text(),
            start,
            REPORT_CITATION_REACH,
        ));
        let before = &self.text()[from..start];
        let official_records =
            (before.contains("Records") || before.contains("bid.")) && REPORT_PART.is_match(before);
        let number = match m.items.first().map(|i| &i.raw) {
            Some(Raw::Resolution { number, .. }) => number.as_str(),
            _ => "",
        };
        official_records || self.part_of_a_foreign_report(start, number)
    }

    /// "(E/2015/27), chap. I, sect. C, resolution 59/1" (A/RES/80/216): a
    /// resolution cited as a part of a report whose series is no body of
    /// ours that could number it (the Commission on the Status of Women's,
    /// in the Council's records) is dropped.
    fn part_of_a_foreign_report(&self, start: usize, number: &str) -> bool {
        let from = crate::pattern::back(self.text(), start, REPORT_CITATION_REACH);
        crate::names::symbols::report_part_symbol(&self.text()[from..start]).is_some()
            && self.reporting_body(start, number).is_none()
    }

    /// "Recalling the adoption of resolution 2000/22 of 18 August 2000, on
    /// the promotion of dialogue ..., by the Subcommission on the Promotion
    /// and Protection of Human Rights" (A/RES/80/204): the adoption of a
    /// resolution by a body we have no code for names its issuer after it.
    fn adopted_by_a_foreign_body(&self, m: &Mention) -> bool {
        self.adopter_at(m).is_some_and(|(name_at, se)| {
            self.foreign_names(name_at, se)
                .first()
                .is_some_and(|&(fs, _)| fs == name_at)
        })
    }

    /// "Notes the adoption of the resolution 58/13 by the Human Rights
    /// Council" (A/C.3/80/L.5): the body of ours that adopted it, named
    /// after it.
    pub(super) fn adopted_by_a_body_of_ours(&self, m: &Mention) -> Option<Body> {
        let (name_at, se) = self.adopter_at(m)?;
        let b = self.bodies_in(name_at, se).next()?;
        match b.name {
            BodyName::Exact(body) if b.start == name_at && body.issues_resolutions() => Some(body),
            _ => None,
        }
    }

    /// Where the adopter's name starts after "the adoption of resolution
    /// N ..., by the", and the end of the stretch it is looked for in.
    fn adopter_at(&self, m: &Mention) -> Option<(usize, usize)> {
        let text = self.text();
        let before = &text[crate::pattern::back(text, m.start, ADOPTION_BEFORE)..m.start];
        if !before.contains("adoption") {
            return None;
        }
        let (_, le, _) = self.sentence_around(m.start);
        let mut se = sentence_end(text, m.end, le).min(m.end + ADOPTER_REACH);
        while !text.is_char_boundary(se) {
            se -= 1;
        }
        let after = &text[m.end..se];
        let after = &after[..after.find(';').unwrap_or(after.len())];
        let k = after.find("by the ")?;
        Some((m.end + k + "by the ".len(), se))
    }

    /// Whether the nearest body-like name before `pos` in its sentence is one
    /// we have no code for (a Commission, a Committee, another treaty's COP).
    pub(super) fn foreign_subject_before(&self, pos: usize) -> bool {
        let (_, _, ss) = self.sentence_around(pos);
        let Some(&(foreign_at, _)) = self.foreign_names(ss, pos).last() else {
            return false;
        };
        self.bodies_in(ss, pos).all(|b| b.end <= foreign_at)
    }

    /// "adopted by the Assembly of States Parties at the fourteenth
    /// session": a foreign body name in the sentence, the last body named,
    /// then at most a preposition and an article before `pos`.
    pub(super) fn foreign_body_right_before(&self, pos: usize) -> bool {
        let (_, _, ss) = self.sentence_around(pos);
        let Some(&(foreign_at, foreign_end)) = self.foreign_names(ss, pos).last() else {
            return false;
        };
        let between = &self.text()[foreign_end..pos];
        self.bodies_in(ss, pos).all(|b| b.end <= foreign_at)
            && !between.contains([',', ';'])
            && at_most_words(between, 2)
    }

    /// In the text of a body we have no code for ("The Commission on Crime
    /// Prevention and Criminal Justice, Recalling its resolution 33/4"), an
    /// "its" no named body in reach takes is that body.
    pub(super) fn own_text_is_foreign(&self, m: &Mention) -> bool {
        self.layout.header.foreign_subject
            && self
                .subject_for_its(m.start, m.end, &|b: Body| b.issues_resolutions(), None)
                .is_none()
    }

    /// "In its resolution 10/4, the Conference of the Parties to the ...
    /// Convention against Transnational Organized Crime requested", "The
    /// Commission on Crime Prevention and Criminal Justice, in its
    /// resolution 26/1": "its" is a body we have no code for.
    pub(super) fn foreign_issuer_of_its(&self, start: usize, end: usize) -> bool {
        let text = self.text();
        let (_, le, ss) = self.sentence_around(start);
        let se = sentence_end(text, end, le);
        if let Some(&(fs, _)) = self.foreign_names(end, se).first()
            && (FRONTED_GAP.is_match(&text[end..fs]) || FRONTED_PARTICIPLE.is_match(&text[end..fs]))
        {
            return true;
        }
        self.foreign_names(ss, start)
            .last()
            .is_some_and(|&(fs, fe)| {
                at_most_words(&text[fe..start], FOREIGN_OWNER_WORDS)
                    && self.bodies_in(fe, start).next().is_none()
                    && !self.inside_the_speakers_object(fs, start)
            })
    }

    /// "Recalling the elements relevant to the work of the Special
    /// Committee contained in its resolution 47/120 B" (A/C.6/80/L.17): a
    /// body named inside the object ("of the") of a paragraph whose subject
    /// is the speaker owns no "its".
    fn inside_the_speakers_object(&self, foreign_at: usize, start: usize) -> bool {
        super::relation::body_inside_object(&self.text()[..foreign_at])
            && self.implicit_subject(start).is_some()
    }

    /// "The Commission on Crime Prevention and Criminal Justice, at its
    /// thirty-second session, ..., adopted resolution 32/1": the sentence's
    /// subject, its first body-like name, is a body we have no code for.
    pub(super) fn foreign_sentence_subject(&self, start: usize) -> bool {
        let text = self.text();
        let (_, _, ss) = self.sentence_around(start);
        let Some(&(fs, fe)) = self.foreign_names(ss, start).first() else {
            return false;
        };
        let opening = text[ss..fs].trim();
        let opening = opening
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
            .trim();
        // Only bodies that number resolutions as N/M; a union or
        // organization opening a list of sponsors is not the subject.
        let issues = ["Commission", "Conference", "Committee", "Board", "Assembly"]
            .iter()
            .any(|w| text[fs..fe].starts_with(w));
        issues && matches!(opening, "" | "The" | "the") && self.bodies_in(ss, fs).next().is_none()
    }

    /// "the Commission on Crime Prevention and Criminal Justice, which ...
    /// had adopted (its) resolution 34/3": the relative clause's subject is
    /// its antecedent, a body we have no code for.
    pub(super) fn foreign_relative_antecedent(&self, start: usize) -> bool {
        let text = self.text();
        let (ls, _) = self.line_bounds(start);
        let ss = self.blocks.sentence_start(ls, start);
        // Most mentions have no relative clause before them: skip the scan.
        if memchr::memmem::find(&text.as_bytes()[ss..start], b"which").is_none() {
            return false;
        }
        let Some(&(_, after)) = self.foreign_names(ss, start).last() else {
            return false;
        };
        let clause = text[after..start].trim_start_matches([' ', '\n']);
        (clause.starts_with(", which ") || clause.starts_with("which "))
            && !clause.contains([';', '(', ')'])
            && self.bodies_in(after, start).next().is_none()
    }

    /// "At its twenty-fifth session, the Commission ...": a fronted session
    /// whose subject, right after it, is a body we have no code for.
    pub(super) fn foreign_subject_after(&self, end: usize) -> bool {
        let (_, le) = self.line_bounds(end);
        let se = sentence_end(self.text(), end, le);
        let Some(&(foreign_at, _)) = self.foreign_names(end, se).first() else {
            return false;
        };
        let between = &self.text()[end..foreign_at];
        at_most_words(between, FRONTED_SUBJECT_WORDS)
            && in_subject_position(between)
            && self.bodies_in(end, foreign_at).next().is_none()
    }
}

/// "Decides that the Sixth Committee shall continue its consideration ...
/// and reiterates its decision to establish, at its eighty-first session, a
/// working group of the Sixth Committee": a main committee of the Assembly
/// (an ordinal, then "Committee" at `at`) meets in the Assembly's sessions;
/// it is no foreign body.
fn main_committee(text: &str, at: usize) -> bool {
    text[at..].starts_with("Committee")
        && crate::names::ordinal_value(text[..at].trim_end().rsplit(' ').next().unwrap_or(""))
            .is_some_and(|n| n <= 6)
}

/// Whether a body named after a session phrase, with `between` the words
/// between them, stands where the subject of a fronted session does: right
/// after it or after a comma ("At its twenty-fifth session, held in Vienna,
/// the Commission"). "Requests the Secretary-General to submit to the
/// General Assembly at its eighty-first session, through the Commission on
/// Science and Technology for Development" and "the provisional agenda of
/// its eighty-first session the item entitled “Report of the Special
/// Committee" name the body as the object of a preposition: not the owner.
fn in_subject_position(between: &str) -> bool {
    let b = between.trim_end();
    let b = b
        .strip_suffix("the")
        .or_else(|| b.strip_suffix("The"))
        .unwrap_or(b)
        .trim_end();
    b.is_empty() || b.ends_with(',')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_after_a_preposition_is_no_fronted_subject() {
        // A/C.2/80/L.17: "to the General Assembly at its\neighty-first
        // session, through the Commission on Science and Technology".
        assert!(!in_subject_position(", through the "));
        // A/C.6/80/L.17: "of its eighty-first session the item entitled
        // “Report of the Special Committee".
        assert!(!in_subject_position(" the item entitled “Report of the "));
        assert!(in_subject_position(
            ", held in Vienna from 13 to 17 May 2016, the "
        ));
        assert!(in_subject_position(", the "));
    }

    #[test]
    fn main_committees_are_the_assemblys() {
        let t = "a working group of the Sixth Committee";
        assert!(main_committee(t, t.find("Committee").unwrap()));
        let t = "the Special Committee on the Charter";
        assert!(!main_committee(t, t.find("Committee").unwrap()));
    }
}
