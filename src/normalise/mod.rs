//! A clean view of a converted document: link markup `[X](#)`, HTML tags,
//! `<sup>` and Unicode footnote superscripts, markdown emphasis and heading
//! marks, BOM, soft hyphens and CR line ends removed; hyphenation at a line
//! break joined. Every clean byte remembers the original byte it came from,
//! so references found in the clean view report spans of the original file.
//!
//! ```
//! use uncite::normalise::Clean;
//! let original = "General Assembly resolution [S-32/1](#), annex";
//! let clean = Clean::new(original);
//! assert_eq!(clean.text, "General Assembly resolution S-32/1, annex");
//! let s = clean.text.find("S-32/1").unwrap();
//! let (a, b) = clean.to_original(s, s + 6);
//! assert_eq!(&original[a..b], "[S-32/1](#)");
//! ```

mod markup;
mod specials;

use markup::{
    floor_boundary, html_tag_len, hyphen_join, is_dropped, is_line_separator, is_space_like,
    link_at, tag_gap,
};
use specials::Specials;

/// A link's parts in the original: `[` at `open`, text `inner`, end of `)`.
#[derive(Debug, Clone, Copy)]
struct Link {
    open: usize,
    inner: (usize, usize),
    close_end: usize,
}

/// Where the clean text stops copying the original byte for byte. A converted
/// document is mostly plain text, so the offset map is a short list of runs
/// rather than one entry per byte (which cost 5 bytes written per byte read).
#[derive(Debug, Clone, Copy)]
struct Run {
    /// First clean byte of the run.
    clean: u32,
    /// Original byte it came from.
    orig: u32,
    /// 0: the run copies the original byte for byte. Otherwise the run is one
    /// clean byte standing for an original character of this many bytes (a
    /// no-break space written as ' ').
    replaced: u8,
}

#[derive(Debug, Clone)]
pub struct Clean {
    pub text: String,
    /// Sorted by `clean`; the first run starts at clean 0.
    runs: Vec<Run>,
    links: Vec<Link>,
    original_len: usize,
}

/// Builds the clean text and its run list.
/// A `<sup>` call's closing tag is looked for within this many bytes: a
/// footnote number is short, and an unclosed tag is no call.
const SUP_REACH: usize = 40;

struct Builder {
    text: String,
    runs: Vec<Run>,
}

impl Builder {
    /// Appends original bytes `[i, i + s.len())` unchanged.
    fn copy(&mut self, i: usize, s: &str) {
        let at = self.text.len();
        let continues = self
            .runs
            .last()
            .is_some_and(|r| r.replaced == 0 && r.orig as usize + (at - r.clean as usize) == i);
        if !continues {
            self.runs.push(Run {
                clean: at as u32,
                orig: i as u32,
                replaced: 0,
            });
        }
        self.text.push_str(s);
    }

    /// Appends `out` (one byte) for the original character of `len` bytes at `i`.
    fn replace(&mut self, i: usize, len: usize, out: char) {
        self.runs.push(Run {
            clean: self.text.len() as u32,
            orig: i as u32,
            replaced: len as u8,
        });
        self.text.push(out);
    }

    /// Markup starting with `c` at `i` (`rest` is the text from there): a
    /// link's opening bracket (its tail is left `pending`), a tag, a Markdown
    /// escape, emphasis, a heading's marks, a word hyphenated at a break.
    /// Returns where the text goes on, or `None` when `c` is not markup here.
    #[inline]
    fn markup(
        &mut self,
        links: &mut Vec<Link>,
        pending: &mut Option<(usize, usize)>,
        i: usize,
        rest: &str,
        c: char,
    ) -> Option<usize> {
        match c {
            '[' if pending.is_none() => {
                let (inner_len, total) = link_at(rest)?;
                links.push(Link {
                    open: i,
                    inner: (i + 1, i + 1 + inner_len),
                    close_end: i + total,
                });
                *pending = Some((i + 1 + inner_len, total - 1 - inner_len));
                Some(i + 1)
            }
            '<' => self.tag(i, rest),
            // Markdown escapes: `\*`, `\_`, `\[`, `\$` stand for the character.
            '\\' => rest[1..]
                .chars()
                .next()
                .is_some_and(|n| n.is_ascii_punctuation())
                .then_some(i + 1),
            '*' => Some(i + 1),
            '#' if self.at_line_start() => {
                let n = rest.bytes().take_while(|&b| b == b'#').count();
                let sp = rest[n..].bytes().take_while(|&b| b == b' ').count();
                (sp > 0 || rest[n..].starts_with('\n')).then_some(i + n + sp)
            }
            '-' => self.hyphen_break(i, rest),
            _ => None,
        }
    }

    /// An HTML tag at `i`: a `<sup>` footnote call vanishes with its
    /// content, an inline tag ("<i>", "</span>") vanishes, any other parts
    /// words: "10/4<br>10 States", "para. 1</td><td>29".
    #[inline]
    fn tag(&mut self, i: usize, rest: &str) -> Option<usize> {
        if rest.starts_with("<sup>")
            && let Some(end) = rest[..floor_boundary(rest, SUP_REACH)].find("</sup>")
        {
            return Some(i + end + "</sup>".len());
        }
        let n = html_tag_len(rest);
        if n == 0 {
            return None;
        }
        if let Some(gap) = tag_gap(&rest[..n]) {
            self.replace(i, 1, gap);
        }
        Some(i + n)
    }

    /// "imple-\n\nmentation": a word hyphenated at a (page) break, joined.
    /// "eighty-\n first": a compound keeps its hyphen.
    #[inline]
    fn hyphen_break(&mut self, i: usize, rest: &str) -> Option<usize> {
        if !(rest[1..].starts_with(['\n', '\r'])
            && self
                .text
                .chars()
                .next_back()
                .is_some_and(|p| p.is_alphabetic()))
        {
            return None;
        }
        let skip = hyphen_join(&rest[1..])?;
        let word = &self.text[self
            .text
            .trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .len()..];
        if crate::names::is_tens_word(word) {
            self.copy(i, "-");
        }
        Some(i + 1 + skip)
    }

    /// An ordinary character `c` at `i` (not markup): dropped (a lone CR is
    /// a line end; CRLF's CR is dropped), read as a line end or a space, or
    /// copied. Returns its length.
    #[inline]
    fn character(&mut self, bytes: &[u8], i: usize, rest: &str, c: char) -> usize {
        let clen = c.len_utf8();
        if is_dropped(c) {
            if c == '\r' && bytes.get(i + 1) != Some(&b'\n') {
                self.replace(i, 1, '\n');
            }
        } else if is_line_separator(c) {
            self.replace(i, clen, '\n');
        } else if is_space_like(c) {
            self.replace(i, clen, ' ');
        } else if matches!(c, '\u{2010}' | '\u{2011}') {
            // HYPHEN and NON-BREAKING HYPHEN (word processors put them
            // in "S‑32/1", "thirty‑second") read as the ASCII hyphen.
            self.replace(i, clen, '-');
        } else {
            self.copy(i, &rest[..clen]);
        }
        clen
    }

    /// Whether the clean text so far ends in a line holding only spaces.
    fn at_line_start(&self) -> bool {
        let line = self.text.rfind('\n').map_or(0, |k| k + 1);
        self.text.as_bytes()[line..]
            .iter()
            .all(|&b| b == b' ' || b == b'\t')
    }
}

impl Clean {
    pub fn new(original: &str) -> Clean {
        let mut out = Builder {
            text: String::with_capacity(original.len()),
            runs: Vec::new(),
        };
        let mut links = Vec::new();
        let bytes = original.as_bytes();
        let mut specials = Specials::new(bytes);
        let mut i = 0;
        // Bytes of link markup still to skip: the `](..)` tail of an open link.
        let mut pending_link_tail: Option<(usize, usize)> = None;
        while i < original.len() {
            if let Some((at, len)) = pending_link_tail
                && i >= at
            {
                // Past it already when a tag inside the link ran over its
                // tail ("[<A](>)"): skip what is left of the tail.
                i = i.max(at + len);
                pending_link_tail = None;
                continue;
            }
            // Fast path: a run of ordinary bytes is copied as it is.
            let limit = pending_link_tail.map_or(original.len(), |(at, _)| at);
            let run = specials.next(i, limit) - i;
            if run > 0 {
                out.copy(i, &original[i..i + run]);
                i += run;
                continue;
            }
            let rest = &original[i..];
            let c = rest.chars().next().unwrap_or('\u{FFFD}');
            if let Some(next) = out.markup(&mut links, &mut pending_link_tail, i, rest, c) {
                i = next;
                continue;
            }
            i += out.character(bytes, i, rest, c);
        }
        Clean {
            text: out.text,
            runs: out.runs,
            links,
            original_len: original.len(),
        }
    }

    /// The index of the run holding clean byte `i` (`i < text.len()`).
    fn run_index(&self, i: usize) -> usize {
        self.runs.partition_point(|r| r.clean as usize <= i) - 1
    }

    /// The run holding clean byte `i` (`i < text.len()`).
    fn run_of(&self, i: usize) -> &Run {
        &self.runs[self.run_index(i)]
    }

    /// Original byte offset of clean offset `i` (`i == len` maps to the end).
    pub fn orig(&self, i: usize) -> usize {
        if i >= self.text.len() {
            return self.original_len;
        }
        orig_in(self.run_of(i), i)
    }

    /// The first clean offset whose original offset ([`Clean::orig`]) is at
    /// or after original offset `o` (the text's length when none is). Clean
    /// and original offsets grow together, so one binary search over the
    /// runs finds it.
    pub fn clean_of(&self, o: usize) -> usize {
        // The last run starting at or before `o`, if any.
        let j = self.runs.partition_point(|r| r.orig as usize <= o);
        let Some(r) = j.checked_sub(1).map(|k| &self.runs[k]) else {
            return 0;
        };
        let (c, g) = (r.clean as usize, r.orig as usize);
        let len = self
            .runs
            .get(j)
            .map_or(self.text.len(), |n| n.clean as usize)
            - c;
        // A copied run holds `o` itself when it is long enough; a replaced
        // character only when it starts there. Otherwise the next run starts
        // after `o`.
        let into = o - g;
        if into == 0 || (r.replaced == 0 && into < len) {
            c + into
        } else {
            c + len
        }
    }

    /// A reader of [`Clean::orig`] for clean offsets asked in ascending
    /// order (the starts of successive lines), each found by stepping on from
    /// the run of the last rather than by a binary search over all runs.
    pub fn orig_cursor(&self) -> OrigCursor<'_> {
        OrigCursor { clean: self, k: 0 }
    }

    /// Maps a clean span to the original span that shows it, widened to take
    /// in link markup it overlaps (`[58/4](#)`, never `[58/4`).
    pub fn to_original(&self, start: usize, end: usize) -> (usize, usize) {
        if start >= end || start >= self.text.len() {
            let o = self.orig(start);
            return (o, o);
        }
        // One binary search for the run of the first byte; a reference is
        // short, so the run of its last byte is found stepping on from there
        // (with a binary search over the rest after a few steps).
        let last = end.min(self.text.len()) - 1;
        let runs = &self.runs;
        let ks = self.run_index(start);
        let mut ke = ks;
        for _ in 0..4 {
            if ke + 1 < runs.len() && runs[ke + 1].clean as usize <= last {
                ke += 1;
            }
        }
        ke += runs[ke..].partition_point(|r| r.clean as usize <= last) - 1;
        let mut a = orig_in(&runs[ks], start);
        let mut b = orig_end_in(&runs[ke], last);
        b = b.min(self.original_len);
        // Links are sorted by position; find those that overlap [a, b).
        let first = self.links.partition_point(|l| l.close_end <= a);
        for l in &self.links[first..] {
            if l.open >= b {
                break;
            }
            if a < l.inner.1 && b > l.inner.0 {
                a = a.min(l.open);
                b = b.max(l.close_end);
            }
        }
        (a, b)
    }
}

/// Original offset of clean byte `i`, which run `r` holds.
fn orig_in(r: &Run, i: usize) -> usize {
    r.orig as usize
        + if r.replaced == 0 {
            i - r.clean as usize
        } else {
            0
        }
}

/// Original end of clean byte `i`, which run `r` holds.
fn orig_end_in(r: &Run, i: usize) -> usize {
    if r.replaced == 0 {
        r.orig as usize + (i - r.clean as usize) + 1
    } else {
        r.orig as usize + r.replaced as usize
    }
}

/// See [`Clean::orig_cursor`].
pub struct OrigCursor<'c> {
    clean: &'c Clean,
    /// The run of the last offset asked.
    k: usize,
}

impl OrigCursor<'_> {
    /// The same as [`Clean::orig`]; cheap when `i` is at or after the last
    /// offset asked, and right (by a binary search) when it is not.
    pub fn orig(&mut self, i: usize) -> usize {
        let c = self.clean;
        if i >= c.text.len() {
            return c.original_len;
        }
        let runs = &c.runs;
        if (runs[self.k].clean as usize) > i {
            self.k = runs.partition_point(|r| r.clean as usize <= i) - 1;
        }
        while self.k + 1 < runs.len() && runs[self.k + 1].clean as usize <= i {
            self.k += 1;
        }
        orig_in(&runs[self.k], i)
    }
}

#[cfg(test)]
mod tests {
    use super::specials::*;
    use super::*;

    fn check(original: &str, clean_expected: &str) -> Clean {
        let c = Clean::new(original);
        assert_eq!(c.text, clean_expected);
        c
    }

    #[test]
    fn strips_markup_and_maps_back() {
        let o = "See [CAC/COSP/WG.2/2016/4](#) and <i>Page</i>.";
        let c = check(o, "See CAC/COSP/WG.2/2016/4 and Page.");
        let s = c.text.find("CAC").unwrap();
        let (a, b) = c.to_original(s, s + "CAC/COSP/WG.2/2016/4".len());
        assert_eq!(&o[a..b], "[CAC/COSP/WG.2/2016/4](#)");
    }

    #[test]
    fn superscripts_and_emphasis() {
        check(
            "the Convention,¹ and *Urges* all **States**<sup>12</sup>",
            "the Convention, and Urges all States",
        );
    }

    #[test]
    fn crlf_and_lone_cr() {
        let c = check("a\r\nb\rc", "a\nb\nc");
        assert_eq!(c.orig(4), 5);
    }

    #[test]
    fn escapes_and_headings() {
        check(
            "## Seventh session\n\\* CAC/COSP/2023/1.",
            "Seventh session\n* CAC/COSP/2023/1."
                .replace('*', "")
                .as_str(),
        );
    }

    /// Found by proptest: a multi-byte character 40 bytes after `<sup>`.
    #[test]
    fn sup_lookahead_respects_char_boundaries() {
        check(
            "<sup>2</sup>sessionGeneral Assembly é\u{FEFF}",
            "sessionGeneral Assembly é",
        );
    }

    #[test]
    fn hyphenation_at_page_break() {
        check("imple-\n\nmentation of", "implementation of");
        // pdftotext -layout indents the next line deeply.
        check(
            "its resolu-\n            tion S-32/1",
            "its resolution S-32/1",
        );
        check(
            "agenda of its eighty-\n            first session",
            "agenda of its eighty-first session",
        );
        check(
            "CAC/COSP/2017/L.1 and Add.1-\n\n2",
            "CAC/COSP/2017/L.1 and Add.1-\n\n2",
        );
    }

    /// Patterns are ASCII (`pattern`): every other space must reach them as one.
    #[test]
    fn unicode_spaces_are_plain_spaces() {
        let o = "article\u{3000}46,\u{2003}paragraph\u{00A0}3\u{2028}of";
        let c = check(o, "article 46, paragraph 3\nof");
        let s = c.text.find("46").unwrap();
        let (a, b) = c.to_original(s, s + 2);
        assert_eq!(&o[a..b], "46");
        let refs = crate::extract(
            "Recalling article\u{3000}46,\u{2003}paragraph\u{205F}3, of the Convention",
        );
        assert_eq!(refs[0].target.to_string(), "art:uncac:46(3)");
    }

    #[test]
    fn orig_cursor_agrees_with_orig() {
        let o = "a [58/4](#) *b*\u{a0}c\r\n<i>d</i>¹ imple-\nment\u{2028}e";
        let c = Clean::new(o);
        let all: Vec<usize> = (0..=c.text.len() + 1).collect();
        // Ascending (the use), then from arbitrary places.
        let mut cur = c.orig_cursor();
        for &i in &all {
            assert_eq!(cur.orig(i), c.orig(i), "{i}");
        }
        for &i in all.iter().rev().step_by(3) {
            assert_eq!(cur.orig(i), c.orig(i), "{i}");
        }
    }

    /// Every span against the run-by-run definition: the original of its
    /// first byte to the original end of its last, widened over links.
    #[test]
    fn to_original_of_every_span() {
        let o = "a [58/4](#) *b*\u{a0}c\r\n<i>d</i>¹ imple-\nment\u{2028}e **x** *y* *z* [w](#) v";
        let c = Clean::new(o);
        let n = c.text.len();
        for start in 0..n {
            for end in start + 1..=n + 1 {
                let last = end.min(n) - 1;
                let mut a = c.orig(start);
                let mut b = orig_end_in(c.run_of(last), last).min(o.len());
                for l in &c.links {
                    if l.open < b && l.close_end > a && a < l.inner.1 && b > l.inner.0 {
                        a = a.min(l.open);
                        b = b.max(l.close_end);
                    }
                }
                assert_eq!(c.to_original(start, end), (a, b), "{start}..{end}");
            }
        }
    }

    #[test]
    fn clean_of_is_the_first_clean_offset_at_or_after() {
        for o in [
            "a [58/4](#) *b*\u{a0}c\r\n<i>d</i>¹ imple-\nment\u{2028}e",
            "\u{feff}*x*\u{a0}\u{a0}",
            "plain",
            "",
            "<sup>1</sup>",
        ] {
            let c = Clean::new(o);
            for at in 0..=o.len() + 1 {
                let want = (0..=c.text.len())
                    .find(|&i| c.orig(i) >= at)
                    .unwrap_or(c.text.len());
                assert_eq!(c.clean_of(at), want, "{o:?} at {at}");
            }
        }
    }

    /// The first special at or after `from` as [`Specials`] finds it, and
    /// as the table says.
    fn both(text: &[u8], from: usize) -> (usize, usize) {
        let want = text[from..]
            .iter()
            .position(|&c| SPECIAL[c as usize])
            .map_or(text.len(), |k| from + k);
        (Specials::new(text).next(from, text.len()), want)
    }

    #[test]
    fn special_bytes_found_at_any_offset() {
        for special in ["[", "<", "\\", "*", "#", "-", "\r", "é"] {
            // Offsets in whole and partial 64-byte blocks.
            for at in 0..150 {
                let text = format!("{}{special}{}", "a".repeat(at), "b".repeat(at % 37));
                for from in [0, at / 2, at] {
                    let (got, want) = both(text.as_bytes(), from);
                    assert_eq!(got, want, "{special:?} at {at} from {from}");
                    assert_eq!(got, at);
                }
            }
        }
        for n in 0..150 {
            assert_eq!(Specials::new(&vec![b'x'; n]).next(0, n), n);
        }
        // Every byte value is judged as the table says, at every lane, by
        // each way of judging a block.
        for c in 0..=255u8 {
            for at in [0, 5, 16, 31, 32, 40, 63] {
                let mut text = vec![b'x'; 64];
                text[at] = c;
                let want = if SPECIAL[c as usize] { 1 << at } else { 0 };
                let block: &[u8; 64] = text.as_slice().try_into().unwrap();
                #[cfg(target_arch = "x86_64")]
                {
                    assert_eq!(mask_sse2(block), want, "{c:#x} at {at}");
                    if std::is_x86_feature_detected!("avx2") {
                        // SAFETY: AVX2 is there.
                        assert_eq!(unsafe { mask_avx2(block) }, want, "{c:#x} at {at}");
                    }
                }
                let (got, want) = both(&text, 0);
                assert_eq!(got, want, "{c:#x} at {at}");
            }
        }
    }

    /// Many specials, asked for in the order `Clean::new` asks, with limits
    /// short of the text's end.
    #[test]
    fn specials_in_sequence() {
        let text: Vec<u8> = (0..700u32)
            .map(|k| [b'a', b'*', b'b', b'-', 0xC3, b'[', b' '][(k * k % 13 % 7) as usize])
            .collect();
        let mut s = Specials::new(&text);
        let mut from = 0;
        while from < text.len() {
            let limit = (from + 1 + from * 7 % 90).min(text.len());
            let want = text[from..limit]
                .iter()
                .position(|&c| SPECIAL[c as usize])
                .map_or(limit, |k| from + k);
            assert_eq!(s.next(from, limit), want, "from {from} limit {limit}");
            from = want + 1 + from % 3;
        }
    }

    #[test]
    fn hyphens_anywhere_clean_alike() {
        for at in 0..80 {
            let pad = "a".repeat(at);
            check(
                &format!("{pad}imple-\nmentation"),
                &format!("{pad}implementation"),
            );
            check(&format!("{pad}imple-\r\nment"), &format!("{pad}implement"));
            check(&format!("{pad}Open-ended-"), &format!("{pad}Open-ended-"));
        }
    }
}
