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

/// A link's parts in the original: `[` at `open`, text `inner`, end of `)`.
#[derive(Debug, Clone, Copy)]
struct Link {
    open: usize,
    inner: (usize, usize),
    close_end: usize,
}

#[derive(Debug, Clone)]
pub struct Clean {
    pub text: String,
    /// `map[i]` = original byte offset of the character that produced clean byte `i`;
    /// one extra entry at the end holds the original length.
    map: Vec<u32>,
    links: Vec<Link>,
    original_len: usize,
    /// Original byte length of the character at each original offset we point
    /// to is recomputed from the original text on demand; we keep a copy of
    /// the char lengths we mapped for span ends.
    src_len: Vec<u8>,
}

fn is_superscript_digit(c: char) -> bool {
    matches!(
        c,
        '\u{00B9}' | '\u{00B2}' | '\u{00B3}' | '\u{2070}' | '\u{2074}'..='\u{2079}'
    )
}

/// ASCII bytes the normaliser copies without a second look: not markup, not
/// a line end, not the start of a multi-byte character. Space and tab keep
/// `at_line_start` semantics, so they are not plain either.
fn is_plain(b: u8) -> bool {
    b.is_ascii()
        && !matches!(
            b,
            b'[' | b'<' | b'\\' | b'*' | b'#' | b'-' | b'\r' | b'\n' | b' ' | b'\t'
        )
}

/// Characters dropped from the clean view (invisible or markup).
fn is_dropped(c: char) -> bool {
    matches!(
        c,
        '\u{FEFF}' | '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\r'
    ) || is_superscript_digit(c)
}

fn is_space_like(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}' | '\u{2009}' | '\u{202F}' | '\u{2007}' | '\u{2002}'..='\u{2006}'
    )
}

/// Length of an HTML tag starting at `s` (`<i>`, `</i>`, `<ul style=..>`),
/// or 0. Autolinks `<https://..>` are tags too: their text is no reference.
fn html_tag_len(s: &str) -> usize {
    let b = s.as_bytes();
    if b.first() != Some(&b'<') {
        return 0;
    }
    let body = &b[1..];
    let name_start = usize::from(body.first() == Some(&b'/'));
    if !body
        .get(name_start)
        .is_some_and(|c| c.is_ascii_alphabetic())
    {
        return 0;
    }
    for (i, &c) in body.iter().enumerate().take(400) {
        match c {
            b'>' => return i + 2,
            b'\n' | b'<' => return 0,
            _ => {}
        }
    }
    0
}

/// `[text](target)` at `s`: returns (text length, total length).
fn link_at(s: &str) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    if b.first() != Some(&b'[') {
        return None;
    }
    let mut depth = 0;
    let mut close = None;
    for (i, &c) in b.iter().enumerate().take(600) {
        match c {
            b'[' => depth += 1,
            b']' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(i);
                    break;
                }
            }
            b'\n' => return None,
            _ => {}
        }
    }
    let close = close?;
    if b.get(close + 1) != Some(&b'(') {
        return None;
    }
    let rest = &b[close + 2..];
    let end = rest.iter().take(1000).position(|&c| c == b')')?;
    if rest[..end].iter().any(|c| c.is_ascii_whitespace()) {
        return None;
    }
    Some((close - 1, close + 2 + end + 1))
}

impl Clean {
    pub fn new(original: &str) -> Clean {
        let mut text = String::with_capacity(original.len());
        let mut map: Vec<u32> = Vec::with_capacity(original.len() + 1);
        let mut src_len: Vec<u8> = Vec::with_capacity(original.len() + 1);
        let mut links = Vec::new();
        let bytes = original.as_bytes();
        let mut i = 0;
        let mut at_line_start = true;
        // Bytes of link markup still to skip: the `](..)` tail of an open link.
        let mut pending_link_tail: Option<(usize, usize)> = None;
        while i < original.len() {
            if let Some((at, len)) = pending_link_tail
                && i == at
            {
                i += len;
                pending_link_tail = None;
                continue;
            }
            // Fast path: a run of plain ASCII bytes is copied as it is.
            let limit = pending_link_tail.map_or(original.len(), |(at, _)| at);
            let run = bytes[i..limit]
                .iter()
                .position(|&b| !(is_plain(b) || (!at_line_start && (b == b' ' || b == b'\t'))))
                .unwrap_or(limit - i);
            if run > 0 {
                text.push_str(&original[i..i + run]);
                map.extend((i..i + run).map(|k| k as u32));
                src_len.extend(std::iter::repeat_n(1u8, run));
                at_line_start = false;
                i += run;
                continue;
            }
            let rest = &original[i..];
            let c = rest.chars().next().unwrap_or('\u{FFFD}');
            let clen = c.len_utf8();
            match c {
                '[' if pending_link_tail.is_none() => {
                    if let Some((inner_len, total)) = link_at(rest) {
                        links.push(Link {
                            open: i,
                            inner: (i + 1, i + 1 + inner_len),
                            close_end: i + total,
                        });
                        pending_link_tail = Some((i + 1 + inner_len, total - 1 - inner_len));
                        i += 1;
                        continue;
                    }
                }
                '<' => {
                    if rest.starts_with("<sup>")
                        && let Some(end) = rest[..floor_boundary(rest, 40)].find("</sup>")
                    {
                        i += end + "</sup>".len();
                        continue;
                    }
                    let n = html_tag_len(rest);
                    if n > 0 {
                        i += n;
                        continue;
                    }
                }
                '\\' => {
                    // Markdown escapes: `\*`, `\_`, `\[`, `\$` stand for the character.
                    if let Some(n) = rest[1..].chars().next()
                        && n.is_ascii_punctuation()
                    {
                        i += 1;
                        continue;
                    }
                }
                '*' => {
                    i += 1;
                    continue;
                }
                '#' if at_line_start => {
                    let n = rest.bytes().take_while(|&b| b == b'#').count();
                    let sp = rest[n..].bytes().take_while(|&b| b == b' ').count();
                    if sp > 0 || rest[n..].starts_with('\n') {
                        i += n + sp;
                        continue;
                    }
                }
                '-' => {
                    // "imple-\n\nmentation": a word hyphenated at a (page) break.
                    let prev_alpha = text.chars().next_back().is_some_and(|p| p.is_alphabetic());
                    if prev_alpha
                        && rest[1..].starts_with(['\n', '\r'])
                        && let Some(skip) = hyphen_join(&rest[1..])
                    {
                        i += 1 + skip;
                        continue;
                    }
                }
                _ => {}
            }
            if is_dropped(c) {
                // A lone CR is a line end; CRLF's CR is dropped.
                if c == '\r' && bytes.get(i + 1) != Some(&b'\n') {
                    map.push(i as u32);
                    src_len.push(1);
                    text.push('\n');
                    at_line_start = true;
                }
                i += clen;
                continue;
            }
            let out = if is_space_like(c) { ' ' } else { c };
            for _ in 0..out.len_utf8() {
                map.push(i as u32);
                src_len.push(clen as u8);
            }
            text.push(out);
            at_line_start = out == '\n' || (at_line_start && (out == ' ' || out == '\t'));
            i += clen;
        }
        map.push(original.len() as u32);
        src_len.push(0);
        Clean {
            text,
            map,
            links,
            original_len: original.len(),
            src_len,
        }
    }

    /// Original byte offset of clean offset `i` (`i == len` maps to the end).
    pub fn orig(&self, i: usize) -> usize {
        self.map[i.min(self.map.len() - 1)] as usize
    }

    /// Maps a clean span to the original span that shows it, widened to take
    /// in link markup it overlaps (`[58/4](#)`, never `[58/4`).
    pub fn to_original(&self, start: usize, end: usize) -> (usize, usize) {
        if start >= end || start >= self.text.len() {
            let o = self.orig(start);
            return (o, o);
        }
        let mut a = self.orig(start);
        let last = end - 1;
        let mut b = self.map[last] as usize + self.src_len[last] as usize;
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

/// The largest char boundary of `s` at or below `n`.
fn floor_boundary(s: &str, n: usize) -> usize {
    let mut k = n.min(s.len());
    while !s.is_char_boundary(k) {
        k -= 1;
    }
    k
}

/// After a hyphen at a line end: the bytes to skip (line breaks and blank or
/// page-header lines) when the next text starts with a lowercase letter.
fn hyphen_join(rest: &str) -> Option<usize> {
    let ws = rest
        .bytes()
        .take_while(|b| matches!(b, b'\n' | b'\r' | b' ' | b'\t'))
        .count();
    if ws > 8 {
        return None;
    }
    rest[ws..]
        .chars()
        .next()
        .filter(|c| c.is_lowercase())
        .map(|_| ws)
}

#[cfg(test)]
mod tests {
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
        check(
            "CAC/COSP/2017/L.1 and Add.1-\n\n2",
            "CAC/COSP/2017/L.1 and Add.1-\n\n2",
        );
    }
}
