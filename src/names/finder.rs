//! Where body names are: the leftmost-first match of the body-name patterns
//! at or after a position, found without running an automaton over every
//! byte.
//!
//! An unanchored search of the multi-pattern automaton scanned every byte
//! with the lazy DFA and then scanned each match backwards for its start.
//! But every body name starts, at a word boundary, with one of a few words
//! ("Conference", "Open", "Working", "expert", "General", ...): a SIMD
//! literal search (Teddy) finds those words, and the names' forward DFA runs
//! anchored at each in text order. A match found at an earlier start wins
//! over later ones, and at one start the anchored search picks the
//! earliest-listed name as the unanchored one does, so the first hit that
//! matches gives the same match. The tests below check this against an
//! unanchored search of the names' multi-pattern regex.

use super::BODY_NAMES;
use crate::pattern::{is_word_byte, starts_word};
use aho_corasick::packed;
use regex_automata::{Anchored, Input, Match, hybrid};
use std::cell::RefCell;
use std::sync::LazyLock;

/// Each body name as a pattern: pattern IDs are registry order, and
/// leftmost-first picks the earlier name at a position, as an alternation
/// would.
fn patterns() -> Vec<String> {
    BODY_NAMES
        .iter()
        .map(|(p, _)| crate::pattern::ascii(&format!(r"\b(?:{p})(?:\b|{CALL}\b)")))
        .collect()
}

/// A footnote call glued to a name's last word ("the twenty-\nthird special
/// session of the General Assembly13 and", A/RES/80/216): the name ends
/// before it. No name of ours ends in a digit.
const CALL: &str = "[0-9]{1,3}";

/// `m` without a glued footnote call (see [`CALL`]).
fn without_call(text: &str, m: Match) -> Match {
    let name = &text.as_bytes()[m.start()..m.end()];
    let digits = name.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits == name.len() {
        return m;
    }
    Match::new(m.pattern(), m.start()..m.end() - digits)
}

/// Whether a word ending at `i` ends there or with a footnote call glued to
/// it (see [`CALL`]).
fn word_ends(b: &[u8], i: usize) -> bool {
    let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    digits <= 3 && !b.get(i + digits).is_some_and(|&c| is_word_byte(c))
}

/// The names' forward lazy DFA alone, searched anchored: a match starts
/// where the search does, so the meta regex's reverse scan, prefilter and
/// dispatch are not needed (they doubled the cost of a search this short).
static BODY_DFA: LazyLock<hybrid::dfa::DFA> =
    LazyLock::new(|| hybrid::dfa::DFA::new_many(&patterns()).expect("body names compile"));

thread_local! {
    /// Each thread's own cache (see `pattern::LocalMeta`).
    static BODY_CACHE: RefCell<hybrid::dfa::Cache> = RefCell::new(BODY_DFA.create_cache());
}

/// The body name starting exactly at `x`, with the DFA and a cache.
fn name_at(
    dfa: &hybrid::dfa::DFA,
    cache: &mut hybrid::dfa::Cache,
    text: &str,
    x: usize,
) -> Option<Match> {
    let input = Input::new(text).range(x..).anchored(Anchored::Yes);
    // ASCII word boundaries never make the DFA quit, and with no limit on
    // cache clears it never gives up.
    let end = dfa
        .try_search_fwd(cache, &input)
        .expect("the body-name DFA does not fail")?;
    Some(without_call(
        text,
        Match::new(end.pattern(), x..end.offset()),
    ))
}

/// The first word of every name of `BODY_NAMES` (a whole ASCII word: what
/// follows it in a name is a space, a hyphen or the name's end). A word
/// missing here loses the names starting with it: a new name needs an
/// example in the tests' `NAMES` (a test says so), which checks its word.
const FIRST_WORDS: &[&str] = &[
    "Conference",
    "Commission",
    "Open",
    "open",
    "Intergovernmental",
    "Working",
    "expert",
    "Expert",
    "meeting",
    "meetings",
    "Implementation",
    "General",
    "Economic",
    "Human",
    "Security",
    "Group",
    "Assembly",
];

/// Leftmost-longest, so that "meetings" is reported whole and the word-end
/// check below can reject "experts", "Generally", "Groups".
fn searcher(words: &[&str]) -> packed::Searcher {
    packed::Config::new()
        .match_kind(packed::MatchKind::LeftmostLongest)
        .builder()
        .extend(words)
        .build()
        .expect("a packed searcher takes sixteen literals")
}

static FIRST_WORD_SEARCH: LazyLock<packed::Searcher> = LazyLock::new(|| searcher(FIRST_WORDS));

/// The leftmost-first body name starting at or after `pos`, as one
/// unanchored search of the automaton from `pos` would find it.
pub fn find(text: &str, pos: usize) -> Option<Match> {
    find_with(&FIRST_WORD_SEARCH, text, pos)
}

fn find_with(words: &packed::Searcher, text: &str, pos: usize) -> Option<Match> {
    let b = text.as_bytes();
    let mut from = pos;
    BODY_CACHE.with_borrow_mut(|cache| {
        while let Some(hit) = words.find_in(text, aho_corasick::Span::from(from..text.len())) {
            let x = hit.start();
            let whole_word = word_ends(b, hit.end());
            if whole_word
                && starts_word(b, x)
                && let Some(m) = name_at(&BODY_DFA, cache, text, x)
            {
                return Some(m);
            }
            from = x + 1;
        }
        None
    })
}

/// The body name starting exactly at `pos`.
pub fn at(text: &str, pos: usize) -> Option<Match> {
    BODY_CACHE.with_borrow_mut(|cache| name_at(&BODY_DFA, cache, text, pos))
}

#[cfg(test)]
crate::meta_re!(
    /// The unanchored search of all names the literal scan replaces, kept
    /// as its oracle.
    BODY_RE,
    || regex_automata::meta::Regex::new_many(&patterns()).expect("body names compile")
);

#[cfg(test)]
pub fn find_by_scan(text: &str, pos: usize) -> Option<Match> {
    BODY_RE
        .search(&Input::new(text).range(pos..))
        .map(|m| without_call(text, m))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    type Found = Option<(usize, usize, usize)>;

    fn key(m: Option<Match>) -> Found {
        m.map(|m| (m.start(), m.end(), m.pattern().as_usize()))
    }

    /// Both searches from every character boundary of `text`, and the
    /// anchored search at it. The oracle is
    /// searched again only past the start of its last match: from anywhere
    /// up to that start, the leftmost match is that one.
    fn agree_everywhere(words: &packed::Searcher, text: &str) -> Result<usize, String> {
        let mut want: Found = None;
        let mut fresh_until = 0;
        let mut checked = 0;
        for pos in (0..=text.len()).filter(|&p| text.is_char_boundary(p)) {
            if pos == 0 || pos > fresh_until {
                want = key(find_by_scan(text, pos));
                fresh_until = want.map_or(text.len(), |w| w.0);
            }
            let got = key(find_with(words, text, pos));
            let here = key(at(text, pos));
            let want_here = key(BODY_RE
                .search(&Input::new(text).range(pos..).anchored(Anchored::Yes))
                .map(|m| without_call(text, m)));
            if got != want || here != want_here {
                return Err(format!(
                    "from {pos}: {got:?} != {want:?} or at it {here:?} != {want_here:?} in {:?}",
                    &text[pos..(pos + 200).min(text.len())]
                ));
            }
            checked += 1;
        }
        Ok(checked)
    }

    /// The clean texts of the corpora, with the seed documents when present
    /// (they live outside the repository).
    fn texts() -> Vec<String> {
        let mut texts = crate::recognise::tests::corpus_texts();
        let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
        for e in std::fs::read_dir(seeds).into_iter().flatten() {
            let p = e.unwrap().path();
            if let Ok(raw) = std::fs::read_to_string(&p) {
                texts.push(crate::normalise::Clean::new(&raw).text);
            }
        }
        texts
    }

    #[test]
    fn literal_scan_finds_what_the_automaton_finds_in_every_document() {
        let mut n = 0;
        let mut names = 0;
        for t in texts() {
            n += agree_everywhere(&FIRST_WORD_SEARCH, &t).unwrap();
            names += std::iter::successors(find(&t, 0), |m| find(&t, m.end())).count();
        }
        assert!(n > 500_000, "only {n} searches compared");
        assert!(names > 1500, "only {names} names found");
    }

    /// One name for each first word, and some that are not names.
    const NAMES: &str = "the Conference of the Parties to the United Nations Convention \
        against Transnational Organized Crime; the Commission on Crime Prevention and Criminal \
        Justice; the Commission on Narcotic Drugs; the Commission on Human Rights; \
        the Conference of the States Parties; the Open-ended Intergovernmental \
        Working Group on Asset Recovery; the open-ended intergovernmental expert meeting \
        on international cooperation; the meetings of experts on international cooperation; \
        the meeting of experts to enhance international cooperation; the Expert Meeting; \
        the Intergovernmental Working Group on the Prevention of Corruption; Working Group on \
        Asset Recovery; the Implementation Review Group; the General Assembly; the Economic \
        and Social Council; the Human Rights Council; the Security Council; the Group; \
        the Assembly; the Working Group; the Conference; Experts, Generally, Groups, Assemblyman, Humane, Conferences.";

    #[test]
    fn every_first_word_is_needed() {
        assert_eq!(
            agree_everywhere(&FIRST_WORD_SEARCH, NAMES).map(|_| ()),
            Ok(())
        );
        for i in 0..FIRST_WORDS.len() {
            let mut broken = FIRST_WORDS.to_vec();
            let dropped = broken.remove(i);
            assert!(
                agree_everywhere(&searcher(&broken), NAMES).is_err(),
                "without {dropped:?}, still the same"
            );
        }
    }

    /// So that `every_first_word_is_needed` speaks for every name.
    #[test]
    fn every_name_has_an_example() {
        let found: std::collections::BTreeSet<usize> =
            std::iter::successors(find_by_scan(NAMES, 0), |m| find_by_scan(NAMES, m.end()))
                .map(|m| m.pattern().as_usize())
                .collect();
        assert_eq!(found, (0..BODY_NAMES.len()).collect());
    }

    #[test]
    fn names_at_the_edges() {
        for t in [
            "Group",
            "the Group",
            "Assembly.",
            "éGeneral Assembly",
            "_General Assembly",
            "xGeneral Assembly",
            "General Assemblyé",
            "General Assembly_",
            "Open-ended Working Group",
            "Open-ended Intergovernmental Working Group on Asset Recovery",
            "meetings of experts on international cooperation",
        ] {
            agree_everywhere(&FIRST_WORD_SEARCH, t).unwrap();
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn literal_scan_agrees_on_word_soup(words in proptest::collection::vec(
            (
                prop::sample::select(vec![
                    "Conference", "conference", "CONFERENCE", "Conferences", "of", "the", "The",
                    "States", "Parties", "to", "United", "Nations", "Convention", "against",
                    "Corruption", "Open-ended", "open-ended", "Open", "open", "ended", "-ended",
                    "Intergovernmental", "intergovernmental", "Working", "working", "Group",
                    "Groups", "group", "on", "Asset", "Recovery", "Prevention", "expert", "Expert",
                    "experts", "Experts", "meeting", "meetings", "Meeting", "meetingsx", "convened",
                    "enhance", "international", "cooperation", "Implementation", "Review",
                    "General", "Generally", "Assembly", "Economic", "and", "Social", "Council",
                    "Human", "Rights", "Security", "World", "room", "\u{e9}", "\u{e9}Group",
                    "Group\u{e9}", "_", "x", "xGroup", "Group_", "1", "(", ")", "\u{17f}",
                ]),
                prop::sample::select(vec![
                    " ", " ", " ", "", ", ", ".", ";", "\n", "\n\n", "-", " \u{2013} ", "\t",
                    "\x0B", "  ", "\u{a0}",
                ]),
            ),
            0..16,
        )) {
            let text: String = words.iter().flat_map(|(w, s)| [*w, *s]).collect();
            let r = agree_everywhere(&FIRST_WORD_SEARCH, &text);
            prop_assert!(r.is_ok(), "{:?}", r);
        }
    }
}
