//! Governing verbs ("cues") found by walking words instead of a regex.
//!
//! The cue pattern (kept as the tests' oracle) is an alternation of a few
//! dozen words and phrases. Its lazy DFA ran a forward scan over the
//! sentence and a reverse scan per match. Every cue starts a word with one
//! of 19 openings, so a walk over word starts that looks further only after
//! those does the same for fewer instructions, and knows which alternative
//! matched, so the relation comes for free.

use crate::model::Relation;

use crate::pattern::{is_space_byte, is_word_byte as is_word};

/// The first three bytes of every cue, lower-case, `_` for the space after
/// a two-letter word ("in", "as").
const OPENINGS: [&[u8; 3]; 19] = [
    b"tak", b"too", b"rec", b"rea", b"req", b"ref", b"wel", b"wit", b"end", b"ado", b"as_", b"dec",
    b"see", b"mad", b"pur", b"in_", b"con", b"und", b"not",
];

/// A byte's bit in [`THIRD`]: a letter by its number (`& 31`, the same in
/// either case), anything else bit 0.
const fn letter_bit(c: u8) -> u32 {
    if c.is_ascii_alphabetic() {
        1 << (c & 31)
    } else {
        1
    }
}

/// [`OPENINGS`] by their first two letters (entry `(a & 31) << 5 | b & 31`):
/// the third bytes that may follow.
static THIRD: [u32; 1024] = {
    let mut t = [0; 1024];
    let mut k = 0;
    while k < OPENINGS.len() {
        let [a, b, c] = *OPENINGS[k];
        t[((a & 31) as usize) << 5 | (b & 31) as usize] |= letter_bit(c);
        k += 1;
    }
    t
};

/// Whether a cue may start at word start `i`: most words ("the", "and",
/// "resolution") fail on their first three bytes, without a call.
fn may_open(h: &[u8], i: usize) -> bool {
    let byte = |k: usize| h.get(i + k).copied().unwrap_or(b' ');
    let (a, b) = (h[i], byte(1));
    a.is_ascii_alphabetic()
        && b.is_ascii_alphabetic()
        && THIRD[((a & 31) as usize) << 5 | (b & 31) as usize] & letter_bit(byte(2)) != 0
}

/// The first cue at or after `at` in `h`, as `CUE.find_at(h, at)` finds it
/// (the byte before `at` counts for `\b`; the end of `h` is a boundary), with
/// the relation its words stand for.
///
/// Word starts are taken from a mask of word bytes, a block at a time: a
/// byte-by-byte walk cost as much as the DFA. Each word is judged by its
/// first three bytes ([`may_open`]) before the rest of a cue is tried.
pub(super) fn find_at(h: &[u8], at: usize) -> Option<(usize, usize, Relation)> {
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
            if may_open(h, i)
                && let Some((end, relation)) = cue_at(h, i)
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

fn skip_word(h: &[u8], i: usize) -> usize {
    let rest = h.get(i..).unwrap_or_default();
    i + rest.iter().position(|&b| !is_word(b)).unwrap_or(rest.len())
}

/// `w` (lower case) at `i`, ASCII case ignored: the end. `| 0x20` lower-cases
/// a letter and turns no other byte into a lower-case letter.
fn lit(h: &[u8], i: usize, w: &[u8]) -> Option<usize> {
    let s = h.get(i..i + w.len())?;
    s.iter()
        .zip(w)
        .all(|(&a, &b)| a | 0x20 == b)
        .then_some(i + w.len())
}

/// `\s+` at `i`: the end.
fn spaces(h: &[u8], i: usize) -> Option<usize> {
    let n = h
        .get(i..)?
        .iter()
        .take_while(|&&b| is_space_byte(b))
        .count();
    (n > 0).then_some(i + n)
}

/// `\b` at `i`, after a word byte.
fn ends(h: &[u8], i: usize) -> Option<usize> {
    (!h.get(i).is_some_and(|&b| is_word(b))).then_some(i)
}

/// `\s+w\b` at `i`.
fn then_word(h: &[u8], i: usize, w: &[u8]) -> Option<usize> {
    ends(h, lit(h, spaces(h, i)?, w)?)
}

/// `w(?:s1|s2|...)\b` at `i`, with the empty suffix last when `optional`:
/// the first suffix followed by a boundary, as the alternation tries them.
fn suffixed(h: &[u8], i: usize, w: &[u8], sfx: &[&[u8]], optional: bool) -> Option<usize> {
    let j = lit(h, i, w)?;
    sfx.iter()
        .find_map(|s| ends(h, lit(h, j, s)?))
        .or_else(|| if optional { ends(h, j) } else { None })
}

/// The cue starting at word start `i`, if any: its end and relation. Each
/// first letter tries its alternatives in the pattern's order (leftmost-first).
/// Not inlined: inlined, the block loop was unrolled into a copy per bit.
#[inline(never)]
fn cue_at(h: &[u8], i: usize) -> Option<(usize, Relation)> {
    use Relation::*;
    let rel = |r: Relation| move |e: usize| (e, r);
    match h[i] | 0x20 {
        b't' => takes_note(h, i),
        b'r' => None
            .or_else(|| suffixed(h, i, b"recall", &[b"s", b"ed", b"ing"], true).map(rel(Recalls)))
            .or_else(|| {
                suffixed(h, i, b"reaffirm", &[b"s", b"ed", b"ing"], true).map(rel(Reaffirms))
            })
            .or_else(|| {
                let j = lit(h, i, b"request")?;
                None.or_else(|| suffixed(h, j, b"", &[b"ed", b"ing"], false))
                    .or_else(|| {
                        let k = ends(h, lit(h, j, b"s")?)?;
                        [&b"the"[..], b"states", b"that"]
                            .iter()
                            .find_map(|w| then_word(h, k, w))
                    })
                    .map(rel(Requests))
            })
            .or_else(|| {
                let j = lit(h, i, b"refer")?;
                [&b"s"[..], b"red", b"ring", b""]
                    .iter()
                    .find_map(|s| then_word(h, lit(h, j, s)?, b"to"))
                    .or_else(|| reference_made_to(h, j))
                    .map(rel(Refers))
            }),
        b'w' => None
            .or_else(|| {
                suffixed(h, i, b"welcom", &[b"e", b"es", b"ed", b"ing"], false).map(rel(Welcomes))
            })
            .or_else(|| {
                let j = then_word(h, lit(h, i, b"with")?, b"reference")?;
                then_word(h, j, b"to").map(rel(Refers))
            }),
        b'e' => suffixed(h, i, b"endors", &[b"e", b"es", b"ed", b"ing"], false).map(rel(Endorses)),
        b'a' => None
            .or_else(|| suffixed(h, i, b"adopt", &[b"s", b"ed", b"ing"], false).map(rel(Adopts)))
            .or_else(|| as_provided(h, i).map(rel(ActsUnder))),
        b'd' => suffixed(h, i, b"decid", &[b"es", b"ed", b"ing", b"e"], false).map(rel(Decides)),
        b's' => ends(h, lit(h, i, b"see")?).map(rel(Refers)),
        b'm' => {
            let j = then_word(h, lit(h, i, b"made")?, b"reference")?;
            then_word(h, j, b"to").map(rel(Refers))
        }
        b'p' => then_word(h, lit(h, i, b"pursuant")?, b"to").map(rel(ActsUnder)),
        b'i' => {
            let j = lit(h, i, b"in")?;
            let k = spaces(h, j)?;
            [&b"accordance"[..], b"line", b"compliance", b"conformity"]
                .iter()
                .find_map(|w| then_word(h, lit(h, k, w)?, b"with"))
                .or_else(|| then_word(h, lit(h, k, b"implementation")?, b"of"))
                .map(rel(ActsUnder))
        }
        b'c' => then_word(h, lit(h, i, b"consistent")?, b"with").map(rel(ActsUnder)),
        b'u' => ends(h, lit(h, i, b"under")?).map(rel(ActsUnder)),
        b'n' => None
            .or_else(|| suffixed(h, i, b"not", &[b"ed", b"ing"], false))
            .or_else(|| {
                let j = lit(h, i, b"notes")?;
                then_word(h, j, b"with").or_else(|| then_word(h, j, b"that"))
            })
            .map(rel(Notes)),
        _ => None,
    }
}

/// `(?:take|takes|taking|taken|took)\s+note\s+(?:with\s+\w+\s+)?of\b`.
fn takes_note(h: &[u8], i: usize) -> Option<(usize, Relation)> {
    // At most one of the verb's forms is followed by a space.
    let verb = [&b"take"[..], b"takes", b"taking", b"taken", b"took"]
        .iter()
        .find_map(|v| lit(h, i, v).filter(|&j| spaces(h, j).is_some()))?;
    let note = spaces(h, verb)?;
    let after = spaces(h, lit(h, note, b"note")?)?;
    // "with" and a word, preferred; else "of" at once.
    let with_word = || {
        let w = spaces(h, lit(h, after, b"with")?)?;
        let e = skip_word(h, w);
        Some((w..e, then_word(h, e, b"of").filter(|_| e > w)?))
    };
    let (word, end) = match with_word() {
        Some((word, end)) => (Some(word), end),
        None => (None, ends(h, lit(h, after, b"of")?)?),
    };
    // "note" after any white space is taking note ("took\nnote of", wrapped
    // by a PDF converter, as much as "took note of"); else "reference" in
    // the word after "with" is referring, else a connective's default.
    let note_after_space =
        |k: usize| h[k - 1].is_ascii_whitespace() && lit(h, k, b"note").is_some();
    let relation =
        if note_after_space(note) || word.clone().is_some_and(|w| note_after_space(w.start)) {
            Relation::TakesNote
        } else if word.is_some_and(|w| h[w].windows(9).any(|x| lit(x, 0, b"reference").is_some())) {
            Relation::Refers
        } else {
            Relation::ActsUnder
        };
    Some((end, relation))
}

/// After "refer": `ence\s+(?:was|is|has\s+been|had\s+been)\s+(?:also\s+)?made\s+to\b`.
fn reference_made_to(h: &[u8], j: usize) -> Option<usize> {
    let k = spaces(h, lit(h, j, b"ence")?)?;
    let aux = [&b"was"[..], b"is"]
        .iter()
        .find_map(|w| lit(h, k, w))
        .or_else(|| {
            let has = lit(h, k, b"has").or_else(|| lit(h, k, b"had"))?;
            lit(h, spaces(h, has)?, b"been")
        })?;
    let m = spaces(h, aux)?;
    let made = |m: usize| then_word(h, lit(h, m, b"made")?, b"to");
    lit(h, m, b"also")
        .and_then(|a| made(spaces(h, a)?))
        .or_else(|| made(m))
}

/// `as\s+(?:provided\s+for|foreseen|envisaged|set\s+out|called\s+for|required|mandated)\s+(?:in|under|by)\b`.
fn as_provided(h: &[u8], i: usize) -> Option<usize> {
    let k = spaces(h, lit(h, i, b"as")?)?;
    let two = |a: &[u8], b: &[u8]| lit(h, spaces(h, lit(h, k, a)?)?, b);
    let participle = two(b"provided", b"for")
        .or_else(|| {
            [&b"foreseen"[..], b"envisaged"]
                .iter()
                .find_map(|w| lit(h, k, w))
        })
        .or_else(|| two(b"set", b"out"))
        .or_else(|| two(b"called", b"for"))
        .or_else(|| {
            [&b"required"[..], b"mandated"]
                .iter()
                .find_map(|w| lit(h, k, w))
        })?;
    let p = spaces(h, participle)?;
    [&b"in"[..], b"under", b"by"]
        .iter()
        .find_map(|w| ends(h, lit(h, p, w)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::static_re;
    use proptest::prelude::*;

    static_re!(
        /// The pattern the walk replaces.
        CUE,
        r"(?i)\b(?:(?P<takesnote>(?:take|takes|taking|taken|took)\s+note\s+(?:with\s+\w+\s+)?of)|(?P<recalls>recall(?:s|ed|ing)?)|(?P<reaffirms>reaffirm(?:s|ed|ing)?)|(?P<welcomes>welcom(?:e|es|ed|ing))|(?P<endorses>endors(?:e|es|ed|ing))|(?P<adopts>adopt(?:s|ed|ing))|(?P<requests>request(?:ed|ing)|requests\b(?:\s+the|\s+States|\s+that))|(?P<decides>decides|decided|deciding|Decide)|(?P<refers>refer(?:s|red|ring)?\s+to|see|reference\s+(?:was|is|has\s+been|had\s+been)\s+(?:also\s+)?made\s+to|made\s+reference\s+to|with\s+reference\s+to)|(?P<actsunder>pursuant\s+to|in\s+accordance\s+with|in\s+line\s+with|in\s+compliance\s+with|consistent\s+with|in\s+conformity\s+with|in\s+implementation\s+of|as\s+(?:provided\s+for|foreseen|envisaged|set\s+out|called\s+for|required|mandated)\s+(?:in|under|by)|under)|(?P<notes>not(?:ed|ing)|notes\s+(?:with|that)))\b"
    );

    /// The relation of a cue's words as the pipeline classified the pattern's
    /// matches.
    fn relation_of(cue: &str) -> Relation {
        const BY_PREFIX: [(&str, Relation); 9] = [
            ("recall", Relation::Recalls),
            ("reaffirm", Relation::Reaffirms),
            ("welcom", Relation::Welcomes),
            ("endors", Relation::Endorses),
            ("adopt", Relation::Adopts),
            ("request", Relation::Requests),
            ("decid", Relation::Decides),
            ("refer", Relation::Refers),
            ("not", Relation::Notes),
        ];
        // Compared without case, in place: no lower-cased copy per cue.
        let w = cue.as_bytes();
        let contains = |needle: &str| crate::pattern::contains_ignore_ascii_case(cue, needle);
        let space_note = w
            .windows(5)
            .any(|x| x[0].is_ascii_whitespace() && x[1..].eq_ignore_ascii_case(b"note"));
        if space_note {
            return Relation::TakesNote;
        }
        if w.eq_ignore_ascii_case(b"see") || contains("reference") {
            return Relation::Refers;
        }
        BY_PREFIX
            .iter()
            .find(|(p, _)| {
                w.get(..p.len())
                    .is_some_and(|x| x.eq_ignore_ascii_case(p.as_bytes()))
            })
            .map_or(Relation::ActsUnder, |(_, r)| *r)
    }

    /// The walk and the pattern agree from every char boundary of `text`,
    /// relation included; also on `text` cut inside and right after each
    /// match (the resolver searches up to a mention's start). The pattern
    /// is asked again only once the search passes its last match's start:
    /// from any position up to that start it finds the same match.
    fn agree(text: &str) -> usize {
        let mut want: Option<regex::Match> = None;
        let mut asked_at = None;
        let mut found = 0;
        for pos in (0..=text.len()).filter(|&p| text.is_char_boundary(p)) {
            if asked_at.is_none() || want.is_some_and(|m| m.start() < pos) {
                want = CUE.find_at(text, pos);
                asked_at = Some(pos);
                if let Some(m) = want {
                    found += 1;
                    for cut in (m.start()..=(m.end() + 2).min(text.len()))
                        .filter(|&c| text.is_char_boundary(c))
                    {
                        let t = &text[..cut];
                        compare(t, m.start(), CUE.find_at(t, m.start()));
                    }
                }
            }
            compare(text, pos, want);
        }
        found
    }

    fn compare(text: &str, pos: usize, want: Option<regex::Match>) {
        let got = find_at(text.as_bytes(), pos);
        assert_eq!(
            got,
            want.map(|m| (m.start(), m.end(), relation_of(m.as_str()))),
            "from {pos} in {:?}",
            &text[pos..text.len().min(pos + 120)]
        );
    }

    #[test]
    fn walk_finds_what_the_pattern_finds_in_every_document() {
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
