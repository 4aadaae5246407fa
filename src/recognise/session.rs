//! Sessions and meetings: "its seventh session", "the resumed thirteenth
//! session", "the tenth and eleventh meetings of the Working Group", "the
//! special session of the General Assembly against corruption".

use super::BODY_AFTER_OF;
use crate::model::{IssuerHint, Item, Mention, Raw};
use crate::names::special_sessions::TopicIndex;
use crate::names::{Body, BodyName, body_at, find_bodies, ordinal_value};
use crate::pattern::{back, contains_ignore_ascii_case, ends_with_spaced, starts_with_spaced};

/// A body's possessive ("the General Assembly's") is looked for in this
/// many bytes before a session phrase: the longest body name fits.
const BODY_NAME_REACH: usize = 120;

/// Bytes before a phrase that hold the word before it (" a ", " its ").
const WORD_BEFORE: usize = 8;

/// "in which the Assembly decided to convene a special session": the
/// Assembly named this close before an indefinite special session makes it
/// the Assembly's.
const ASSEMBLY_REACH: usize = 300;

/// "the special session" refers back to "a special session" announced in
/// the same passage: how far back the passage is read.
const PASSAGE_REACH: usize = 1500;

/// "the Conference, at its special session": the clause naming the body
/// whose "its" this is lies within this many bytes.
const CLAUSE_REACH: usize = 160;

/// The body named after a session phrase ("of the Conference") and whether
/// it is one we do not track.
pub(super) fn session_body_after(text: &str, end: usize) -> (Option<BodyName>, bool) {
    // "... session of the Conference": the owner. "of the Commission": a body
    // we do not track, so the mention is not one of ours.
    let after = &text[end..];
    if let Some(m) = BODY_AFTER_OF.find(after) {
        let rest = &after[m.end()..];
        if let Some(b) = body_at(text, end + m.end()) {
            return (Some(b.name), false);
        }
        if rest.starts_with(|c: char| c.is_ascii_uppercase()) && !rest.starts_with("Bureau") {
            return (None, true);
        }
    }
    (None, false)
}

/// "the seventh and eighth sessions of the Conference", "the resumed
/// thirteenth session", "the twelfth to fourteenth sessions": one item per
/// session, owned by the body named after (or before, "the General
/// Assembly's") the phrase.
pub(super) fn parse_session(text: &str, s: usize, e: usize) -> Option<Mention> {
    let phrase = &text[s..e];
    let expert = contains_ignore_ascii_case(phrase, "expert");
    let meeting = contains_ignore_ascii_case(phrase, "meeting");
    let numbers = session_numbers(phrase, meeting && !expert)?;
    let (mut body, foreign) = session_body_after(text, e);
    if foreign {
        return None;
    }
    if body.is_none() {
        body = possessive_body_before(text, s);
    }
    if expert {
        // "international expert meeting on the management of ..." is another
        // kind of meeting; ours are intergovernmental / on international cooperation.
        if text[..s].trim_end().ends_with("international") {
            return None;
        }
        body = Some(BodyName::Exact(Body::EgIc));
    }
    let end = e;
    Some(Mention {
        start: s,
        end,
        items: numbers
            .into_iter()
            .map(|n| Item {
                raw: Raw::Session {
                    number: n.to_string(),
                    meeting: meeting && !expert,
                },
                start: s,
                end,
            })
            .collect(),
        hint: IssuerHint::Bare,
        body,
    })
}

/// A range of sessions ("the first to fifth sessions") stands for at most
/// this many after its first: a longer one is a misread.
const MAX_SESSION_RANGE: u32 = 50;

/// The session numbers of a phrase, each once, in text order; `None` when
/// it names none, or when it counts plenary meetings (`plenary`: "At its
/// 13th meeting" numbers a meeting inside a session).
fn session_numbers(phrase: &str, plenary: bool) -> Option<Vec<u32>> {
    // Ordinals in the phrase; "second resumed thirteenth": the last ordinal
    // before "resumed"-less position is the session, the one before "resumed" is
    // its resumption count.
    let mut numbers: Vec<u32> = Vec::new();
    let mut range_from: Option<u32> = None;
    let ords = session_ordinals(phrase);
    for (k, o) in ords.iter().enumerate() {
        // "At its 13th meeting": numbered plenary meetings inside a session.
        if plenary && o.digits {
            return None;
        }
        let n = o.value;
        // "second resumed thirteenth session": "second" counts resumptions.
        if o.resumed_after
            && let Some(next) = ords.get(k + 1)
            && phrase[o.end..next.start].trim().is_empty()
        {
            continue;
        }
        if let Some(from) = range_from.take() {
            for x in from + 1..=n.min(from + MAX_SESSION_RANGE) {
                numbers.push(x);
            }
            continue;
        }
        let after = phrase[o.end..].trim_start();
        if crate::pattern::starts_with_spaced(after, "to ")
            || crate::pattern::starts_with_spaced(after, "through ")
            || after.starts_with(['-', '–'])
        {
            range_from = Some(n);
        }
        numbers.push(n);
    }
    numbers.dedup();
    let mut seen = Vec::new();
    numbers.retain(|n| {
        let fresh = !seen.contains(n);
        seen.push(*n);
        fresh
    });
    (!numbers.is_empty()).then_some(numbers)
}

/// One ordinal of a session phrase: "resumed thirteenth", "second resumed".
struct SessionOrdinal {
    /// Where the match starts ("resumed" before the ordinal included) and ends
    /// ("resumed" after it included).
    start: usize,
    end: usize,
    value: u32,
    /// Written in digits ("13th").
    digits: bool,
    /// Followed by "resumed": "second resumed thirteenth".
    resumed_after: bool,
}

/// The ordinals of a session phrase, left to right, each with an optional
/// "resumed" before and after it (what `(?i)\b(resumed\s+)?ORDINAL\b(\s+resumed)?`
/// finds, without a capturing regex per phrase).
fn session_ordinals(phrase: &str) -> Vec<SessionOrdinal> {
    let b = phrase.as_bytes();
    let is_word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let spaces = |i: usize| {
        b[i..]
            .iter()
            .take_while(|c| c.is_ascii_whitespace() || **c == 0x0B)
            .count()
    };
    let resumed = |i: usize| {
        b.get(i..i + 7)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"resumed"))
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !is_word(b[i]) || (i > 0 && is_word(b[i - 1])) {
            i += 1;
            continue;
        }
        let mut ord = None;
        if resumed(i) {
            let sp = spaces(i + 7);
            if sp > 0 {
                ord = crate::names::ordinal_at(phrase, i + 7 + sp).map(|o| (i + 7 + sp, o));
            }
        }
        let Some((ord_start, (mut end, value))) =
            ord.or_else(|| crate::names::ordinal_at(phrase, i).map(|o| (i, o)))
        else {
            i += 1;
            continue;
        };
        let sp = spaces(end);
        let resumed_after = sp > 0 && resumed(end + sp);
        if resumed_after {
            end += sp + 7;
        }
        out.push(SessionOrdinal {
            start: i,
            end,
            value,
            digits: b[ord_start].is_ascii_digit(),
            resumed_after,
        });
        i = end;
    }
    out
}

/// "the General Assembly's seventy-ninth session": the body whose
/// possessive stands right before `s` owns it, like "of the General Assembly".
fn possessive_body_before(text: &str, s: usize) -> Option<BodyName> {
    let before = text[..s].trim_end_matches([' ', '\n']);
    let stem = before
        .strip_suffix("'s")
        .or_else(|| before.strip_suffix("’s"))?
        .len();
    let from = back(text, stem, BODY_NAME_REACH);
    find_bodies(&text[from..stem])
        .into_iter()
        .rev()
        .find(|b| from + b.end == stem)
        .map(|b| b.name)
}

/// "the special session of the General Assembly", "the thirty-second special
/// session": a special session of the Assembly, the only body that numbers
/// them.
pub(super) fn parse_special_session(
    text: &str,
    s: usize,
    e: usize,
    topics: &TopicIndex,
) -> Option<Mention> {
    let phrase = &text[s..e];
    let first = phrase.split_whitespace().next().unwrap_or("");
    let numbered = ordinal_value(first);
    let (after_body, foreign) = session_body_after(text, e);
    if foreign {
        return None;
    }
    // "the Conference decided to convene a special session on asset
    // recovery": a new session of the speaker's, not the Assembly's past one;
    // "the special session" after it in the passage is that one too.
    if numbered.is_none() && after_body.is_none() {
        // An indefinite special session at `k`, not the Assembly's ("in
        // which the Assembly decided to convene a special session").
        let new_session = |k: usize| {
            let w = &text[back(text, k, WORD_BEFORE)..k];
            (ends_with_spaced(w, " a ") || ends_with_spaced(w, "A "))
                && !text[back(text, k, ASSEMBLY_REACH)..k].contains("Assembly")
                && !starts_with_spaced(&text[k..], "special session of the")
        };
        let from = back(text, s, PASSAGE_REACH);
        // "a special\nsession" wrapped counts as well.
        if new_session(s)
            || text[from..s].match_indices("special").any(|(k, _)| {
                starts_with_spaced(&text[from + k..], "special session") && new_session(from + k)
            })
        {
            return None;
        }
    }
    // "the Conference, at its special session": the special session of a
    // body other than the Assembly, which numbers none of them.
    if numbered.is_none()
        && after_body.is_none()
        && ends_with_spaced(&text[back(text, s, WORD_BEFORE)..s], " its ")
    {
        let before = &text[back(text, s, CLAUSE_REACH)..s];
        let clause = before.rsplit(['.', ';']).next().unwrap_or(before);
        if !clause.contains("Assembly")
            && ["Conference", "Group", "Council", "Commission"]
                .iter()
                .any(|b| clause.contains(b))
        {
            return None;
        }
    }
    let n = special_session_number(text, (s, e), numbered, topics)?;
    let body = match after_body {
        Some(b) => b,
        None => BodyName::Exact(Body::Ga),
    };
    if body != BodyName::Exact(Body::Ga) {
        return None;
    }
    Some(Mention {
        start: s,
        end: e,
        items: vec![Item {
            raw: Raw::Session {
                number: format!("S-{n}"),
                meeting: false,
            },
            start: s,
            end: e,
        }],
        hint: IssuerHint::Named(BodyName::Exact(Body::Ga)),
        body: Some(BodyName::Exact(Body::Ga)),
    })
}

/// The number of the Assembly's special session at `[s, e)` (`numbered`:
/// the ordinal the phrase gives), checked against the list of the
/// Assembly's special sessions (`names::special_sessions`) and the topic
/// the text names on the phrase's line and the next (or else in the
/// passage before, or for an unnumbered one, the pages before): "the fourth special session of the General Assembly
/// devoted to disarmament" counts within the topic, so it is none of the
/// Assembly's numbers; "the Tenth Special Session of the General Assembly"
/// (on disarmament) is S-10; an unnumbered one is the one on the topic the
/// text names, none when it names none. "its tenth emergency special
/// session" is of another series (ES-10): none.
fn special_session_number(
    text: &str,
    (s, e): (usize, usize),
    numbered: Option<u32>,
    topics: &TopicIndex,
) -> Option<u32> {
    if text[back(text, s, EMERGENCY_BEFORE)..s]
        .trim_end()
        .ends_with("emergency")
    {
        return None;
    }
    // The phrase's line, at most LINE_REACH either side (a long line of a
    // badly converted file is no window).
    let floor = back(text, s, LINE_REACH);
    let line_start = text[floor..s].rfind('\n').map_or(floor, |k| floor + k + 1);
    // "devoted\nto disarmament": the next line too.
    let ceiling = forward(text, e, 2 * LINE_REACH);
    let next_line = |from: usize| text[from..ceiling].find('\n').map_or(ceiling, |k| from + k);
    let window_end = next_line((next_line(e) + 1).min(ceiling));
    let window = (line_start, window_end);
    let context = if topics.names_topic(window) {
        window
    } else {
        (back(text, s, PASSAGE_REACH), window_end)
    };
    match numbered {
        Some(n) => topics.fits(n, context).then_some(n),
        // "fourth special session" whose number did not fit, read again
        // from "special": still the fourth.
        None if ordinal_value(last_word(&text[back(text, s, ORDINAL_BEFORE)..s])).is_some() => None,
        None => {
            // "a special session", "three special sessions": not one the text has in mind.
            let w = &text[back(text, s, WORD_BEFORE)..s];
            let indefinite = ends_with_spaced(w, " a ") || ends_with_spaced(w, "A ");
            let definite = !indefinite && !text[s..e].ends_with('s');
            // "V. Asset recovery and the special session of the General
            // Assembly": a heading whose topic the text named further back.
            let context = if topics.names_topic(context) {
                context
            } else {
                (back(text, s, TOPIC_REACH), window_end)
            };
            topics.session_for(context, definite)
        }
    }
}

/// A special session's line is read at most this far either side for its
/// topic ("devoted to disarmament", "against corruption").
const LINE_REACH: usize = 400;

/// The char boundary at most `n` bytes after `e`.
fn forward(text: &str, e: usize, n: usize) -> usize {
    let mut k = (e + n).min(text.len());
    while !text.is_char_boundary(k) {
        k -= 1;
    }
    k.max(e)
}

/// "its tenth emergency special session": "emergency" ends this close
/// before the phrase.
const EMERGENCY_BEFORE: usize = 16;

/// An unnumbered special session whose passage names no topic takes the
/// topic the text named at most this many bytes before (a few pages).
const TOPIC_REACH: usize = 20_000;

/// The longest ordinal word ("twenty-seventh") fits in this many bytes.
const ORDINAL_BEFORE: usize = 24;

/// The last word of `s` (letters, digits and hyphens).
fn last_word(s: &str) -> &str {
    let s = s.trim_end();
    let k = s
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .map_or(0, |k| k + 1);
    &s[k..]
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The regex `session_ordinals` replaces, kept as its oracle.
    fn session_ordinals_by_regex(phrase: &str) -> Vec<(usize, usize, u32, bool, bool)> {
        let re = crate::pattern::compile(&format!(
            r"(?i)\b(resumed\s+)?({})\b(\s+resumed)?",
            crate::names::ORDINAL_RE
        ));
        re.captures_iter(phrase)
            .map(|c| {
                let m = c.get(0).unwrap();
                let ord = &c[2];
                (
                    m.start(),
                    m.end(),
                    ordinal_value(ord).unwrap(),
                    ord.starts_with(|ch: char| ch.is_ascii_digit()),
                    c.get(3).is_some(),
                )
            })
            .collect()
    }

    fn session_ordinals_by_hand(phrase: &str) -> Vec<(usize, usize, u32, bool, bool)> {
        session_ordinals(phrase)
            .into_iter()
            .map(|o| (o.start, o.end, o.value, o.digits, o.resumed_after))
            .collect()
    }

    #[test]
    fn session_ordinals_read_resumptions_and_ranges() {
        let p = "second resumed thirteenth and Twenty-First to 23RD sessions";
        assert_eq!(
            session_ordinals_by_hand(p),
            vec![
                (0, 14, 2, false, true),
                (15, 25, 13, false, false),
                (30, 42, 21, false, false),
                (46, 50, 23, true, false),
            ]
        );
        assert_eq!(session_ordinals_by_hand(p), session_ordinals_by_regex(p));
    }

    proptest! {
        #[test]
        fn session_ordinals_agree_with_the_regex(words in proptest::collection::vec(
            prop::sample::select(vec![
                "resumed", "Resumed", "RESUMED", "resumedx", "first", "First", "twenty", "twenty-",
                "twenty-first", "Ninety-Ninth", "twenty-tenth", "seventy", "ninetieth", "13th",
                "013th", "1st", "11TH", "123th", "2nd", "fourteenth", "fourth", "_", "x", "é", "-",
                "–", " ", "  ", "\n", "\x0b", ",", "and", "to", "session", "meetings",
            ]),
            0..12,
        )) {
            let phrase = words.concat();
            prop_assert_eq!(session_ordinals_by_hand(&phrase), session_ordinals_by_regex(&phrase));
        }
    }
}
