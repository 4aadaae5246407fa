//! Footnotes: lines that start with a superscript number (`¹`,
//! `<sup>1</sup>`) or an asterisk, or with a plain number under a page's
//! footnote rule, and their calls earlier in the text.

use super::{Footnote, Layout};
use crate::normalise::Clean;

/// Footnote lines start with a superscript number (`¹`, `<sup>1</sup>`) or an
/// asterisk; their call is the same mark earlier in the text.
pub(super) fn footnotes(
    original: &str,
    clean: &Clean,
    all_lines: &[(usize, usize)],
    layout: &mut Layout,
) {
    let bytes = original.as_bytes();
    let own = layout.header.symbol.clone();
    // Between a footnote rule and the page's footer (see `ruled_mark`).
    let mut under_rule = false;
    // The original start of each footnote line, for its call.
    let mut line_starts = Vec::new();
    // Lines come in order: their original offsets are found walking the
    // run list once, not by a binary search per line.
    let mut origs = clean.orig_cursor();
    for &(a, b) in all_lines {
        if b <= a {
            continue;
        }
        let o = origs.orig(a);
        // A clean line usually starts its original line: no search back.
        let oa = if o == 0 || bytes[o - 1] == b'\n' {
            o
        } else {
            original[..o].rfind('\n').map_or(0, |k| k + 1)
        };
        let clean_line = &clean.text[a..b];
        if under_rule || is_footnote_rule(clean_line) {
            under_rule = !crate::text::is_page_furniture(clean_line, own.as_deref())
                || is_footnote_rule(clean_line);
            if let Some(mark) = ruled_mark(clean_line).filter(|_| under_rule) {
                layout.footnotes.push(Footnote {
                    mark: mark.to_string(),
                    start: a,
                    end: b,
                    call: None,
                });
                line_starts.push(oa);
                continue;
            }
        }
        if !may_open_footnote(bytes.get(oa).copied()) {
            continue;
        }
        let orig_line = &original[oa..original[oa..].find('\n').map_or(original.len(), |k| oa + k)];
        let t = orig_line.trim_start();
        let mark: String = if let Some(rest) = t.strip_prefix("<sup>") {
            rest.chars().take_while(|c| c.is_ascii_digit()).collect()
        } else if is_asterisk_footnote(t) {
            "*".to_string()
        } else {
            t.chars()
                .map_while(crate::text::superscript_digit)
                .collect()
        };
        if mark.is_empty() {
            continue;
        }
        layout.footnotes.push(Footnote {
            mark,
            start: a,
            end: b,
            call: None,
        });
        line_starts.push(oa);
    }
    // Calls are numbers: an asterisk footnote has none, and a document
    // without numbered footnotes needs no search for them.
    if layout.footnotes.iter().all(|f| f.mark == "*") {
        return;
    }
    let calls = footnote_calls(original);
    for (f, &oa) in layout.footnotes.iter_mut().zip(&line_starts) {
        // The last call before the line: calls are sorted by offset.
        let before = calls.partition_point(|c| c.1 < oa);
        f.call = calls[..before]
            .iter()
            .rfind(|(m, _)| *m == f.mark)
            .map(|&(_, at)| clean_offset(clean, at));
    }
}

/// "__________________": the rule a page's footnotes stand under.
fn is_footnote_rule(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 5 && t.bytes().all(|c| c == b'_')
}

/// "1  Resolution 217 A (III).", "4  See Official Records of the Economic
/// and Social Council, 2004, Supplement No. 3 (E/2004/23)," (A/C.3/80/L.2,
/// text extracted from the PDF without superscripts): under the page's
/// footnote rule, a line opening with a number of at most three digits and
/// a space, then no digit, opens a footnote. The rule's zone ends at the
/// page's footer (symbol, job number, page number).
fn ruled_mark(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &t[digits..];
    let after = rest.trim_start();
    ((1..=3).contains(&digits)
        && rest.starts_with([' ', '\t'])
        && after.starts_with(|c: char| !c.is_ascii_digit() && !c.is_lowercase()))
    .then(|| &t[..digits])
}

/// Footnote calls: superscript runs (`¹`, `<sup>1</sup>`) not at a line
/// start, as (digits, original offset), sorted by offset.
fn footnote_calls(original: &str) -> Vec<(String, usize)> {
    // Superscript digits are two- or three-byte characters led by 0xC2 or
    // 0xE2: only those positions are looked at.
    let mut calls: Vec<(String, usize)> = Vec::new();
    let bytes = original.as_bytes();
    let mut run = String::new();
    let mut run_at = 0;
    let mut run_end = 0;
    let flush = |run: &mut String, run_at: usize, calls: &mut Vec<(String, usize)>| {
        if run.is_empty() {
            return;
        }
        let at_line_start = bytes[..run_at]
            .iter()
            .rev()
            .find(|b| !matches!(b, b' ' | b'\t'))
            .is_none_or(|&b| b == b'\n' || b == b'\r');
        if !at_line_start {
            calls.push((std::mem::take(run), run_at));
        }
        run.clear();
    };
    for i in memchr::memchr2_iter(0xC2, 0xE2, bytes) {
        let Some(c) = original.get(i..).and_then(|r| r.chars().next()) else {
            continue;
        };
        let Some(d) = crate::text::superscript_digit(c) else {
            continue;
        };
        if i != run_end {
            flush(&mut run, run_at, &mut calls);
            run_at = i;
        }
        run.push(d);
        run_end = i + c.len_utf8();
    }
    flush(&mut run, run_at, &mut calls);
    for sup in find_sup_tags(original) {
        calls.push(sup);
    }
    calls.sort_by_key(|c| c.1);
    calls
}

/// Can an original line starting with byte `first` be a footnote line? Its
/// mark (after any indent) is `<sup>`, `*`, `\*` or a superscript digit (not
/// ASCII); any other printable ASCII first byte rules it out, so most lines
/// are judged without reading further.
fn may_open_footnote(first: Option<u8>) -> bool {
    match first {
        None => false,
        Some(c) => c <= b' ' || !c.is_ascii() || matches!(c, b'<' | b'*' | b'\\'),
    }
}

/// "* Reissued for technical reasons", "\\* CAC/COSP/2023/1.": an asterisk
/// footnote; "*Recalling* its resolution 8/1," is emphasis, not a footnote.
fn is_asterisk_footnote(t: &str) -> bool {
    let rest = t.trim_start_matches(['*', '\\']);
    rest.len() < t.len()
        && t.trim_start_matches('\\').starts_with('*')
        && (rest.is_empty() || rest.starts_with(char::is_whitespace))
}

fn find_sup_tags(original: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    // "<sup>" cannot overlap itself, so every `<` that starts one is a match;
    // `<` is rare enough that this beats a substring search (whose byte pair
    // heuristic stops on every "p" or "s").
    let bytes = original.as_bytes();
    for at in memchr::memchr_iter(b'<', bytes).filter(|&at| bytes[at..].starts_with(b"<sup>")) {
        let digits: String = original[at + 5..]
            .chars()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        let at_line_start = original[..at]
            .bytes()
            .rev()
            .find(|b| !matches!(b, b' ' | b'\t'))
            .is_none_or(|b| b == b'\n' || b == b'\r');
        if !digits.is_empty() && !at_line_start {
            out.push((digits, at));
        }
    }
    out
}

/// The clean offset of the first clean byte at or after original offset `o`.
pub fn clean_offset(clean: &Clean, o: usize) -> usize {
    clean.clean_of(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sup_tags_are_calls_unless_they_open_a_line() {
        let text = "the Convention,<sup>1</sup> and <i>x</i> <sup></sup><sup>23</sup>\n  <sup>1</sup> General Assembly resolution 58/4, annex.<sup>4";
        let at = |needle: &str, from: usize| from + text[from..].find(needle).unwrap();
        let first = at("<sup>1", 0);
        let second = at("<sup>23", 0);
        let last = at("<sup>4", 0);
        assert_eq!(
            find_sup_tags(text),
            vec![
                ("1".into(), first),
                ("23".into(), second),
                ("4".into(), last)
            ]
        );
    }

    /// A/C.3/80/L.2: footnotes under the rule, numbered without
    /// superscripts, then the page footer; the text after it is no footnote.
    #[test]
    fn numbered_lines_under_the_rule_are_footnotes() {
        let text = "70/139 of 17 December\n__________________\n\n1  Resolution 217 A (III).\n\n\
                    4  See Official Records of the Economic and Social Council, 2004,\n\
                    chap. II, sect. A.\n\nA/C.3/80/L.2\n\n25-14998\n2/11\n\n\
                    2015, 71/179 of 19 December 2016,\n12  Requests the Secretary-General\n";
        let clean = Clean::new(text);
        let lines: Vec<(usize, usize)> = crate::text::lines(&clean.text).collect();
        let mut layout = Layout::default();
        layout.header.symbol = Some("A/C.3/80/L.2".into());
        footnotes(text, &clean, &lines, &mut layout);
        let marks: Vec<&str> = layout.footnotes.iter().map(|f| f.mark.as_str()).collect();
        assert_eq!(marks, ["1", "4"]);
        assert_eq!(ruled_mark("12  Requests"), Some("12"));
        assert_eq!(ruled_mark("2015, 71/179"), None);
        assert_eq!(ruled_mark("1234 Main"), None);
        assert_eq!(ruled_mark("3 and 4"), None);
    }

    #[test]
    fn footnote_first_bytes() {
        // "¹ General Assembly resolution 58/4, annex." and its kin.
        for line in [
            "\u{b9} General Assembly",
            "<sup>1</sup> See",
            "* Reissued",
            "\\* Reissued",
            "  \u{b2} x",
            "\u{a0}\u{b9} x",
        ] {
            assert!(may_open_footnote(line.bytes().next()), "{line:?}");
        }
        for line in [
            "1. The Conference",
            "General Assembly",
            "(a) To promote",
            "",
        ] {
            assert!(!may_open_footnote(line.bytes().next()), "{line:?}");
        }
    }
}
