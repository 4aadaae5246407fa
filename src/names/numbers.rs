//! How resolutions and decisions are numbered: the one grammar of a
//! resolution number, which the layout's headings, the recogniser's anchors
//! and its lexer all take from here.
//!
//! - Sessional bodies number by session: "7/1" (the Conference's seventh
//!   session), "60/4A" (a lettered part), "S-32/1" (a special session of the
//!   General Assembly).
//! - The Security Council numbers its resolutions in one run, with the year:
//!   "2799 (2025)"; the ID drops the year.

use crate::pattern::{is_space_byte as is_space, is_word_byte as is_word};

/// A session/number resolution number as a pattern: "7/1", "S-32/1", "60/4A".
pub const RES_NUMBER_RE: &str = r"(?:S-)?\d{1,4}/\d{1,4}[A-Z]?";

/// The year a Security Council number carries: "(2025)" in "2799 (2025)".
pub const SC_YEAR_RE: &str = r"\(\d{4}\)";

/// A Security Council resolution number with its year, as a pattern:
/// "2799 (2025)".
pub const SC_NUMBER_RE: &str = r"\d{1,4}\s*\(\d{4}\)";

/// Where a resolution number can begin (a gate for its patterns): a digit,
/// or the "S-" of a special session's.
pub fn starts_res_number(r: &str) -> bool {
    r.starts_with(|c: char| c.is_ascii_digit()) || r.starts_with("S-")
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

/// Length of the `\s*` run at `i`.
fn spaces(b: &[u8], i: usize) -> usize {
    b.get(i..)
        .map_or(0, |s| s.iter().take_while(|&&c| is_space(c)).count())
}

/// Length of the `[0-9]*` run at `i`.
fn digits(b: &[u8], i: usize) -> usize {
    b.get(i..)
        .map_or(0, |s| s.iter().take_while(|c| c.is_ascii_digit()).count())
}

/// ASCII `\b` at `i` when the byte before is a word byte.
fn word_ends(b: &[u8], i: usize) -> bool {
    !b.get(i).is_some_and(|&c| is_word(c))
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
/// `^(?:S-\d{1,3}/\d{1,4}|\d{1,4}/\d{1,4}[A-Z]?\b|\d{3,4}\s*\(\d{4}\))`, as
/// the match's length. The oracle is `RES_NUM`.
pub fn res_number_len(r: &str) -> Option<usize> {
    let b = r.as_bytes();
    if b.starts_with(b"S-") {
        // No `\b` after the number: up to four digits of a longer run match.
        let n = digits(b, 2);
        if !(1..=SPECIAL_SESSION_DIGITS).contains(&n) || b.get(2 + n) != Some(&b'/') {
            return None;
        }
        let m = digits(b, 3 + n).min(4);
        return (m > 0).then_some(3 + n + m);
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

/// "Resolution 2799 (2025)": the Security Council numbers its resolutions
/// with the year, and the ID drops it. The number without its year, when
/// `n` carries one.
pub fn sc_number(n: &str) -> Option<&str> {
    n.split_once('(').map(|(n, _)| n.trim())
}

/// "No body has a session 0": a number of session 0 ("0/1", "S-0/1") is
/// none of theirs.
pub fn is_session_zero(number: &str) -> bool {
    number.starts_with("0/") || number.starts_with("S-0/")
}

/// "6/02" and "6/2" are one resolution: drop leading zeros of each part.
pub fn canonical_number(n: &str) -> String {
    let (prefix, rest) = match n.strip_prefix("S-") {
        Some(r) => ("S-", r),
        None => ("", n),
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
    r"^(?:S-\d{1,3}/\d{1,4}|\d{1,4}/\d{1,4}[A-Z]?\b|\d{3,4}\s*\(\d{4}\))"
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
