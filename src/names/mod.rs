//! The one place that knows UN facts: bodies and their names, instruments and
//! their chapters, document-symbol series, ordinal words.
//!
//! Everything else asks here instead of carrying its own lists, so that adding
//! a body (say, a new working group) is one edit.

use crate::pattern::is_word_byte;

mod bodies;
pub(crate) mod finder;
mod numbering;
pub mod verbs;

pub use bodies::{body_at, body_at_start, body_in, find_bodies};
pub use body::{Body, BodyFacts, Numbering};
pub use numbering::plausible_issuer;

mod body;

/// Regex fragments naming each body, in the order they must be tried (longer,
/// more specific names first). Used by the recogniser to build its one body
/// automaton; "the Group" / "the Working Group" are resolved by context.
pub const BODY_NAMES: &[(&str, BodyName)] = &[
    (
        r"Conference\s+of\s+(?:the\s+)?States\s+Parties(?:\s+to\s+the\s+United\s+Nations\s+Convention\s+against\s+Corruption)?",
        BodyName::Exact(Body::Cosp),
    ),
    (
        r"(?:Open-ended\s+)?(?:Intergovernmental\s+)?Working\s+Group\s+on\s+Asset\s+Recovery",
        BodyName::Exact(Body::WgAr),
    ),
    (
        r"(?:Open-ended\s+)?(?:Intergovernmental\s+)?Working\s+Group\s+on\s+(?:the\s+)?Prevention\s+of\s+Corruption",
        BodyName::Exact(Body::WgPrev),
    ),
    (
        r"(?:open-ended\s+intergovernmental\s+)?(?:expert\s+meetings?|meetings?\s+of\s+experts)(?:\s+(?:convened\s+)?(?:to\s+enhance|on)\s+international\s+cooperation)",
        BodyName::Exact(Body::EgIc),
    ),
    (
        r"Implementation\s+Review\s+Group",
        BodyName::Exact(Body::Irg),
    ),
    (r"General\s+Assembly", BodyName::Exact(Body::Ga)),
    (
        r"Economic\s+and\s+Social\s+Council",
        BodyName::Exact(Body::Ecosoc),
    ),
    (r"Human\s+Rights\s+Council", BodyName::Exact(Body::Hrc)),
    (r"Security\s+Council", BodyName::Exact(Body::Sc)),
    (r"[Ee]xpert\s+[Mm]eeting", BodyName::Exact(Body::EgIc)),
    (r"Working\s+Group", BodyName::AnyWorkingGroup),
    (r"Group", BodyName::AnyGroup),
    (r"Assembly", BodyName::Exact(Body::Ga)),
    (r"Conference", BodyName::Exact(Body::Cosp)),
];

/// Bodies that issue resolutions or hold sessions but have no code here: the
/// Commission on Crime Prevention and Criminal Justice, another treaty's
/// Conference of the Parties, committees, boards. A resolution or session
/// that is theirs is not a reference to any node of ours. The tails take in
/// the rest of the name ("Commission on Crime Prevention and Criminal Justice").
pub const FOREIGN_BODY_RE: &str = r"(?:Commission(?:\s+(?:on|for|of|and|the|[A-Z][a-z]+))*|Conference\s+of\s+the\s+Parties(?:\s+(?:to|the|against|[A-Z][a-z]+))*|Committee(?:\s+(?:on|of|the|[A-Z][a-z]+))*|Board|Council\s+of\s+Europe|European\s+Union|Union|Organization|Forum|Assembly\s+of\s+States\s+Parties)";

/// The names `issuer_named` knows, as a pattern for the recogniser.
pub const ISSUER_NAME_RE: &str = r"General\s+Assembly|Assembly|Conference|Economic\s+and\s+Social\s+Council|Human\s+Rights\s+Council|Security\s+Council|\bGA|\bECOSOC|\bHRC";

/// The issuer an adjective-like name before "resolution" denotes:
/// "General Assembly resolution", "Assembly resolution", "Conference decision".
pub fn issuer_named(words: &str) -> Option<Body> {
    const NAMES: [(&str, Body); 9] = [
        ("General Assembly", Body::Ga),
        ("Assembly", Body::Ga),
        ("GA", Body::Ga),
        ("Conference", Body::Cosp),
        ("Economic and Social Council", Body::Ecosoc),
        ("ECOSOC", Body::Ecosoc),
        ("Human Rights Council", Body::Hrc),
        ("HRC", Body::Hrc),
        ("Security Council", Body::Sc),
    ];
    // Word by word, whatever the spaces between: no joined copy per mention.
    NAMES
        .iter()
        .find(|(name, _)| words.split_whitespace().eq(name.split(' ')))
        .map(|&(_, b)| b)
}

/// What a body name denotes: one body, or "the (Working) Group" whose body
/// comes from context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyName {
    Exact(Body),
    AnyWorkingGroup,
    AnyGroup,
}

/// A treaty whose articles and chapters are cited.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Instrument {
    Uncac,
    Untoc,
}

impl Instrument {
    pub fn code(self) -> &'static str {
        match self {
            Instrument::Uncac => "uncac",
            Instrument::Untoc => "untoc",
        }
    }

    pub fn from_code(code: &str) -> Option<Instrument> {
        match code {
            "uncac" => Some(Instrument::Uncac),
            "untoc" => Some(Instrument::Untoc),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Instrument::Uncac => "United Nations Convention against Corruption",
            Instrument::Untoc => "United Nations Convention against Transnational Organized Crime",
        }
    }

    pub fn article_count(self) -> u16 {
        match self {
            Instrument::Uncac => 71,
            Instrument::Untoc => 41,
        }
    }

    /// Chapters as (number, first article, last article, title).
    pub fn chapters(self) -> &'static [(u8, u16, u16, &'static str)] {
        match self {
            Instrument::Uncac => &[
                (1, 1, 4, "General provisions"),
                (2, 5, 14, "Preventive measures"),
                (3, 15, 42, "Criminalization and law enforcement"),
                (4, 43, 50, "International cooperation"),
                (5, 51, 59, "Asset recovery"),
                (6, 60, 62, "Technical assistance and information exchange"),
                (7, 63, 64, "Mechanisms for implementation"),
                (8, 65, 71, "Final provisions"),
            ],
            Instrument::Untoc => &[],
        }
    }

    pub fn chapter_count(self) -> u8 {
        self.chapters().len() as u8
    }

    /// The chapter an article stands in, if the registry knows it.
    pub fn chapter_of(self, article: u16) -> Option<u8> {
        self.chapters()
            .iter()
            .find(|(_, a, b, _)| (*a..=*b).contains(&article))
            .map(|c| c.0)
    }

    pub fn chapter_title(self, chapter: u8) -> Option<&'static str> {
        self.chapters().iter().find(|c| c.0 == chapter).map(|c| c.3)
    }
}

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

/// Document-symbol series this tool recognises (the first component).
pub const SYMBOL_SERIES_RE: &str = r"(?:CAC|CTOC|UNODC|A|E|S|ST|TD|UNEP|DP|UNW)";

/// Special sessions of the General Assembly, by number and the topic words
/// that identify them when a text says only "the special session".
pub const GA_SPECIAL_SESSIONS: &[(u32, &str)] = &[(32, "corruption"), (30, "drug"), (20, "drug")];

/// The special session a text means by an unnumbered "special session of the
/// General Assembly": the one on corruption in these documents, unless the
/// sentence names another topic.
pub fn ga_special_session_for(context: &str) -> u32 {
    let lower = context.to_ascii_lowercase();
    for (n, topic) in GA_SPECIAL_SESSIONS {
        if lower.contains(topic) {
            return *n;
        }
    }
    32
}

/// The numeral of a chapter number, from a table made once (`roman` builds
/// a String a call and IDs are written per reference).
pub fn chapter_numeral(n: u8) -> &'static str {
    static NUMERALS: std::sync::LazyLock<Vec<String>> =
        std::sync::LazyLock::new(|| (0..=u8::MAX).map(|n| roman(n.into())).collect());
    &NUMERALS[usize::from(n)]
}

pub fn roman(n: u32) -> String {
    const T: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut n = n;
    let mut s = String::new();
    for (v, r) in T {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// Parses an upper-case Roman numeral; `None` for anything non-canonical.
/// Canonical means written as `roman` writes it, so each numeral is read
/// left to right and compared with the table's spelling (no allocation: it
/// runs per chapter mention).
pub fn parse_roman(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 8 {
        return None;
    }
    let value = |c: u8| match c {
        b'I' => Some(1),
        b'V' => Some(5),
        b'X' => Some(10),
        b'L' => Some(50),
        b'C' => Some(100),
        _ => None,
    };
    let b = s.as_bytes();
    let mut total: i64 = 0;
    for (i, &c) in b.iter().enumerate() {
        let v = value(c)?;
        match b.get(i + 1).map(|&n| value(n)) {
            Some(None) => return None,
            Some(Some(n)) if n > v => total -= v,
            _ => total += v,
        }
    }
    let total = u32::try_from(total).ok()?;
    let canonical = match u8::try_from(total) {
        Ok(n) => chapter_numeral(n) == s,
        Err(_) => roman(total) == s,
    };
    canonical.then_some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_issuer_name_the_recogniser_matches_is_known() {
        for alt in ISSUER_NAME_RE.split('|') {
            let name = alt.replace(r"\s+", " ").replace(r"\b", "");
            assert!(issuer_named(&name).is_some(), "{name}");
        }
    }

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
    fn romans() {
        assert_eq!(parse_roman("IV"), Some(4));
        assert_eq!(parse_roman("VIII"), Some(8));
        assert_eq!(parse_roman("IIII"), None);
        assert_eq!(roman(9), "IX");
        assert_eq!(parse_roman("IVa"), None);
        assert_eq!(parse_roman("CCC"), Some(300));
        for n in 1..=500 {
            let r = roman(n);
            let readable = r.len() <= 8 && !r.contains(['D', 'M']);
            assert_eq!(parse_roman(&r), readable.then_some(n), "{n}");
        }
    }

    #[test]
    fn chapters_cover_every_article() {
        for a in 1..=71 {
            assert!(Instrument::Uncac.chapter_of(a).is_some(), "article {a}");
        }
        assert_eq!(Instrument::Uncac.chapter_of(46), Some(4));
    }

    #[test]
    fn symbol_series() {
        assert_eq!(Body::of_symbol("CAC/COSP/IRG/2017/3"), Some(Body::Irg));
        assert_eq!(Body::of_symbol("CAC/COSP/2017/3"), Some(Body::Cosp));
        assert_eq!(Body::of_symbol("A/HRC/35/25"), Some(Body::Hrc));
    }
}
