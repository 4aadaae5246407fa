//! Resolutions and decisions: "its resolution 6/2", "General Assembly
//! resolutions 58/4 and 69/199", "decision 4/2 of the Conference",
//! "resolutions 8/1 to 8/14", "Security Council resolution 2799 (2025)".

use super::{BODY_AFTER_OF, lex, next_word_of};
use crate::model::{IssuerHint, Item, Mention, Raw};
use crate::names::numbers::is_session_zero;
use crate::names::numbers::number_len;
use crate::names::{
    Body, BodyName, FOREIGN_BODY_RE, ISSUER_NAME_RE, body_at, canonical_number, sc_number,
};
use crate::pattern::{after_space, back, next_word};
use crate::{gated_re, static_re};

/// The name of a body we have no code for, before a resolution keyword,
/// fits in this many bytes ("Commission on Crime Prevention and Criminal
/// Justice ").
const FOREIGN_NAME_REACH: usize = 90;

/// The issuer's name before a resolution keyword fits in this many bytes
/// ("Conference of the Parties to the United Nations Convention against
/// Transnational Organized Crime ", the longest, with room to spare).
const ISSUER_REACH: usize = 110;

/// "of that Conference": the conference meant is the last one named in
/// the passage, read this far back.
const PASSAGE_REACH: usize = 1500;

/// A relative clause skipped inside a list ("by which it adopted the
/// Convention") is shorter than this; a longer one is prose.
const MAX_RELATIVE_CLAUSE: usize = 200;

gated_re!(
    RES_PINPOINT,
    |r| matches!(next_word(r), "paragraph" | "paragraphs" | "para" | "paras"),
    r"^,?\s+(?:paragraphs?|paras?\.)\s+(\d{1,3}(?:\s*\([a-z]\))?(?:(?:\s*,\s*|\s+and\s+|\s+to\s+|\s*[-–]\s*)\d{1,3}(?:\s*\([a-z]\))?)*)"
);

static_re!(
    ISSUER_BEFORE,
    &format!(r"(?:({})|\b(its|their))\s+$", *ISSUER_NAME_RE)
);

static_re!(FOREIGN_ISSUER_BEFORE, &format!(r"{FOREIGN_BODY_RE}\s+$"));

gated_re!(
    /// "resolution 11/1 of the Conference of the Parties to the ...
    /// Convention against Transnational Organized Crime".
    FOREIGN_ISSUER_AFTER,next_word_of,
    &format!(r"^,?\s+of\s+(?:the|that|this)\s+{FOREIGN_BODY_RE}\b")
);

gated_re!(
    THAT_CONFERENCE_AFTER,
    next_word_of,
    r"^,?\s+of\s+(?:that|this|the\s+same|the\s+said)\s+Conference\b"
);

static_re!(
    CONFERENCE_NAMED,
    r"\bConference\s+of\s+the\s+(?:States\s+)?Parties\b"
);

gated_re!(
    /// A section of a resolution after its number: ", sect. III", ", section
    /// IV.B".
    SECTION_TAIL,
    |r| r.strip_prefix(',').is_some_and(|r| r.trim_start().starts_with("sect")),
    r"^,\s+(?:sect\.|section)\s+(?:[IVX]+|[A-Z])(?:\.[A-Z0-9]{1,3})?\b"
);

gated_re!(
    RES_PAREN_PINPOINT,
    |r| after_space(r).starts_with('('),
    r"^\s*\(\s*(?:paragraphs?|paras?\.)\s+(\d{1,3}(?:\s*\([a-z]\))?(?:(?:\s*,\s*|\s+and\s+|\s+to\s+)\d{1,3}(?:\s*\([a-z]\))?)*)\s*\)"
);

/// What `ISSUER_BEFORE` finds at the end of `window` (the words before a
/// resolution keyword): the start and words of an issuer's name, or `None`
/// for "its" / "their". Most windows end in neither, and "its" is the
/// commonest of the rest: both are told by hand, and the pattern (with
/// captures, the dear kind of search) runs only after a name's last word.
fn issuer_before(window: &str) -> Option<(usize, Option<&str>)> {
    let words = window.trim_end_matches([' ', '\t', '\n', '\r', '\x0B', '\x0C']);
    if words.len() == window.len() {
        return None;
    }
    let b = words.as_bytes();
    let word_ends = |w: &str| {
        words.ends_with(w)
            && (b.len() == w.len()
                || !(b[b.len() - w.len() - 1].is_ascii_alphanumeric()
                    || b[b.len() - w.len() - 1] == b'_'))
    };
    if word_ends("its") || word_ends("their") {
        return Some((0, None));
    }
    if !crate::names::ISSUER_LAST_WORDS
        .iter()
        .any(|w| words.ends_with(w))
    {
        return None;
    }
    let c = ISSUER_BEFORE.captures(window)?;
    Some(match c.get(1) {
        Some(body) => (body.start(), Some(body.as_str())),
        None => (0, None),
    })
}

/// ", in which it recognized that ..." up to its closing comma: a relative
/// clause describing a list member. One with a number of its own (a
/// reference, a date) is not skipped, so nothing in it is lost.
fn relative_clause_len(r: &str) -> Option<usize> {
    let body = r.strip_prefix(',')?.trim_start();
    let word = body.split(|c: char| c.is_ascii_whitespace()).next()?;
    if !matches!(word, "in" | "by" | "under" | "through") {
        return None;
    }
    let after = body[word.len()..].trim_start();
    if !crate::pattern::starts_with_spaced(after, "which ") {
        return None;
    }
    // A line break may wrap the clause; a blank line ends the paragraph.
    let close = after.find([',', ';', '(', ')'])?;
    if after[..close].contains(|c: char| c.is_numeric())
        || after[..close].contains("\n\n")
        || close > MAX_RELATIVE_CLAUSE
    {
        return None;
    }
    Some(r.len() - after.len() + close)
}

/// "its resolutions 4/2 of 28 October 2011, 5/3 and 6/2", "General Assembly
/// resolution 58/4", "decision 4/2 of the Conference", "resolutions 8/1 to
/// 8/14": one item per number, with the issuer the text names (before or
/// after the list) as the hint.
pub(super) fn parse_resolution(text: &str, s: usize, gaps: &[(usize, usize)]) -> Option<Mention> {
    let kw_end = s + lex::same_keyword(&text[s..])?;
    let plural = text[s..kw_end].trim_end().ends_with('s');
    let mut decision = text[s..].starts_with(['d', 'D']);
    let (start, mut hint) = issuer_before_keyword(text, s)?;
    let mut items = Vec::new();
    let mut cur = kw_end;
    loop {
        let len = item_number_len(&text[cur..])?;
        let raw = &text[cur..cur + len];
        let number = canonical_number(sc_number(raw).unwrap_or(raw));
        // No body has a session 0.
        if is_session_zero(&number) {
            if items.is_empty() {
                return None;
            }
            break;
        }
        let item_start = if items.is_empty() { start } else { cur };
        cur = push_number(text, cur, len, number, item_start, decision, &mut items);
        let next = next_number(text, cur, hint, decision, plural)
            .or_else(|| next_number_across_gap(text, cur, gaps, hint, decision, plural));
        match next {
            Some((next, kind)) => {
                cur = next;
                decision = kind.unwrap_or(decision);
            }
            None => break,
        }
    }
    // "decision 4/2 of the Conference", "resolutions 7/5 and 7/6 of the Conference of the States Parties".
    // The mention ends with its last number: a title after "entitled" is
    // scanned again for references of its own.
    let mut end = items.last()?.end;
    if let Some((body, body_end)) = issuer_after(text, s, cur)? {
        hint = IssuerHint::Named(BodyName::Exact(body));
        end = body_end;
    }
    let end = end.max(items.last()?.end);
    Some(Mention {
        start,
        end,
        items,
        hint,
        body: None,
    })
}

/// The issuer named right before the keyword at `s` ("General Assembly
/// resolution", "its resolution"): where the mention starts and its hint.
/// `None` when the issuer is a body we have no code for: "Commission on
/// Crime Prevention and Criminal Justice resolution 26/1"; its numbers are
/// not the Conference's.
fn issuer_before_keyword(text: &str, s: usize) -> Option<(usize, IssuerHint)> {
    let base = back(text, s, ISSUER_REACH);
    let before = issuer_before(&text[base..s]);
    // A body of ours is named first: "Commission on Human Rights
    // resolutions 2004/16" is the Commission's (`chr`), though a
    // Commission we have no code for would be foreign.
    // "United Nations Environment Assembly resolution 4/1": another body's.
    if let Some((at, Some("Assembly"))) = before
        && crate::names::another_assembly(&text[..base + at])
    {
        return None;
    }
    let known =
        matches!(before, Some((_, Some(name))) if crate::names::issuer_named(name).is_some());
    if !known
        && let Some(f) = FOREIGN_ISSUER_BEFORE.find(&text[back(text, s, FOREIGN_NAME_REACH)..s])
    {
        // "in particular Commission resolution 1998/72" (A/RES/80/207):
        // the short name alone may be a body of ours the paragraph named
        // (the Commission on Human Rights); the resolver decides.
        if !crate::names::SHORT_BODY_WORDS.contains(&f.as_str().trim()) {
            return None;
        }
    }
    Some(match before {
        Some((at, Some(body))) => (
            base + at,
            crate::names::issuer_named(body)
                .map_or(IssuerHint::Bare, |b| IssuerHint::Named(BodyName::Exact(b))),
        ),
        Some((_, None)) => (s, IssuerHint::Its),
        None => match specified_issuer(&text[back(text, s, SPECIFIED_REACH)..s]) {
            Some(body) => (s, IssuerHint::Named(BodyName::Exact(body))),
            None => (s, IssuerHint::Bare),
        },
    })
}

/// "relevant Human Rights Council resolutions, in particular" fits in this
/// many bytes before the keyword that specifies it.
const SPECIFIED_REACH: usize = 160;

static_re!(
    /// A list that names the members of a body's resolutions it just
    /// mentioned: "relevant Human Rights Council resolutions, in particular
    /// resolutions 7/34 of 28 March 2008" (A/C.3/80/L.2).
    SPECIFYING,
    &format!(
        r"\b({})\s+(?:resolutions|decisions)\s*,?\s+(?:in\s+particular|including|notably|especially|inter\s+alia)\s+$",
        *ISSUER_NAME_RE
    )
);

/// The body whose resolutions the words right before a bare keyword
/// specify ("Council resolutions, in particular resolutions 7/34"), when
/// one of ours is named there.
fn specified_issuer(window: &str) -> Option<Body> {
    let w = window.trim_end();
    if !(w.ends_with("particular")
        || w.ends_with("including")
        || w.ends_with("notably")
        || w.ends_with("especially")
        || w.ends_with("alia"))
    {
        return None;
    }
    let c = SPECIFYING.captures(window)?;
    crate::names::issuer_named(c.get(1)?.as_str())
}

/// Pushes the number of length `len` at `cur` (canonical `number`) with
/// what belongs to it: its date, annex or title, a pinpoint ("resolution
/// 6/1, paragraph 11", "resolutions 8/9 (para. 4) and 9/7") and the members
/// of a range ("resolutions 8/1 to 8/14"). Returns where they end.
fn push_number(
    text: &str,
    cur: usize,
    len: usize,
    number: String,
    item_start: usize,
    decision: bool,
    items: &mut Vec<Item>,
) -> usize {
    let item_end = cur + len;
    let (mut end, title, date) = number_tails(text, item_end);
    let mut pinpoint = None;
    // "Resolutions 52/214, sect. B, 57/283 B, sect. III, and 58/250"
    // (A/RES/80/161, footnote 32): the section belongs to the item.
    if let Some(m) = SECTION_TAIL.find(&text[end..]) {
        end += m.end();
    }
    if let Some(p) = RES_PINPOINT
        .captures(&text[end..])
        .or_else(|| RES_PAREN_PINPOINT.captures(&text[end..]))
    {
        pinpoint = Some(p[1].to_string());
        end += p.get(0).unwrap().end();
    }
    let range =
        range_members(text, item_end, &number).or_else(|| part_range(text, item_end, &number));
    items.push(Item {
        raw: Raw::Resolution {
            decision,
            number,
            pinpoint,
            title,
            date,
        },
        start: item_start,
        end: item_end,
    });
    if let Some((more, range_end)) = range {
        for n in more {
            items.push(Item {
                raw: Raw::Resolution {
                    decision,
                    number: n,
                    pinpoint: None,
                    title: None,
                    date: None,
                },
                start: item_end,
                end: range_end,
            });
        }
        end = end.max(range_end);
    }
    end
}

/// What follows a number at `end` and still belongs to it (date, annex,
/// title): where it ends, the title given after "entitled" and the
/// adoption date ("of 6 November 2015"), ISO 8601.
fn number_tails(text: &str, mut end: usize) -> (usize, Option<String>, Option<String>) {
    let mut title = None;
    let mut date = None;
    while let Some(t) = lex::res_tail(&text[end..]).or_else(|| lex::glued_date(&text[end..])) {
        let tail = &text[end..end + t];
        if date.is_none() && title.is_none() {
            date = crate::names::dates::iso_date(tail);
        }
        if let Some(k) = tail.find("entitled") {
            let quoted = tail[k + "entitled".len()..].trim();
            let inner = quoted
                .trim_start_matches(['“', '"'])
                .trim_end_matches(['”', '"']);
            title = Some(inner.trim_end_matches([',', '.']).trim().to_string());
        }
        end += t;
    }
    (end, title, date)
}

/// A range of resolutions ("8/1 to 8/14") holds at most this many after its
/// first: a longer one is a misread.
const MAX_RES_RANGE: u32 = 60;

/// "resolutions 8/1 to 8/14": the members after `number` (same session)
/// of a range ending after `item_end`, and where the range ends.
fn range_members(text: &str, item_end: usize, number: &str) -> Option<(Vec<String>, usize)> {
    let (len, r_sess, r_to) = lex::res_range(&text[item_end..])?;
    let (sess, first) = number.split_once('/')?;
    let from: u32 = first.parse().ok()?;
    let to: u32 = r_to.parse().ok()?;
    (r_sess == sess && to > from && to - from <= MAX_RES_RANGE).then(|| {
        (
            (from + 1..=to)
                .map(|k| format!("{sess}/{k}"))
                .collect::<Vec<_>>(),
            item_end + len,
        )
    })
}

/// "75/254 A to C": the parts after `number` (which ends with its first
/// letter) of a range of parts ending after `item_end`, and where it ends.
fn part_range(text: &str, item_end: usize, number: &str) -> Option<(Vec<String>, usize)> {
    let first = *number
        .as_bytes()
        .last()
        .filter(|c| c.is_ascii_uppercase())?;
    let (last, len) = crate::names::numbers::letter_range(&text[item_end..])?;
    let stem = &number[..number.len() - 1];
    (last > first && last - first < 26).then(|| {
        (
            (first + 1..=last)
                .map(|c| format!("{stem}{}", c as char))
                .collect(),
            item_end + len,
        )
    })
}

/// The length of a list item's number at the start of `r`: a number as
/// running text writes it ([`number_len`]), or one a PDF glued to the "of"
/// of its date ("59/111of 6 December 2004").
fn item_number_len(r: &str) -> Option<usize> {
    number_len(r).or_else(|| lex::number_glued_to_date(r))
}

/// The separator after the item ending at `cur`: a footnote call between
/// comma and next number ([`lex::call_sep`]) or an ordinary one, past a
/// relative clause when one follows the item.
fn item_sep(text: &str, cur: usize) -> Option<usize> {
    if let Some(sep) = lex::call_sep(&text[cur..], item_number_len) {
        return Some(sep);
    }
    if let Some(sep) = call_after_year(text, cur) {
        return Some(sep);
    }
    let past_clause = || {
        let clause = relative_clause_len(&text[cur..])?;
        let sep = clause + lex::res_sep(&text[cur + clause..])?;
        item_number_len(&text[cur + sep..]).map(|_| sep)
    };
    match lex::res_sep(&text[cur..]) {
        Some(sep) if item_number_len(&text[cur + sep..]).is_none() => past_clause().or(Some(sep)),
        Some(sep) => Some(sep),
        None => past_clause().or_else(|| past_topic(text, cur)),
    }
}

/// "General Assembly resolutions 52/120 of 12 December 1997 14 and 55/110
/// of 4 December 2000" (A/C.3/80/L.40): a footnote call standing alone
/// after an item's year, then the separator to the next number.
fn call_after_year(text: &str, cur: usize) -> Option<usize> {
    let year = text[..cur]
        .bytes()
        .rev()
        .take_while(u8::is_ascii_digit)
        .count();
    if year != 4 {
        return None;
    }
    let r = &text[cur..];
    let sp = r.len() - r.trim_start_matches([' ', '\t']).len();
    let n = r[sp..].bytes().take_while(u8::is_ascii_digit).count();
    if sp == 0 || !(1..=3).contains(&n) {
        return None;
    }
    let at = sp + n;
    lex::res_sep(&r[at..])
        .filter(|&s| item_number_len(&r[at + s..]).is_some())
        .map(|s| at + s)
}

/// A list item's topic is at most this long.
const MAX_TOPIC: usize = 200;

/// "its resolutions 77/201 of 15 December 2022 on protecting children from
/// bullying, 73/327 of 25 July 2019 on ..." (A/C.3/80/L.20), "resolutions
/// 23/13 of 13 June 2013 on attacks and discrimination against persons with
/// albinism 11 and 24/33" (A/C.3/80/L.14, a footnote call before "and"):
/// the topic an item is "on", then the separator to the next number. The
/// topic holds no number (but a year, and the call at its end), no
/// parenthesis, no sentence end; the separator is the first one a number
/// follows.
fn past_topic(text: &str, cur: usize) -> Option<usize> {
    let r = &text[cur..];
    let b = r.as_bytes();
    let lead = b
        .iter()
        .take_while(|c| matches!(c, b' ' | b'\t' | b'\n'))
        .count();
    if lead == 0
        || !r[lead..].starts_with("on")
        || !b.get(lead + 2).is_some_and(u8::is_ascii_whitespace)
    {
        return None;
    }
    let next_item = |at: usize| {
        lex::call_sep(&r[at..], item_number_len)
            .or_else(|| lex::res_sep(&r[at..]).filter(|&s| item_number_len(&r[at + s..]).is_some()))
            .map(|s| at + s)
    };
    let mut i = lead + 3;
    let limit = (lead + MAX_TOPIC).min(r.len());
    while i < limit {
        match b[i] {
            b';' | b'.' | b'(' | b')' | b':' => return None,
            b'\n' if b.get(i + 1) == Some(&b'\n') => return None,
            b',' => {
                if let Some(end) = next_item(i) {
                    return Some(end);
                }
            }
            b' ' | b'\t' | b'\n' if r[i..].trim_start().starts_with("and") => {
                if let Some(end) = next_item(i) {
                    return Some(end);
                }
            }
            b'0'..=b'9' => {
                let n = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
                // A year in the topic ("the International Year for the
                // Elimination of Child Labour, 2021,").
                if n == 4 && (r[i..].starts_with("19") || r[i..].starts_with("20")) {
                    i += n;
                    continue;
                }
                // A footnote call standing alone before the separator.
                let called = n <= 3 && b[i - 1].is_ascii_whitespace();
                return called.then(|| next_item(i + n)).flatten();
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Where the next number of the same list starts after `cur`, if one does:
/// "resolutions 58/4, by which it adopted the Convention, and 69/199" (past
/// a relative clause too), and whether it is a decision when a keyword
/// before it says so (`decision`: the kind so far). Only a bare number or
/// one after the same keyword continues: "and its resolutions 7/1" starts a
/// mention of its own. A list goes on in the other kind with a plural
/// keyword, more texts of the same issuer: "Human Rights Council decision
/// 18/120 of 30 September 2011 and resolutions 24/14 of 27 September 2013,
/// 27/21 ..." (A/C.3/80/L.40); a singular one is a mention of its own
/// ("General Assembly resolution 58/4 and decision 5/1": the Conference's).
fn next_number(
    text: &str,
    cur: usize,
    hint: IssuerHint,
    decision: bool,
    plural: bool,
) -> Option<(usize, Option<bool>)> {
    let mut next = cur + item_sep(text, cur)?;
    // "General Assembly resolution 78/177 and its resolution 9/1": "its"
    // names another issuer than the head's, so it starts a mention of its own.
    if matches!(hint, IssuerHint::Named(_))
        && text[cur..next]
            .split_whitespace()
            .any(|w| w == "its" || w == "their")
    {
        return None;
    }
    let mut kind = None;
    if let Some(k) = lex::same_keyword(&text[next..]) {
        let is_decision = text[next..].starts_with(['d', 'D']);
        let plural = text[next..k + next].trim_end().ends_with('s');
        if is_decision != decision && !plural {
            return None;
        }
        kind = Some(is_decision);
        next += k;
    }
    // "Resolutions 52/214, sect. C, para. 3; 55/222, sect. III, para. 12;
    // 56/64 B" (A/RES/80/161, footnote 34): a plural head's items may be
    // set apart by semicolons; a singular head's list ends at one.
    let semicolon_ends = !plural && text[cur..next].contains(';');
    (item_number_len(&text[next..]).is_some() && !semicolon_ends).then_some((next, kind))
}

/// The longest stretch between a list item and the end of its page's last
/// line that a list may go on across: a date without its year (" of 17
/// December"), or a separator.
const BEFORE_GAP: usize = 24;

/// "... 69/160 of 18 December 2014, 70/139 of 17 December\n[footnotes,
/// page footer]\n2015, 71/179 of 19 December 2016, ..." (A/C.3/80/L.2):
/// where the next number starts when the list is cut by a page break after
/// the item ending at `cur` (`gaps` from `text::Blocks::gaps`). The
/// page's rest is either a separator (the next page starts with the number)
/// or a date whose rest opens the next page.
fn next_number_across_gap(
    text: &str,
    cur: usize,
    gaps: &[(usize, usize)],
    hint: IssuerHint,
    decision: bool,
    plural: bool,
) -> Option<(usize, Option<bool>)> {
    let k = gaps.partition_point(|&(e, _)| e < cur);
    let &(e, a) = gaps.get(k)?;
    let rest = &text[cur..e];
    if rest.len() > BEFORE_GAP {
        return None;
    }
    // Only a separator left on the page ("70/139,", "70/139 and").
    if lex::res_sep(rest).is_some_and(|n| rest[n..].trim().is_empty()) {
        return item_number_len(&text[a..]).map(|_| (a, None));
    }
    if !lex::date_cut_by_page(rest) {
        return None;
    }
    let rest = lex::date_rest_after_cut(&text[a..])?;
    next_number(text, a + rest, hint, decision, plural)
}

/// The issuer named after a list ending at `cur`: `Some(Some((body, end)))`
/// for "of the Conference" (a body that issues resolutions), `Some(None)`
/// for none, `None` when the list is another body's: "resolution 11/1 of
/// the Conference of the Parties to the ... Convention against Transnational
/// Organized Crime", or "of that Conference" when the conference named last
/// is such a one.
fn issuer_after(text: &str, s: usize, cur: usize) -> Option<Option<(Body, usize)>> {
    // "resolution 29/2 of the Commission on Crime Prevention and Criminal
    // Justice": a body of ours, named in full, before any foreign reading.
    if let Some(m) = BODY_AFTER_OF.find(&text[cur..])
        && let Some(b) = body_at(text, cur + m.end())
        && let BodyName::Exact(body) = b.name
        && body.issues_resolutions()
    {
        return Some(Some((body, b.end)));
    }
    if FOREIGN_ISSUER_AFTER.is_match(&text[cur..]) {
        return None;
    }
    // "resolution 11/4 of that Conference": the conference named last,
    // ours when the name is one of ours (the Organized Crime Convention's
    // Conference of the Parties), else another treaty's.
    if THAT_CONFERENCE_AFTER.is_match(&text[cur..]) {
        let from = back(text, s, PASSAGE_REACH);
        if let Some(m) = CONFERENCE_NAMED.find_iter(&text[from..s]).last()
            && m.as_str().contains("Parties")
            && !m.as_str().contains("States")
        {
            return match body_at(text, from + m.start()).map(|b| b.name) {
                Some(BodyName::Exact(body)) if body.issues_resolutions() => {
                    let end = cur
                        + THAT_CONFERENCE_AFTER
                            .find(&text[cur..])
                            .map_or(0, |t| t.end());
                    Some(Some((body, end)))
                }
                _ => None,
            };
        }
    }
    Some(None)
}

#[cfg(test)]
#[path = "resolution_tests.rs"]
mod tests;
