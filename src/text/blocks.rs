//! Blocks: the paragraphs of the clean text as the resolver and the
//! evidence read them. A paragraph hard-wrapped by a PDF converter is one
//! block, as is a paragraph on one line; blank lines, table rows, numbered
//! items and footnotes stand apart; a sentence cut by a page break (blank
//! lines, a running footer, a footnote printed in the middle) is bridged.

use super::sentence::{SENTENCE_WINDOW, block_sentence_starts};
use super::{
    Footnote, continues_sentence, ends_inside_sentence, ends_on_a_function_word, footnote_at,
    is_page_furniture, lines, starts_numbered_item,
};
use crate::pattern::back;
use std::cell::{Cell, OnceCell};

/// A block's start and end, and the start of a sentence in it.
pub type SentenceAround = (usize, usize, usize);

/// The blocks of one clean text, with each block's sentence starts found
/// when first asked for (most blocks hold no mention and never are).
pub struct Blocks<'t> {
    text: &'t str,
    /// Start of every block, in text order; the first is 0.
    starts: Vec<usize>,
    /// (start of a block, end of the line whose sentence it resumes) for
    /// blocks that go on with a sentence a footnote interrupted.
    bridges: Vec<(usize, usize)>,
    sentences: Vec<OnceCell<Vec<usize>>>,
    /// The last answer of [`Self::sentence_around`], and what it was for.
    last_sentence: Cell<Option<(usize, SentenceAround)>>,
    gaps: Vec<(usize, usize)>,
    /// Lines that repeat a title as a running header.
    running: Vec<(usize, usize)>,
}

/// `s` with its white space folded to single spaces.
fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `line` has the words of `folded` (single-spaced), and no others.
/// Compared word by word, without allocating: most lines differ at once.
fn same_words(line: &str, folded: &str) -> bool {
    let mut words = line.split_whitespace();
    folded.split(' ').all(|w| words.next() == Some(w)) && words.next().is_none()
}

/// Whether `line` ends with the words of `folded`.
fn ends_with_words(line: &str, folded: &str) -> bool {
    let mut words = line.split_whitespace().rev();
    folded.rsplit(' ').all(|w| words.next() == Some(w))
}

impl<'t> Blocks<'t> {
    /// Whether `pos` is on a line that repeats a title as a running header:
    /// a mention there was read where the title stands.
    pub fn in_running_title(&self, pos: usize) -> bool {
        let k = self.running.partition_point(|&(a, _)| a <= pos);
        k > 0 && pos < self.running[k - 1].1
    }

    /// The blocks of `text`, whose footnote lines are `footnotes` (in text
    /// order) and whose own symbol, repeated in running headers, is `own`.
    pub fn new(text: &'t str, footnotes: &[Footnote], own: Option<&str>) -> Self {
        Self::with_titles(text, footnotes, own, &[])
    }

    /// [`Self::new`], where a line that is one of `titles` (the document's
    /// and its resolutions' titles) is a running header too: "A/RES/80/213
    /// [...] Terrorism and human rights [...] 25-20975 [...] 2/8" heads each
    /// page, and a list cut by it ("42/18 of [page] 26 September 2019,8
    /// 45/11 ...") goes on across it.
    pub fn with_titles(
        text: &'t str,
        footnotes: &[Footnote],
        own: Option<&str>,
        titles: &[&str],
    ) -> Self {
        let folded: Vec<String> = titles
            .iter()
            .filter(|t| t.split_whitespace().count() <= RUNNING_TITLE_WORDS)
            .map(|t| fold(t))
            .collect();
        // A title's lines after its first: the running headers. (The first
        // is where the title stands, and its references are read there.)
        let mut running = Vec::new();
        if !folded.is_empty() {
            let all: Vec<(usize, usize)> = lines(text).collect();
            let content = |(a, b): (usize, usize)| !text[a..b].trim().is_empty();
            // The page furniture next to line `i` (the nearest non-blank
            // line before or after it): a running title sits among it.
            let among_furniture = |i: usize| {
                let furniture = |l: Option<&(usize, usize)>| {
                    l.is_some_and(|&(a, b)| is_page_furniture(&text[a..b], own))
                };
                furniture(all[..i].iter().rev().find(|&&l| content(l)))
                    || furniture(all[i + 1..].iter().find(|&&l| content(l)))
            };
            let mut seen = vec![false; folded.len()];
            // A line can only be or end with a title if it ends with a
            // title's last byte: one table look-up a line before any other.
            let mut last_bytes = [false; 256];
            for t in &folded {
                if let Some(&c) = t.as_bytes().last() {
                    last_bytes[usize::from(c)] = true;
                }
            }
            for (i, &(a, b)) in all.iter().enumerate() {
                let t = text[a..b].trim_end();
                if !t
                    .as_bytes()
                    .last()
                    .is_some_and(|&c| last_bytes[usize::from(c)])
                {
                    continue;
                }
                for (k, title) in folded.iter().enumerate() {
                    if same_words(t, title) {
                        if seen[k] && among_furniture(i) {
                            running.push((a, b));
                        }
                        seen[k] = true;
                    } else if !seen[k] && ends_with_words(t, title) {
                        // Where the title stands after its number ("80/213.
                        // Terrorism and human rights").
                        seen[k] = true;
                    }
                }
            }
        }
        let mut scan = BlockScan {
            text,
            footnotes,
            own,
            running: &running,
            starts: vec![0],
            bridges: Vec::new(),
            prev_solo: true,
            tab: 0,
            open_sentence: false,
            open_end: None,
            footnote_between: false,
            in_footnote: false,
            gaps: Vec::new(),
            last_end: 0,
            last_open: false,
            last_hard: false,
        };
        let mut footnote_starts = footnotes.iter().map(|f| f.start).peekable();
        for (a, b) in lines(text) {
            if scan.tab < a {
                scan.tab =
                    memchr::memchr(b'\t', &text.as_bytes()[a..]).map_or(usize::MAX, |k| a + k);
            }
            if scan.bridges_page_break(a, b) {
                continue;
            }
            while footnote_starts.next_if(|&f| f < a).is_some() {}
            scan.line(a, b, footnote_starts.peek() == Some(&a));
        }
        let sentences = scan.starts.iter().map(|_| OnceCell::new()).collect();
        Blocks {
            text,
            starts: scan.starts,
            bridges: scan.bridges,
            sentences,
            last_sentence: Cell::new(None),
            gaps: scan.gaps,
            running,
        }
    }

    /// Where a sentence is cut by what a page break prints inside it
    /// (blank lines, footers, the page's footnotes): (end of the line
    /// before, start of the line that goes on), in text order. A list that
    /// runs across a page ("70/139 of 17 December\n[footnotes, footer]\n
    /// 2015, 71/179 of 19 December 2016") is read across them.
    pub fn gaps(&self) -> &[(usize, usize)] {
        &self.gaps
    }

    /// The index of the block holding `pos`.
    pub fn block_of(&self, pos: usize) -> usize {
        self.starts.partition_point(|&s| s <= pos) - 1
    }

    /// The bounds of block `k`: its start, and its end (the `\n` before the
    /// next block, or the end of the text).
    pub fn block_bounds(&self, k: usize) -> (usize, usize) {
        let ls = self.starts[k];
        let le = self.starts.get(k + 1).map_or(self.text.len(), |&n| n - 1);
        (ls, le)
    }

    /// The bounds of the block holding `pos`.
    pub fn around(&self, pos: usize) -> (usize, usize) {
        self.block_bounds(self.block_of(pos))
    }

    /// The block around `pos` and where its sentence starts:
    /// `(ls, le, ss)`. The checks on one mention ask about its start again
    /// and again, so the last answer is kept.
    pub fn sentence_around(&self, pos: usize) -> SentenceAround {
        if let Some((p, found)) = self.last_sentence.get()
            && p == pos
        {
            return found;
        }
        let (ls, le) = self.around(pos);
        let found = (ls, le, self.sentence_start(ls, pos));
        self.last_sentence.set(Some((pos, found)));
        found
    }

    /// Where the sentence containing `pos` starts, within the block that
    /// starts at `ls` (the block holding `pos`) and at most
    /// [`SENTENCE_WINDOW`] back.
    pub fn sentence_start(&self, ls: usize, pos: usize) -> usize {
        let floor = ls.max(back(self.text, pos, SENTENCE_WINDOW));
        let k = self.block_of(pos);
        debug_assert_eq!(self.starts[k], ls);
        let starts = self.sentences[k].get_or_init(|| {
            let (ls, le) = self.block_bounds(k);
            block_sentence_starts(self.text, ls, le)
        });
        let i = starts.partition_point(|&b| b <= pos);
        match i.checked_sub(1).map(|i| starts[i]) {
            Some(b) if b > floor => b,
            // No sentence starts in this block before `pos`: where a footnote
            // interrupted the sentence, it started before the footnote.
            _ if floor == ls => match self.bridges.binary_search_by_key(&ls, |&(a, _)| a) {
                Ok(j) => {
                    let e = self.bridges[j].1;
                    let (pls, _) = self.around(e);
                    self.sentence_start(pls, e)
                }
                Err(_) => floor,
            },
            _ => floor,
        }
    }
}

/// The walk over the lines that finds the blocks. Blocks are runs of
/// non-blank lines: a paragraph hard-wrapped by a PDF converter is one
/// block, as is a paragraph on one line. Blank lines and table rows
/// (tab-separated cells) stand alone.
/// A running title has at most this many words (a long title is not
/// repeated in page headers).
const RUNNING_TITLE_WORDS: usize = 12;

struct BlockScan<'a> {
    text: &'a str,
    footnotes: &'a [Footnote],
    own: Option<&'a str>,
    /// Lines that repeat a title as a page's running header (see
    /// [`Blocks::with_titles`]), in text order.
    running: &'a [(usize, usize)],
    starts: Vec<usize>,
    bridges: Vec<(usize, usize)>,
    /// The line before was blank or a table row.
    prev_solo: bool,
    /// The next tab at or after the line: one search per tab, not per line.
    tab: usize,
    /// The last non-blank line ended inside a sentence: a blank line after
    /// it is a page break (or a converter's gap), not a paragraph end, when
    /// the next non-blank line goes on in lower case ("... in which it
    /// directed the\n\nWorking Group" is not; "... to initiate the\n\nprocess
    /// of identifying" is).
    open_sentence: bool,
    /// "... to initiate the\n\n¹ United Nations, Treaty Series ...\n\nprocess
    /// of identifying": a footnote printed inside a sentence at a page break.
    /// The footnote stays a block of its own; the block after it resumes the
    /// sentence left open at `open_end`.
    open_end: Option<usize>,
    footnote_between: bool,
    /// The line is a footnote's or goes on with one ("1  See Official
    /// Records ..., \nchap. II, sect. A."): until a blank line.
    in_footnote: bool,
    gaps: Vec<(usize, usize)>,
    /// The end of the last line of body text (not a footnote's), and
    /// whether it stopped inside a sentence.
    last_end: usize,
    last_open: bool,
    /// That line stops on a word no sentence ends with.
    last_hard: bool,
}

impl BlockScan<'_> {
    /// A line that starts with a printable ASCII byte is not blank.
    fn is_blank(&self, (a, b): (usize, usize)) -> bool {
        !self
            .text
            .as_bytes()
            .get(a)
            .is_some_and(|&c| c > b' ' && c.is_ascii())
            && self.text[a..b].trim().is_empty()
    }

    /// A running header or footer at line `a..b`: page furniture, or a
    /// title repeated on a line of its own.
    fn furniture(&self, a: usize, b: usize) -> bool {
        is_page_furniture(&self.text[a..b], self.own) || self.running.binary_search(&(a, b)).is_ok()
    }

    /// What a page break leaves between the halves of a sentence: blank
    /// lines and running footers or headers ("V.21-00912  9/64", the
    /// document's own symbol).
    fn is_gap(&self, l: (usize, usize)) -> bool {
        self.is_blank(l) || self.furniture(l.0, l.1)
    }

    /// The first line after `b` that is not a gap; looked for only at a gap
    /// after an open sentence.
    fn next_content(&self, b: usize) -> Option<(usize, usize)> {
        let from = (b + 1).min(self.text.len());
        lines(&self.text[from..])
            .map(|(x, y)| (x + from, y + from))
            .find(|&l| !self.is_gap(l))
    }

    /// Whether line `a..b` is a page break's blank line or running footer
    /// inside an open sentence, which the sentence's block runs across.
    fn bridges_page_break(&self, a: usize, b: usize) -> bool {
        let blank = self.is_blank((a, b));
        let furniture = !blank && self.open_end.is_some() && self.furniture(a, b);
        if (furniture || blank && self.open_sentence)
            && self.tab >= b
            && self.next_content(b).is_some_and(|(c, d)| {
                footnote_at(self.footnotes, c).is_none()
                    && (continues_sentence(&self.text[c..d]) || self.last_hard)
            })
        {
            return true;
        }
        // A running footer between a footnote and the rest of its sentence.
        furniture
    }

    /// Takes line `a..b` (a footnote's first line when `footnote_starts`):
    /// records a bridge over a footnote, and starts a block where one starts.
    fn line(&mut self, a: usize, b: usize, footnote_starts: bool) {
        let line = &self.text[a..b];
        let blank = self.is_blank((a, b));
        self.in_footnote = footnote_starts || (self.in_footnote && !blank);
        if !blank {
            self.open_sentence = ends_inside_sentence(line);
            let hard_before = self.last_hard;
            if !self.in_footnote {
                if self.last_open
                    && a > self.last_end + 1
                    && (continues_sentence(line) || self.last_hard)
                {
                    self.gaps.push((self.last_end, a));
                }
                self.last_end = b;
                self.last_open = self.open_sentence;
                self.last_hard = ends_on_a_function_word(line);
            }
            if self.in_footnote {
                self.footnote_between |= self.open_end.is_some();
            } else {
                if self.footnote_between
                    && let Some(e) = self.open_end
                    && (continues_sentence(line) || hard_before)
                {
                    self.bridges.push((a, e));
                }
                self.footnote_between = false;
                self.open_end = (self.open_sentence && self.tab >= b).then_some(b);
            }
        }
        let solo = blank || self.tab < b;
        // "4. Follow-up to ...\n5. Provisional agenda for the tenth
        // session.": each numbered item of a list is a paragraph of its own,
        // as is each footnote ("¹ See X, sect. A.\n² Y.": no verb carries over).
        if a > 0 && (solo || self.prev_solo || starts_numbered_item(line) || footnote_starts) {
            self.starts.push(a);
        }
        self.prev_solo = solo;
    }
}
