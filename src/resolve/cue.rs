//! Finds the cues (governing verbs and connectives, see `names::verbs`) of a
//! stretch of text: a walk over word starts that asks the compiled verb
//! table about each one.
//!
//! A regex alternation of the cues ran a forward scan over the sentence and a
//! reverse scan per match. Every cue starts a word with one of a few dozen
//! three-letter openings, so a walk over word starts that looks further only
//! after those does the same for fewer instructions, and knows which phrase
//! matched, so the relation comes for free.

use crate::model::Relation;
use crate::names::verbs::EN;
use crate::pattern::is_word_byte as is_word;

/// The first cue at or after `at` in `h`, with the relation its words stand
/// for. A cue starts a word (the byte before `at` counts) and ends one (the
/// end of `h` ends a word).
///
/// Word starts are taken from a mask of word bytes, a block at a time: a
/// byte-by-byte walk cost as much as the DFA. Each word is judged by its
/// first three bytes (`Verbs::may_open`) before the rest of a cue is tried.
pub(super) fn find_at(h: &[u8], at: usize) -> Option<(usize, usize, Relation)> {
    let verbs = &*EN;
    let mut block = at;
    let mut prev_word = at > 0 && is_word(*h.get(at - 1)?);
    while block < h.len() {
        let words = match h[block..].first_chunk::<BLOCK>() {
            Some(b) => word_mask(b),
            // The end, padded with a non-word byte: the end of `h` is a boundary.
            None => {
                let mut b = [b' '; BLOCK];
                b[..h.len() - block].copy_from_slice(&h[block..]);
                word_mask(&b)
            }
        };
        let mut starts = words & !(words << 1 | u64::from(prev_word));
        while starts != 0 {
            let i = block + starts.trailing_zeros() as usize;
            if verbs.may_open(h, i)
                && let Some((end, relation)) = verbs.at(h, i)
            {
                return Some((i, end, relation));
            }
            starts &= starts - 1;
        }
        prev_word = words >> (BLOCK - 1) & 1 == 1;
        block += BLOCK;
    }
    None
}

/// Bytes judged at once by [`word_mask`].
const BLOCK: usize = 32;

/// Bit k set: `b[k]` is a word byte.
#[cfg(not(target_arch = "x86_64"))]
fn word_mask(b: &[u8; BLOCK]) -> u64 {
    b.iter()
        .enumerate()
        .fold(0, |m, (k, &c)| m | u64::from(is_word(c)) << k)
}

/// Bit k set: `b[k]` is a word byte, with SSE2 (every x86_64). A range test
/// is an add that moves the range to the bottom of the signed bytes, then a
/// signed compare; letters are tested lower-cased (`| 0x20`). Not inlined:
/// seen through, the mask's shift and `!` became a vector of bits moved
/// one at a time.
#[cfg(target_arch = "x86_64")]
#[inline(never)]
fn word_mask(b: &[u8; BLOCK]) -> u64 {
    use std::arch::x86_64::*;
    let mut mask = 0;
    for (k, part) in b.chunks_exact(16).enumerate() {
        // SAFETY: SSE2 is part of the x86_64 baseline; the unaligned load
        // reads the 16 bytes of `part`.
        let m = unsafe {
            let v = _mm_loadu_si128(part.as_ptr().cast());
            let set = |c: u8| _mm_set1_epi8(c as i8);
            let below = |v, lo: u8, n: u8| {
                _mm_cmplt_epi8(_mm_add_epi8(v, set(0x80u8.wrapping_sub(lo))), set(0x80 + n))
            };
            let letter = below(_mm_or_si128(v, set(0x20)), b'a', 26);
            let digit = below(v, b'0', 10);
            let under = _mm_cmpeq_epi8(v, set(b'_'));
            _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), under)) as u16
        };
        mask |= u64::from(m) << (16 * k);
    }
    mask
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::verbs::{Lang, VERBS};
    use proptest::prelude::*;
    use regex::Regex;
    use std::sync::LazyLock;

    /// The table of `names::verbs` read as plainly as it is written: a
    /// regex, a group a row (its relation at the same index), each space
    /// any run of white space, `*` any word, whole words, case ignored.
    static TABLE: LazyLock<(Regex, Vec<Relation>)> = LazyLock::new(|| {
        let rows: Vec<_> = VERBS.iter().filter(|r| r.0 == Lang::En).collect();
        let groups: Vec<String> = rows
            .iter()
            .map(|(_, phrase, _)| {
                let words: Vec<String> = phrase
                    .split(' ')
                    .map(|w| {
                        if w == "*" {
                            r"\w+".into()
                        } else {
                            regex::escape(w)
                        }
                    })
                    .collect();
                format!("({})", words.join(r"\s+"))
            })
            .collect();
        let pattern = format!(r"(?i)\b(?:{})\b", groups.join("|"));
        (
            crate::pattern::compile(&pattern),
            rows.iter().map(|r| r.2).collect(),
        )
    });

    /// The first cue at or after `pos` in `text` by [`TABLE`].
    fn by_table(text: &str, pos: usize) -> Option<(usize, usize, Relation)> {
        let (re, relations) = &*TABLE;
        let c = re.captures_at(text, pos)?;
        let row = (1..c.len()).find(|&k| c.get(k).is_some())?;
        let m = c.get(0)?;
        Some((m.start(), m.end(), relations[row - 1]))
    }

    /// The walk and the table agree from every char boundary of `text`,
    /// relation included; also on `text` cut inside and right after each
    /// match (the resolver searches up to a mention's start). The table's
    /// regex is asked again only once the search passes its last match's
    /// start: from any position up to that start it finds the same match.
    fn agree(text: &str) -> usize {
        let mut want: Option<(usize, usize, Relation)> = None;
        let mut asked_at = None;
        let mut found = 0;
        for pos in (0..=text.len()).filter(|&p| text.is_char_boundary(p)) {
            if asked_at.is_none() || want.is_some_and(|m| m.0 < pos) {
                want = by_table(text, pos);
                asked_at = Some(pos);
                if let Some((start, end, _)) = want {
                    found += 1;
                    for cut in
                        (start..=(end + 2).min(text.len())).filter(|&c| text.is_char_boundary(c))
                    {
                        let t = &text[..cut];
                        compare(t, start, by_table(t, start));
                    }
                }
            }
            compare(text, pos, want);
        }
        found
    }

    fn compare(text: &str, pos: usize, want: Option<(usize, usize, Relation)>) {
        let got = find_at(text.as_bytes(), pos);
        assert_eq!(
            got,
            want,
            "from {pos} in {:?}",
            &text[pos..text.len().min(pos + 120)]
        );
    }

    #[test]
    fn walk_finds_what_the_table_finds_in_every_document() {
        let mut texts = crate::recognise::tests::corpus_texts();
        let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
        for e in std::fs::read_dir(seeds).into_iter().flatten() {
            let raw = std::fs::read_to_string(e.unwrap().path()).unwrap();
            texts.push(crate::normalise::Clean::new(&raw).text);
        }
        // The bundled texts alone hold ~1,700 cues; the seeds, where a
        // checkout has them beside it, add more.
        let n: usize = texts.iter().map(|t| agree(t)).sum();
        assert!(n > 1000, "only {n} cues compared");
    }

    #[test]
    fn walk_agrees_on_edge_cases() {
        let cases = [
            "take note of",
            "Take\tnote of",
            // A vertical tab is white space like the rest (the pattern this
            // table replaced read "take\x0Bnote of" as a connective).
            "take\x0Bnote of",
            "took\x0Bnote with\x0Breference of",
            "took note\nwith appreciation of",
            "taking note with note of",
            "taken  note with\tnotes of",
            "takes note with reference of",
            "take note with of",
            "take note with_ of the",
            "take note ofx",
            "take notes of",
            "requests the",
            "requests theory",
            "requests\nSTATES",
            "requests",
            "requested",
            "request",
            "refer to",
            "referred  to",
            "reference is made to",
            "reference has\tbeen also made to",
            "reference had been made to",
            "reference was also made",
            "refers tox",
            "see",
            "seen",
            "notes with",
            "notes that",
            "noted",
            "not",
            "note",
            "in accordance with",
            "in conformity withx",
            "as provided for by",
            "as set out under",
            "as required in",
            "as required into",
            "as mandated",
            "Decide",
            "decided",
            "welcome",
            "welcom",
            "adopt",
            "é see é",
            "_see",
            "see_",
            "1see",
            "under",
        ];
        for c in cases {
            agree(c);
            agree(&c.to_uppercase());
        }
    }

    /// `w` with each ASCII letter upper-cased where `mask`'s bit says so.
    fn with_case(w: &str, mask: u32) -> String {
        w.chars()
            .enumerate()
            .map(|(k, c)| {
                if mask >> (k % 32) & 1 == 1 {
                    c.to_ascii_uppercase()
                } else {
                    c
                }
            })
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn walk_agrees_on_word_soup(words in proptest::collection::vec(
            (
                prop::sample::select(vec![
                    "take", "takes", "taking", "taken", "took", "tak", "note", "notes", "noted",
                    "noting", "not", "nota", "with", "of", "reference", "references", "refer",
                    "refers", "referred", "referring", "refe", "to", "see", "seen", "was", "is",
                    "has", "had", "been", "also", "made", "recall", "recalls", "recalled",
                    "recalling", "reaffirm", "reaffirms", "welcom", "welcome", "welcomes",
                    "welcomed", "welcoming", "endors", "endorse", "endorsed", "adopt", "adopts",
                    "adopted", "adopting", "request", "requests", "requested", "requesting",
                    "the", "States", "that", "decide", "decides", "decided", "deciding", "decid",
                    "pursuant", "in", "accordance", "line", "compliance", "consistent",
                    "conformity", "as", "provided", "for", "foreseen", "envisaged", "set", "out",
                    "required", "mandated", "under", "by", "x", "é", "_", "1", "2020", "called",
                    "implementation", "of",
                ]),
                any::<u32>(),
                prop::sample::select(vec![
                    " ", " ", " ", "  ", "", "\t", "\n", "\x0B", "\x0C", "\r", " \r\n", ",", ".",
                    "(", ")", "-", "_", "1", "é", " é", "\u{a0}",
                ]),
            ),
            0..14,
        ), cut in any::<prop::sample::Index>()) {
            let text: String = words
                .iter()
                .flat_map(|(w, mask, s)| [with_case(w, *mask), s.to_string()])
                .collect();
            agree(&text);
            let cut = cut.index(text.len() + 1);
            if text.is_char_boundary(cut) {
                agree(&text[..cut]);
            }
        }
    }
}
