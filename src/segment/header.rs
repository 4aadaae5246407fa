//! The document's header: the masthead's body, symbol, date, session and
//! title, and whether the text is that of a body we have no code for.

use super::lines::after_indent;
use super::{Header, Layout};
use crate::id::Id;
use crate::names::symbols::symbols_at_start;
use crate::names::{Body, session_heading, starts_like_symbol};
use crate::static_re;

static_re!(
    /// A whole name of a body we have no code for.
    FOREIGN_NAME,
    &format!(r"^{}$", crate::names::FOREIGN_BODY_RE)
);

/// [`DATE_LINE`], which needs a digit after the indent: most header cells
/// are judged by their first byte.
fn is_date_line(line: &str) -> bool {
    after_indent(line).first().is_some_and(u8::is_ascii_digit)
        && crate::names::dates::is_date_only(line)
}

/// A header line that is only a body's name ("General Assembly", "Conference
/// of the States Parties to ..."): a sentence that starts with one is not.
fn header_body_line(line: &str) -> Option<Body> {
    // `trim_start_matches("United Nations")` built a substring searcher on
    // every call; stripping the prefix in a loop removes the same copies.
    let mut t = line.trim();
    while let Some(rest) = t.strip_prefix("United Nations") {
        t = rest;
    }
    let t = t.trim();
    // Only a name at the very start counts, so the body automaton is run
    // anchored there (it fails on the first bytes of most lines) rather than
    // over the line: leftmost-first, the first body found in `t` starts at 0
    // exactly when one matches at 0, and it is the same match.
    let m = crate::names::body_at(t, 0)?;
    if t[m.end..].trim().len() > 3 {
        return None;
    }
    match m.name {
        crate::names::BodyName::Exact(b) => Some(b),
        _ => None,
    }
}

/// The next non-blank line after the line ending at `b`, when the line
/// ending there stops on a lower-case word ("Working Group on").
fn wrapped_next<'t>(text: &'t str, all_lines: &[(usize, usize)], b: usize) -> Option<&'t str> {
    let last = text[..b].split_whitespace().next_back()?;
    if !last.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    let k = all_lines.partition_point(|&(a, _)| a <= b);
    all_lines[k..]
        .iter()
        .map(|&(a, e)| text[a..e].trim())
        .find(|l| !l.is_empty())
}

/// The cells of a header line: a two-column masthead converted with its
/// layout ("United Nations      CAC/COSP/2023/15") puts the body, the symbol
/// and the date side by side, separated by a tab or a wide gap (a run of
/// three spaces or more: "United Nations<TAB>CAC/COSP/IRG/2024/7").
///
/// The gap is found byte by byte: `split("   ")` built a substring searcher
/// for every tab-separated part, which cost more than the line.
pub(super) fn header_cells(line: &str) -> Vec<&str> {
    fn push<'l>(cells: &mut Vec<&'l str>, c: &'l str) {
        let c = c.trim();
        if !c.is_empty() {
            cells.push(c);
        }
    }
    let mut cells = Vec::new();
    for part in line.split('\t') {
        let b = part.as_bytes();
        let (mut from, mut k) = (0, 0);
        // Gaps do not overlap: after one, the next is looked for past it.
        while k + 3 <= b.len() {
            if &b[k..k + 3] == b"   " {
                push(&mut cells, &part[from..k]);
                k += 3;
                from = k;
            } else {
                k += 1;
            }
        }
        push(&mut cells, &part[from..]);
    }
    // "United Nations A/C.3/80/L.14": the masthead's two cells with the gap
    // converted to one space.
    if let Some(first) = cells.first()
        && let Some(rest) = first.strip_prefix("United Nations")
        && rest.starts_with(char::is_whitespace)
        && starts_like_symbol(rest.trim_start())
    {
        let symbol = rest.trim_start();
        cells.splice(0..1, ["United Nations", symbol]);
    }
    cells
}

/// Whether a line of cells is the masthead, whose symbol is the document's
/// own: a cell beside it says "United Nations", "Distr.: General" or a date.
fn is_masthead(cells: &[&str]) -> bool {
    cells.len() == 1
        || cells
            .iter()
            .any(|c| *c == "United Nations" || c.starts_with("Distr") || is_date_line(c))
}

/// The masthead is read from at most this many non-blank lines: past them
/// the body of the document has begun.
const HEADER_LINES: usize = 30;

/// A Roman-numbered heading ("I. Introduction") ends the header only after
/// this many lines: before, "I." may be part of the masthead.
const HEADER_MIN_BEFORE_SECTION: usize = 8;

/// A masthead line is short; a paragraph of prose on one line (a web page's
/// "In accordance with General Assembly resolution 75/282 ... will hold its
/// reconvened concluding session ...") means the body has begun, and a
/// symbol in a list of documents after it is not the page's own.
const PROSE_LINE: usize = 250;

fn is_prose_paragraph(line: &str) -> bool {
    line.len() > PROSE_LINE && line.ends_with('.')
}

/// The header: the body whose text this is (and the meeting body a paper is
/// for), the symbol, date, session and title, read from the masthead lines
/// before the first numbered paragraph or section.
pub(super) fn header(text: &str, all_lines: &[(usize, usize)]) -> Header {
    let mut h = Header::default();
    let mut title_at = None;
    let mut seen = 0;
    for &(a, b) in all_lines {
        let whole = text[a..b].trim();
        if whole.is_empty() {
            continue;
        }
        seen += 1;
        if seen > HEADER_LINES
            || is_prose_paragraph(whole)
            || whole.starts_with("1.")
            || whole.starts_with("I.") && whole.len() > 3 && seen > HEADER_MIN_BEFORE_SECTION
        {
            break;
        }
        let cells = header_cells(whole);
        let masthead = is_masthead(&cells);
        for &line in &cells {
            let cell = Cell {
                line,
                alone: cells.len() == 1,
                masthead,
                line_end: b,
            };
            let had_title = h.title.is_some();
            read_cell(&mut h, text, all_lines, cell);
            if !had_title && h.title.is_some() {
                // A cell is a slice of `text`: where the title starts.
                title_at = Some(line.as_ptr() as usize - text.as_ptr() as usize);
            }
        }
    }
    if let Some(at) = title_at {
        h.title = document_title(text, all_lines, at).or(h.title);
    }
    // "CTOC/COP/WG.4/2010/6" with no body named above it (a copy that kept
    // the symbol, not the masthead): the symbol's series says whose it is.
    if h.body.is_none()
        && h.meeting_body.is_none()
        && let Some(body) = h.symbol.as_deref().and_then(Body::of_symbol)
    {
        take_body(&mut h, body);
    }
    if h.body.is_none() && h.meeting_body.is_some() {
        h.body = Some(Body::Cosp);
    }
    h
}

/// A cell of a header line, and what the line around it says.
#[derive(Clone, Copy)]
struct Cell<'t> {
    line: &'t str,
    /// The only cell of its line (a body's name may wrap onto the next).
    alone: bool,
    /// The line is the masthead (see [`is_masthead`]).
    masthead: bool,
    /// Where the line ends.
    line_end: usize,
}

/// What one header cell says, into `h`: a body's name, the date, the
/// symbol, the session or the title, whichever is still unknown.
fn read_cell(h: &mut Header, text: &str, all_lines: &[(usize, usize)], cell: Cell) {
    let line = cell.line;
    // The body a cell names is looked up once: each lookup runs the
    // body automaton.
    let mut named = header_body_line(line);
    // "Open-ended Intergovernmental Working Group on" / "Asset
    // Recovery": a body's name wrapped onto the next header line.
    let joined;
    let line = if named.is_none()
        && cell.alone
        && let Some(next) = wrapped_next(text, all_lines, cell.line_end)
    {
        joined = format!("{line} {next}");
        named = header_body_line(&joined);
        if named.is_some() {
            joined.as_str()
        } else {
            line
        }
    } else {
        line
    };
    if let Some(body) = named
        && take_body(h, body)
    {
        return;
    }
    if h.date.is_none() && is_date_line(line) {
        h.date = Some(line.to_string());
        return;
    }
    // Only a line that starts like a symbol (see `annex_list`) is
    // worth a symbol search.
    if h.symbol.is_none()
        && cell.masthead
        && !line.starts_with('*')
        && starts_like_symbol(line)
        && let Some(sym) = own_symbol(line)
    {
        h.symbol = Some(sym);
        return;
    }
    if h.session.is_none()
        && let Some(n) = session_heading(line)
    {
        h.session = Some(Id::Session {
            body: h.meeting_body.or(h.body).unwrap_or(Body::Cosp),
            number: n.to_string(),
        });
        return;
    }
    if h.title.is_none() && is_title_line(line) {
        h.title = Some(line.to_string());
        if h.meeting_body.is_none()
            && let Some(b) = crate::names::body_in(line)
            && !b.issues_resolutions()
        {
            h.meeting_body = Some(b);
        }
    }
}

/// A body named by a header cell, into `h`; whether it was taken. The
/// masthead names the parent organ ("General Assembly") and a heading the
/// body that adopts ("Human Rights Council"); a body that adopts nothing
/// (a working group) is the meeting body.
fn take_body(h: &mut Header, body: Body) -> bool {
    if h.body == Some(Body::Ga) && body != Body::Ga && body.issues_resolutions() {
        h.body = Some(body);
        return true;
    }
    if h.body.is_none() {
        if body.issues_resolutions() {
            h.body = Some(body);
        } else if h.meeting_body.is_none() {
            h.meeting_body = Some(body);
        }
        return true;
    }
    if h.body.is_some() && h.meeting_body.is_none() && !body.issues_resolutions() {
        h.meeting_body = Some(body);
        return true;
    }
    false
}

/// The document's own symbol, when the masthead cell `line` is one: the
/// symbol alone, with a Security Council year ("S/RES/2799 (2025)"), or the
/// first of a joint symbol ("E/2024/30-E/CN.15/2024/14": one document under
/// two symbols; the first is its ID).
fn own_symbol(line: &str) -> Option<String> {
    let mut syms = symbols_at_start(line);
    // "S/RES/2799 (2025)": a Security Council symbol with its year.
    let year_only = |rest: &str| {
        let r = rest.trim();
        r.len() == 6
            && r.starts_with('(')
            && r.ends_with(')')
            && r[1..5].bytes().all(|b| b.is_ascii_digit())
    };
    let joint = |e: usize| {
        syms.get(1)
            .is_some_and(|&(s2, e2, _)| e2 == line.len() && &line[e..s2] == "-")
    };
    let &(s, e, _) = syms.first()?;
    (s == 0 && (e == line.len() || year_only(&line[e..]) || joint(e)))
        .then(|| syms.swap_remove(0).2)
}

/// The document's title, from the first title line (at `at` in `text`): its whole block (the lines up to a blank one, markup and
/// footnote marks dropped); and under "Item 7 of the provisional agenda*"
/// that block is the item's title, so the block after it, when it reads
/// as a title, is the document's ("Activities of the United Nations Office
/// on Drugs and Crime to support ...", cosp10-secretariat-report-2023).
fn document_title(text: &str, all_lines: &[(usize, usize)], at: usize) -> Option<String> {
    let i = all_lines
        .iter()
        .position(|&(a, b)| a <= at && at < b.max(a + 1))?;
    let (title, next) = title_block(text, &all_lines[i..], at);
    // The item's line is the last non-blank line above the title.
    let under_item = all_lines[..i]
        .iter()
        .rev()
        .map(|&(a, b)| text[a..b].trim())
        .find(|l| !l.is_empty())
        .is_some_and(|l| {
            (l.starts_with("Item ") || l.starts_with("Agenda item ")) && !l.contains("Resolution")
        });
    if !under_item {
        return Some(title);
    }
    // The block after the item's title; past a sponsors' line ("Iraq:*
    // draft resolution", A/C.2/80/L.23), the one after that.
    let mut from = i + next;
    for _ in 0..2 {
        let Some(j) = all_lines[from..]
            .iter()
            .position(|&(a, b)| !text[a..b].trim().is_empty())
        else {
            break;
        };
        let k = from + j;
        let (second, taken) = title_block(text, &all_lines[k..], all_lines[k].0);
        if is_sponsors_line(&second) {
            from = k + taken;
            continue;
        }
        if is_title_line(&second) && !is_author_line(&second) {
            return Some(second);
        }
        break;
    }
    Some(title)
}

/// "Iraq:* draft resolution", "Austria, Brazil and Chile: draft decision":
/// who tables a draft, above its title.
fn is_sponsors_line(line: &str) -> bool {
    let l = line.trim_end_matches(['*', ' ']);
    (l.ends_with("draft resolution") || l.ends_with("draft decision")) && l.contains(':')
}

/// A title block has at most this many lines.
const TITLE_LINES: usize = 8;

/// The block of lines from `at` in `lines[0]` up to a blank line, joined,
/// and how many lines it took.
fn title_block(text: &str, lines: &[(usize, usize)], at: usize) -> (String, usize) {
    let mut words: Vec<&str> = Vec::new();
    let mut taken = 0;
    for (n, &(a, b)) in lines.iter().take(TITLE_LINES).enumerate() {
        let l = text[a.max(at)..b].trim();
        if l.is_empty() {
            break;
        }
        taken = n + 1;
        words.extend(l.split_whitespace());
    }
    let joined = words.join(" ");
    let title = joined.trim_matches(|c: char| c == '*' || c == '_').trim();
    (title.to_string(), taken.max(1))
}

/// "Report by the Secretariat", "Note by the Secretary-General",
/// "Background paper prepared by the Secretariat": who wrote it, under the
/// title.
fn is_author_line(line: &str) -> bool {
    let by = [
        "by the Secretariat",
        "by the Secretary-General",
        "of the Secretary-General",
    ]
    .iter()
    .any(|w| line.ends_with(w))
        && line.split_whitespace().count() <= 7;
    // "Resolution adopted by the General Assembly on 18 December 2025".
    let adopted = ["Resolution adopted by", "Decision adopted by"]
        .iter()
        .any(|w| line.starts_with(w));
    by || adopted
}

/// Whether a header cell is the document's title: "Report of ...",
/// "Annotated provisional agenda", or any line of five words or more that
/// is not the distribution line, an agenda item or the place.
fn is_title_line(line: &str) -> bool {
    line.starts_with("Report of")
        || line.starts_with("Annotated provisional agenda")
        || line.starts_with("Progress")
        || line.starts_with("Activities")
        || line.split_whitespace().count() >= 5
            && !line.starts_with("Distr")
            && !line.starts_with("Item ")
            && !crate::names::dates::is_venue_line(line)
            && !line.contains("Original:")
}

/// The preamble of a body we have no code for opens within this many lines.
const FOREIGN_OPENER_LINES: usize = 80;

/// A body's name in an opener ("The Commission on ...,") is shorter than
/// this; a longer run to the first comma is a sentence.
const MAX_OPENER_NAME: usize = 120;

/// Who speaks in the text, from its opening formula: the body named by a
/// preamble that opens "The Commission on Crime Prevention and Criminal
/// Justice," (or "The General Assembly,"), or by that name standing as a
/// heading line of its own. `Some(Ok(body))` for a body of ours,
/// `Some(Err(()))` for a body we have no code for ("The Commission on the
/// Status of Women,"), `None` when no opener is found.
pub(super) fn opener(text: &str, all_lines: &[(usize, usize)]) -> Option<Result<Body, ()>> {
    all_lines
        .iter()
        .take(FOREIGN_OPENER_LINES)
        .take_while(|&&(a, b)| !text[a..b].trim_start().starts_with("1."))
        .find_map(|&(a, b)| opener_at(text, a, b))
}

/// The opener on line `a..b`, if it is one (see [`opener`]).
fn opener_at(text: &str, a: usize, b: usize) -> Option<Result<Body, ()>> {
    // "Commission on Crime Prevention and Criminal Justice" as a heading
    // line of its own: the body whose report this is.
    let whole = text[a..b].trim();
    if whole.starts_with("Commission") && whole.len() > 20 && FOREIGN_NAME.is_match(whole) {
        return Some(named(whole));
    }
    // The opener may wrap: read on to the first comma, within the
    // paragraph.
    let rest = text[a..]
        .trim_start_matches([' ', '\t'])
        .strip_prefix("The ")?;
    let name = rest.split(',').next()?;
    let opens = !name.contains("\n\n")
        && name.len() < MAX_OPENER_NAME
        && rest
            .get(name.len() + 1..)
            .is_some_and(|r| r.trim_start_matches([' ', '\t']).starts_with('\n'))
        && FOREIGN_NAME.is_match(name.trim());
    opens.then(|| named(name.trim()))
}

/// The body a whole name is: ours when the body finder reads all of it as
/// one of ours.
fn named(name: &str) -> Result<Body, ()> {
    match crate::names::body_at(name, 0) {
        Some(b) if b.end == name.len() => match b.name {
            crate::names::BodyName::Exact(body) => Ok(body),
            _ => Err(()),
        },
        _ => Err(()),
    }
}

/// Running headers repeating the document's own symbol are no references.
pub(super) fn skip_running_headers(text: &str, all_lines: &[(usize, usize)], layout: &mut Layout) {
    let Some(sym) = layout.header.symbol.clone() else {
        return;
    };
    // A joint symbol ("E/2024/30-E/CN.15/2024/14") names the document
    // under both: the line with it, in the masthead or as a running
    // header, is no reference either.
    let joint = format!("{sym}-");
    // One search over the text for the joint form, not one per line.
    let has_joint = memchr::memmem::find(text.as_bytes(), joint.as_bytes()).is_some();
    for &(a, b) in all_lines {
        let line = text[a..b].trim();
        let is_own = |c: &str| {
            c == sym
                || c.strip_prefix(joint.as_str())
                    .is_some_and(|rest| starts_like_symbol(rest) && !rest.contains(' '))
        };
        if b - a >= sym.len()
            && (is_own(line)
                || has_joint
                    && line.contains(joint.as_str())
                    && header_cells(line).iter().any(|c| is_own(c)))
        {
            layout.skip.push((a, b));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title_of(text: &str) -> Option<String> {
        header(text, &crate::text::lines(text).collect::<Vec<_>>()).title
    }

    /// Issue 19: the 2023 Secretariat report was titled by its venue line;
    /// under an agenda item, the block after the item's title is the
    /// document's title, however many lines it takes.
    #[test]
    fn the_title_is_the_title_block_not_the_venue_or_the_item() {
        let text = "Conference of the States Parties to the United Nations Convention against Corruption\n\nDistr.: General\n9 October 2023\n\nOriginal: English\n\nTenth session\n\nAtlanta, United States of America, 11–15 December 2023\n\nItem 7 of the provisional agenda*\n\n**Follow-up to the special session of the General Assembly\non challenges and measures to prevent and combat\ncorruption**\n\n**Activities of the United Nations Office on Drugs and Crime\nto support the implementation of the political declaration**\n\nReport by the Secretariat\n\n1. The text.\n";
        assert_eq!(
            title_of(text).as_deref(),
            Some(
                "Activities of the United Nations Office on Drugs and Crime to support the implementation of the political declaration"
            )
        );
        // The item's title is short, the document's title the next block;
        // who wrote it is no title.
        let text = "Conference of the States Parties to the United Nations Convention against Corruption\nDist.: General\n20 April 2020\nOriginal: English\nVienna, 9 and 10 June 2020\nItem 3 of the provisional agenda*\nFuture priorities\n\nProgress on the activities of the Working Group\n\nBackground paper prepared by the Secretariat\n\nI. Introduction\n";
        assert_eq!(
            title_of(text).as_deref(),
            Some("Progress on the activities of the Working Group")
        );
    }

    #[test]
    fn header_cells_split_as_str_split_does() {
        let split = |line: &str| -> Vec<String> {
            line.split('\t')
                .flat_map(|part| part.split("   "))
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(String::from)
                .collect()
        };
        for line in [
            "United Nations\tCAC/COSP/IRG/2024/7",
            "United Nations      CAC/COSP/2023/15",
            "a   b    c     d      e       f",
            "   lead  trail   ",
            "x\t\t   \ty\u{a0}  \u{a0}z",
            "é   “q”\t",
            "",
            "  ",
            "   ",
        ] {
            assert_eq!(header_cells(line), split(line), "{line:?}");
        }
    }
}
