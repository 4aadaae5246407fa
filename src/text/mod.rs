//! The clean text as lines, blocks and sentences, built once per document
//! and read by every later stage: the segmenter, the resolver (which
//! sentence a verb governs in) and the graph (which sentence a user reads as
//! evidence). Line predicates that several stages ask ("does this line stop
//! inside a sentence?", "is it a running footer?") live here, once.

mod blocks;
pub mod sentence;

pub use blocks::{Blocks, SentenceAround};

/// A footnote of the text: its line, and where it is called from.
#[derive(Debug, Clone)]
pub struct Footnote {
    pub mark: String,
    /// Clean span of the footnote line.
    pub start: usize,
    pub end: usize,
    /// Clean offset of the call ("Convention,¹") when found.
    pub call: Option<usize>,
}

/// The footnote whose line contains `pos` (`footnotes` in text order).
pub fn footnote_at(footnotes: &[Footnote], pos: usize) -> Option<&Footnote> {
    let k = footnotes.partition_point(|f| f.start <= pos);
    footnotes[..k].last().filter(|f| pos <= f.end)
}

/// Lines of the clean text as (start, end) offsets, end excluding `\n`.
/// memchr finds the line ends (`str::split` pays a searcher per line).
pub fn lines(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let len = text.len();
    memchr::memchr_iter(b'\n', text.as_bytes())
        .chain(std::iter::once(len))
        .scan(0, |start, end| {
            let s = *start;
            *start = end + 1;
            Some((s, end))
        })
}

/// A line that stops where a sentence cannot: on a lower-case word or a
/// comma ("... and its", "... paragraph 3,").
pub fn ends_inside_sentence(line: &str) -> bool {
    // Runs on every line: the last byte decides, but for a non-ASCII letter.
    match line.bytes().rev().find(|b| !b.is_ascii_whitespace()) {
        Some(b',' | b'a'..=b'z') => true,
        Some(b) if b >= 0x80 => line.trim_end().ends_with(|c: char| c.is_lowercase()),
        _ => false,
    }
}

/// The digit a superscript digit stands for ("¹" is '1'): footnote marks
/// and calls as PDF converters print them.
pub fn superscript_digit(c: char) -> Option<char> {
    Some(match c {
        '\u{00B9}' => '1',
        '\u{00B2}' => '2',
        '\u{00B3}' => '3',
        '\u{2070}' => '0',
        '\u{2074}'..='\u{2079}' => char::from_u32(c as u32 - 0x2074 + '4' as u32)?,
        _ => return None,
    })
}

/// "... all relevant resolutions of the Human Rights Council, including
/// [page break] Council resolutions 52/5" (A/C.3/80/L.22): a line that
/// stops on a word no sentence ends with (an article, a preposition,
/// "including"); whatever the next line starts with goes on with it.
pub fn ends_on_a_function_word(line: &str) -> bool {
    let last = line
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    matches!(
        last,
        "the"
            | "a"
            | "an"
            | "of"
            | "to"
            | "in"
            | "on"
            | "and"
            | "or"
            | "by"
            | "for"
            | "with"
            | "including"
            | "its"
            | "their"
            | "from"
            | "at"
            | "under"
            | "pursuant"
            | "between"
    )
}

/// A line that goes on with a sentence: it starts with a lower-case word,
/// or with a number that goes on (see [`continues_with_number`]).
pub fn continues_sentence(line: &str) -> bool {
    let line = line.trim_start();
    line.starts_with(|c: char| c.is_lowercase()) || continues_with_number(line)
}

/// "Welcoming Human Rights Council resolutions 16/18 of 24 March 2011, ...
/// 49/31 of 1 April\n[footnotes, page break]\n2022,11 52/38 of 4 April
/// 202312 and 58/29 ...": a line that starts with a number (a year, a
/// resolution number) followed by a comma, a semicolon or a lower-case word
/// goes on with a list. A numbered paragraph ("12. Requests") or a footnote
/// ("3 Ibid.", "12 See") has a full stop or a capital after its number.
fn continues_with_number(line: &str) -> bool {
    let number = line
        .bytes()
        .take_while(|&b| b.is_ascii_digit() || b == b'/')
        .count();
    if number == 0 || !line.as_bytes()[0].is_ascii_digit() {
        return false;
    }
    let rest = &line[number..];
    // "67/4 of\n[page break]\n13 November 2012, 68/8" (A/80/L.6): a date's
    // day and month go on with it.
    rest.starts_with([',', ';'])
        || rest.strip_prefix(' ').is_some_and(|r| {
            r.starts_with(|c: char| c.is_ascii_lowercase())
                || number <= 2 && crate::names::month_at(r.as_bytes()).is_some()
        })
}

/// A page's running footer or header: job number ("V.21-00912"), page
/// number ("9/64", "12"), the document's own symbol, nothing else.
/// Runs on many lines: one pass over the bytes, and prose fails on its
/// first word.
pub fn is_page_furniture(line: &str, own_symbol: Option<&str>) -> bool {
    let digits = |w: &[u8]| (1..=5).contains(&w.len()) && w.iter().all(u8::is_ascii_digit);
    let word_ok = |w: &[u8]| {
        // "V.21-00912" (Vienna), "25-17785" (New York).
        let r = w.strip_prefix(b"V.").unwrap_or(w);
        let job = r.len() >= 7
            && r[2] == b'-'
            && digits(&r[..2])
            && r[3..].iter().all(u8::is_ascii_digit);
        let page = match w.iter().position(|&c| c == b'/') {
            Some(k) => digits(&w[..k]) && digits(&w[k + 1..]),
            None => digits(w),
        };
        // "__________________": the rule above a page's footnotes.
        let rule = w.len() >= 5 && w.iter().all(|&c| c == b'_');
        job || page || rule || w == b"(E)" || own_symbol.is_some_and(|s| s.as_bytes() == w)
    };
    let b = line.as_bytes();
    let mut i = 0;
    let mut any = false;
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i == b.len() {
            return any;
        }
        let j = b[i..]
            .iter()
            .position(u8::is_ascii_whitespace)
            .map_or(b.len(), |k| i + k);
        if !word_ok(&b[i..j]) {
            return false;
        }
        any = true;
        i = j;
    }
}

/// "5. Provisional agenda ...", "12. The Conference ...": a line opening a
/// numbered item (a year, "2021. The", has four digits and is not one).
pub fn starts_numbered_item(line: &str) -> bool {
    let t = line.trim_start().as_bytes();
    let digits = t.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=3).contains(&digits) && t.get(digits) == Some(&b'.') && t.get(digits + 1) == Some(&b' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A/C.3/80/L.25: "... 49/31 of 1 April\n__________________\n[footnotes]
    /// \nA/C.3/80/L.25\n25-17785\n2/6\n2022,11 52/38 of 4 April ...".
    #[test]
    fn a_list_goes_on_after_a_page_break_with_a_number() {
        assert!(continues_sentence("2022,11 52/38 of 4 April 202312 and"));
        assert!(continues_sentence("72/176 of 19 December 2017, 73/164"));
        assert!(!continues_sentence("12. Requests the Secretary-General"));
        assert!(!continues_sentence("3  Ibid., Sixty-eighth Session"));
        assert!(is_page_furniture("25-17785", None));
        assert!(is_page_furniture("__________________ ", None));
        assert!(!is_page_furniture("2022,11 52/38", None));
    }
}
