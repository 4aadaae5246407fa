//! Document symbols: "CAC/COSP/2017/L.12/Rev.1", "A/RES/58/4 and Add.1".
//! The grammar is in [`crate::names::symbols`]; here a match becomes a
//! mention.

use super::recognise;
use crate::model::{Mention, Raw};
use crate::names::symbols::read_symbol;

/// The symbol token at `s..e` (the anchor's match) as a mention.
pub(super) fn parse_symbol(text: &str, s: usize, e: usize) -> Option<Mention> {
    let (end, items) = read_symbol(text, s, e)?;
    Some(Mention::bare(s, end, items))
}

/// Document symbols in `text` as (start, end, symbol), trailing punctuation
/// trimmed.
pub fn find_symbols(text: &str) -> Vec<(usize, usize, String)> {
    recognise(text)
        .into_iter()
        .flat_map(|m| m.items)
        .filter_map(|i| match i.raw {
            Raw::Document { symbol } => Some((i.start, i.end, symbol)),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::{starts_like_symbol, symbols::symbols_at_start};
    use crate::recognise::tests::{corpus_texts, raws};

    /// The gate before a symbol search on table cells and masthead lines
    /// never refuses a line a symbol starts: every line of every document,
    /// and every tab-separated cell. And what the layout reads at a cell's
    /// start (`symbols_at_start`, without the recogniser) is what the
    /// recogniser finds there.
    #[test]
    fn a_line_a_symbol_starts_starts_like_one() {
        let mut symbols = 0;
        for t in corpus_texts() {
            for line in t.lines().flat_map(|l| l.split('\t')).map(str::trim) {
                let found = find_symbols(line);
                if found.first().is_some_and(|s| s.0 == 0) {
                    symbols += 1;
                    assert!(starts_like_symbol(line), "{line:?}");
                }
                if starts_like_symbol(line) {
                    let at_start = symbols_at_start(line);
                    let n = at_start.len();
                    assert_eq!(
                        !at_start.is_empty(),
                        found.first().is_some_and(|s| s.0 == 0),
                        "{line:?}"
                    );
                    assert_eq!(&found[..n.min(found.len())], &at_start[..], "{line:?}");
                }
            }
        }
        assert!(symbols > 10, "{symbols}");
        for (line, want) in [
            ("CAC/COSP/2017/14", true),
            ("A/RES/58/4", true),
            ("E/CN.15/2023/13", true),
            ("Distr.: General", false),
            ("V.17-06789 (E)", false),
            ("12/2017", false),
        ] {
            assert_eq!(starts_like_symbol(line), want, "{line}");
        }
    }

    #[test]
    fn symbols_trim_punctuation() {
        let r = raws("(CAC/COSP/2017/L.12/Rev.1).");
        assert_eq!(
            r,
            vec![Raw::Document {
                symbol: "CAC/COSP/2017/L.12/Rev.1".into()
            }]
        );
    }
}
