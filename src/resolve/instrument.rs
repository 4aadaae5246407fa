//! Which article an article-less pinpoint is of: "paragraph 2 of that
//! article" is of the article (and convention) named last. Everything else
//! about instruments (which convention "the Convention" is, its chapters)
//! the recogniser reads from `names`.

use crate::id::Id;
use crate::model::Raw;
use crate::names::Instrument;
use crate::static_re;
use crate::text::sentence::{ceil_boundary, floor_boundary};

static_re!(
    /// Names of conventions in a text: ours ("the United Nations Convention
    /// against Corruption", "the Organized Crime Convention") and others
    /// ("the International Convention on the Elimination of All Forms of
    /// Racial Discrimination", "the Geneva Convention relative to ...", "the
    /// Paris Agreement"). A regional convention against corruption is
    /// another's: its qualifier starts the match, so it wins over ours.
    CONVENTION_NAME,
    concat!(
        r"(?P<other>\b(?:Inter-American|American|African\s+Union|Arab|Council\s+of\s+Europe|Criminal\s+Law|Civil\s+Law|OECD|Anti-Bribery)\s+Convention",
        r"|\bConventions?\s+(?:(?:on|for|relating\s+to|relative\s+to|concerning)\s+(?:the\s+)?[A-Z]|against\s+(?:Torture|the\s+Illicit|Doping|Discrimination|the\s+Taking)\b)",
        r"|\b(?:Geneva|Hague|Framework)\s+Conventions?\b|\bParis\s+Agreement\b)",
        r"|(?P<untoc>Convention\s+against\s+Transnational\s+Organized\s+Crime|Organized\s+Crime\s+Convention|\bUNTOC\b)",
        r"|(?P<uncac>Convention\s+against\s+Corruption|\bUNCAC\b)"
    )
);

/// A convention named in the text: where its name starts and ends, and
/// which it is (`None`: a treaty that is neither of ours).
pub(super) type ConventionName = (usize, usize, Option<Instrument>);

/// Every convention name of `text`, in order (found once per document).
pub(super) fn convention_names(text: &str) -> Vec<ConventionName> {
    let mut out = Vec::new();
    CONVENTION_NAME.with(|re| {
        for (from, to) in name_windows(text) {
            let mut at = from;
            while let Some(m) = re.find_at(&text[..to], at) {
                out.push(classify(m.start(), m.end(), m.as_str()));
                at = if m.end() > m.start() {
                    m.end()
                } else {
                    m.end() + 1
                };
                if at >= to {
                    break;
                }
            }
        }
    });
    out
}

/// Every convention name holds one of these words, and reaches at most
/// [`NAME_BEFORE`] bytes before it (one qualifier: "Council of Europe
/// Convention", "Organized Crime Convention") and [`NAME_AFTER`] after its
/// start ("Convention against Transnational Organized Crime"), spaces
/// included.
const NAME_KEYS: [&str; 4] = ["Convention", "UNCAC", "UNTOC", "Agreement"];
const NAME_BEFORE: usize = 40;
const NAME_AFTER: usize = 72;

/// The stretches of `text` that can hold a convention name: one around
/// each key word, merged where they touch. The pattern runs on these only,
/// not on every byte of the document (it was a tenth of extraction time).
fn name_windows(text: &str) -> Vec<(usize, usize)> {
    static KEYS: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
        std::sync::LazyLock::new(|| {
            NAME_KEYS
                .iter()
                .map(|k| memchr::memmem::Finder::new(k.as_bytes()))
                .collect()
        });
    // A SIMD search per key word (the commonest, "Convention", is met every
    // few hundred bytes in a Conference text): then in text order.
    let mut keys: Vec<usize> = KEYS
        .iter()
        .flat_map(|f| f.find_iter(text.as_bytes()))
        .filter(|&k| may_be_named_here(text, k))
        .collect();
    keys.sort_unstable();
    let mut windows: Vec<(usize, usize)> = Vec::new();
    for k in keys {
        let from = floor_boundary(text, k.saturating_sub(NAME_BEFORE));
        let to = ceil_boundary(text, k + NAME_AFTER);
        match windows.last_mut() {
            Some(w) if from <= w.1 => w.1 = w.1.max(to),
            _ => windows.push((from, to)),
        }
    }
    windows
}

/// The gate before the pattern: a "Convention" at `k` can be part of a
/// name only after a qualifier of [`CONVENTION_NAME`] ("Inter-American",
/// "Council of Europe", "Organized Crime", "Geneva", ...) or before the
/// words that go on with one ("against", "on", "for", "relating",
/// "relative", "concerning"); "the Convention," — most of them — is not.
/// The other key words are rare and always looked at.
fn may_be_named_here(text: &str, k: usize) -> bool {
    let rest = &text[k..];
    let Some(after) = rest.strip_prefix("Convention") else {
        return true;
    };
    let after = after.strip_prefix('s').unwrap_or(after).trim_start();
    let next = after
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    let before = text[..k].trim_end();
    let prev = before
        .rsplit(|c: char| !(c.is_ascii_alphabetic() || c == '-'))
        .next()
        .unwrap_or("");
    matches!(
        next,
        "against" | "on" | "for" | "relating" | "relative" | "concerning"
    ) || matches!(
        prev,
        "Inter-American"
            | "American"
            | "Union"
            | "Arab"
            | "Europe"
            | "Law"
            | "OECD"
            | "Anti-Bribery"
            | "Crime"
            | "Geneva"
            | "Hague"
            | "Framework"
    )
}

/// Which convention a name is, from its own words (whatever the spaces
/// between them: a wrapped name).
fn classify(start: usize, end: usize, name: &str) -> ConventionName {
    let w: Vec<&str> = name.split_whitespace().collect();
    let has = |a: &str, b: &str| w.windows(2).any(|p| p == [a, b]);
    let inst = if has("Organized", "Crime") || w == ["UNTOC"] {
        Some(Instrument::Untoc)
    } else if has("against", "Corruption") || w == ["UNCAC"] {
        Some(Instrument::Uncac)
    } else {
        None
    };
    (start, end, inst)
}

/// Which convention the article or chapter mention at `[start, end)` is
/// of, given the one the recogniser read (`read`, from the mention's own
/// words when `own_words`: "of the United Nations Convention against
/// Corruption", "of the former", "thereof") and the convention names of
/// the text (`names`); `None` when it is of another treaty.
///
/// Otherwise "the Convention" (or an article with no instrument words) is
/// of the treaty the passage named last: in a General Assembly draft on
/// racism, "article 4 of the Convention" after "the International
/// Convention on the Elimination of All Forms of Racial Discrimination" is
/// that treaty's, and "abide scrupulously by the provisions of the
/// Convention, in particular article 49" after "the Geneva Convention
/// relative to the Protection of Civilian Persons in Time of War" the
/// Geneva Convention's. Another treaty named earlier in the mention's
/// `scope` (from where it starts: the paragraph, or in a document of the
/// Conference or its subsidiary bodies, `conference`, only the sentence)
/// wins. Beyond it, in a document of the Conference the recogniser's
/// reading stands (the Convention against Corruption: "the Inter-American
/// Convention against Corruption. He called for the generation of
/// synergies between the Convention, ..." goes on about ours), and
/// elsewhere it stands only when the text named one of ours last (a
/// General Assembly text on corruption).
pub(super) fn convention_of(
    names: &[ConventionName],
    (scope, start): (usize, usize),
    read: Instrument,
    own_words: bool,
    conference: bool,
) -> Option<Instrument> {
    if own_words {
        return Some(read);
    }
    let k = names.partition_point(|n| n.0 < start);
    let last = k.checked_sub(1).map(|j| names[j]);
    match last {
        Some((a, _, None)) if a >= scope => None,
        _ if conference => Some(read),
        Some((_, _, Some(_))) => Some(read),
        _ => None,
    }
}

static_re!(
    /// The words after an article list that name its convention themselves:
    /// one of ours by name, or one named before ("of the former", "that
    /// Convention", "thereof").
    OWN_INSTRUMENT_WORDS,
    r"Convention\s+against\s+(?:Corruption|Transnational)|Organized\s+Crime\s+Convention|\bUNCAC\b|\bUNTOC\b|\b(?:former|latter|thereof)\b|\b(?:that|this|same|said)\s+Convention\b"
);

/// Whether the words of a mention (`words`) name its convention
/// themselves (see [`OWN_INSTRUMENT_WORDS`]).
pub(super) fn names_its_instrument(words: &str) -> bool {
    OWN_INSTRUMENT_WORDS.is_match(words)
}

/// "article 46 ... paragraph 2 of that article": the article named last is
/// taken if it was named at most this many bytes of clean text before
/// (about half a page); further back, the pinpoint is dropped.
const ARTICLE_REACH: usize = 2000;

/// The article that article item `raw` (of a mention starting at `start`)
/// names, with `last` the last article named (number, instrument, where),
/// which it updates; `None` for an article-less pinpoint with no article in
/// reach.
/// `convention`: the convention the passage says the article is of (see
/// [`convention_of`]), for an article named by number.
pub(super) fn article_id(
    start: usize,
    raw: &Raw,
    convention: Option<Instrument>,
    last: &mut Option<(u16, Instrument, usize)>,
) -> Option<Id> {
    let Raw::Article {
        instrument,
        article,
        paragraph,
        sub,
    } = raw
    else {
        return None;
    };
    let (inst, art) = match article {
        Some(a) => (convention.unwrap_or(*instrument), *a),
        None => match *last {
            Some((a, inst, at)) if start - at < ARTICLE_REACH => (inst, a),
            _ => return None,
        },
    };
    *last = Some((art, inst, start));
    Some(Id::Article {
        instrument: inst,
        article: art,
        paragraph: paragraph.clone(),
        sub: sub.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The windows find what a search of the whole text finds, in every
    /// document of the corpus and the annotated sets.
    #[test]
    fn windows_find_every_convention_name() {
        for text in crate::recognise::tests::corpus_texts() {
            let whole: Vec<ConventionName> = CONVENTION_NAME.with(|re| {
                re.find_iter(&text)
                    .map(|m| classify(m.start(), m.end(), m.as_str()))
                    .collect()
            });
            assert_eq!(convention_names(&text), whole);
        }
    }

    /// A/C.3/80/L.2: "Encourages those States that have made reservations
    /// to article 4 of the Convention" after "the International Convention
    /// on the Elimination of All Forms of Racial Discrimination": no article
    /// of ours in a General Assembly text; in a Conference text, ours once
    /// the paragraph of the other treaty is over.
    #[test]
    fn the_convention_is_the_one_named_last() {
        let t = "Recalling the International Convention on the Elimination of All Forms of Racial Discrimination,\n\n8. Encourages reservations to article 4 of the Convention";
        let names = convention_names(t);
        assert_eq!(names.len(), 1);
        assert_eq!(names[0].2, None);
        let at = t.find("article 4").unwrap();
        let para = t.find("8.").unwrap();
        assert_eq!(
            convention_of(&names, (para, at), Instrument::Uncac, false, false),
            None
        );
        assert_eq!(
            convention_of(&names, (para, at), Instrument::Uncac, false, true),
            Some(Instrument::Uncac)
        );
        // In the same paragraph the other treaty wins in any document.
        assert_eq!(
            convention_of(&names, (0, at), Instrument::Uncac, false, true),
            None
        );
        // Words naming ours win.
        assert_eq!(
            convention_of(&names, (0, at), Instrument::Uncac, true, false),
            Some(Instrument::Uncac)
        );
    }

    #[test]
    fn regional_conventions_against_corruption_are_not_ours() {
        let t = "the Inter-American Convention against Corruption and the United Nations Convention against Corruption";
        let kinds: Vec<_> = convention_names(t).iter().map(|n| n.2).collect();
        assert_eq!(kinds, [None, Some(Instrument::Uncac)]);
        // "the Convention for the establishment of ..." names no treaty.
        assert!(
            convention_names("article 6 of the Convention for the establishment of bodies")
                .is_empty()
        );
        assert!(names_its_instrument("articles 43 to 50 of the former"));
        assert!(!names_its_instrument("article 4 of the Convention"));
    }
}
