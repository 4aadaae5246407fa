//! The one sentence splitter: where a sentence ends and starts inside a
//! block, with the one list of abbreviations a period does not end a
//! sentence after ("art. 5", "para. 3", "e.g."). The resolver asks it for
//! the sentence a mention governs in; the graph asks it for the evidence
//! sentence a user reads, so the two are the same sentence.

use crate::pattern::back;

pub const ABBREVIATIONS: &[&str] = &[
    "art", "arts", "para", "paras", "subpara", "chap", "chaps", "sect", "No", "Nos", "no", "vol",
    "p", "pp", "e.g", "i.e", "Mr", "Ms", "Mrs", "Dr", "St", "Rev", "Add", "Corr", "etc", "cf",
    "Inc", "Co", "Ltd", "v", "vs", "al", "op", "annex",
];

/// Start of the word ending at `i`: just after the last space or `(` in
/// `[floor, i)` (a space may be a multi-byte character).
pub fn word_start(text: &str, floor: usize, i: usize) -> usize {
    // Bytes first: an ASCII byte is a whole character. At the first
    // non-ASCII byte, characters are decoded from the end of that one.
    let b = text.as_bytes();
    let mut j = i;
    while j > floor {
        let c = b[j - 1];
        if !c.is_ascii() {
            return text[floor..j]
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_whitespace() || *c == '(')
                .map_or(floor, |(k, c)| floor + k + c.len_utf8());
        }
        if c == b'(' || (c as char).is_whitespace() {
            return j;
        }
        j -= 1;
    }
    floor
}

/// Sentences are looked for at most this far from a mention, which keeps a
/// 10 MB one-line file linear.
pub const SENTENCE_WINDOW: usize = 3000;

/// Whether the `.`/`!`/`?` at `i` ends a sentence, judged within the block
/// starting at `ls`: not after an abbreviation ("art. 5"), an initial, or a
/// paragraph number at the block start ("1. ").
pub fn ends_sentence(text: &str, ls: usize, i: usize) -> bool {
    let word_start = word_start(text, ls, i);
    let word = unquoted(&text[word_start..i]);
    let abbrev = is_abbreviation(word)
        || (word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase())
        || word.bytes().all(|c| c.is_ascii_digit()) && word_start == ls;
    !abbrev
}

/// A word without the quotation marks that open it: "entitled “St.
/// Petersburg Statement”" has the abbreviation "St", not "“St".
fn unquoted(word: &str) -> &str {
    word.trim_start_matches(['“', '"', '‘', '\''])
}

/// Bytes that start an entry of [`ABBREVIATIONS`], and the longest entry:
/// most words before a period ("Convention.") are ruled out without
/// comparing them with the whole list.
const ABBREVIATION_FIRST: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    while k < ABBREVIATIONS.len() {
        t[ABBREVIATIONS[k].as_bytes()[0] as usize] = true;
        k += 1;
    }
    t
};
const ABBREVIATION_MAX: usize = {
    let mut m = 0;
    let mut k = 0;
    while k < ABBREVIATIONS.len() {
        if ABBREVIATIONS[k].len() > m {
            m = ABBREVIATIONS[k].len();
        }
        k += 1;
    }
    m
};

/// `ABBREVIATIONS.contains(&word)`.
pub fn is_abbreviation(word: &str) -> bool {
    word.len() <= ABBREVIATION_MAX
        && word
            .as_bytes()
            .first()
            .is_some_and(|&c| ABBREVIATION_FIRST[c as usize])
        && ABBREVIATIONS.contains(&word)
}

/// The sentence starts of the block `[ls, le)` other than its own start:
/// the byte after ". " inside it. Found for a block the first time one of
/// its sentences is asked for (most blocks have no mention and never are),
/// then kept, so a mention finds its sentence by binary search instead of
/// rescanning its paragraph (which made long paragraphs quadratic in their
/// references).
pub fn block_sentence_starts(text: &str, ls: usize, le: usize) -> Vec<usize> {
    let bytes = text.as_bytes();
    memchr::memchr3_iter(b'.', b'!', b'?', &bytes[ls..le])
        .map(|k| ls + k)
        .filter(|&i| {
            i + 1 < le
                && matches!(bytes[i + 1], b' ' | b'\n')
                && ends_sentence(text, ls.max(back(text, i, SENTENCE_WINDOW)), i)
        })
        .map(|i| i + 2)
        .collect()
}

/// Where the sentence containing `pos` ends: the first `.`/`!`/`?` from
/// `pos` that ends a word (not an abbreviation or an initial) and is followed
/// by a space, a line end or the block end `le`; else `le` (at most
/// `SENTENCE_WINDOW` on).
pub fn sentence_end(text: &str, pos: usize, le: usize) -> usize {
    let mut le = le.min(pos + SENTENCE_WINDOW).min(text.len()).max(pos);
    while !text.is_char_boundary(le) {
        le -= 1;
    }
    let bytes = text.as_bytes();
    if le <= pos {
        return le;
    }
    // Terminators are rare among the bytes: look for them, not at every byte.
    for i in memchr::memchr3_iter(b'.', b'!', b'?', &bytes[pos..le]).map(|k| pos + k) {
        if i + 1 >= le || matches!(bytes[i + 1], b' ' | b'\n') {
            let word_start = word_start(text, back(text, i, 40), i);
            let word = unquoted(&text[word_start..i]);
            if !(is_abbreviation(word) || word.len() == 1) {
                return i;
            }
        }
    }
    le
}

/// Longest evidence sentence kept, in bytes (tooltips and JSON stay readable).
pub const EVIDENCE_MAX: usize = 480;

/// The sentence a user reads as evidence for the reference at
/// `start..end` of `text` (a document's original text, or a window of it),
/// found within its line by the same rules as the resolver's sentences
/// ([`block_sentence_starts`], [`sentence_end`]): "Recalling article 46,
/// para. 3. Requests ..." keeps "para. 3" inside. A sentence longer than
/// [`EVIDENCE_MAX`] is cut to a window around the mention, marked "…".
pub fn evidence(text: &str, start: usize, end: usize) -> String {
    let start = floor_boundary(text, start);
    let end = ceil_boundary(text, end.max(start));
    let ls = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let le = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let floor = ls.max(back(text, start, SENTENCE_WINDOW));
    let s = block_sentence_starts(text, floor, start.max(floor))
        .last()
        .copied()
        .filter(|&b| b <= start)
        .unwrap_or(floor);
    let se = sentence_end(text, end, le);
    let e = if se < le && matches!(text.as_bytes()[se], b'.' | b'!' | b'?') {
        se + 1
    } else {
        se
    };
    if e - s > EVIDENCE_MAX {
        return window(text, (s, e), (start, end));
    }
    let mut out = text[s..e].trim().trim_end_matches('\r').to_string();
    // "... to initiate the\n\n¹ United Nations, Treaty Series ...\n\nprocess
    // of identifying best practices ...": a sentence a page break cut goes
    // on after the page's footnotes and footer, as the resolver reads it.
    if e == le
        && super::ends_inside_sentence(&text[ls..le])
        && let Some(rest) =
            after_page_break(text, le, super::ends_on_a_function_word(&text[ls..le]))
    {
        out.push(' ');
        let room = EVIDENCE_MAX.saturating_sub(out.len());
        if rest.len() <= room {
            out.push_str(rest);
        } else {
            // Cut at a space within the room left, and say so.
            let cut = floor_boundary(rest, room);
            let cut = rest[..cut].rfind(' ').unwrap_or(cut);
            out.push_str(&rest[..cut]);
            out.push('…');
        }
    }
    out
}

/// At most this many lines of footnotes, footers and blanks between the
/// halves of a sentence a page break cut.
const PAGE_BREAK_LINES: usize = 40;

/// The rest of a sentence cut at line end `le`: the first line after the
/// blank lines, running footers and footnotes of a page break, up to its
/// sentence end, when it goes on with the sentence (lower case, a number
/// that goes on, or anything after a word no sentence ends with).
fn after_page_break(text: &str, le: usize, open_word: bool) -> Option<&str> {
    let mut pos = le + 1;
    for _ in 0..PAGE_BREAK_LINES {
        let rest = text.get(pos..)?;
        let n = rest.find('\n').unwrap_or(rest.len());
        let line = &rest[..n];
        let t = line.trim();
        let footnote = t.starts_with("<sup>")
            || t.chars()
                .next()
                .and_then(super::superscript_digit)
                .is_some()
            || t.starts_with('*')
            || t.starts_with("__");
        if t.is_empty() || footnote || super::is_page_furniture(t, None) {
            pos += n + 1;
            continue;
        }
        if !(super::continues_sentence(line) || open_word) {
            return None;
        }
        let end = sentence_end(text, pos, pos + n);
        let end = if end < pos + n && matches!(text.as_bytes()[end], b'.' | b'!' | b'?') {
            end + 1
        } else {
            end
        };
        return Some(text[pos..end].trim());
    }
    None
}

/// Keeps a long sentence `s..e` readable: a window around the mention
/// `start..end`, cut at spaces, not inside words, and saying it was cut.
fn window(text: &str, (s, e): (usize, usize), (start, end): (usize, usize)) -> String {
    let half = EVIDENCE_MAX / 2;
    let ws = ceil_boundary(text, s.max(start.saturating_sub(half)));
    let we = floor_boundary(text, e.min(end + half));
    let head = if ws > s {
        text[ws..start].find(' ').map_or(start, |i| ws + i + 1)
    } else {
        s
    };
    let tail = if we < e {
        text[end..we].rfind(' ').map_or(end, |i| end + i)
    } else {
        e
    };
    let mut out = String::new();
    if head > s {
        out.push('…');
    }
    out.push_str(text[head..tail].trim());
    if tail < e {
        out.push('…');
    }
    out
}

/// `i` (at most the length) moved back to a char boundary.
pub(crate) fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `i` (at most the length) moved on to a char boundary.
pub(crate) fn ceil_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {

    /// cosp7-report.txt line 82 (issue 19): "... to initiate the" [the
    /// page's footnote] "process of identifying best practices ...": the
    /// evidence a user reads goes on across the page break; a new paragraph
    /// after a closed sentence does not join it.
    #[test]
    fn evidence_goes_on_across_a_page_break() {
        let t = "Recalling also its resolution 6/2 of 6 November 2015, in which it directed the Group to initiate the\n\n\u{b9} United Nations, *Treaty Series*, vol. 2349, No. 42146.\n\nprocess of identifying best practices.\n";
        let at = t.find("6/2").unwrap();
        assert_eq!(
            evidence(t, at, at + 3),
            "Recalling also its resolution 6/2 of 6 November 2015, in which it directed the Group to initiate the process of identifying best practices."
        );
        let t = "Recalling its resolution 6/2.\n\nprocess of something else.\n";
        let at = t.find("6/2").unwrap();
        assert_eq!(evidence(t, at, at + 3), "Recalling its resolution 6/2.");
    }

    use super::*;

    /// `word_start` before its byte-wise fast path.
    fn word_start_by_chars(text: &str, floor: usize, i: usize) -> usize {
        text[floor..i]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace() || *c == '(')
            .map_or(floor, |(k, c)| floor + k + c.len_utf8())
    }

    #[test]
    fn word_start_agrees_with_chars() {
        let texts = [
            "Recalling its resolution 6/2 (art. 5), and Mr. Smith.",
            // Multi-byte characters, spaces among them, before the word.
            "the Convention\u{a0}art. 63 and “Doha”. Café\u{2003}No. 5 (e.g. x)",
            "étude\u{3000}p. 4\u{85}vol. 2\u{2028}",
            "no space at all",
            "",
        ];
        for t in texts {
            for floor in (0..=t.len()).filter(|&k| t.is_char_boundary(k)) {
                for i in (floor..=t.len()).filter(|&k| t.is_char_boundary(k)) {
                    assert_eq!(
                        word_start(t, floor, i),
                        word_start_by_chars(t, floor, i),
                        "{t:?} {floor} {i}"
                    );
                }
            }
        }
    }

    /// Every sentence start of the text that is not a block start, in order,
    /// as they were found: one search over the whole text.
    fn sentence_starts(text: &str, block_starts: &[usize]) -> Vec<usize> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        // One search over the whole text, not one per block: most blocks are a
        // line or two. The blocks tile the text (block k ends at the `\n` just
        // before block k + 1), so every hit lies in the block found by walking
        // forward.
        let mut k = 0;
        for i in memchr::memchr3_iter(b'.', b'!', b'?', bytes) {
            while block_starts.get(k + 1).is_some_and(|&n| n <= i) {
                k += 1;
            }
            let Some(&ls) = block_starts.get(k) else {
                break;
            };
            let le = block_starts.get(k + 1).map_or(text.len(), |&n| n - 1);
            if i >= ls
                && i + 1 < le
                && matches!(bytes[i + 1], b' ' | b'\n')
                && ends_sentence(text, ls.max(back(text, i, SENTENCE_WINDOW)), i)
            {
                out.push(i + 2);
            }
        }
        out
    }

    /// `sentence_starts` as it was: one search per block.
    fn sentence_starts_per_block(text: &str, block_starts: &[usize]) -> Vec<usize> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        for (k, &ls) in block_starts.iter().enumerate() {
            let le = block_starts.get(k + 1).map_or(text.len(), |&n| n - 1);
            for i in memchr::memchr3_iter(b'.', b'!', b'?', &bytes[ls..le]) {
                let i = ls + i;
                if i + 1 < le
                    && matches!(bytes[i + 1], b' ' | b'\n')
                    && ends_sentence(text, ls.max(back(text, i, SENTENCE_WINDOW)), i)
                {
                    out.push(i + 2);
                }
            }
        }
        out
    }

    #[test]
    fn sentence_starts_agree_with_a_search_per_block() {
        for f in std::fs::read_dir("data/corpus").unwrap() {
            let Ok(text) = std::fs::read_to_string(f.unwrap().path()) else {
                continue;
            };
            let text = crate::normalise::Clean::new(&text).text;
            let lines: Vec<usize> = std::iter::once(0)
                .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
                .collect();
            // Every line a block; every third line a block.
            for step in [1, 3] {
                let blocks: Vec<usize> = lines.iter().copied().step_by(step).collect();
                let by_block: Vec<usize> = blocks
                    .iter()
                    .enumerate()
                    .flat_map(|(k, &ls)| {
                        let le = blocks.get(k + 1).map_or(text.len(), |&n| n - 1);
                        block_sentence_starts(&text, ls, le)
                    })
                    .collect();
                assert_eq!(sentence_starts(&text, &blocks), by_block);
                assert_eq!(
                    sentence_starts(&text, &blocks),
                    sentence_starts_per_block(&text, &blocks)
                );
            }
        }
    }

    /// `sentence_end` as it was: a look at every byte.
    fn sentence_end_by_bytes(text: &str, pos: usize, le: usize) -> usize {
        let mut le = le.min(pos + SENTENCE_WINDOW).min(text.len()).max(pos);
        while !text.is_char_boundary(le) {
            le -= 1;
        }
        let bytes = text.as_bytes();
        let mut i = pos;
        while i < le {
            if matches!(bytes[i], b'.' | b'!' | b'?')
                && (i + 1 >= le || matches!(bytes[i + 1], b' ' | b'\n'))
            {
                let word_start = word_start(text, back(text, i, 40), i);
                let word = unquoted(&text[word_start..i]);
                if !(is_abbreviation(word) || word.len() == 1) {
                    return i;
                }
            }
            i += 1;
        }
        le
    }

    #[test]
    fn sentence_end_agrees_with_a_look_at_every_byte() {
        let texts = [
            "Recalling art. 5 of its resolution 6/2. The Conference, Mr. Smith! Next? a",
            "“Doha”. Café No. 5 (e.g. x) ends. ",
            "",
        ];
        for t in texts {
            for pos in (0..=t.len()).filter(|&k| t.is_char_boundary(k)) {
                for le in [0, pos, pos + 7, t.len(), t.len() + 5] {
                    assert_eq!(
                        sentence_end(t, pos, le),
                        sentence_end_by_bytes(t, pos, le),
                        "{t:?} {pos} {le}"
                    );
                }
            }
        }
        for f in std::fs::read_dir("data/corpus").unwrap() {
            let Ok(text) = std::fs::read_to_string(f.unwrap().path()) else {
                continue;
            };
            let text = crate::normalise::Clean::new(&text).text;
            for pos in (0..text.len())
                .step_by(97)
                .filter(|&k| text.is_char_boundary(k))
            {
                for le in [pos + 300, pos + 5000, text.len()] {
                    assert_eq!(
                        sentence_end(&text, pos, le),
                        sentence_end_by_bytes(&text, pos, le)
                    );
                }
            }
        }
    }

    #[test]
    fn abbreviations_by_table() {
        for a in ABBREVIATIONS {
            assert!(is_abbreviation(a), "{a}");
        }
        for w in [
            "",
            "Art",
            "article",
            "Convention",
            "annexes",
            "subparas",
            "e",
            "i.e.",
        ] {
            assert_eq!(is_abbreviation(w), ABBREVIATIONS.contains(&w), "{w}");
        }
    }
}
