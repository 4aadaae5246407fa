//! The instrument an article or chapter list belongs to: the words after
//! it ("of the Convention", "of the Organized Crime Convention", "thereof",
//! "of the former"), or the instrument named last before it.

use super::next_word_of;
use crate::names::Instrument;
use crate::pattern::{back, next_word};
use crate::{gated_re, meta_re, static_re};
use regex_automata::{Input, meta};

/// "that Convention", "article 11 thereof": the instrument meant is one
/// named within this many bytes before (about a paragraph).
const INSTRUMENT_REACH: usize = 600;

/// What the words after an article or chapter list name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum InstrumentWords {
    Untoc,
    /// Possibly a bare "Convention", which may be another treaty.
    Uncac,
    /// "that Convention", "the latter": the instrument named last before.
    Back,
    /// "the former": the earlier of the last two named.
    Former,
    /// Another word: the list belongs to another text, unless "which".
    Other,
}

/// ", of the" before the instrument words.
const INSTRUMENT_OF: &str = r"^,?\s+of\s+(?:the\s+)?";

/// The instrument words of each kind, in the order an alternation tries them.
const INSTRUMENT_WORDS: [(InstrumentWords, &str); 5] = [
    (
        InstrumentWords::Untoc,
        r"(?:United\s+Nations\s+)?Convention\s+against\s+Transnational\s+Organized\s+Crime|Organized\s+Crime\s+Convention|UNTOC\b",
    ),
    (
        InstrumentWords::Uncac,
        r"(?:United\s+Nations\s+)?Convention\s+against\s+Corruption|Convention\b|UNCAC\b",
    ),
    (
        InstrumentWords::Back,
        r"(?:that|this|same|said)\s+Convention\b|latter\b",
    ),
    (InstrumentWords::Former, r"former\b"),
    (
        InstrumentWords::Other,
        r"(?:the\s+|its\s+|this\s+|that\s+)?[A-Za-z]+",
    ),
];

meta_re!(
    /// `INSTRUMENT_OF` and each kind's words as one pattern per kind: the
    /// match's pattern ID says the kind, so the lazy DFA alone answers where an
    /// alternation of capture groups needed a backtracker run per list. The
    /// earlier kind wins at a position, as in the alternation (the "the" the
    /// prefix may take can only start `Other` words).
    INSTRUMENT_RE,
    || {
        let pats: Vec<String> = INSTRUMENT_WORDS
            .iter()
            .map(|(_, p)| crate::pattern::ascii(&format!("{INSTRUMENT_OF}(?:{p})")))
            .collect();
        meta::Regex::new_many(&pats).expect("instrument words compile")
    }
);

/// The instrument words at the start of `r`: their kind and length.
fn instrument_words(r: &str) -> Option<(InstrumentWords, usize)> {
    if !next_word_of(r) {
        return None;
    }
    let input = Input::new(r).anchored(regex_automata::Anchored::Yes);
    let m = INSTRUMENT_RE.search(&input)?;
    Some((INSTRUMENT_WORDS[m.pattern().as_usize()].0, m.end()))
}

gated_re!(
    /// "articles 12 to 14 thereof": the instrument named last before.
    THEREOF,|r| next_word(r) == "thereof",
    r"^,?\s+thereof\b");

static_re!(
    /// Instrument names a later "that Convention" or "thereof" points back to.
    INSTRUMENT_NAME,
    r"(?P<untoc>Convention\s+against\s+Transnational\s+Organized\s+Crime|Organized\s+Crime\s+Convention|\bUNTOC\b)|(?P<uncac>Convention\s+against\s+Corruption|\b[Tt]he\s+Convention\b|\bUNCAC\b)"
);

static_re!(
    /// Names of instruments that are neither Convention: what a later
    /// "article 11 thereof" belongs to.
    FOREIGN_INSTRUMENT,
    r"\b(?:Treaty|Protocol|Charter|Covenant)\b|\bConvention\s+(?:on|for|relating\s+to)\s+(?:the\s+)?[A-Z]|\bConvention\s+against\s+(?:Torture|the\s+Illicit)"
);

/// Reads the instrument after an article or chapter list starting at `s`.
/// `Err(())` when the list belongs to another text ("of the rules of
/// procedure", "of the Convention against Torture").
pub(super) fn instrument_after(
    text: &str,
    s: usize,
    cur: usize,
) -> Result<(Instrument, usize), ()> {
    if let Some(m) = THEREOF.find(&text[cur..]) {
        // "the Arms Trade Treaty, in particular article 11 thereof": another
        // instrument's article when such a name is the last before it.
        if foreign_instrument_last(text, s, INSTRUMENT_REACH) {
            return Err(());
        }
        return Ok((instrument_before(text, s), cur + m.end()));
    }
    let Some((words, len)) = instrument_words(&text[cur..]) else {
        return Ok((Instrument::Uncac, cur));
    };
    let end = cur + len;
    match words {
        InstrumentWords::Untoc => Ok((Instrument::Untoc, end)),
        InstrumentWords::Uncac => {
            // Of the words of its kind only a bare "Convention" ends so.
            if text[cur..end].ends_with("Convention") && names_another_convention(&text[end..]) {
                return Err(());
            }
            Ok((Instrument::Uncac, end))
        }
        InstrumentWords::Back => Ok((instrument_before(text, s), end)),
        // "articles 43 to 50 of the former and articles 16 to 21 of the
        // latter": the earlier of the last two instruments named.
        InstrumentWords::Former => {
            let named = instruments_named_before(text, s);
            let latter = named.last().copied().unwrap_or(Instrument::Uncac);
            let former = named.iter().rev().find(|&&i| i != latter).copied();
            Ok((former.unwrap_or(latter), end))
        }
        InstrumentWords::Other => {
            let last = text[cur..end].split_whitespace().last().unwrap_or("");
            if matches!(last, "which" | "whom") {
                Ok((Instrument::Uncac, cur))
            } else {
                Err(())
            }
        }
    }
}

/// After a bare "Convention": "on the Rights of the Child", "for the
/// Protection of ...", "against Torture" name another treaty; "on mutual
/// legal assistance" or "for the establishment of ..." only say what the
/// article is about.
fn names_another_convention(rest: &str) -> bool {
    if rest.starts_with(" against ") {
        return true;
    }
    let Some(tail) = [" on ", " for ", " relating to "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
    else {
        return false;
    };
    let tail = tail.strip_prefix("the ").unwrap_or(tail);
    tail.starts_with(|c: char| c.is_ascii_uppercase())
}

/// The instrument named last in the `INSTRUMENT_REACH` bytes before `s` (UNCAC when none).
fn instrument_before(text: &str, s: usize) -> Instrument {
    instruments_named_before(text, s)
        .last()
        .copied()
        .unwrap_or(Instrument::Uncac)
}

/// The instruments named in the `INSTRUMENT_REACH` bytes before `s`, in text order.
fn instruments_named_before(text: &str, s: usize) -> Vec<Instrument> {
    INSTRUMENT_NAME
        .captures_iter(&text[back(text, s, INSTRUMENT_REACH)..s])
        .map(|c| {
            if c.name("untoc").is_some() {
                Instrument::Untoc
            } else {
                Instrument::Uncac
            }
        })
        .collect()
}

/// Whether the last instrument named in the `reach` bytes before `s` is
/// neither Convention ("the Arms Trade Treaty", "the Civil Law Convention on
/// Corruption").
pub(super) fn foreign_instrument_last(text: &str, s: usize, reach: usize) -> bool {
    let from = back(text, s, reach);
    let foreign = FOREIGN_INSTRUMENT.find_iter(&text[from..s]).last();
    let ours = INSTRUMENT_NAME.find_iter(&text[from..s]).last();
    foreign.is_some_and(|f| ours.is_none_or(|o| f.start() > o.start()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognise::tests::corpus_texts;
    use proptest::prelude::*;

    /// The alternation of capture groups `instrument_words` replaces.
    static INSTRUMENT_ORACLE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        let groups: Vec<String> = INSTRUMENT_WORDS
            .iter()
            .enumerate()
            .map(|(k, (_, p))| format!("(?P<k{k}>{p})"))
            .collect();
        crate::pattern::compile(&format!("{INSTRUMENT_OF}(?:{})", groups.join("|")))
    });

    fn instrument_words_by_regex(r: &str) -> Option<(InstrumentWords, usize)> {
        let c = INSTRUMENT_ORACLE.captures(r)?;
        let k = (0..INSTRUMENT_WORDS.len()).find(|k| c.name(&format!("k{k}")).is_some())?;
        Some((INSTRUMENT_WORDS[k].0, c.get(0)?.end()))
    }

    #[test]
    fn instrument_words_agree_with_the_alternation_in_every_document() {
        let mut matches = 0;
        for t in corpus_texts() {
            for (i, _) in t.char_indices() {
                let want = instrument_words_by_regex(&t[i..]);
                matches += usize::from(want.is_some());
                assert_eq!(
                    instrument_words(&t[i..]),
                    want,
                    "at {:?}",
                    &t[i..t.len().min(i + 60)]
                );
            }
        }
        assert!(matches > 0);
    }

    proptest! {
        #[test]
        fn instrument_words_agree_with_the_alternation(words in proptest::collection::vec(
            prop::sample::select(vec![
                ",", " ", "\n", "of", "the", "The", "United", "Nations", "Convention", "against",
                "Corruption", "Transnational", "Organized", "Crime", "UNTOC", "UNCAC", "that",
                "this", "same", "said", "its", "latter", "former", "which", "x", "1", "_",
            ]),
            0..10,
        )) {
            let r = words.concat();
            prop_assert_eq!(instrument_words(&r), instrument_words_by_regex(&r));
        }
    }

    #[test]
    fn gates_pass_wherever_their_pattern_matches() {
        crate::recognise::tests::assert_gates_pass(&[("THEREOF", &THEREOF)]);
    }
}
