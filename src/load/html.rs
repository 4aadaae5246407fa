//! HTML: the page as the normaliser reads it, with what a reader never sees
//! blanked out in place.
//!
//! The normaliser already drops tags (keeping link text) and maps every
//! clean byte back to the file, so HTML keeps offsets into the original
//! file (REFERENCE-IDS.md). What it cannot know is that the text inside
//! `<script>`, `<style>`, `<nav>` (menus), `<noscript>`, `<template>` and
//! comments is no prose, and it only reads a tag on one line and under 400
//! bytes. Here those are replaced by spaces of the same length (newlines
//! kept), and entities by their character padded with spaces, so every
//! byte stays where it was in the file and the text at a reference's span
//! is the page's text.

/// Elements whose content is never read.
const HIDDEN: &[&str] = &["script", "style", "nav", "noscript", "template", "svg"];

/// The page with hidden content, long or multi-line tags and entities
/// blanked; same length as `page`, every other byte unchanged.
pub(super) fn blank(page: String) -> String {
    let mut b = page.into_bytes();
    let mut i = 0;
    while let Some(k) = memchr::memchr2(b'<', b'&', &b[i..]) {
        let at = i + k;
        i = if b[at] == b'&' {
            entity(&mut b, at)
        } else {
            tag(&mut b, at)
        };
    }
    // Only ASCII bytes were written, each over a whole character's bytes
    // or ASCII, so the text is still UTF-8.
    String::from_utf8(b).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Spaces over `b[from..to]`, keeping line breaks (so line numbers stay).
fn spaces(b: &mut [u8], from: usize, to: usize) {
    for c in &mut b[from..to] {
        if *c != b'\n' {
            *c = b' ';
        }
    }
}

/// Handles the tag or comment at `at`; where to go on.
fn tag(b: &mut [u8], at: usize) -> usize {
    let rest = &b[at..];
    if rest.starts_with(b"<!--") {
        let end = memchr::memmem::find(&rest[4..], b"-->").map_or(b.len(), |k| at + 4 + k + 3);
        spaces(b, at, end);
        return end;
    }
    let Some(len) = tag_len(rest) else {
        return at + 1;
    };
    let end = at + len;
    let name = tag_name(&b[at..end]);
    if let Some(name) = name.filter(|n| HIDDEN.iter().any(|h| h.eq_ignore_ascii_case(n))) {
        let closing = format!("</{name}");
        let close = find_ci(&b[end..], closing.as_bytes())
            .map(|k| end + k)
            .and_then(|c| memchr::memchr(b'>', &b[c..]).map(|g| c + g + 1))
            .unwrap_or(b.len());
        let self_closing = b[..end].ends_with(b"/>");
        let stop = if self_closing { end } else { close };
        spaces(b, at, stop);
        return stop;
    }
    // A declaration (`<!DOCTYPE ...>`), or a tag the normaliser does not
    // read as one: longer than it looks, or over several lines.
    if b[at + 1] == b'!' || b[at + 1] == b'?' || len > 400 || b[at..end].contains(&b'\n') {
        spaces(b, at, end);
    }
    end
}

/// The length of a tag at the start of `s` (`<p>`, `</a>`, `<a href="x>y">`,
/// `<!DOCTYPE html>`): to its `>` outside quotes; `None` when `<` starts no
/// tag ("a < b").
fn tag_len(s: &[u8]) -> Option<usize> {
    let first = *s.get(1)?;
    let next = s.get(2).copied().unwrap_or(b' ');
    let opens = first.is_ascii_alphabetic()
        || (first == b'/' && next.is_ascii_alphabetic())
        || first == b'!'
        || first == b'?';
    if !opens {
        return None;
    }
    let mut quote = None;
    for (i, &c) in s.iter().enumerate().skip(1) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') if first != b'!' => quote = Some(c),
            (None, b'>') => return Some(i + 1),
            (None, b'<') => return None,
            _ => {}
        }
        // A tag is never this long: a "<" in text.
        if i > 64 << 10 {
            return None;
        }
    }
    None
}

/// The element name of an opening tag (`None` for closing tags and
/// declarations).
fn tag_name(t: &[u8]) -> Option<&str> {
    let n = t[1..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    (n > 0)
        .then(|| std::str::from_utf8(&t[1..1 + n]).ok())
        .flatten()
}

fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

/// An entity at `at` (`&amp;`, `&nbsp;`, `&#8217;`, `&#x2019;`) becomes its
/// character followed by spaces up to the entity's length; an unknown one
/// is left as it is. Where to go on.
fn entity(b: &mut [u8], at: usize) -> usize {
    let rest = &b[at + 1..b.len().min(at + 12)];
    let Some(semi) = rest.iter().position(|&c| c == b';') else {
        return at + 1;
    };
    let name = &rest[..semi];
    let c = match name {
        b"amp" => Some('&'),
        b"lt" => Some('<'),
        b"gt" => Some('>'),
        b"quot" => Some('"'),
        b"apos" => Some('\''),
        b"nbsp" => Some('\u{A0}'),
        b"ndash" => Some('\u{2013}'),
        b"mdash" => Some('\u{2014}'),
        b"lsquo" => Some('\u{2018}'),
        b"rsquo" => Some('\u{2019}'),
        b"ldquo" => Some('\u{201C}'),
        b"rdquo" => Some('\u{201D}'),
        b"shy" => Some('\u{AD}'),
        _ => numeric(name),
    };
    let end = at + 1 + semi + 1;
    let Some(c) = c else {
        return at + 1;
    };
    let mut enc = [0u8; 4];
    let s = c.encode_utf8(&mut enc).as_bytes();
    if s.len() > end - at {
        return end;
    }
    b[at..at + s.len()].copy_from_slice(s);
    spaces(b, at + s.len(), end);
    end
}

fn numeric(name: &[u8]) -> Option<char> {
    let s = std::str::from_utf8(name.strip_prefix(b"#")?).ok()?;
    let n = match s.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => s.parse().ok()?,
    };
    char::from_u32(n).filter(|c| *c != '\0')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(page: &str, want: &str) {
        let got = blank(page.to_string());
        assert_eq!(got.len(), page.len(), "same length");
        assert_eq!(got, want);
    }

    #[test]
    fn scripts_styles_navigation_and_comments_are_blanked() {
        check(
            "<p>a</p><script>var r = 'resolution 6/2';</script>b",
            "<p>a</p>                                          b",
        );
        check("<STYLE>\np{}</style>x", "       \n           x");
        check(
            "<nav><a href=x>resolution 1/1</a></nav>y",
            "                                       y",
        );
        check("<!-- resolution 6/2 -->z", "                       z");
    }

    #[test]
    fn link_text_stays_and_long_or_multiline_tags_are_blanked() {
        check(
            "<a href=\"/x\">resolution 6/2</a>",
            "<a href=\"/x\">resolution 6/2</a>",
        );
        check("<a\nhref=x>6/2</a>", "  \n       6/2</a>");
        check("<!DOCTYPE html>t", "               t");
        check("a < b > c", "a < b > c");
    }

    #[test]
    fn entities_keep_their_place() {
        check("resolution&nbsp;70/174", "resolution\u{A0}    70/174");
        check(
            "A&amp;B &#8217; &#x2019; &bogus; &",
            "A&    B ’     ’      &bogus; &",
        );
    }
}
