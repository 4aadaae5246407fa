//! Hand-written lexers for anchored per-mention patterns whose regexes cost
//! the most. Each returns the length of the match its pattern would find at
//! the start of `r`; the pattern itself is kept in the tests as the oracle
//! (every position of every bundled document, and word soup).
//!
//! Why by hand: a bounded repetition such as a title's `{1,400}` characters
//! gives the lazy DFA a new state per character, so it kept flushing its
//! cache; one title tail cost more than the rest of the recogniser.

use crate::pattern::{
    digit_run as digits, is_space_byte as is_space, space_run as spaces, word_ends_at as word_ends,
};

/// What follows a resolution number and still belongs to it: its date
/// (" of 28 October 2011"), its annex (", annex I") or its title
/// (", entitled “...”"). The oracle is `RES_TAIL` in the tests.
pub fn res_tail(r: &str) -> Option<usize> {
    let b = r.as_bytes();
    let comma = usize::from(b.first() == Some(&b','));
    let sp = spaces(b, comma);
    if sp == 0 {
        return None;
    }
    let w = comma + sp;
    let rest = &b[w..];
    if comma == 0 && rest.starts_with(b"of") {
        date(b, w + 2)
    } else if rest.starts_with(b"annex") {
        annex(b, w + "annex".len())
    } else if rest.starts_with(b"entitled") {
        quoted_title(r, w + "entitled".len())
    } else {
        None
    }
}

/// `\s+\d{1,2}\s+MONTH\s+\d{4}` at `i`, with a footnote call glued to
/// the year ([`year_call`]): its end.
fn date(b: &[u8], i: usize) -> Option<usize> {
    // `\s+` at `p`: its end.
    let gap = |p: usize| Some(p + spaces(b, p)).filter(|&e| e > p);
    let mut p = gap(i)?;
    let day = digits(b, p);
    if !(1..=2).contains(&day) {
        return None;
    }
    p = gap(p + day)?;
    let month = crate::names::month_at(&b[p..])?;
    p = gap(p + month.len())?;
    (digits(b, p) >= 4).then(|| p + 4 + year_call(b, p))
}

/// "70/139 of 17 December" (A/C.3/80/L.2), "67/4 of" (A/80/L.6) at the end
/// of a page, the rest of the date on the next: whether `r`, the rest of
/// the line after a list item, is the start of a date ("of", a day, a
/// month, no year) and nothing else.
pub fn date_cut_by_page(r: &str) -> bool {
    let b = r.as_bytes();
    let p = spaces(b, 0);
    if !b[p..].starts_with(b"of") || !word_ends(b, p + 2) {
        return false;
    }
    let mut q = p + 2;
    q += spaces(b, q);
    let day = digits(b, q);
    if (1..=2).contains(&day) {
        q += day;
        q += spaces(b, q);
        if let Some(m) = crate::names::month_at(&b[q..]) {
            q += m.len();
        }
    }
    r[q..].trim().is_empty()
}

/// The rest of a date a page break cut, at the start of the next page's
/// text `r`: a day and a month when the page ended before them, then the
/// year with any footnote call glued to it ("13 November 2012", "2015",
/// "202312"). Its length.
pub fn date_rest_after_cut(r: &str) -> Option<usize> {
    let b = r.as_bytes();
    let mut p = 0;
    let day = digits(b, p);
    if (1..=2).contains(&day) && spaces(b, day) > 0 {
        p = day + spaces(b, day);
    }
    if let Some(m) = crate::names::month_at(&b[p..]) {
        let sp = spaces(b, p + m.len());
        if sp == 0 {
            return None;
        }
        p += m.len() + sp;
    }
    (digits(b, p) >= 4 && word_ends(b, p + 4 + year_call(b, p))).then(|| p + 4 + year_call(b, p))
}

/// A PDF's footnote call glued to a year: "resolutions 7/34 of 28 March
/// 2008,6 18/15 of 29 September 20117 and 21/33" (footnote 7 after 2011),
/// "46/12 of 23 March 202115 and 55/18 of 4 April 202416 pertaining". A
/// year of the Organization (19xx, 20xx) is four digits, so one to three
/// digits more that end the word are the call: their length after the year
/// at `p`, else 0. `(?:19|20)\d{2}` then `\d{1,3}\b` in the oracle.
fn year_call(b: &[u8], p: usize) -> usize {
    let n = digits(b, p + 4);
    let modern = b[p..].starts_with(b"19") || b[p..].starts_with(b"20");
    if modern && (1..=3).contains(&n) && word_ends(b, p + 4 + n) {
        n
    } else {
        0
    }
}

/// A footnote call after the comma that ends a dated list item, before the
/// next item: ",6 " in "7/34 of 28 March 2008,6 18/15 of 29 September",
/// ", 5 " in "31/26 of 24 March 2016, 5 34/32 of 24 March 2017". The call
/// is one to three digits standing alone, and `next` (the length of a
/// resolution number) must find the next item right after it, so a real
/// item ("2008, 97 (I) of") is never taken for a call. The length of the
/// comma, call and space, the separator this makes.
pub fn call_sep(r: &str, next: impl Fn(&str) -> Option<usize>) -> Option<usize> {
    let b = r.as_bytes();
    let p = hspaces(b, 0);
    if b.get(p) != Some(&b',') {
        return None;
    }
    let q = wrap_space(b, p + 1);
    let n = digits(b, q);
    if !(1..=3).contains(&n) {
        return None;
    }
    let e = wrap_space1(b, q + n)?;
    next(&r[e..]).map(|_| e)
}

/// "59/111of 6 December 2004": a PDF dropped the space between a number
/// and the "of" of its date. The length of `\d{1,4}/\d{1,4}` glued to
/// "of" and a date at `r`, the number only.
pub fn number_glued_to_date(r: &str) -> Option<usize> {
    let b = r.as_bytes();
    let n = digits(b, 0);
    if !(1..=4).contains(&n) || b.get(n) != Some(&b'/') {
        return None;
    }
    let m = digits(b, n + 1);
    let end = n + 1 + m;
    ((1..=4).contains(&m) && glued_date(&r[end..]).is_some()).then_some(end)
}

/// "of 6 December 2004" with no space before it (see
/// [`number_glued_to_date`]): its length.
pub fn glued_date(r: &str) -> Option<usize> {
    r.starts_with("of").then(|| date(r.as_bytes(), 2)).flatten()
}

/// `(?:es)?(?:\s+[IVX]+)?\b` after "annex" at `i`: its end. A numeral must
/// end a word; without one, the word itself must end.
fn annex(b: &[u8], i: usize) -> Option<usize> {
    let numeral_or_end = |p: usize| {
        let sp = spaces(b, p);
        let n = b[p + sp..]
            .iter()
            .take_while(|c| matches!(c, b'I' | b'V' | b'X'))
            .count();
        if sp > 0 && n > 0 && word_ends(b, p + sp + n) {
            Some(p + sp + n)
        } else {
            word_ends(b, p).then_some(p)
        }
    };
    if b[i..].starts_with(b"es")
        && let Some(end) = numeral_or_end(i + 2)
    {
        return Some(end);
    }
    numeral_or_end(i)
}

/// A quoted title after "entitled" holds at most this many characters
/// (`{1,400}` in its pattern): a longer quote is a passage, not a title.
const MAX_TITLE: usize = 400;

/// `\s+` and a title in quotes at `i`, `“...”` or `"..."`: its end. The
/// title holds 1 to 400 characters besides line breaks, may wrap onto the
/// next line but not cross a blank one, and does not end with a break.
fn quoted_title(r: &str, i: usize) -> Option<usize> {
    let sp = spaces(r.as_bytes(), i);
    if sp == 0 {
        return None;
    }
    let open = i + sp;
    let (close, body) = if r[open..].starts_with('“') {
        ('”', open + '“'.len_utf8())
    } else if r[open..].starts_with('"') {
        ('"', open + 1)
    } else {
        return None;
    };
    let mut chars = 0;
    let mut after_break = false;
    for (k, c) in r[body..].char_indices() {
        if c == close {
            return (chars > 0 && !after_break).then_some(body + k + close.len_utf8());
        }
        if c == '\n' {
            if after_break {
                return None;
            }
            after_break = true;
            continue;
        }
        after_break = false;
        chars += 1;
        if chars > MAX_TITLE {
            return None;
        }
    }
    None
}

/// A chapter's title in words after its numeral: "(Preventive measures)",
/// 1 to 80 characters without digits or parentheses, hard-wrapped or not
/// ("(Criminalization and law\nenforcement)"). The
/// oracle is `CHAP_TITLE` in the tests.
pub fn chapter_title(r: &str) -> Option<usize> {
    let open = spaces(r.as_bytes(), 0);
    if r.as_bytes().get(open) != Some(&b'(') {
        return None;
    }
    for (n, (k, c)) in r[open + 1..].char_indices().enumerate() {
        match c {
            ')' => return (n > 0).then_some(open + 1 + k + 1),
            '(' | '0'..='9' => return None,
            _ if n == 80 => return None,
            _ => {}
        }
    }
    None
}

/// `[^\S\n]`: a space that does not end the line.
fn is_hspace(c: u8) -> bool {
    c != b'\n' && is_space(c)
}

/// Length of the `[^\S\n]*` run at `i`.
fn hspaces(b: &[u8], i: usize) -> usize {
    b.get(i..)
        .map_or(0, |s| s.iter().take_while(|&&c| is_hspace(c)).count())
}

/// `[^\S\n]*(?:\n[^\S\n]*)?` at `i` (space that may wrap onto the next
/// line but not cross a blank one): its end.
fn wrap_space(b: &[u8], i: usize) -> usize {
    let p = i + hspaces(b, i);
    if b.get(p) == Some(&b'\n') {
        p + 1 + hspaces(b, p + 1)
    } else {
        p
    }
}

/// The same, but at least one space: its end.
fn wrap_space1(b: &[u8], i: usize) -> Option<usize> {
    Some(wrap_space(b, i)).filter(|&e| e > i)
}

/// `word` then `wrap_space1` at `i`: the end.
fn word_space1(b: &[u8], i: usize, word: &[u8]) -> Option<usize> {
    b.get(i..)?
        .starts_with(word)
        .then(|| wrap_space1(b, i + word.len()))
        .flatten()
}

/// `and` then any white space, blank lines included (a list goes on
/// across a page break after its "and": "articles 15 and\n\n25"): the end.
fn and_gap(b: &[u8], i: usize) -> Option<usize> {
    let e = i + 3;
    if !b.get(i..)?.starts_with(b"and") {
        return None;
    }
    let n = b[e..]
        .iter()
        .take_while(|&&c| is_hspace(c) || c == b'\n')
        .count();
    (n > 0).then_some(e + n)
}

/// A separator between list items: ", ", " and ", ", and ", "; ", "; and ",
/// spaces wrapping onto one next line (after "and", any lines). The oracle
/// is `LIST_SEP`.
pub fn list_sep(r: &str) -> Option<usize> {
    let b = r.as_bytes();
    let p = wrap_space(b, 0);
    match b.get(p) {
        Some(b',' | b';') => {
            let q = wrap_space(b, p + 1);
            Some(and_gap(b, q).unwrap_or(q))
        }
        Some(b'a') if p > 0 => and_gap(b, p),
        _ => None,
    }
}

/// `as well as` with `wrap_space1` after each word, at `i`: its end.
fn as_well_as(b: &[u8], i: usize) -> Option<usize> {
    let p = word_space1(b, i, b"as")?;
    let p = word_space1(b, p, b"well")?;
    word_space1(b, p, b"as")
}

/// A separator between resolution numbers: `list_sep`'s, "as well as", and
/// an "its", "their" or "the" after it. The oracle is `RES_SEP`.
pub fn res_sep(r: &str) -> Option<usize> {
    let b = r.as_bytes();
    let p = wrap_space(b, 0);
    let end = match b.get(p) {
        Some(b',') => {
            let q = wrap_space(b, p + 1);
            word_space1(b, q, b"and")
                .or_else(|| as_well_as(b, q))
                .unwrap_or(q)
        }
        // "...; and 61/121 B" (a footnote's last item).
        Some(b';') => {
            let q = wrap_space(b, p + 1);
            word_space1(b, q, b"and").unwrap_or(q)
        }
        Some(b'a') if p > 0 => word_space1(b, p, b"and").or_else(|| as_well_as(b, p))?,
        _ => return None,
    };
    Some(
        [b"its".as_slice(), b"their", b"the"]
            .iter()
            .find_map(|w| word_space1(b, end, w))
            .unwrap_or(end),
    )
}

/// `^\d{1,3}\b`: a paragraph number's length. The oracle is `PARA_NUM`.
pub fn para_num(r: &str) -> Option<usize> {
    let b = r.as_bytes();
    let n = digits(b, 0);
    ((1..=3).contains(&n) && word_ends(b, n)).then_some(n)
}

/// `^[IVX]{1,5}\b`: a chapter numeral's length. The oracle is `CHAP_NUM`.
pub fn chap_num(r: &str) -> Option<usize> {
    let b = r.as_bytes();
    let n = b
        .iter()
        .take_while(|c| matches!(c, b'I' | b'V' | b'X'))
        .count();
    ((1..=5).contains(&n) && word_ends(b, n)).then_some(n)
}

/// `^\s*\(([a-z]{1,3}|[ivx]{1,5})\)`: a subparagraph "(a)", "(iv)", as the
/// match's length and the letters. The oracle is `SUB`.
pub fn sub(r: &str) -> Option<(usize, &str)> {
    let b = r.as_bytes();
    let open = spaces(b, 0);
    if b.get(open) != Some(&b'(') {
        return None;
    }
    let from = open + 1;
    let n = b[from..]
        .iter()
        .take_while(|c| c.is_ascii_lowercase())
        .count();
    let letters = &r[from..from + n];
    let roman = || letters.bytes().all(|c| matches!(c, b'i' | b'v' | b'x'));
    let fits = (1..=3).contains(&n) || (4..=5).contains(&n) && roman();
    (fits && b.get(from + n) == Some(&b')')).then_some((from + n + 1, letters))
}

/// `^\s*(?:to|through|-|–)\s*(\d{1,4})/(\d{1,4})\b`: the end of a
/// resolution range "to 8/14" and its session and number. The oracle is
/// `RES_RANGE`.
pub fn res_range(r: &str) -> Option<(usize, &str, &str)> {
    let b = r.as_bytes();
    let p = spaces(b, 0);
    let kw = ["to", "through", "-", "–"]
        .iter()
        .find(|k| r[p..].starts_with(*k))?;
    let p = p + kw.len();
    let s = p + spaces(b, p);
    let n = digits(b, s);
    if !(1..=4).contains(&n) || b.get(s + n) != Some(&b'/') {
        return None;
    }
    let t = s + n + 1;
    let m = digits(b, t);
    ((1..=4).contains(&m) && word_ends(b, t + m)).then(|| (t + m, &r[s..s + n], &r[t..t + m]))
}

/// The keyword a resolution list repeats: "resolution ", "decisions ",
/// "res.", "dec. ". `^(?:[Rr]esolutions?\s+|[Dd]ecisions?\s+|[Rr]es\.\s*|[Dd]ec\.\s*)`
/// as the match's length. The oracle is `SAME_KEYWORD`.
pub fn same_keyword(r: &str) -> Option<usize> {
    let b = r.as_bytes();
    let (word, abbr): (&[u8], &[u8]) = match b.first() {
        Some(b'R' | b'r') => (b"esolution", b"es."),
        Some(b'D' | b'd') => (b"ecision", b"ec."),
        _ => return None,
    };
    if b[1..].starts_with(word) {
        let mut p = 1 + word.len();
        // `s?\s+`: the plural only where a space follows it.
        if b.get(p) == Some(&b's') && spaces(b, p + 1) > 0 {
            p += 1;
        }
        let n = spaces(b, p);
        return (n > 0).then_some(p + n);
    }
    b[1..]
        .starts_with(abbr)
        .then(|| 1 + abbr.len() + spaces(b, 1 + abbr.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gated_re;
    use crate::pattern::after_space;
    use crate::recognise::{starts_digit, starts_range, starts_with_any};
    use proptest::prelude::*;
    use regex::Regex;

    // The patterns the gated lexers replace, as their oracles.
    /// Whitespace inside a reference may wrap onto the next line (a PDF
    /// converter's hard wrap) but never cross a blank line (a new paragraph):
    /// `WS` is optional such space, `WS1` mandatory.
    const WS: &str = r"[^\S\n]*(?:\n[^\S\n]*)?";

    const WS1: &str = r"(?:[^\S\n]+(?:\n[^\S\n]*)?|\n[^\S\n]*)";

    /// After a list's "and": any white space, blank lines included.
    const AND_GAP: &str = r"(?:[^\S\n]|\n)+";

    gated_re!(
        RES_SEP,
        |r| starts_with_any(after_space(r), &[",", ";", "and", "as"]),
        &format!(
            "^(?:{WS},{WS}(?:and{WS1}|as{WS1}well{WS1}as{WS1})?|{WS1}and{WS1}|{WS1}as{WS1}well{WS1}as{WS1}|{WS};{WS}(?:and{WS1})?)(?:(?:its|their|the){WS1})?"
        )
    );

    gated_re!(
        RES_RANGE,
        starts_range,
        r"^\s*(?:to|through|-|–)\s*(\d{1,4})/(\d{1,4})\b"
    );

    gated_re!(
        SAME_KEYWORD,
        |r| r.starts_with(['r', 'R', 'd', 'D']),
        r"^(?:[Rr]esolutions?\s+|[Dd]ecisions?\s+|[Rr]es\.\s*|[Dd]ec\.\s*)"
    );

    gated_re!(
        LIST_SEP,
        |r| starts_with_any(after_space(r), &[",", ";", "and"]),
        &format!("^(?:{WS},{WS}(?:and{AND_GAP})?|{WS1}and{AND_GAP}|{WS};{WS}(?:and{AND_GAP})?)")
    );

    gated_re!(PARA_NUM, starts_digit, r"^(\d{1,3})\b");

    gated_re!(
        CHAP_NUM,
        |r| r.starts_with(['I', 'V', 'X']),
        r"^([IVX]{1,5})\b"
    );

    gated_re!(
        SUB,
        |r| after_space(r).starts_with('('),
        r"^\s*\(([a-z]{1,3}|[ivx]{1,5})\)"
    );

    #[test]
    fn gates_pass_wherever_their_pattern_matches() {
        crate::recognise::tests::assert_gates_pass(&[
            ("RES_NUM", crate::names::numbers::res_num_oracle()),
            ("RES_SEP", &RES_SEP),
            ("RES_RANGE", &RES_RANGE),
            ("SAME_KEYWORD", &SAME_KEYWORD),
            ("PARA_NUM", &PARA_NUM),
            ("SUB", &SUB),
            ("LIST_SEP", &LIST_SEP),
            ("CHAP_NUM", &CHAP_NUM),
        ]);
    }

    /// The patterns the lexers replace.
    const RES_TAIL: &str = r#"^(?:\s+of\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:(?:19|20)\d{2}(?:\d{1,3}\b)?|\d{4})|,?\s+annex(?:es)?(?:\s+[IVX]+)?\b|,?\s+entitled\s+(?:“(?:[^”\n]|\n[^”\n]){1,400}”|"(?:[^"\n]|\n[^"\n]){1,400}"))"#;
    const CHAP_TITLE: &str = r"^\s*\([^()0-9]{1,80}\)";

    type Lexer = fn(&str) -> Option<usize>;
    const LEXERS: [(&str, Lexer, &str); 2] = [
        ("res_tail", res_tail, RES_TAIL),
        ("chapter_title", chapter_title, CHAP_TITLE),
    ];
    /// `LEXERS`' patterns, compiled once.
    static ORACLES: std::sync::LazyLock<Vec<Regex>> = std::sync::LazyLock::new(|| {
        LEXERS
            .iter()
            .map(|(_, _, p)| crate::pattern::compile(p))
            .collect()
    });

    /// The lexer and its pattern agree at every char boundary of `t`.
    fn agree(name: &str, lex: Lexer, re: &Regex, t: &str) -> usize {
        let mut matches = 0;
        for (i, _) in t.char_indices() {
            let want = re.find(&t[i..]).map(|m| m.end());
            matches += usize::from(want.is_some());
            assert_eq!(
                lex(&t[i..]),
                want,
                "{name} at {:?}",
                &t[i..t.len().min(i + 80)]
            );
        }
        matches
    }

    #[test]
    fn lexers_agree_with_their_patterns_in_every_document() {
        let texts = crate::recognise::tests::corpus_texts();
        for ((name, lex, _), re) in LEXERS.iter().zip(ORACLES.iter()) {
            let matches: usize = texts.iter().map(|t| agree(name, *lex, re, t)).sum();
            assert!(matches > 0, "{name} never matched");
        }
    }

    /// The lexers that replaced the recogniser's gated patterns, by length.
    const GATED: [(&str, Lexer); 8] = [
        ("res_num", crate::names::res_number_len),
        ("same_keyword", same_keyword),
        ("list_sep", list_sep),
        ("res_sep", res_sep),
        ("para_num", para_num),
        ("chap_num", chap_num),
        ("sub", |r| sub(r).map(|s| s.0)),
        ("res_range", |r| res_range(r).map(|s| s.0)),
    ];

    fn gated_oracles() -> [&'static crate::pattern::Gated; 8] {
        [
            crate::names::numbers::res_num_oracle(),
            &SAME_KEYWORD,
            &LIST_SEP,
            &RES_SEP,
            &PARA_NUM,
            &CHAP_NUM,
            &SUB,
            &RES_RANGE,
        ]
    }

    /// The lexer and its gated pattern agree at every char boundary of `t`,
    /// captures included.
    fn agree_gated(name: &str, lex: Lexer, g: &crate::pattern::Gated, t: &str) -> usize {
        let mut matches = 0;
        for (i, _) in t.char_indices() {
            let r = &t[i..];
            let c = g.re.captures(r);
            matches += usize::from(c.is_some());
            assert_eq!(
                lex(r),
                c.as_ref().map(|c| c.get(0).unwrap().end()),
                "{name} at {:?}",
                &t[i..t.len().min(i + 80)]
            );
            let Some(c) = c else { continue };
            match name {
                "para_num" | "chap_num" => assert_eq!(&c[1], &c[0]),
                "sub" => assert_eq!(sub(r).unwrap().1, &c[1], "{name} at {r:.40?}"),
                "res_range" => {
                    let (_, a, b) = res_range(r).unwrap();
                    assert_eq!((a, b), (&c[1], &c[2]), "{name} at {r:.40?}");
                }
                _ => {}
            }
        }
        matches
    }

    #[test]
    fn gated_lexers_agree_with_their_patterns_in_every_document() {
        let texts = crate::recognise::tests::corpus_texts();
        for ((name, lex), g) in GATED.iter().zip(gated_oracles()) {
            let matches: usize = texts.iter().map(|t| agree_gated(name, *lex, g, t)).sum();
            assert!(matches > 0, "{name} never matched");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn gated_lexers_agree_on_word_soup(words in proptest::collection::vec(
            prop::sample::select(vec![
                " ", "  ", "\n", "\n\n", "\t", "\x0b", "\r", ",", ";", "and", "andx", "as", "well",
                "its", "their", "the", "theirs", "to", "through", "-", "–", "/", "1", "12", "123",
                "1234", "12345", "I", "V", "X", "IVX", "i", "v", "x", "iv", "a", "abc", "abcd", "(",
                ")", "_", "é", "b", "S-", "S", "A", "Z", "Ab", "2011", "(2011)", ".", "resolution",
                "Resolutions", "resolutionsx", "decision", "Decisions", "res", "Dec", "s",
            ]),
            0..12,
        )) {
            let s = words.concat();
            for ((name, lex), g) in GATED.iter().zip(gated_oracles()) {
                agree_gated(name, *lex, g, &s);
            }
        }
    }

    #[test]
    fn lexers_agree_on_edge_cases() {
        let cases = [
            " of 28 October 2011",
            " of 1 May 20111",
            " of 123 May 2011",
            " of 12 Mayo 2011",
            ", of 1 May 2011",
            "\n of\t3 June\n2011",
            ", annex",
            " annexes IV",
            " annex IVa",
            " annexes_",
            " annex2",
            " annexesX",
            " annex I,",
            ", entitled “A title”",
            ", entitled “”",
            " entitled \"x\ny\"",
            " entitled \"x\n\ny\"",
            " entitled \"x\n\"",
            " entitled “\nx”",
            " entitled “a “b” c”",
            " entitled \"a ” b\"",
            " (Preventive measures)",
            "(a)",
            "()",
            "(12)",
            " (two\nlines)",
            "(é)",
        ];
        for ((name, lex, _), re) in LEXERS.iter().zip(ORACLES.iter()) {
            for c in cases {
                assert_eq!(lex(c), re.find(c).map(|m| m.end()), "{name} on {c:?}");
            }
        }
        for n in [399, 400, 401] {
            let title = format!(" entitled “{}”", "é".repeat(n));
            assert_eq!(
                res_tail(&title),
                ORACLES[0].find(&title).map(|m| m.end()),
                "{n}"
            );
        }
        for n in [79, 80, 81] {
            let title = format!("({})", "x".repeat(n));
            assert_eq!(
                chapter_title(&title),
                ORACLES[1].find(&title).map(|m| m.end()),
                "{n}"
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn lexers_agree_on_word_soup(words in proptest::collection::vec(
            prop::sample::select(vec![
                " ", "  ", "\n", "\n\n", "\t", "\x0b", ",", "of", "annex", "annexes", "es", "I",
                "IV", "X", "x", "_", "2", "28", "123", "2011", "May", "October", "entitled",
                "“", "”", "\"", "(", ")", "é", "title", "Preventive measures",
            ]),
            0..14,
        )) {
            let s = words.concat();
            for ((name, lex, _), re) in LEXERS.iter().zip(ORACLES.iter()) {
                prop_assert_eq!(lex(&s), re.find(&s).map(|m| m.end()), "{} on {:?}", name, &s);
            }
        }
    }
}
