//! Governing verbs and connectives ("cues"), and the relation each stands
//! for: "Recalling its resolution 6/2" recalls it, "pursuant to article 63"
//! acts under it. [`VERBS`] is the one table, a row a phrase and language;
//! [`Verbs`] is that table compiled, at start-up, into what the resolver's
//! scan asks at each word start.
//!
//! Adding a verb is adding a row: `(En, "commending", Welcomes)`.

use crate::model::Relation;
use crate::model::Relation::{
    ActsUnder, Adopts, Decides, Endorses, Notes, Reaffirms, Recalls, Refers, Requests, TakesNote,
    Welcomes,
};
use std::sync::LazyLock;

/// The language of a phrase (see `names::lang`). Every language-specific
/// phrase is keyed by one, so that the rows of another language are added
/// beside these.
pub use super::lang::Lang;

use Lang::En;

/// A row: a phrase of a language that, before a mention in its sentence,
/// stands for a relation (which verb of those before a mention governs it is
/// the resolver's question).
///
/// A phrase is words separated by single spaces. In a text each space stands
/// for any run of white space ("took\nnote of"), and `*` for any one word
/// ("take note with appreciation of"). Words are ASCII letters, compared
/// without case, and match whole words only: "see" is not in "seen", and
/// "requests" alone is no cue ("requests the" is). No phrase matches where
/// another one does (a test checks it), so the order of the rows does not
/// matter.
pub type Verb = (Lang, &'static str, Relation);

/// The cues, by relation.
pub const VERBS: &[Verb] = &[
    // "Taking note of the report", "took note with appreciation of".
    (En, "take note of", TakesNote),
    (En, "takes note of", TakesNote),
    (En, "taking note of", TakesNote),
    (En, "taken note of", TakesNote),
    (En, "took note of", TakesNote),
    (En, "take note with * of", TakesNote),
    (En, "takes note with * of", TakesNote),
    (En, "taking note with * of", TakesNote),
    (En, "taken note with * of", TakesNote),
    (En, "took note with * of", TakesNote),
    // "and taking note also of its resolution ES-10/23" (A/80/L.16).
    (En, "take note also of", TakesNote),
    (En, "takes note also of", TakesNote),
    (En, "taking note also of", TakesNote),
    (En, "taken note also of", TakesNote),
    (En, "took note also of", TakesNote),
    // "Recalling its resolution 6/2".
    (En, "recall", Recalls),
    (En, "recalls", Recalls),
    (En, "recalled", Recalls),
    (En, "recalling", Recalls),
    // "Reaffirming its resolution 4/3".
    (En, "reaffirm", Reaffirms),
    (En, "reaffirms", Reaffirms),
    (En, "reaffirmed", Reaffirms),
    (En, "reaffirming", Reaffirms),
    // "Welcoming the adoption of resolution 8/1".
    (En, "welcome", Welcomes),
    (En, "welcomes", Welcomes),
    (En, "welcomed", Welcomes),
    (En, "welcoming", Welcomes),
    // "endorsed the recommendations of the Group".
    (En, "endorse", Endorses),
    (En, "endorses", Endorses),
    (En, "endorsed", Endorses),
    (En, "endorsing", Endorses),
    // "adopted resolution 9/1" (not "adopt": "to adopt" is an infinitive).
    (En, "adopts", Adopts),
    (En, "adopted", Adopts),
    (En, "adopting", Adopts),
    // "requested in resolution 11/1", "Requests the secretariat" (not
    // "requests" alone: a noun as often as a verb).
    (En, "requested", Requests),
    (En, "requesting", Requests),
    (En, "requests the", Requests),
    (En, "requests states", Requests),
    (En, "requests that", Requests),
    // "Decides that its tenth session".
    (En, "decide", Decides),
    (En, "decides", Decides),
    (En, "decided", Decides),
    (En, "deciding", Decides),
    // "referred to in article 63", "see CAC/COSP/2019/4", "reference was
    // made to chapter IV".
    (En, "refer to", Refers),
    (En, "refers to", Refers),
    (En, "referred to", Refers),
    (En, "referring to", Refers),
    (En, "see", Refers),
    (En, "reference was made to", Refers),
    (En, "reference is made to", Refers),
    (En, "reference has been made to", Refers),
    (En, "reference had been made to", Refers),
    (En, "reference was also made to", Refers),
    (En, "reference is also made to", Refers),
    (En, "reference has been also made to", Refers),
    (En, "reference had been also made to", Refers),
    (En, "made reference to", Refers),
    (En, "with reference to", Refers),
    // Connectives: "pursuant to article 63", "under chapter IV", "as
    // provided for in article 4".
    (En, "pursuant to", ActsUnder),
    (En, "in accordance with", ActsUnder),
    (En, "in line with", ActsUnder),
    (En, "in compliance with", ActsUnder),
    (En, "consistent with", ActsUnder),
    (En, "in conformity with", ActsUnder),
    (En, "in implementation of", ActsUnder),
    (En, "as provided for in", ActsUnder),
    (En, "as provided for under", ActsUnder),
    (En, "as provided for by", ActsUnder),
    (En, "as foreseen in", ActsUnder),
    (En, "as foreseen under", ActsUnder),
    (En, "as foreseen by", ActsUnder),
    (En, "as envisaged in", ActsUnder),
    (En, "as envisaged under", ActsUnder),
    (En, "as envisaged by", ActsUnder),
    (En, "as set out in", ActsUnder),
    (En, "as set out under", ActsUnder),
    (En, "as set out by", ActsUnder),
    (En, "as called for in", ActsUnder),
    (En, "as called for under", ActsUnder),
    (En, "as called for by", ActsUnder),
    (En, "as required in", ActsUnder),
    (En, "as required under", ActsUnder),
    (En, "as required by", ActsUnder),
    (En, "as mandated in", ActsUnder),
    (En, "as mandated under", ActsUnder),
    (En, "as mandated by", ActsUnder),
    (En, "under", ActsUnder),
    // "Noting with concern", "notes that" (not "notes" alone: a noun).
    (En, "noted", Notes),
    (En, "noting", Notes),
    (En, "notes with", Notes),
    (En, "notes that", Notes),
];

/// The cues of English, compiled when first used.
pub static EN: LazyLock<Verbs> = LazyLock::new(|| Verbs::new(En));

/// [`VERBS`] of one language as a tree of words: each phrase's first word a
/// root, found by its first two letters; the words after it children.
pub struct Verbs {
    /// Entry [`key`]`(a, b)`: bit [`letter_bit`]`(c)` is set when a phrase
    /// starts with the letters a, b, c (bit 0, any non-letter, after a
    /// two-letter word such as "in"). Most words of a text fail here.
    third: [u32; 1024],
    /// The roots by [`key`] of their first two letters: a range of `nodes`.
    roots: [(u16, u16); 1024],
    nodes: Vec<Node>,
}

/// A word of a phrase: the relation where the phrase ends there, else the
/// words that may follow (a range of [`Verbs::nodes`]).
struct Node {
    /// Lower case; `*` is any word.
    word: &'static [u8],
    relation: Option<Relation>,
    children: (u16, u16),
}

/// An index of two ASCII letters, either case.
fn key(a: u8, b: u8) -> usize {
    ((a & 31) as usize) << 5 | (b & 31) as usize
}

/// A byte's bit in [`Verbs::third`]: a letter by its number (`& 31`, the
/// same in either case), anything else bit 0.
fn letter_bit(c: u8) -> u32 {
    if c.is_ascii_alphabetic() {
        1 << (c & 31)
    } else {
        1
    }
}

/// The end of the word (ASCII letters, digits, `_`) starting at `i`.
fn word_end(h: &[u8], i: usize) -> usize {
    let rest = h.get(i..).unwrap_or_default();
    i + rest
        .iter()
        .position(|&b| !crate::pattern::is_word_byte(b))
        .unwrap_or(rest.len())
}

/// The end of the white space starting at `i`.
fn space_end(h: &[u8], i: usize) -> usize {
    let rest = h.get(i..).unwrap_or_default();
    i + rest
        .iter()
        .position(|&b| !crate::pattern::is_space_byte(b))
        .unwrap_or(rest.len())
}

impl Node {
    /// Whether text word `w` (not empty) is this word, ASCII case ignored:
    /// `| 0x20` lower-cases a letter and turns no other byte into one.
    fn matches(&self, w: &[u8]) -> bool {
        self.word == b"*"
            || (w.len() == self.word.len() && w.iter().zip(self.word).all(|(&a, &b)| a | 0x20 == b))
    }
}

impl Verbs {
    /// The rows of `lang` compiled: a tree in which each node's children
    /// are one range, the roots grouped by their first two letters.
    pub fn new(lang: Lang) -> Verbs {
        // The tree, built with a list of children per node (node 0 the root).
        let mut tree: Vec<(&[u8], Option<Relation>, Vec<usize>)> = vec![(b"", None, Vec::new())];
        for &(_, phrase, relation) in VERBS.iter().filter(|r| r.0 == lang) {
            let mut at = 0;
            for w in phrase.split(' ').map(str::as_bytes) {
                at = match tree[at].2.iter().find(|&&c| tree[c].0 == w) {
                    Some(&c) => c,
                    None => {
                        tree.push((w, None, Vec::new()));
                        let c = tree.len() - 1;
                        tree[at].2.push(c);
                        c
                    }
                };
            }
            tree[at].1 = Some(relation);
        }
        let mut roots = std::mem::take(&mut tree[0].2);
        roots.sort_by_key(|&n| key(tree[n].0[0], tree[n].0[1]));
        tree[0].2 = roots;
        let first = |n: usize| key(tree[n].0[0], tree[n].0[1]);
        // Laid out level by level, each node's children side by side.
        let mut order = vec![0];
        let mut k = 0;
        while k < order.len() {
            order.extend_from_slice(&tree[order[k]].2);
            k += 1;
        }
        let mut place = vec![0; tree.len()];
        for (p, &n) in order.iter().enumerate() {
            place[n] = p;
        }
        let range = |c: &[usize]| match c {
            [] => (0, 0),
            [a, ..] => (place[*a] as u16, (place[*a] + c.len()) as u16),
        };
        let nodes = order
            .iter()
            .map(|&n| Node {
                word: tree[n].0,
                relation: tree[n].1,
                children: range(&tree[n].2),
            })
            .collect();
        let mut third = [0; 1024];
        let mut roots = [(0, 0); 1024];
        for &n in &tree[0].2 {
            let w = tree[n].0;
            third[first(n)] |= letter_bit(w.get(2).copied().unwrap_or(b' '));
            let (a, _) = roots[first(n)];
            let start = if a == 0 { place[n] as u16 } else { a };
            roots[first(n)] = (start, place[n] as u16 + 1);
        }
        Verbs {
            third,
            roots,
            nodes,
        }
    }

    /// Whether a cue may start at word start `i` of `h`: most words ("the",
    /// "and", "resolution") fail on their first three bytes, without a call.
    #[inline]
    pub fn may_open(&self, h: &[u8], i: usize) -> bool {
        let byte = |k: usize| h.get(i + k).copied().unwrap_or(b' ');
        let (a, b) = (h[i], byte(1));
        a.is_ascii_alphabetic()
            && b.is_ascii_alphabetic()
            && self.third[key(a, b)] & letter_bit(byte(2)) != 0
    }

    /// The cue starting at word start `i` of `h`, if any: its end and
    /// relation. The end of `h` ends a word. Not inlined: inlined, the
    /// caller's block loop was unrolled into a copy per bit.
    #[inline(never)]
    pub fn at(&self, h: &[u8], i: usize) -> Option<(usize, Relation)> {
        let (a, b) = self.roots[key(h[i], *h.get(i + 1)?)];
        self.first_of(a, b, h, i)
    }

    /// The cue whose word at `i` is one of nodes `[a, b)`, and whose words
    /// after it follow.
    fn first_of(&self, a: u16, b: u16, h: &[u8], i: usize) -> Option<(usize, Relation)> {
        let e = word_end(h, i);
        if e == i {
            return None;
        }
        let w = &h[i..e];
        self.nodes[a as usize..b as usize]
            .iter()
            .filter(|n| n.matches(w))
            .find_map(|n| match n.relation {
                Some(r) => Some((e, r)),
                None => {
                    let j = space_end(h, e);
                    (j > e).then(|| self.first_of(n.children.0, n.children.1, h, j))?
                }
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(phrase: &str) -> Vec<&str> {
        phrase.split(' ').collect()
    }

    #[test]
    fn phrases_are_lower_case_words() {
        for &(_, phrase, _) in VERBS {
            for w in words(phrase) {
                assert!(
                    w == "*" || (!w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase())),
                    "{phrase:?}"
                );
            }
            // The first word is found by its first two letters.
            assert!(words(phrase)[0].len() >= 2, "{phrase:?}");
        }
    }

    /// No phrase matches where another does: neither is the other's start,
    /// a free word matching any word. So the rows' order does not matter,
    /// and a phrase ends where no other goes on.
    #[test]
    fn no_phrase_overlaps_another() {
        for (k, &(la, a, _)) in VERBS.iter().enumerate() {
            for &(lb, b, _) in &VERBS[k + 1..] {
                let (a, b) = (words(a), words(b));
                let overlap = la == lb
                    && a.iter()
                        .zip(&b)
                        .all(|(x, y)| x == y || *x == "*" || *y == "*");
                assert!(!overlap, "{a:?} and {b:?}");
            }
        }
    }

    #[test]
    fn every_row_is_found_in_any_case_and_spacing() {
        for &(_, phrase, relation) in VERBS {
            let text = phrase.replace('*', "appreciation");
            for t in [text.clone(), text.to_uppercase(), text.replace(' ', "\n  ")] {
                let h = format!("{t} x");
                assert!(EN.may_open(h.as_bytes(), 0), "{t:?}");
                assert_eq!(EN.at(h.as_bytes(), 0), Some((t.len(), relation)), "{t:?}");
                // Cut right after the phrase: the end of the text ends a word.
                assert_eq!(EN.at(t.as_bytes(), 0), Some((t.len(), relation)), "{t:?}");
                // Not a whole word: no cue.
                assert_eq!(EN.at(format!("{t}_").as_bytes(), 0), None, "{t:?}");
            }
        }
    }
}
