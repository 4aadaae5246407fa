//! The markup and characters the clean view drops or reads as another:
//! tags, links, line separators, spaces, hyphenation at a line break.

use super::specials::is_superscript_digit;

/// Characters dropped from the clean view (invisible or markup).
pub(super) fn is_dropped(c: char) -> bool {
    matches!(
        c,
        '\u{FEFF}' | '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\r'
    ) || is_superscript_digit(c)
}

/// Every non-ASCII space (no-break, thin, ideographic, ...) is a plain
/// space in the clean view, so the patterns can stay ASCII (see `pattern`).
pub(super) fn is_space_like(c: char) -> bool {
    !c.is_ascii() && c.is_whitespace() && !is_line_separator(c)
}

/// NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR end a line like `\n`.
pub(super) fn is_line_separator(c: char) -> bool {
    matches!(c, '\u{0085}' | '\u{2028}' | '\u{2029}')
}

/// An HTML tag (its attributes included) is shorter than this; a longer
/// run to a `>` is text with a "<" in it.
const MAX_TAG: usize = 400;

/// Length of an HTML tag starting at `s` (`<i>`, `</i>`, `<ul style=..>`),
/// or 0. Autolinks `<https://..>` are tags too: their text is no reference.
pub(super) fn html_tag_len(s: &str) -> usize {
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
    for (i, &c) in body.iter().enumerate().take(MAX_TAG) {
        match c {
            b'>' => return i + 2,
            b'\n' | b'<' => return 0,
            _ => {}
        }
    }
    0
}

/// What a tag leaves in the clean text: nothing for inline formatting, a
/// line break for `<br>`, else a space (table cells, paragraphs, lists).
pub(super) fn tag_gap(tag: &str) -> Option<char> {
    const INLINE: &[&str] = &[
        "a", "abbr", "b", "cite", "code", "em", "font", "i", "mark", "q", "s", "small", "span",
        "strong", "sub", "u",
    ];
    let name = tag[1..].trim_start_matches('/');
    let end = name
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(name.len());
    let name = &name[..end];
    if name.eq_ignore_ascii_case("br") {
        return Some('\n');
    }
    if INLINE.iter().any(|t| t.eq_ignore_ascii_case(name)) || tag.contains("://") {
        return None;
    }
    Some(' ')
}

/// A link's text is shorter than this (a symbol, a title): a longer
/// bracket is prose.
const MAX_LINK_TEXT: usize = 600;

/// A link's target (a URL, "#") is shorter than this.
const MAX_LINK_TARGET: usize = 1000;

/// `[text](target)` at `s`: returns (text length, total length).
pub(super) fn link_at(s: &str) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    if b.first() != Some(&b'[') {
        return None;
    }
    let mut depth = 0;
    let mut close = None;
    for (i, &c) in b.iter().enumerate().take(MAX_LINK_TEXT) {
        match c {
            b'[' => depth += 1,
            b']' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(i);
                    break;
                }
            }
            // A link text hard-wrapped onto the next line ("[2462\n(2019)](#)")
            // is one link; a blank line ends the paragraph it stands in.
            b'\n' if b[i + 1..].iter().find(|&&c| c != b' ' && c != b'\t') == Some(&b'\n') => {
                return None;
            }
            _ => {}
        }
    }
    let close = close?;
    if b.get(close + 1) != Some(&b'(') {
        return None;
    }
    let rest = &b[close + 2..];
    let end = rest.iter().take(MAX_LINK_TARGET).position(|&c| c == b')')?;
    if rest[..end].iter().any(|c| c.is_ascii_whitespace()) {
        return None;
    }
    Some((close - 1, close + 2 + end + 1))
}

/// The largest char boundary of `s` at or below `n`.
pub(super) fn floor_boundary(s: &str, n: usize) -> usize {
    let mut k = n.min(s.len());
    while !s.is_char_boundary(k) {
        k -= 1;
    }
    k
}

/// A word hyphenated at a (page) break goes on within this many bytes of
/// white space ("deep in pdftotext's layout mode")...
const MAX_HYPHEN_GAP: usize = 80;

/// ... and across at most this many line breaks (a page footer's blank
/// lines); farther, the hyphen is a dash.
const MAX_HYPHEN_BREAKS: usize = 3;

/// After a hyphen at a line end: the bytes to skip (line breaks, blank lines
/// and the next line's indent, deep in pdftotext's layout mode) when the next
/// text starts with a lowercase letter.
pub(super) fn hyphen_join(rest: &str) -> Option<usize> {
    let ws = rest
        .bytes()
        .take_while(|b| matches!(b, b'\n' | b'\r' | b' ' | b'\t'))
        .count();
    let breaks = rest[..ws].bytes().filter(|&b| b == b'\n').count();
    if ws > MAX_HYPHEN_GAP || breaks > MAX_HYPHEN_BREAKS {
        return None;
    }
    rest[ws..]
        .chars()
        .next()
        .filter(|c| c.is_lowercase())
        .map(|_| ws)
}
