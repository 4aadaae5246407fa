//! Blocks: the paragraphs of the clean text as the resolver and the
//! evidence read them. A paragraph hard-wrapped by a PDF converter is one
//! block, as is a paragraph on one line; blank lines, table rows, numbered
//! items and footnotes stand apart; a sentence cut by a page break (blank
//! lines, a running footer, a footnote printed in the middle) is bridged.

use super::sentence::{SENTENCE_WINDOW, block_sentence_starts};
use super::{
    Footnote, continues_sentence, ends_inside_sentence, footnote_at, is_page_furniture, lines,
    starts_numbered_item,
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
}

impl<'t> Blocks<'t> {
    /// The blocks of `text`, whose footnote lines are `footnotes` (in text
    /// order) and whose own symbol, repeated in running headers, is `own`.
    pub fn new(text: &'t str, footnotes: &[Footnote], own: Option<&str>) -> Self {
        // Blocks of non-blank lines: a paragraph hard-wrapped by a PDF
        // converter is one block, as is a paragraph on one line. Blank lines
        // and table rows (tab-separated cells) stand alone.
        let ct = text.as_bytes();
        let mut clean_line_starts = vec![0];
        let mut prev_solo = true;
        // The next tab at or after `a`: one search per tab, not one per line.
        let mut tab = 0;
        // Footnote starts, in text order, passed as the lines go by.
        let mut footnote_starts = footnotes.iter().map(|f| f.start).peekable();
        // A line that starts with a printable ASCII byte is not blank.
        let is_blank = |(a, b): (usize, usize)| {
            !ct.get(a).is_some_and(|&c| c > b' ' && c.is_ascii()) && text[a..b].trim().is_empty()
        };
        // What a page break leaves between the halves of a sentence: blank
        // lines and running footers or headers ("V.21-00912  9/64", the
        // document's own symbol).
        let is_gap = |l: (usize, usize)| is_blank(l) || is_page_furniture(&text[l.0..l.1], own);
        // The last non-blank line ended inside a sentence: a blank line
        // after it is a page break (or a converter's gap), not a paragraph
        // end, when the next non-blank line goes on in lower case
        // ("... in which it directed the\n\nWorking Group" is not; "... to
        // initiate the\n\nprocess of identifying" is).
        let mut open_sentence = false;
        // "... to initiate the\n\n¹ United Nations, Treaty Series ...\n\nprocess
        // of identifying": a footnote printed inside a sentence at a page
        // break. The footnote stays a block of its own; the block after it
        // resumes the sentence left open at `open_end`.
        let mut bridges: Vec<(usize, usize)> = Vec::new();
        let mut open_end: Option<usize> = None;
        let mut footnote_between = false;
        // The first line after `b` that is not a gap; looked for only at a
        // gap after an open sentence.
        let next_content = |b: usize| {
            let from = (b + 1).min(text.len());
            lines(&text[from..])
                .map(|(x, y)| (x + from, y + from))
                .find(|&l| !is_gap(l))
        };
        for (a, b) in lines(text) {
            if tab < a {
                tab = memchr::memchr(b'\t', &ct[a..]).map_or(usize::MAX, |k| a + k);
            }
            let line = &text[a..b];
            let blank = is_blank((a, b));
            let furniture = !blank && open_end.is_some() && is_page_furniture(line, own);
            if (furniture || blank && open_sentence)
                && tab >= b
                && next_content(b).is_some_and(|(c, d)| {
                    footnote_at(footnotes, c).is_none() && continues_sentence(&text[c..d])
                })
            {
                continue;
            }
            if furniture {
                // Between a footnote and the rest of its sentence.
                continue;
            }
            while footnote_starts.next_if(|&f| f < a).is_some() {}
            let footnote_starts_here = footnote_starts.peek() == Some(&a);
            if !blank {
                open_sentence = ends_inside_sentence(line);
                if footnote_starts_here {
                    footnote_between |= open_end.is_some();
                } else {
                    if footnote_between
                        && let Some(e) = open_end
                        && continues_sentence(line)
                    {
                        bridges.push((a, e));
                    }
                    footnote_between = false;
                    open_end = (open_sentence && tab >= b).then_some(b);
                }
            }
            let solo = blank || tab < b;
            // "4. Follow-up to ...\n5. Provisional agenda for the tenth
            // session.": each numbered item of a list is a paragraph of its own,
            // as is each footnote ("¹ See X, sect. A.\n² Y.": no verb carries over).
            if a > 0 && (solo || prev_solo || starts_numbered_item(line) || footnote_starts_here) {
                clean_line_starts.push(a);
            }
            prev_solo = solo;
        }
        let sentences = clean_line_starts.iter().map(|_| OnceCell::new()).collect();
        Blocks {
            text,
            starts: clean_line_starts,
            bridges,
            sentences,
            last_sentence: Cell::new(None),
        }
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
