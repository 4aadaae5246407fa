//! The table of contents (resolutions and decisions listed by number and
//! title) and the annex list of documents (symbol and title).

use super::Layout;
use crate::names::starts_like_symbol;
use crate::names::symbols::symbols_at_start;

/// A table-of-contents line "7/1. Title<TAB>3" (`number`, `title`) after the
/// lines `before`: its entry, a decision when the entry before was one or
/// the section says so.
pub(super) fn toc_entry(
    text: &str,
    before: &[(usize, usize)],
    number: &str,
    title: &str,
    layout: &mut Layout,
) {
    let decision =
        layout.toc.last().map(|t| t.1).unwrap_or(false) || toc_section_is_decisions(text, before);
    layout
        .toc
        .push((number.to_string(), decision, title.trim().to_string()));
}

/// A table-of-contents entry's kind is said by the section heading above
/// it ("B. Decisions"), within this many lines.
const TOC_SECTION_REACH: usize = 40;

/// Whether the table-of-contents section the lines `before` end in lists
/// decisions ("B. Decisions") rather than resolutions.
fn toc_section_is_decisions(text: &str, before: &[(usize, usize)]) -> bool {
    for &(a, b) in before.iter().rev().take(TOC_SECTION_REACH) {
        let l = text[a..b].trim();
        let l = l.trim_start_matches(|c: char| {
            c.is_ascii_uppercase() || c == '.' || c == ' ' || c == '\t'
        });
        if l.starts_with("Decisions") || l.starts_with("ecisions") {
            return true;
        }
        if l.starts_with("Resolutions") || l.starts_with("esolutions") {
            return false;
        }
    }
    false
}

/// The annex "List of documents": lines `SYMBOL<TAB>Title`. Only lines with
/// a tab (`tabbed`: line index, first tab) can be entries.
pub(super) fn annex_list(
    text: &str,
    all_lines: &[(usize, usize)],
    tabbed: &[(usize, usize)],
    layout: &mut Layout,
) {
    for &(li, tab) in tabbed {
        let (a, b) = all_lines[li];
        let line = &text[a..b];
        let tab = tab - a;
        let (sym, title) = (&line[..tab], &line[tab + 1..]);
        let sym = sym.trim();
        // Every document symbol starts with a series and a slash
        // (CAC/COSP/2017/14): a cell that does not is a title or a page
        // number, not worth a symbol search.
        if !starts_like_symbol(sym) {
            continue;
        }
        let syms = symbols_at_start(sym);
        if let Some((0, e, s)) = syms.first()
            && *e == sym.len()
            && !title.trim().is_empty()
        {
            layout
                .annex_docs
                .push((s.clone(), title.trim().to_string()));
        }
    }
}
