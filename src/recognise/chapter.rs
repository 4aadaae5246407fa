//! Chapters of an instrument: "chapter IV of the Convention", "chapters II
//! to V", "chapter II (Preventive measures)".

use super::instrument::instrument_after;
use super::{lex, starts_range};
use crate::gated_re;
use crate::model::{Item, Mention, Raw};
use crate::names::parse_roman;
use crate::pattern::next_word;

/// A chapter range ("chapters II to V") spans at most this many after its
/// first: neither Convention has more chapters.
const MAX_CHAPTER_RANGE: u32 = 10;

gated_re!(
    CHAP_RANGE,
    starts_range,
    r"^\s*(?:to|through|-|–)\s*([IVX]{1,5})\b"
);

gated_re!(
    CHAP_NOT_UNCAC,
    |r| matches!(next_word(r), "of" | "in"),
    r"^,?\s+(?:of|in)\s+(?:the\s+|this\s+)?(?:present\s+)?(?:report|document|note|annex|addendum|publication|study|guide)"
);

/// "chapter IV of the Convention", "chapters II to V", "chapter II
/// (Preventive measures)": one item per chapter.
pub(super) fn parse_chapter(text: &str, s: usize) -> Option<Mention> {
    let kw_len = text[s..].find(char::is_whitespace)?;
    let mut cur = s + kw_len;
    cur += text[cur..].len() - text[cur..].trim_start().len();
    let mut chaps: Vec<(u8, usize, usize)> = Vec::new();
    loop {
        let len = lex::chap_num(&text[cur..])?;
        let n = parse_roman(&text[cur..cur + len])?;
        let st = if chaps.is_empty() { s } else { cur };
        cur += len;
        chaps.push((u8::try_from(n).ok()?, st, cur));
        // "chapters II to V": every chapter of the range.
        if let Some(r) = CHAP_RANGE.captures(&text[cur..])
            && let Some(to) = parse_roman(&r[1])
            && to > n
            && to - n <= MAX_CHAPTER_RANGE
        {
            let end = cur + r.get(0).unwrap().end();
            for k in n + 1..=to {
                chaps.push((u8::try_from(k).ok()?, cur, end));
            }
            cur = end;
        }
        // "chapter II (Preventive measures)": a title in words. A parenthesis
        // with digits holds a symbol or a date, which is a reference of its own.
        if let Some(t) = lex::chapter_title(&text[cur..]) {
            cur += t;
        }
        let Some(sep) = lex::list_sep(&text[cur..]) else {
            break;
        };
        if text[cur..cur + sep].contains(';') {
            break;
        }
        let next = cur + sep;
        if lex::chap_num(&text[next..]).is_some() {
            cur = next;
        } else {
            break;
        }
    }
    if CHAP_NOT_UNCAC.is_match(&text[cur..]) {
        return None;
    }
    let (instrument, end) = instrument_after(text, s, cur).ok()?;
    // "see chapter I" in a report points at the report, unless a Convention follows.
    let before = text[..s].trim_end();
    if end == cur && (before.ends_with("see") || before.ends_with("See")) {
        return None;
    }
    let max = instrument.last_chapter();
    let items: Vec<Item> = chaps
        .into_iter()
        .filter(|(n, _, _)| *n >= 1 && *n <= max)
        .map(|(n, st, en)| Item {
            raw: Raw::Chapter {
                instrument,
                chapter: n,
            },
            start: st,
            end: en,
        })
        .collect();
    if items.is_empty() {
        return None;
    }
    Some(Mention::bare(s, end, items))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gates_pass_wherever_their_pattern_matches() {
        crate::recognise::tests::assert_gates_pass(&[
            ("CHAP_RANGE", &CHAP_RANGE),
            ("CHAP_NOT_UNCAC", &CHAP_NOT_UNCAC),
        ]);
    }
}
