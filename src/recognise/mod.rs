//! Finds mentions in the clean text with one compiled multi-pattern automaton
//! (regex-automata's meta regex over all anchor patterns), then reads each
//! mention's structure (enumerations, ranges, pinpoints, trailing issuer or
//! instrument) with small anchored parsers, one file per kind of mention:
//! [`resolution`], [`article`] (with paragraphs and pinpoints), [`chapter`],
//! [`session`], [`symbol`], [`anaphor`]; [`instrument`] reads the instrument
//! words after an article or chapter list. Nothing here decides issuers of
//! "its", sources or relations: that is `resolve`.
//!
//! ```
//! use uncite::{model::Raw, recognise::recognise};
//! let m = recognise("Recalling its resolutions 4/2 of 28 October 2011, 5/3 of 29 November 2013 and 6/2 and 6/3 of 6 November 2015,");
//! assert_eq!(m.len(), 1);
//! assert_eq!(m[0].items.len(), 4);
//! ```

use crate::gated_re;
use crate::model::Mention;
use crate::names::special_sessions::TopicIndex;
use crate::pattern::{after_space, next_word};
use anchors::{Anchors, P_ANAPHOR, P_ART, P_CHAP, P_PARA, P_RES, P_SESSION, P_SPECIAL, P_SYM};

mod anaphor;
mod anchors;
mod article;
mod chapter;
mod instrument;
mod lex;
mod resolution;
mod session;
mod symbol;

pub use symbol::find_symbols;

// Gates of the anchored patterns below (see `pattern::Gated`): each says
// what a match must start with.
fn starts_digit(r: &str) -> bool {
    r.starts_with(|c: char| c.is_ascii_digit())
}

fn starts_with_any(r: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| r.starts_with(p))
}

/// `^\s*(?:to|through|-|–)`: a range continues.
fn starts_range(r: &str) -> bool {
    starts_with_any(after_space(r), &["to", "through", "-", "–"])
}

/// `^,?\s+of\s+`.
fn next_word_of(r: &str) -> bool {
    next_word(r) == "of"
}

fn is_paragraph_keyword(w: &str) -> bool {
    let w = w.strip_prefix("sub").unwrap_or(w);
    matches!(w, "paragraph" | "paragraphs" | "para" | "paras")
}

gated_re!(BODY_AFTER_OF, next_word_of, r"^,?\s+of\s+the\s+");

/// All mentions in `text`, in order.
pub fn recognise(text: &str) -> Vec<Mention> {
    recognise_across(text, &[])
}

/// All mentions in `text`, in order, where a list may go on across the
/// page-break `gaps` of [`crate::text::Blocks::gaps`]. What the page prints
/// inside such a list (its footnotes) is read for mentions of its own.
pub fn recognise_across(text: &str, gaps: &[(usize, usize)]) -> Vec<Mention> {
    let mut out = Vec::new();
    // A list that went on across a gap: the gap's end, and the list's end.
    // Anchors inside the gap are read; from the gap's end on, the list's
    // own words are not read again.
    let mut across: Option<(usize, usize)> = None;
    let mut crossed = false;
    let mut pos = 0;
    let mut anchors = Anchors::new(text);
    // Topic words for special sessions: found once, when one is met.
    let topics = std::cell::OnceCell::new();
    while pos < text.len() {
        let Some(m) = anchors.find(pos) else {
            break;
        };
        let (s, e) = (m.start(), m.end());
        if let Some((gap_end, list_end)) = across
            && s >= gap_end
        {
            across = None;
            if s < list_end {
                pos = list_end;
                continue;
            }
        }
        let parsed = match m.pattern().as_usize() {
            P_RES => resolution::parse_resolution(text, s, gaps),
            P_ART => article::parse_article(text, s),
            P_PARA => article::parse_paragraph_first(text, s),
            P_CHAP => chapter::parse_chapter(text, s),
            P_SYM => symbol::parse_symbol(text, s, e),
            P_SPECIAL => session::parse_special_session(
                text,
                s,
                e,
                topics.get_or_init(|| TopicIndex::new(text)),
            ),
            P_SESSION => session::parse_session(text, s, e),
            P_ANAPHOR => anaphor::parse_anaphor(text, s, e),
            _ => None,
        };
        match parsed {
            Some(mention) => {
                pos = mention.end.max(s + 1);
                // The first gap the list crossed: read it, then go on after the list.
                let k = gaps.partition_point(|&(g, _)| g < mention.start);
                if let Some(&(g, a)) = gaps.get(k)
                    && a < mention.end
                {
                    across = Some((a, mention.end));
                    crossed = true;
                    pos = g.max(s + 1);
                }
                out.push(mention);
            }
            None => {
                // Try again just past this anchor's first word.
                pos = next_boundary(text, s);
            }
        }
    }
    // A gap's mentions came after the list that crossed it.
    if crossed {
        out.sort_by_key(|m| m.start);
    }
    out
}

fn next_boundary(text: &str, s: usize) -> usize {
    let rest = &text[s..];
    let k = rest
        .char_indices()
        .skip(1)
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(rest.len(), |(k, _)| k);
    s + k.max(1)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::Raw;

    /// The clean text of every document of the bundled corpus and the
    /// held-out sets: where the hand-written parts are checked against the
    /// patterns they stand for.
    pub(crate) fn corpus_texts() -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts = Vec::new();
        for dir in [
            "data/corpus",
            "tests/annotated/unseen",
            "tests/annotated/unseen2",
            "tests/annotated/unseen3",
            "tests/annotated/unseen4",
            "tests/annotated/unseen5",
            "tests/annotated/real-a",
            "tests/annotated/real-b",
            "tests/annotated/real-c",
        ] {
            for e in std::fs::read_dir(root.join(dir)).unwrap() {
                let p = e.unwrap().path();
                if p.extension().is_some_and(|x| x == "txt" || x == "md") {
                    let raw = std::fs::read_to_string(&p).unwrap();
                    texts.push(crate::normalise::Clean::new(&raw).text);
                }
            }
        }
        assert!(texts.len() > 20);
        texts
    }

    /// The corpus texts, read once for every gate test.
    static TEXTS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(corpus_texts);

    /// Every gate is a necessary condition: wherever its pattern matches in
    /// the bundled corpus and the held-out sets (each start tried, overlapping
    /// ones too), the gate says yes. Each pattern must match somewhere
    /// (`SYMBOL_DASH_TAIL`, whose ranges the corpus lacks, excepted).
    pub(crate) fn assert_gates_pass(gated: &[(&str, &crate::pattern::Gated)]) {
        for (name, g) in gated {
            let anchored = g.re.as_str();
            let free = regex::Regex::new(anchored.strip_prefix('^').expect("anchored")).unwrap();
            let mut matches = 0;
            for t in TEXTS.iter() {
                let mut at = 0;
                while let Some(m) = free.find_at(t, at) {
                    if g.re.is_match(&t[m.start()..]) {
                        matches += 1;
                        assert!(
                            (g.gate)(&t[m.start()..]),
                            "{name}'s gate refuses a match: {:?}",
                            &t[m.start()..m.end()]
                        );
                    }
                    at = m.start() + t[m.start()..].chars().next().map_or(1, char::len_utf8);
                }
            }
            assert!(
                matches > 0 || *name == "SYMBOL_DASH_TAIL",
                "{name} never matched"
            );
        }
    }

    /// The items of every mention in `text`.
    pub(crate) fn raws(text: &str) -> Vec<Raw> {
        recognise(text)
            .into_iter()
            .flat_map(|m| m.items)
            .map(|i| i.raw)
            .collect()
    }

    #[test]
    fn gates_pass_wherever_their_pattern_matches() {
        assert_gates_pass(&[("BODY_AFTER_OF", &BODY_AFTER_OF)]);
    }
}
