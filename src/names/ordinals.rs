//! Ordinals as the documents write them: "seventh", "Twenty-First", "13th",
//! in session phrases and headings ("Seventh session").

use crate::pattern::is_word_byte;

/// The words the lookups below match (their oracle in the tests).
#[cfg(test)]
const UNIT_ORDINALS: [&str; 19] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
/// The words the lookups below match (their oracle in the tests).
#[cfg(test)]
const TENS_ORDINALS: [(&str, u32); 8] = [
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    ("sixtieth", 60),
    ("seventieth", 70),
    ("eightieth", 80),
    ("ninetieth", 90),
];
/// The words the lookups below match (their oracle in the tests).
#[cfg(test)]
const TENS: [(&str, u32); 8] = [
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// "twenty" .. "ninety": the first half of a compound ordinal.
pub fn is_tens_word(w: &str) -> bool {
    tens_value(w).is_some()
}

/// `w` lower-cased into `buf`, or `None` when longer than `buf` (than any
/// word looked up).
/// A lookup matches the lower-cased word instead of comparing it with each
/// table entry (these run for every session phrase and ordinal anchor).
pub(crate) fn lower<'a, const N: usize>(w: &str, buf: &'a mut [u8; N]) -> Option<&'a [u8]> {
    let out = buf.get_mut(..w.len())?;
    for (o, c) in out.iter_mut().zip(w.bytes()) {
        *o = c.to_ascii_lowercase();
    }
    Some(out)
}

/// "first" .. "nineteenth", case ignored (`UNIT_ORDINALS`).
fn unit_ordinal(w: &str) -> Option<u32> {
    Some(match lower(w, &mut [0; 12])? {
        b"first" => 1,
        b"second" => 2,
        b"third" => 3,
        b"fourth" => 4,
        b"fifth" => 5,
        b"sixth" => 6,
        b"seventh" => 7,
        b"eighth" => 8,
        b"ninth" => 9,
        b"tenth" => 10,
        b"eleventh" => 11,
        b"twelfth" => 12,
        b"thirteenth" => 13,
        b"fourteenth" => 14,
        b"fifteenth" => 15,
        b"sixteenth" => 16,
        b"seventeenth" => 17,
        b"eighteenth" => 18,
        b"nineteenth" => 19,
        _ => return None,
    })
}

/// "twentieth" .. "ninetieth", case ignored (`TENS_ORDINALS`).
fn tens_ordinal(w: &str) -> Option<u32> {
    Some(match lower(w, &mut [0; 12])? {
        b"twentieth" => 20,
        b"thirtieth" => 30,
        b"fortieth" => 40,
        b"fiftieth" => 50,
        b"sixtieth" => 60,
        b"seventieth" => 70,
        b"eightieth" => 80,
        b"ninetieth" => 90,
        _ => return None,
    })
}

/// "twenty" .. "ninety", case ignored (`TENS`).
fn tens_value(w: &str) -> Option<u32> {
    Some(match lower(w, &mut [0; 12])? {
        b"twenty" => 20,
        b"thirty" => 30,
        b"forty" => 40,
        b"fifty" => 50,
        b"sixty" => 60,
        b"seventy" => 70,
        b"eighty" => 80,
        b"ninety" => 90,
        _ => return None,
    })
}

/// Ordinal words as written in UN documents, "first" .. "ninety-ninth".
/// Compares without allocating: it runs for every session phrase.
pub fn ordinal_value(w: &str) -> Option<u32> {
    // Bytes, not `split_at`: a word may end inside a character ("2–").
    let b = w.as_bytes();
    if b.len() > 2
        && let (num, suffix) = b.split_at(b.len() - 2)
        && ["st", "nd", "rd", "th"]
            .iter()
            .any(|x| x.as_bytes().eq_ignore_ascii_case(suffix))
        && num.iter().all(u8::is_ascii_digit)
    {
        return w[..num.len()].parse().ok();
    }
    if let Some(v) = unit_ordinal(w) {
        return Some(v);
    }
    if let Some(v) = tens_ordinal(w) {
        return Some(v);
    }
    let (tens, unit) = w.split_once('-')?;
    let t = tens_value(tens)?;
    let u = unit_ordinal(unit)?;
    (u < 10).then_some(t + u)
}

/// End of the ASCII word (`[0-9A-Za-z_]+`) starting at `i`.
fn word_end(b: &[u8], i: usize) -> usize {
    i + b[i..].iter().take_while(|&&c| is_word_byte(c)).count()
}

/// The ordinal `ORDINAL_RE` would match at `i` (case-insensitively, ending
/// at an ASCII word boundary), as its end and value. A hand-written lexer:
/// session phrases are read for every mention and a capturing regex per
/// phrase cost more than recognising the phrase.
pub fn ordinal_at(text: &str, i: usize) -> Option<(usize, u32)> {
    let b = text.as_bytes();
    let end = word_end(b, i);
    let word = &text[i..end];
    if word.is_empty() {
        return None;
    }
    // "twenty-first": the compound is the pattern's first alternative.
    if b.get(end) == Some(&b'-') && is_tens_word(word) {
        let unit_end = word_end(b, end + 1);
        if let Some(v) = ordinal_value(&text[i..unit_end])
            && unit_end > end + 1
        {
            return Some((unit_end, v));
        }
        return None;
    }
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        // `[1-9][0-9]?(?:st|nd|rd|th)`
        return (word.len() == digits + 2 && digits <= 2 && !word.starts_with('0'))
            .then(|| ordinal_value(word))
            .flatten()
            .map(|v| (end, v));
    }
    unit_ordinal(word)
        .or_else(|| tens_ordinal(word))
        .map(|v| (end, v))
}

/// Regex fragment matching any ordinal `ordinal_value` understands.
pub const ORDINAL_RE: &str = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|[1-9][0-9]?(?:st|nd|rd|th))";

/// "Seventh session" standing alone as a heading line: its number.
pub fn session_heading(line: &str) -> Option<u32> {
    let l = line.trim();
    // "Resumed fourteenth session": the session it resumes.
    let l = ["Resumed ", "resumed ", "RESUMED "]
        .iter()
        .find_map(|p| l.strip_prefix(p))
        .unwrap_or(l)
        .trim_start();
    let (ord, rest) = l.split_once(' ')?;
    (rest.eq_ignore_ascii_case("session")).then(|| ordinal_value(ord))?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals() {
        assert_eq!(ordinal_value("seventh"), Some(7));
        assert_eq!(ordinal_value("Fourteenth"), Some(14));
        assert_eq!(ordinal_value("twenty-first"), Some(21));
        assert_eq!(ordinal_value("13th"), Some(13));
        assert_eq!(ordinal_value("seventy"), None);
        // Words ending inside a character: no panic (found by tests/props.rs).
        for w in ["6/2–,", "é", "2–", "1é", "–", "x¹"] {
            assert_eq!(ordinal_value(w), None, "{w}");
        }
        // The lookups agree with the tables, whatever the case.
        for w in UNIT_ORDINALS
            .iter()
            .chain(TENS_ORDINALS.iter().map(|(t, _)| t))
            .chain(TENS.iter().map(|(t, _)| t))
        {
            for v in [
                w.to_string(),
                w.to_uppercase(),
                format!("{}{}", &w[..1].to_uppercase(), &w[1..]),
            ] {
                let unit = UNIT_ORDINALS
                    .iter()
                    .position(|u| u.eq_ignore_ascii_case(&v))
                    .map(|i| i as u32 + 1);
                let tens_ord = TENS_ORDINALS
                    .iter()
                    .find(|(t, _)| t.eq_ignore_ascii_case(&v))
                    .map(|(_, x)| *x);
                let tens = TENS
                    .iter()
                    .find(|(t, _)| t.eq_ignore_ascii_case(&v))
                    .map(|(_, x)| *x);
                assert_eq!(
                    (unit_ordinal(&v), tens_ordinal(&v), tens_value(&v)),
                    (unit, tens_ord, tens),
                    "{v}"
                );
                assert_eq!(unit_ordinal(&format!("{v}s")), None);
                assert_eq!(tens_value(&v[1..]), None);
            }
        }
    }

    #[test]
    fn session_headings() {
        assert_eq!(session_heading("Seventh session"), Some(7));
        assert_eq!(session_heading("  Resumed fourteenth SESSION "), Some(14));
        assert_eq!(session_heading("Seventh session of the Conference"), None);
        assert_eq!(session_heading("Session"), None);
    }
}
