//! Resolutions and decisions whose text stands in the document, with their
//! extents: "Resolution 7/1" headings, "Resolution adopted by the General
//! Assembly" followed by "70/174. Title", and the section headings that end
//! a run of them.

use super::lines::after_indent;
use super::toc::toc_entry;
use super::{Layout, Unit};
use crate::id::Id;
use crate::names::numbers::{RES_NUMBER_RE, SC_NUMBER_RE, may_start_res_number};
use crate::names::{Body, body_at_start, sc_number};
use crate::static_re;
use crate::text::ends_inside_sentence;

static_re!(
    UNIT_HEADING,
    &format!(r"^\s*(Resolution|Decision)\s+({RES_NUMBER_RE}|{SC_NUMBER_RE})\s*$")
);

static_re!(
    /// The head of "70/174. Doha Declaration ..." (under "Resolution adopted
    /// by the General Assembly", or a table-of-contents line): the number and
    /// where the title starts. See [`numbered_title`] for the rest.
    NUMBERED_HEAD,
    &format!(r"^\s*({RES_NUMBER_RE})\.\s+(\S)")
);

/// `^\s*(NUMBER)\.\s+(\S.*?)(?:\t\s*\d+)?\s*$` on a line: the number and
/// the title without a table-of-contents page number ("5/382. Strengthening
/// ...<TAB>3"). The lazy title made the regex run a backtracker over the
/// whole line for its captures (~12k instructions a line); only the head
/// needs a pattern, the tail is found from the end of the line.
fn numbered_title(line: &str) -> Option<(&str, &str)> {
    let c = NUMBERED_HEAD.captures(line)?;
    let rest = &line[c.get(2)?.start()..];
    Some((c.get(1)?.as_str(), &rest[..title_len(rest)]))
}

/// The length of `(\S.*?)` in `(\S.*?)(?:\t\s*\d+)?\s*$` on `rest`, which
/// starts with a non-space: the shortest title the rest of the pattern
/// accepts. That ends at a tab starting the final run of spaces before a
/// trailing page number, else at the last non-space.
fn title_len(rest: &str) -> usize {
    let b = rest.as_bytes();
    let is_space = |c: &u8| matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ');
    let end = b.len() - b.iter().rev().take_while(|c| is_space(c)).count();
    let digits = b[..end]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if digits > 0 {
        let d = end - digits;
        let w = d - b[..d].iter().rev().take_while(|c| is_space(c)).count();
        if let Some(k) = b[w..d].iter().position(|&c| c == b'\t')
            && w + k > 0
        {
            return w + k;
        }
    }
    end
}

static_re!(
    ADOPTED_BY,
    r"^\s*(Resolution|Decision)s?\s+adopted\s+by\s+the\s+(.*?)(?:\s+on\s+.*)?$"
);

static_re!(
    /// Section headings that close a run of resolutions: "II. Introduction",
    /// "B. Decisions", "Annex".
    SECTION_HEADING,
    r"^\s*(?:(?:[IVX]+|[A-H])\.\s+\S|Annex(?:es)?\b)"
);

/// Where the units are: "Resolution 7/1" / "Decision 7/1" headings, or a
/// GA-style "Resolution adopted by the General Assembly" followed by
/// "70/174. Title"; a numbered title line with neither before it is a
/// table-of-contents entry. Each unit runs to the next, or to a section
/// heading that closes a run of resolutions.
pub(super) fn units(text: &str, all_lines: &[(usize, usize)], layout: &mut Layout) {
    let mut scan = UnitScan {
        text,
        all_lines,
        issuer: layout.header.body.unwrap_or(Body::Cosp),
        open: None,
        adopted_by: None,
    };
    for (li, &(a, b)) in all_lines.iter().enumerate() {
        scan.line(layout, li, a, b);
    }
}

/// The state of the walk over the lines that finds units.
struct UnitScan<'t> {
    text: &'t str,
    all_lines: &'t [(usize, usize)],
    /// Whose unnumbered-by-year headings these are: the header's body.
    issuer: Body,
    /// The unit still open (its index in `layout.units`).
    open: Option<usize>,
    /// "Resolution adopted by the General Assembly": the body (and whether
    /// a decision) of the numbered title expected next.
    adopted_by: Option<(Body, bool)>,
}

impl UnitScan<'_> {
    fn line(&mut self, layout: &mut Layout, li: usize, a: usize, b: usize) {
        let line = &self.text[a..b];
        // Each pattern runs only on lines that start as it must: most lines
        // are prose or numbered paragraphs, which no pattern here matches.
        let t = after_indent(line);
        let unit_word = t.starts_with(b"Resolution") || t.starts_with(b"Decision");
        if unit_word && let Some(c) = UNIT_HEADING.captures(line) {
            self.heading(layout, li, (a, b), &c[1] == "Resolution", &c[2]);
            return;
        }
        if unit_word && let Some(c) = ADOPTED_BY.captures(line) {
            if let Some(body) = body_at_start(&c[2]) {
                self.adopted_by = Some((body, &c[1] == "Decision"));
            }
            return;
        }
        if may_start_res_number(t)
            && let Some((number, title)) = numbered_title(line)
        {
            self.numbered(layout, li, (a, b), number, title);
            return;
        }
        if self.open.is_some()
            && matches!(t.first(), Some(b'I' | b'V' | b'X' | b'A'..=b'H'))
            && SECTION_HEADING.is_match(line)
            && !is_enumerated_paragraph(line)
        {
            self.close(layout, a);
        }
    }

    /// Ends the open unit, if any, at `at`.
    fn close(&mut self, layout: &mut Layout, at: usize) {
        if let Some(i) = self.open.take() {
            layout.units[i].end = at;
        }
    }

    /// Opens a unit headed by the line `heading`.
    fn open_unit(
        &mut self,
        layout: &mut Layout,
        id: Id,
        title: Option<String>,
        heading: (usize, usize),
    ) {
        layout.skip.push(heading);
        layout.units.push(Unit {
            id,
            title,
            start: heading.0,
            end: self.text.len(),
            heading,
        });
        self.open = Some(layout.units.len() - 1);
    }

    /// The first non-blank line from line `from` on.
    fn nonblank(&self, from: usize) -> Option<usize> {
        self.all_lines[from..]
            .iter()
            .position(|&(a, b)| !self.text[a..b].trim().is_empty())
            .map(|k| from + k)
    }

    /// The line a heading on line `li` is titled by: the next non-blank
    /// one, past the footnotes and the running footer and header of a page
    /// break (a PDF's heading at the foot of a page, its title on the next:
    /// "Resolution 7/5", "¹¹ Ibid., ...", "V.17-08797 (E) 19/68",
    /// "CAC/COSP/2017/14", "Promoting preventive measures ...").
    fn title_after(&self, layout: &Layout, li: usize) -> Option<usize> {
        let own = layout.header.symbol.as_deref();
        let mut k = self.nonblank(li + 1)?;
        for _ in 0..12 {
            let (x, y) = self.all_lines[k];
            let line = self.text[x..y].trim_matches(|c: char| c.is_whitespace() || c == '\x0c');
            let note = layout.footnote_at(x).is_some();
            if !note && !crate::text::is_page_furniture(line, own) {
                return Some(k);
            }
            k = self.nonblank(k + 1)?;
        }
        None
    }

    /// "Resolution 7/1" on line `li`: a unit, titled by the next non-blank
    /// line (past a page break).
    fn heading(
        &mut self,
        layout: &mut Layout,
        li: usize,
        (a, b): (usize, usize),
        resolution: bool,
        number: &str,
    ) {
        self.close(layout, a);
        let (number, issuer) = match sc_number(number) {
            Some(n) => (n.to_string(), Body::Sc),
            None => (number.to_string(), self.issuer),
        };
        let id = if resolution {
            Id::Resolution { issuer, number }
        } else {
            Id::Decision { issuer, number }
        };
        // "Adopted by the Security Council at its 10042nd meeting, on
        // ...": no title.
        let title_line = self
            .title_after(layout, li)
            .map(|k| self.all_lines[k])
            .filter(|&(x, y)| !self.text[x..y].trim_start().starts_with("Adopted by"));
        let title = title_line.map(|(x, y)| self.text[x..y].trim().to_string());
        if let Some((x, y)) = title_line {
            layout.skip.push((x, y));
        }
        self.open_unit(layout, id, title, (a, b));
    }

    /// "70/174. Doha Declaration ...": a unit after "Resolution adopted by",
    /// else (outside any unit, not a wrapped sentence) a table-of-contents
    /// entry.
    fn numbered(
        &mut self,
        layout: &mut Layout,
        li: usize,
        (a, b): (usize, usize),
        number: &str,
        title: &str,
    ) {
        if let Some((body, decision)) = self.adopted_by.take() {
            self.close(layout, a);
            let number = number.to_string();
            let id = if decision {
                Id::Decision {
                    issuer: body,
                    number,
                }
            } else {
                Id::Resolution {
                    issuer: body,
                    number,
                }
            };
            self.open_unit(layout, id, Some(title.trim().to_string()), (a, b));
        } else if self.open.is_none() && !continues_previous_line(self.text, self.all_lines, li) {
            toc_entry(self.text, &self.all_lines[..li], number, title, layout);
            layout.skip.push((a, b));
        }
    }
}

/// "(a) To promote ..." and "A. Resolutions" look alike only at a glance: a
/// one-letter heading is followed by a capitalised title without a period.
fn is_enumerated_paragraph(line: &str) -> bool {
    line.trim_start().starts_with('(')
}

/// Whether line `li` goes on with the sentence of the line before it ("...
/// pursuant to resolutions 2/4 and\n3/2. In its resolution 10/5"): that line
/// ends on a lower-case word or a comma. A table-of-contents line does not.
fn continues_previous_line(text: &str, all_lines: &[(usize, usize)], li: usize) -> bool {
    li.checked_sub(1)
        .is_some_and(|k| ends_inside_sentence(&text[all_lines[k].0..all_lines[k].1]))
}

/// "Chapter V" alone on its line: the document's own chapter heading,
/// not the Convention's.
pub(super) fn skip_chapter_headings(
    text: &str,
    all_lines: &[(usize, usize)],
    skip: &mut Vec<(usize, usize)>,
) {
    for &(a, b) in all_lines {
        // Most lines fail on their first byte.
        if !matches!(
            text.as_bytes()[a..b]
                .iter()
                .find(|c| !c.is_ascii_whitespace()),
            Some(b'C')
        ) {
            continue;
        }
        let t = text[a..b].trim();
        if let Some(n) = t
            .strip_prefix("Chapter ")
            .or_else(|| t.strip_prefix("CHAPTER "))
        {
            let n = n.trim_end_matches('.');
            if !n.is_empty() && n.len() <= 5 && n.bytes().all(|c| matches!(c, b'I' | b'V' | b'X')) {
                skip.push((a, b));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalise::Clean;
    use crate::text::lines;

    /// A heading at the foot of a PDF page is titled by the first line of
    /// prose on the next page, past the footnotes, footer and header.
    #[test]
    fn a_title_after_a_page_break_skips_the_page_furniture() {
        let text = "CAC/COSP/2017/14\n\nThe Conference,\n\nResolution 7/5\n\n\n¹¹ Ibid., vol. 2225, No. 39574.\n\nV.17-08797 (E)        19/68\n\x0cCAC/COSP/2017/14\n\nPromoting preventive measures against corruption\n\nThe Conference of the States Parties,\n";
        let layout = crate::segment::segment(text, &Clean::new(text));
        let titles: Vec<_> = layout.units.iter().map(|u| u.title.clone()).collect();
        assert_eq!(
            titles,
            [Some(
                "Promoting preventive measures against corruption".to_string()
            )]
        );
    }

    /// The single pattern `numbered_title` replaces, as the oracle.
    fn oracle(line: &str) -> Option<(String, String)> {
        crate::pattern::compile(&format!(
            r"^\s*({RES_NUMBER_RE})\.\s+(\S.*?)(?:\t\s*\d+)?\s*$"
        ))
        .captures(line)
        .map(|c| (c[1].to_string(), c[2].to_string()))
    }

    fn fast(line: &str) -> Option<(String, String)> {
        numbered_title(line).map(|(n, t)| (n.to_string(), t.to_string()))
    }

    #[test]
    fn numbered_title_agrees_with_the_pattern() {
        let lines = [
            // Table of contents of the report of the seventh session.
            "5/382. Strengthening mutual legal assistance for international cooperation and asset recovery\t3",
            "7/1. Strengthening mutual legal assistance for international cooperation and asset recovery\t3",
            "  7/2.\tPreventing and combating corruption in all its forms more effectively\t \t12 ",
            "70/174. Doha Declaration on Integrating Crime Prevention and Criminal Justice",
            "S-32/1. Our common commitment to effectively addressing challenges",
            "7/8A. Corruption in sport",
            "7/1. Title\twith a tab inside\t27",
            "7/1. Title ending in a year 2017",
            "7/1. Title ending in a year\t2017\t",
            "7/1. 12",
            "7/1. 3\t5",
            "7/1. a\t 12 ",
            "7/1. Title\t\t",
            "7/1. “Quoted title”\t9",
            "7/1. Title \u{a0}\t4",
            "12345/1. Too many digits",
            "7/1.Title without a space",
            "7/1.   ",
            "12. The Conference adopted the resolution.",
            "Resolution 7/1",
        ];
        for line in lines {
            assert_eq!(fast(line), oracle(line), "{line:?}");
        }
    }

    #[test]
    fn numbered_title_agrees_on_the_corpus() {
        for f in std::fs::read_dir("data/corpus").unwrap() {
            let path = f.unwrap().path();
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let clean = Clean::new(&text);
            for (a, b) in lines(&clean.text) {
                let line = &clean.text[a..b];
                assert_eq!(fast(line), oracle(line), "{line:?}");
                let t = after_indent(line);
                if oracle(line).is_some() {
                    assert!(may_start_res_number(t), "{line:?}");
                }
            }
        }
    }
}
