//! How resolutions and decisions are numbered: the one grammar of a
//! resolution number, which the layout's headings, the recogniser's anchors
//! and its lexer all take from here.
//!
//! - Sessional bodies number by session: "7/1" (the Conference's seventh
//!   session), "60/4A" (a lettered part), "S-32/1" (a special session of the
//!   General Assembly).
//! - The Security Council numbers its resolutions in one run, with the year:
//!   "2799 (2025)"; the ID drops the year.
//! - Until 1976 the Assembly and the Council numbered in one run with the
//!   session in roman numerals: "217 A (III)", "1514 (XV)"; the ID keeps
//!   number, letter and session without spaces ("217A(III)").
//! - Emergency special sessions: "ES-10/23"; lettered parts of one
//!   resolution: "49/75 I", "53/77 AA" ("49/75I", "53/77AA").

use crate::pattern::{
    digit_run as digits, is_word_byte as is_word, space_run as spaces, word_ends_at as word_ends,
};

/// A session/number resolution number as a pattern: "7/1", "S-32/1", "60/4A".
pub const RES_NUMBER_RE: &str = r"(?:S-)?\d{1,4}/\d{1,4}[A-Z]?";

/// The year a Security Council number carries: "(2025)" in "2799 (2025)".
pub const SC_YEAR_RE: &str = r"\(\d{4}\)";

/// A Security Council resolution number with its year, as a pattern:
/// "2799 (2025)".
pub const SC_NUMBER_RE: &str = r"\d{1,4}\s*\(\d{4}\)";

/// Where a resolution number can begin (a gate for its patterns): a digit,
/// or the "S-" of a special session's, or the "ES-" of an emergency one.
pub fn starts_res_number(r: &str) -> bool {
    r.starts_with(|c: char| c.is_ascii_digit()) || r.starts_with("S-") || r.starts_with("ES-")
}

/// Could `t` (a line after its indent) start with [`RES_NUMBER_RE`]? It
/// must start with 1-4 digits and a slash, or `S-`. Most lines of a report
/// are numbered paragraphs ("12. The Conference ..."): they fail here, not
/// in a regex.
pub fn may_start_res_number(t: &[u8]) -> bool {
    if t.starts_with(b"S-") {
        return true;
    }
    let digits = t.iter().take(5).take_while(|c| c.is_ascii_digit()).count();
    (1..=4).contains(&digits) && t.get(digits) == Some(&b'/')
}

/// Most special sessions the recogniser reads have one to three digits
/// ("S-32/1"): the General Assembly has held about thirty.
const SPECIAL_SESSION_DIGITS: usize = 3;

/// A Security Council number in running text has three or four digits
/// ("1373 (2001)"): a shorter number before a year in parentheses is more
/// often a paragraph or a count than one of the Council's first 99.
const SC_NUMBER_DIGITS: std::ops::RangeInclusive<usize> = 3..=4;

/// A resolution or decision number in running text: "7/1", "S-32/1",
/// "60/4A", "1373 (2001)".
/// `^(?:E?S-\d{1,3}/\d{1,4}|\d{1,4}/\d{1,4}[A-Z]?\b|\d{3,4}\s*\(\d{4}\))`, as
/// the match's length. The oracle is `RES_NUM`.
pub fn res_number_len(r: &str) -> Option<usize> {
    let b = r.as_bytes();
    let special = if b.starts_with(b"S-") {
        2
    } else if b.starts_with(b"ES-") {
        3
    } else {
        0
    };
    if special > 0 {
        // No `\b` after the number: up to four digits of a longer run match.
        let n = digits(b, special);
        if !(1..=SPECIAL_SESSION_DIGITS).contains(&n) || b.get(special + n) != Some(&b'/') {
            return None;
        }
        let m = digits(b, special + 1 + n).min(4);
        return (m > 0).then_some(special + 1 + n + m);
    }
    let n = digits(b, 0);
    match b.get(n) {
        Some(b'/') if (1..=4).contains(&n) => {
            let m = digits(b, n + 1);
            if !(1..=4).contains(&m) {
                return None;
            }
            let end = n + 1 + m;
            // `[A-Z]?\b`: a capital is taken only where a boundary follows it.
            match b.get(end) {
                Some(c) if c.is_ascii_uppercase() => word_ends(b, end + 1).then_some(end + 1),
                _ => word_ends(b, end).then_some(end),
            }
        }
        _ if SC_NUMBER_DIGITS.contains(&n) => {
            let open = n + spaces(b, n);
            (b.get(open) == Some(&b'(')
                && digits(b, open + 1) == 4
                && b.get(open + 5) == Some(&b')'))
            .then_some(open + 6)
        }
        _ => None,
    }
}

/// The highest session an old-style number carries: the Assembly's last
/// was the thirtieth (1975), the Economic and Social Council's the
/// sixty-first; a larger numeral is no session.
const MAX_OLD_SESSION: u32 = 61;

/// The value of a roman numeral of `I`, `V`, `X`, `L` ("XXI" is 21), `None`
/// for anything else or a numeral written out of order ("IIV").
pub fn roman_value(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 7 || !s.bytes().all(|c| b"IVXL".contains(&c)) {
        return None;
    }
    // Canonical spelling only: "IIII" or "IIV" read back differently.
    let total = super::parse_roman(s).filter(|&t| t > 0)?;
    (super::roman(total) == s).then_some(total)
}

/// An old-style number: "23 (I)", "217 A (III)", "2200 A (XXI)", "1514(XV)",
/// a letter of one resolution's parts between number and session. Real
/// sentence (A/C.6/80/L.11): "Recalling its resolutions 23 (I) of 10
/// February 1946, 97 (I) of 14 December 1946, 364 B (IV) of 1 December
/// 1949, ...". `^\d{1,4}(?:[ \t]+[A-Z])?\s*\(ROMAN\)` as the length.
pub fn old_style_len(r: &str) -> Option<usize> {
    let b = r.as_bytes();
    let n = digits(b, 0);
    if !(1..=4).contains(&n) {
        return None;
    }
    let mut p = n;
    let hs = b[p..]
        .iter()
        .take_while(|&&c| c == b' ' || c == b'\t')
        .count();
    if hs > 0
        && b.get(p + hs).is_some_and(u8::is_ascii_uppercase)
        && !b.get(p + hs + 1).is_some_and(|&c| is_word(c))
    {
        p += hs + 1;
    }
    p += spaces(b, p);
    if b.get(p) != Some(&b'(') {
        return None;
    }
    // "2252 (ES-V) of 4 July 1967" (A/C.4/80/L.16): adopted at an
    // emergency special session.
    if b[p + 1..].starts_with(b"ES-") {
        p += 3;
    }
    let k = b[p + 1..]
        .iter()
        .take_while(|c| matches!(c, b'I' | b'V' | b'X' | b'L'))
        .count();
    let session = roman_value(&r[p + 1..p + 1 + k])?;
    (session <= MAX_OLD_SESSION && b.get(p + 1 + k) == Some(&b')')).then_some(p + 2 + k)
}

/// The letters of one part of a resolution adopted in parts, spaced from
/// its number: " I" in "49/75 I of 15 December 1994", " AA" in "53/77 AA of
/// 4 December 1998" (after Z the parts go on AA, BB, ...), from A/RES/80/30.
/// The group stands alone and the number's date follows it ("of"): a
/// capital elsewhere after a number may start a word ("70/1 In"), a symbol
/// ("A/80/1") or label an item, and "resolution 9/3 A, and" is read as the
/// resolution (tests/annotated/unseen3). Two letters are one letter twice.
/// The length of the space and letters at `r`.
pub fn part_letters_len(r: &str) -> Option<usize> {
    let b = r.as_bytes();
    let hs = b.iter().take_while(|&&c| c == b' ' || c == b'\t').count();
    let k = b[hs..]
        .iter()
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    if hs == 0 || !(1..=2).contains(&k) || (k == 2 && b[hs] != b[hs + 1]) {
        return None;
    }
    let end = hs + k;
    let of = end + spaces(b, end);
    let dated = of > end && b[of..].starts_with(b"of") && spaces(b, of + 2) > 0;
    // "57/283 B, sect. III" (a footnote of A/RES/80/161): a section of the part.
    let section = r[end..]
        .strip_prefix(',')
        .is_some_and(|r| r.trim_start().starts_with("sect"));
    (dated || section || letter_range(&r[end..]).is_some()).then_some(end)
}

/// "75/254 A to C of 31 December 2020" (A/C.3/80/L.21): after a part's
/// letter, the last letter of a range of parts ("to", "and", a dash), its
/// date following. The last letter and the length of the range words.
pub fn letter_range(r: &str) -> Option<(u8, usize)> {
    let b = r.as_bytes();
    let sp = spaces(b, 0);
    let p = if b[sp..].starts_with(b"to") || b[sp..].starts_with(b"and") {
        let w = if b[sp] == b't' { 2 } else { 3 };
        let gap = spaces(b, sp + w);
        (sp > 0 && gap > 0).then_some(sp + w + gap)?
    } else if r[sp..].starts_with(['-', '\u{2013}']) {
        let dash = r[sp..].chars().next()?.len_utf8();
        sp + dash + spaces(b, sp + dash)
    } else {
        return None;
    };
    let last = *b.get(p).filter(|c| c.is_ascii_uppercase())?;
    let of = p + 1 + spaces(b, p + 1);
    (of > p + 1 && b[of..].starts_with(b"of")).then_some((last, p + 1))
}

/// A resolution number as running text writes it: [`res_number_len`]'s,
/// with the letters of a part after a session number ("49/75 I"), or an
/// old-style number ("217 A (III)"). The length at `r`.
pub fn number_len(r: &str) -> Option<usize> {
    match res_number_len(r) {
        Some(n) if r[..n].contains('/') && !r.as_bytes()[n - 1].is_ascii_uppercase() => {
            Some(n + part_letters_len(&r[n..]).unwrap_or(0))
        }
        Some(n) => Some(n),
        None => old_style_len(r),
    }
}

/// "Resolution 2799 (2025)": the Security Council numbers its resolutions
/// with the year, and the ID drops it. The number without its year, when
/// `n` carries one (a roman session, "217 A (III)", is no year).
pub fn sc_number(n: &str) -> Option<&str> {
    n.split_once('(')
        .filter(|(_, y)| y.starts_with(|c: char| c.is_ascii_digit()))
        .map(|(n, _)| n.trim())
}

/// "No body has a session 0": a number of session 0 ("0/1", "S-0/1") is
/// none of theirs.
pub fn is_session_zero(number: &str) -> bool {
    number.starts_with("0/") || number.starts_with("S-0/") || number.starts_with("ES-0/")
}

/// "6/02" and "6/2" are one resolution: drop leading zeros of each part,
/// and the spaces inside an old-style or lettered number ("217 A (III)" is
/// "217A(III)", "49/75 I" is "49/75I").
pub fn canonical_number(n: &str) -> String {
    if n.contains(|c: char| c.is_ascii_whitespace()) {
        let joined: String = n.split_ascii_whitespace().collect();
        return canonical_number(&joined);
    }
    let (prefix, rest) = if let Some(r) = n.strip_prefix("S-") {
        ("S-", r)
    } else if let Some(r) = n.strip_prefix("ES-") {
        ("ES-", r)
    } else {
        ("", n)
    };
    // Built in place: this runs for every resolution number.
    let mut out = String::with_capacity(n.len());
    out.push_str(prefix);
    for (i, p) in rest.split('/').enumerate() {
        if i > 0 {
            out.push('/');
        }
        let t = p.trim_start_matches('0');
        out.push_str(if t.is_empty() {
            &p[p.len().saturating_sub(1)..]
        } else {
            t
        });
    }
    out
}

#[cfg(test)]
crate::gated_re!(
    RES_NUM,
    starts_res_number,
    r"^(?:E?S-\d{1,3}/\d{1,4}|\d{1,4}/\d{1,4}[A-Z]?\b|\d{3,4}\s*\(\d{4}\))"
);

/// `RES_NUM`, the oracle of [`res_number_len`], for the lexer tests.
#[cfg(test)]
pub(crate) fn res_num_oracle() -> &'static crate::pattern::Gated {
    &RES_NUM
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "6/02" and "6/2" are one resolution; a part of only zeros stays "0"
    /// (so "0/1" can be refused: no body has a session 0).
    #[test]
    fn resolution_numbers_lose_leading_zeros() {
        for (raw, want) in [
            ("6/02", "6/2"),
            ("06/2", "6/2"),
            ("7/1", "7/1"),
            ("S-032/01", "S-32/1"),
            ("60/04A", "60/4A"),
            ("0/1", "0/1"),
            ("00/000", "0/0"),
            ("1373", "1373"),
        ] {
            assert_eq!(canonical_number(raw), want, "{raw}");
        }
    }

    #[test]
    fn security_council_numbers_drop_their_year() {
        assert_eq!(sc_number("2799 (2025)"), Some("2799"));
        assert_eq!(sc_number("1373(2001)"), Some("1373"));
        assert_eq!(sc_number("7/1"), None);
    }

    /// A/C.6/80/L.11: "Recalling its resolutions 23 (I) of 10 February 1946,
    /// 97 (I) of 14 December 1946, 364 B (IV) of 1 December 1949, ...";
    /// A/C.3/80/L.2, footnote 2: "See resolution 2200 A (XXI), annex."
    #[test]
    fn old_style_numbers_keep_letter_and_session() {
        for (text, raw) in [
            ("23 (I) of 10 February 1946", "23 (I)"),
            ("364 B (IV) of 1 December 1949", "364 B (IV)"),
            ("2200 A (XXI), annex.", "2200 A (XXI)"),
            ("3499 (XXX) of 15 December 1975", "3499 (XXX)"),
            ("1514(XV)", "1514(XV)"),
            ("3281 (XXIX) of 12 December 1974", "3281 (XXIX)"),
        ] {
            assert_eq!(number_len(text), Some(raw.len()), "{text}");
        }
        for (raw, want) in [
            ("217 A (III)", "217A(III)"),
            ("23 (I)", "23(I)"),
            ("2200 A\n(XXI)", "2200A(XXI)"),
        ] {
            assert_eq!(canonical_number(sc_number(raw).unwrap_or(raw)), want);
        }
        // Not old style: a numeral out of order, a year, a word after the number.
        for text in [
            "23 (IIII)",
            "23 (IIV)",
            "23 (2001)",
            "23 And (I)",
            "23 (XC)",
        ] {
            assert_eq!(old_style_len(text), None, "{text}");
        }
        assert_eq!(roman_value("XXIX"), Some(29));
        assert_eq!(roman_value("XLIV"), Some(44));
        assert_eq!(roman_value("IL"), None);
    }

    /// A/RES/80/30: "Recalling its resolutions 49/75 I of 15 December 1994,
    /// 50/70 F of 12 December 1995, ..., 53/77 AA of 4 December 1998"; a
    /// capital that starts a word or a symbol is no part.
    #[test]
    fn lettered_parts_stand_alone_after_the_number() {
        for (text, raw) in [
            ("49/75 I of 15 December 1994", "49/75 I"),
            ("53/77 AA of 4 December 1998", "53/77 AA"),
            ("33/141 A of 19 December 1978", "33/141 A"),
            ("47/120 B of\n20 September 1993,", "47/120 B"),
            ("60/4A of", "60/4A"),
            ("ES-10/23 of 10 May 2024", "ES-10/23"),
            // Not parts.
            ("70/1 In", "70/1"),
            ("70/1 A/80/1", "70/1"),
            ("70/1 AB of", "70/1"),
            ("70/1 I The", "70/1"),
            ("70/1 ABC", "70/1"),
            ("9/3 A, and noted", "9/3"),
            ("70/1 A office", "70/1"),
        ] {
            assert_eq!(number_len(text), Some(raw.len()), "{text}");
        }
        assert_eq!(canonical_number("49/75 I"), "49/75I");
        assert_eq!(canonical_number("ES-010/23"), "ES-10/23");
    }

    /// The pattern forms agree with the lexer on the numbers they share.
    #[test]
    fn the_patterns_read_what_the_lexer_reads() {
        let re = crate::pattern::compile(&format!("^(?:{RES_NUMBER_RE}|{SC_NUMBER_RE})$"));
        for n in ["7/1", "S-32/1", "60/4A", "1373 (2001)", "2799(2025)"] {
            assert!(re.is_match(n), "{n}");
            assert_eq!(res_number_len(n), Some(n.len()), "{n}");
        }
    }
}
