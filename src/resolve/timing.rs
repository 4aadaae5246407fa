//! When a session is the time of the verb's action: "Requests the
//! Secretariat to report to the Conference at its eighth session" ->
//! `requests` (REFERENCE-IDS.md).

use super::Resolver;
use super::relation::{RELATIVE_WINDOW, blocked_by_clause, relative_before_cue};
use crate::model::Relation;
use crate::static_re;

static_re!(
    /// Between a verb and a session: a participle that dates another text
    /// ("the guidelines ..., as finalized by the Implementation Review Group
    /// at its sixth session") or a participial clause of its own ("...,
    /// taking into account the Working Group's deliberations at its seventh
    /// meeting"): the session is not when the verb's action happens.
    DATES_A_TEXT,
    r"\b[a-z]+ed\s+(?:by|at|in|during)\s[^,;]*$|,\s*[a-z]+ing\s[^,;]*$"
);

impl Resolver<'_> {
    /// "Requests the Secretariat to report to the Conference at its eighth
    /// session" -> `requests`; "Decides to include the item in the
    /// provisional agenda of its eighty-first session" -> `decides`
    /// (REFERENCE-IDS.md): a session named as when a requested or decided
    /// action is to happen takes that verb. One that dates a text ("the
    /// recommendations adopted at its sixteenth meeting") does not, nor one
    /// in a clause of its own, nor one that is not a time ("follow-up to the
    /// special session").
    pub(super) fn time_of_action(&self, start: usize) -> Option<Relation> {
        let text = self.text();
        let before = text[..start].trim_end();
        let before = ["its", "the", "their"]
            .iter()
            .find_map(|w| {
                before
                    .strip_suffix(w)
                    .filter(|b| b.ends_with(|c: char| c.is_whitespace()))
            })
            .unwrap_or(before)
            .trim_end();
        let mut words = before
            .rsplit(|c: char| c.is_whitespace())
            .filter(|w| !w.is_empty());
        let prep = words.next()?;
        let previous = words.next().unwrap_or("");
        // Words that make the session a time: "at its", "during", "by",
        // "prior to", "in the agenda of its"; not "follow-up to the special
        // session", "the outcome of the session".
        let time = match prep {
            "at" | "during" | "until" | "before" | "by" => true,
            "to" => previous == "prior",
            "of" => previous == "agenda",
            _ => false,
        };
        if !time {
            return None;
        }
        if previous.ends_with("ed") || previous.ends_with(',') {
            return None;
        }
        let (_, _, ss) = self.sentence_around(start);
        let cue = self.governing_cue(ss, start)?;
        if !matches!(cue.relation, Relation::Requests | Relation::Decides) {
            return None;
        }
        // The text's own request or decision, in the present tense; a past
        // one narrates another text's ("In paragraph 5 of resolution 9/2,
        // the Conference decided to hold ... prior to the tenth session",
        // "resolution 6/1, in which the Conference had ... requested the
        // Group to submit ... at its seventh session": cites, dev gold).
        let word = text[cue.start..cue.end].to_ascii_lowercase();
        if !(word.starts_with("request") || word.starts_with("decide"))
            || word.contains("ed ")
            || word.ends_with("ed")
        {
            return None;
        }
        let before_cue = ss.max(crate::pattern::back(text, cue.start, RELATIVE_WINDOW));
        let gap = &text[cue.end..start];
        (!blocked_by_clause(gap)
            && !DATES_A_TEXT.is_match(gap)
            && !relative_before_cue(&text[before_cue..cue.start]))
        .then_some(cue.relation)
    }
}
