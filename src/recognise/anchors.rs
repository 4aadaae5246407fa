//! Where mentions start: the leftmost-first match of the anchor patterns at
//! or after a position, found without running an automaton over every byte.
//!
//! Every anchor contains a literal at a known place: a keyword's inner
//! letters ("esolution", "rticle", "ession"), an abbreviation's dot or a
//! symbol's first slash. A SIMD literal search (Teddy) and `memchr` find
//! those; each hit yields the few positions where a match holding it could
//! start, and the anchor automaton runs anchored at each, in text order. A
//! session list or "that resolution" starts some words before its keyword:
//! those starts are found by walking back over the words such a phrase can
//! hold ("first", "resumed", "and", "the", ...), which never contain a literal
//! themselves, so the candidates of successive hits come out in text order
//! and the first that matches is the leftmost match. The test below checks
//! this against an unanchored search of the same automaton.

use crate::meta_re;
use crate::names::numbers::SC_YEAR_RE;
use crate::names::{ORDINAL_RE, SYMBOL_SERIES_RE, is_symbol_series, is_tens_word, ordinal_value};
use crate::pattern::starts_word;
use aho_corasick::packed;
use regex_automata::{Anchored, Input, Match, meta};
use std::sync::LazyLock;

pub const P_RES: usize = 0;
pub const P_ART: usize = 1;
pub const P_PARA: usize = 2;
pub const P_CHAP: usize = 3;
pub const P_SYM: usize = 4;
pub const P_SPECIAL: usize = 5;
pub const P_SESSION: usize = 6;
pub const P_ANAPHOR: usize = 7;

static SESSION_PHRASE: LazyLock<String> = LazyLock::new(|| {
    let ord = ORDINAL_RE;
    let pre = r"(?:(?:resumed|continued|regular|ordinary|first\s+resumed|second\s+resumed|third\s+resumed)\s+)*";
    let item = format!(r"{pre}(?i-u:{ord})");
    let sep = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+(?:to|through)\s+(?:the\s+)?|\s*[-–]\s*)";
    // The keyword in one of three cases ("session", "Session", "SESSION"),
    // so that it always holds one of the literals searched for.
    let sessions = r"(?:[Ss]essions?|SESSIONS?)";
    let meetings = r"(?:[Mm]eetings?|MEETINGS?)";
    let kw = format!(
        r"(?:(?i-u:open-ended\s+intergovernmental\s+)?(?:(?i-u:expert)\s+{meetings}|{meetings}\s+(?i-u:of\s+(?:governmental\s+)?experts))|{sessions}|{meetings})"
    );
    format!(r"\b{item}(?:{sep}{item})*(?:\s+(?:resumed|regular|ordinary|continued))*\s+{kw}\b")
});

meta_re!(ANCHORS, || {
    let ord = ORDINAL_RE;
    let pats = [
        // The keyword and the start of a resolution number (see
        // `names::numbers`): its session and slash, a Council year, or an
        // old-style session in roman numerals ("217 A (III)").
        format!(r"\b(?:(?:[Rr]esolutions?|[Dd]ecisions?)\s+|(?:[Rr]es|[Dd]ec)\.\s*)(?:E?S-)?\d{{1,4}}(?:/\d|\s*{SC_YEAR_RE}|(?:[ \t]+[A-Z])?\s*\((?:ES-)?[IVXL]+\))"),
        r"\b(?:[Aa]rticles?|ARTICLES?|[Aa]rts?\.)\s*\d{1,3}\b".to_string(),
        r"\b(?:[Ss]ub)?(?:[Pp]aragraphs?|[Pp]aras?\.)\s*(?:\d{1,3}\b|\([a-z]{1,3}\)(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*(?:to|through|-|–)\s*)\([a-z]{1,3}\))*\s+of\s+(?:[Pp]aragraph|para\.|[Aa]rticle|art\.)\s*\d)".to_string(),
        r"\b[Cc]hapters?\s+[IVX]{1,5}\b".to_string(),
        format!(r"\b{SYMBOL_SERIES_RE}(?:/[A-Za-z0-9][A-Za-z0-9.\-]*)+"),
        format!(r"\b(?:(?i-u:{ord})\s+)?[Ss]pecial\s+[Ss]essions?\b"),
        SESSION_PHRASE.clone(),
        r"\b(?:[Tt]hat|[Tt]he\s+same|[Tt]he\s+said|[Bb]oth|[Tt]hose\s+two)\s+(?:resolutions?|decisions?)\b".to_string(),
    ];
    let pats: Vec<String> = pats.iter().map(|p| crate::pattern::ascii(p)).collect();
    meta::Regex::new_many(&pats).expect("anchor patterns compile")
});

/// What a literal hit says about where a match holding it starts.
#[derive(Clone, Copy)]
enum Hit {
    /// The match starts this many bytes before the literal.
    Back(usize),
    /// "aragraph": "paragraph" or "subparagraph".
    Paragraph,
    /// A resolution keyword: the match starts one byte before, or it is
    /// "that resolution" and starts some words before.
    Resolution,
    /// "session", "meeting": the match starts some words before.
    Keyword,
}

/// The inner literals, with what each says. Every anchor pattern but the
/// abbreviations and symbols holds one of them.
const LITERALS: &[(&str, Hit)] = &[
    ("esolution", Hit::Resolution),
    ("ecision", Hit::Resolution),
    ("rticle", Hit::Back(1)),
    ("RTICLE", Hit::Back(1)),
    ("aragraph", Hit::Paragraph),
    ("hapter", Hit::Back(1)),
    ("ession", Hit::Keyword),
    ("ESSION", Hit::Keyword),
    ("eeting", Hit::Keyword),
    ("EETING", Hit::Keyword),
];

/// Words an abbreviation anchor ends with before its dot: "res.", "art.",
/// "subparas.". Compared ignoring case, which only adds candidates.
const ABBREVIATIONS: &[&str] = &[
    "res", "dec", "art", "arts", "para", "paras", "subpara", "subparas",
];

static LITERAL_SEARCH: LazyLock<packed::Searcher> = LazyLock::new(|| {
    packed::Config::new()
        .match_kind(packed::MatchKind::LeftmostFirst)
        .builder()
        .extend(LITERALS.iter().map(|(l, _)| l))
        .build()
        .expect("a packed searcher takes ten literals")
});

/// What a word before a keyword can be in a phrase ending at that keyword.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PhraseWord {
    /// Nothing: the walk back stops.
    No,
    /// Inside a phrase only ("and", "to", "the", "expert").
    Inner,
    /// The first word of a session phrase or a special session ("first",
    /// "twenty", "resumed", "special").
    SessionStart,
    /// The first word of "that resolution", "the same decision".
    AnaphorStart,
}

/// Reads a word before a keyword, ignoring case (so a superset). Runs for
/// the word before every keyword: the fixed words by one `match`, the
/// ordinal tables only for words ending like an ordinal.
fn phrase_word(w: &str) -> PhraseWord {
    use PhraseWord::*;
    let mut buf = [0; 17];
    let Some(lower) = crate::names::lower(w, &mut buf) else {
        return No;
    };
    match lower {
        b"resumed" | b"continued" | b"regular" | b"ordinary" | b"special" => SessionStart,
        b"that" | b"the" | b"both" | b"those" => AnaphorStart,
        b"and" | b"to" | b"through" | b"open" | b"ended" | b"intergovernmental" | b"expert"
        | b"same" | b"said" | b"two" => Inner,
        [.., b's', b't'] | [.., b'n', b'd'] | [.., b'r', b'd'] | [.., b't', b'h']
            if ordinal_value(w).is_some() =>
        {
            SessionStart
        }
        [.., b't', b'y'] if is_tens_word(w) => SessionStart,
        _ => No,
    }
}

/// Starts of the words before `k` that a phrase ending in a keyword at `k`
/// could start at (words read as `first`), nearest first, down to `floor`.
/// Stops at the first thing no such phrase holds: a phrase is these words
/// with spaces, commas and dashes between.
fn phrase_starts(text: &str, k: usize, first: PhraseWord, floor: usize, out: &mut Vec<usize>) {
    let b = text.as_bytes();
    let mut i = k;
    loop {
        let mut j = i;
        loop {
            if j > 0
                && matches!(
                    b[j - 1],
                    b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C | b',' | b'-'
                )
            {
                j -= 1;
            } else if j >= 3 && &b[j - 3..j] == "–".as_bytes() {
                j -= 3;
            } else {
                break;
            }
        }
        let w = b[..j]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        if w == 0 || j - w < floor {
            return;
        }
        i = j - w;
        match phrase_word(&text[i..j]) {
            PhraseWord::No => return,
            kind if kind == first => out.push(i),
            _ => {}
        }
    }
}

/// The positions where a match holding the literal hit at `x` may start,
/// in text order, none before `floor`.
fn candidates(text: &str, x: usize, lit: Option<Hit>, floor: usize, out: &mut Vec<usize>) {
    let b = text.as_bytes();
    out.clear();
    let back = |n: usize, out: &mut Vec<usize>| {
        if let Some(c) = x.checked_sub(n).filter(|&c| c >= floor) {
            out.push(c);
        }
    };
    match lit {
        Some(Hit::Back(n)) => back(n, out),
        Some(Hit::Paragraph) => {
            back(4, out);
            back(1, out);
        }
        Some(Hit::Resolution) => {
            if x >= 1 {
                phrase_starts(text, x - 1, PhraseWord::AnaphorStart, floor, out);
                out.reverse();
            }
            back(1, out);
        }
        Some(Hit::Keyword) => {
            if x >= 1 {
                phrase_starts(text, x - 1, PhraseWord::SessionStart, floor, out);
                out.reverse();
            }
        }
        // A dot or a slash: the word before it is an abbreviation or a
        // symbol series.
        None => {
            let w = b[..x]
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
            let word = &text[x - w..x];
            let known = if b[x] == b'.' {
                ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
            } else {
                is_symbol_series(word)
            };
            if known {
                back(w, out);
            }
        }
    }
}

/// The next literal hit at or after `from`: its position and what it says
/// (`None` for a dot or slash).
struct Hits<'t> {
    text: &'t str,
    lit: Option<(usize, Hit)>,
    lit_from: usize,
    punct: Option<usize>,
    punct_from: usize,
}

impl<'t> Hits<'t> {
    fn new(text: &'t str) -> Self {
        Hits {
            text,
            lit: None,
            lit_from: usize::MAX,
            punct: None,
            punct_from: usize::MAX,
        }
    }

    fn next(&mut self, from: usize) -> Option<(usize, Option<Hit>)> {
        let t = self.text;
        // A cached hit stands while it is at or after `from` and was found
        // searching from no later than `from`.
        let stale =
            |hit: Option<usize>, searched: usize| searched > from || hit.is_some_and(|h| h < from);
        if stale(self.lit.map(|(h, _)| h), self.lit_from) {
            self.lit = LITERAL_SEARCH
                .find_in(t, aho_corasick::Span::from(from..t.len()))
                .map(|m| (m.start(), LITERALS[m.pattern().as_usize()].1));
            self.lit_from = from;
        }
        if stale(self.punct, self.punct_from) {
            let b = t.as_bytes();
            // A dot ends an abbreviation anchor only after one of these
            // letters: the others (most dots) are passed over here.
            self.punct = memchr::memchr2_iter(b'.', b'/', &b[from..])
                .map(|i| from + i)
                .find(|&i| {
                    b[i] == b'/'
                        || i.checked_sub(1).is_some_and(|j| {
                            matches!(b[j].to_ascii_lowercase(), b's' | b'c' | b't' | b'a')
                        })
                });
            self.punct_from = from;
        }
        match (self.lit, self.punct) {
            (Some((l, hit)), Some(p)) if l < p => Some((l, Some(hit))),
            (Some((l, hit)), None) => Some((l, Some(hit))),
            (_, Some(p)) => Some((p, None)),
            (None, None) => None,
        }
    }
}

/// Finds anchors in one text, left to right.
pub struct Anchors<'t> {
    text: &'t str,
    hits: Hits<'t>,
    starts: Vec<usize>,
}

impl<'t> Anchors<'t> {
    pub fn new(text: &'t str) -> Self {
        Anchors {
            text,
            hits: Hits::new(text),
            starts: Vec::new(),
        }
    }

    /// The leftmost-first anchor match starting at or after `pos`, as one
    /// unanchored search of the anchor automaton from `pos` would find it.
    pub fn find(&mut self, pos: usize) -> Option<Match> {
        let (text, b) = (self.text, self.text.as_bytes());
        let mut from = pos;
        ANCHORS.with(|anchors, cache| {
            while let Some((x, hit)) = self.hits.next(from) {
                candidates(text, x, hit, pos, &mut self.starts);
                for &c in &self.starts {
                    if !starts_word(b, c) {
                        continue;
                    }
                    let input = Input::new(text).range(c..).anchored(Anchored::Yes);
                    if let Some(m) = anchors.search_with(cache, &input) {
                        return Some(m);
                    }
                }
                from = x + 1;
            }
            None
        })
    }
}

/// The anchor search the literal scan replaces, kept as its oracle.
#[cfg(test)]
pub fn find_by_scan(text: &str, pos: usize) -> Option<Match> {
    ANCHORS.re.search(&Input::new(text).range(pos..))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Every position the recogniser may search from (the start, and just
    /// after each match's start and end): both searches agree.
    fn agree(text: &str) -> usize {
        let mut anchors = Anchors::new(text);
        let mut positions = vec![0];
        let mut checked = 0;
        while let Some(pos) = positions.pop() {
            let want = find_by_scan(text, pos);
            let got = anchors.find(pos);
            assert_eq!(
                got.map(|m| (m.start(), m.end(), m.pattern().as_usize())),
                want.map(|m| (m.start(), m.end(), m.pattern().as_usize())),
                "from {pos} in {:?}",
                &text[pos..(pos + 200).min(text.len())]
            );
            checked += 1;
            if let Some(m) = want {
                let next = text[m.start()..]
                    .chars()
                    .next()
                    .map_or(m.start() + 1, |c| m.start() + c.len_utf8());
                positions.push(m.end().max(next));
                if next < m.end() {
                    positions.push(next);
                }
            }
            positions.sort_unstable_by(|a, b| b.cmp(a));
            positions.dedup();
        }
        checked
    }

    #[test]
    fn literal_scan_finds_what_the_automaton_finds_in_every_document() {
        let n: usize = crate::recognise::tests::corpus_texts()
            .iter()
            .map(|t| agree(t))
            .sum();
        assert!(n > 5000, "only {n} searches compared");
    }

    #[test]
    fn phrases_start_words_before_their_keyword() {
        let t = "at its first and second resumed sessions, in those two resolutions";
        let starts: Vec<_> =
            std::iter::successors(Anchors::new(t).find(0), |m| Anchors::new(t).find(m.end()))
                .map(|m| &t[m.start()..m.end()])
                .collect();
        assert_eq!(
            starts,
            ["first and second resumed sessions", "those two resolutions"]
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn literal_scan_agrees_on_word_soup(words in proptest::collection::vec(
            (
                prop::sample::select(vec![
                    "resolution", "Resolutions", "decision", "res.", "Dec.", "RES.", "6/2",
                    "S-32/1", "(2015)", "article", "ARTICLES", "Arts.", "art.", "46", "3",
                    "paragraph", "Subparagraph", "subparas.", "Para.", "(a)", "(b)", "of", "to",
                    "through", "chapter", "Chapters", "II", "IV", "CAC/COSP/2017/L.12",
                    "A/RES/58/4", "UNODC/", "ST/", "xA/", "E/CN.15", "/", ".", "first", "Second",
                    "FIRST", "twenty", "twenty-first", "1st", "13TH", "resumed", "continued",
                    "regular", "and", "the", "The", "session", "Sessions", "SESSION", "SeSsion",
                    "meetings", "Meeting", "MEETINGS", "expert", "open-ended", "intergovernmental",
                    "of governmental experts", "special", "Special", "that", "That", "same",
                    "said", "both", "those", "two", "those two", "the same", "the said", "\u{17f}econd", "\u{e9}", "_", "x", "(", ")",
                ]),
                prop::sample::select(vec![" ", " ", " ", "", ", ", "\n", "\n\n", "-", " \u{2013} ", "\t"]),
            ),
            0..16,
        )) {
            let text: String = words.iter().flat_map(|(w, s)| [*w, *s]).collect();
            // Every position, not only the recogniser's.
            let mut anchors = Anchors::new(&text);
            for pos in (0..=text.len()).filter(|&p| text.is_char_boundary(p)) {
                let want = find_by_scan(&text, pos).map(|m| (m.start(), m.end(), m.pattern().as_usize()));
                let got = anchors.find(pos).map(|m| (m.start(), m.end(), m.pattern().as_usize()));
                prop_assert_eq!(got, want, "from {} in {:?}", pos, text);
            }
        }
    }
}
