//! Hand-written lexers for anchored per-mention patterns whose regexes cost
//! the most. Each returns the length of the match its pattern would find at
//! the start of `r`; the pattern itself is kept in the tests as the oracle
//! (every position of every bundled document, and word soup).
//!
//! Why by hand: a bounded repetition such as a title's `{1,400}` characters
//! gives the lazy DFA a new state per character, so it kept flushing its
//! cache; one title tail cost more than the rest of the recogniser.

/// `\s` of the static patterns: ASCII whitespace including vertical tab.
fn is_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
}

/// `[0-9A-Za-z_]`: the bytes ASCII `\b` separates from the rest.
fn is_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
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

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

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

/// `\s+\d{1,2}\s+MONTH\s+\d{4}` at `i`: its end.
fn date(b: &[u8], i: usize) -> Option<usize> {
    // `\s+` at `p`: its end.
    let gap = |p: usize| Some(p + spaces(b, p)).filter(|&e| e > p);
    let mut p = gap(i)?;
    let day = digits(b, p);
    if !(1..=2).contains(&day) {
        return None;
    }
    p = gap(p + day)?;
    let month = MONTHS.iter().find(|m| b[p..].starts_with(m.as_bytes()))?;
    p = gap(p + month.len())?;
    (digits(b, p) >= 4).then_some(p + 4)
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
        if chars > 400 {
            return None;
        }
    }
    None
}

/// A chapter's title in words after its numeral: "(Preventive measures)",
/// 1 to 80 characters on one line without digits or parentheses. The
/// oracle is `CHAP_TITLE` in the tests.
pub fn chapter_title(r: &str) -> Option<usize> {
    let open = spaces(r.as_bytes(), 0);
    if r.as_bytes().get(open) != Some(&b'(') {
        return None;
    }
    for (n, (k, c)) in r[open + 1..].char_indices().enumerate() {
        match c {
            ')' => return (n > 0).then_some(open + 1 + k + 1),
            '(' | '\n' | '0'..='9' => return None,
            _ if n == 80 => return None,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use regex::Regex;

    /// The patterns the lexers replace.
    const RES_TAIL: &str = r#"^(?:\s+of\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}|,?\s+annex(?:es)?(?:\s+[IVX]+)?\b|,?\s+entitled\s+(?:“(?:[^”\n]|\n[^”\n]){1,400}”|"(?:[^"\n]|\n[^"\n]){1,400}"))"#;
    const CHAP_TITLE: &str = r"^\s*\([^()\n0-9]{1,80}\)";

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
