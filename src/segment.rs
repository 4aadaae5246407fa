//! The layout of a document: its header (body, symbol, date, session, title),
//! the resolutions and decisions whose text it contains (with extents: the
//! source of every mention inside them), the table of contents, the annex list
//! of documents (symbol -> title) and footnotes with their call sites.
//!
//! Works on the clean view; offsets are clean offsets.

use crate::id::Id;
use crate::names::Body;
use crate::names::body_at_start;
use crate::normalise::Clean;
use crate::names::session_heading;
use crate::names::symbols::symbols_at_start;
use crate::static_re;
pub use crate::text::Footnote;
use crate::text::ends_inside_sentence;

#[derive(Debug, Clone, Default)]
pub struct Header {
    /// The body whose text this is ("its" = this body).
    pub body: Option<Body>,
    /// A subsidiary body whose meeting the document is for (the working group
    /// a background paper is for): the default owner of unqualified "meetings".
    pub meeting_body: Option<Body>,
    pub symbol: Option<String>,
    pub date: Option<String>,
    pub title: Option<String>,
    pub session: Option<Id>,
    /// The text is that of a body we have no code for: its preamble opens
    /// "The Commission on Crime Prevention and Criminal Justice,". Its own
    /// resolutions and sessions ("its resolution 33/4") are not ours.
    pub foreign_subject: bool,
}

/// A resolution or decision whose text stands in the document.
#[derive(Debug, Clone)]
pub struct Unit {
    pub id: Id,
    pub title: Option<String>,
    /// Clean offsets of the whole text, heading included.
    pub start: usize,
    pub end: usize,
    /// Clean offsets of the heading line ("Resolution 7/1").
    pub heading: (usize, usize),
}

#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub header: Header,
    pub units: Vec<Unit>,
    /// Table-of-contents entries: (number "7/1", is_decision, title).
    pub toc: Vec<(String, bool, String)>,
    /// The annex list of documents: symbol -> title.
    pub annex_docs: Vec<(String, String)>,
    pub footnotes: Vec<Footnote>,
    /// Clean spans that are not references: unit headings and titles, TOC
    /// lines, running headers repeating the document's own symbol.
    pub skip: Vec<(usize, usize)>,
}

impl Layout {
    /// The innermost unit containing clean offset `pos`.
    pub fn unit_at(&self, pos: usize) -> Option<&Unit> {
        self.units
            .iter()
            .filter(|u| u.start <= pos && pos < u.end)
            .min_by_key(|u| u.end - u.start)
    }

    /// `skip` is sorted by start and its spans are whole lines that do not
    /// overlap, so a binary search finds the only candidate.
    pub fn skipped(&self, start: usize, end: usize) -> bool {
        let k = self.skip.partition_point(|&(a, _)| a < end);
        k > 0 && self.skip[k - 1].1 > start
    }

    /// The footnote whose line contains `pos` (footnotes are in text order).
    pub fn footnote_at(&self, pos: usize) -> Option<&Footnote> {
        crate::text::footnote_at(&self.footnotes, pos)
    }
}

/// The lines of the clean text ([`lines`]) and where tabs stand, found in
/// one pass: the annex list ([`annex_list`]) looks only at lines with a tab.
struct LineScan {
    /// (start, end) of every line, end excluding `\n`.
    spans: Vec<(usize, usize)>,
    /// (line index, offset of the line's first tab) for each line with one.
    tabbed: Vec<(usize, usize)>,
    /// Start of the line being scanned.
    start: usize,
}

impl LineScan {
    fn newline(&mut self, at: usize) {
        self.spans.push((self.start, at));
        self.start = at + 1;
    }

    fn tab(&mut self, at: usize) {
        let line = self.spans.len();
        if self.tabbed.last().is_none_or(|&(l, _)| l != line) {
            self.tabbed.push((line, at));
        }
    }
}

/// Lines are short (a fifth of them blank): a memchr call per line end cost
/// far more than the bytes between. Here 64 bytes are judged at once where
/// the CPU has AVX2, and every line end and tab in them taken from the masks.
fn scan_lines(text: &str) -> LineScan {
    let b = text.as_bytes();
    let mut s = LineScan {
        spans: Vec::with_capacity(b.len() / 64 + 1),
        tabbed: Vec::new(),
        start: 0,
    };
    let mut i = 0;
    #[cfg(target_arch = "x86_64")]
    if std::is_x86_feature_detected!("avx2") {
        // SAFETY: AVX2 is there (checked just above).
        i = unsafe { scan_lines_avx2(b, &mut s) };
    }
    for (k, &c) in b.iter().enumerate().skip(i) {
        match c {
            b'\n' => s.newline(k),
            b'\t' => s.tab(k),
            _ => {}
        }
    }
    s.spans.push((s.start, b.len()));
    s
}

/// [`scan_lines`] over the leading whole 64-byte blocks of `b` (two AVX2
/// loads, one mask of each kind); returns how many bytes it judged.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn scan_lines_avx2(b: &[u8], s: &mut LineScan) -> usize {
    use std::arch::x86_64::*;
    let (nl, tab) = (_mm256_set1_epi8(b'\n' as i8), _mm256_set1_epi8(b'\t' as i8));
    let mut i = 0;
    while i + 64 <= b.len() {
        // SAFETY: the unaligned loads stay inside `b` (i + 64 <= len).
        let (lo, hi) = unsafe {
            (
                _mm256_loadu_si256(b.as_ptr().add(i).cast()),
                _mm256_loadu_si256(b.as_ptr().add(i + 32).cast()),
            )
        };
        let [ends_lo, ends_hi, tabs_lo, tabs_hi] = [(lo, nl), (hi, nl), (lo, tab), (hi, tab)]
            .map(|(v, c)| u64::from(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, c)) as u32));
        let ends = ends_lo | ends_hi << 32;
        let tabs = tabs_lo | tabs_hi << 32;
        // Both kinds in text order.
        let mut all = ends | tabs;
        while all != 0 {
            let k = all.trailing_zeros();
            if ends >> k & 1 == 1 {
                s.newline(i + k as usize);
            } else {
                s.tab(i + k as usize);
            }
            all &= all - 1;
        }
        i += 64;
    }
    i
}

/// `line` without its leading ASCII whitespace: what `^\s*` of a static
/// pattern (ASCII `\s`, see `pattern`) skips before the first word.
fn after_indent(line: &str) -> &[u8] {
    let b = line.as_bytes();
    let k = b
        .iter()
        .position(|c| !matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' '))
        .unwrap_or(b.len());
    &b[k..]
}

/// Could `t` (a line after its indent) open a numbered title line ([`numbered_title`])? It must
/// start with 1-4 digits and a slash, or `S-`. Most lines of a report are
/// numbered paragraphs ("12. The Conference ..."): they fail here, not in
/// the regex.
fn may_be_numbered_title(t: &[u8]) -> bool {
    if t.starts_with(b"S-") {
        return true;
    }
    let digits = t.iter().take(5).take_while(|c| c.is_ascii_digit()).count();
    (1..=4).contains(&digits) && t.get(digits) == Some(&b'/')
}

static_re!(
    UNIT_HEADING,
    r"^\s*(Resolution|Decision)\s+((?:S-)?\d{1,4}/\d{1,4}[A-Z]?|\d{1,4}\s*\(\d{4}\))\s*$"
);
static_re!(
    /// A whole name of a body we have no code for.
    FOREIGN_NAME,
    &format!(r"^{}$", crate::names::FOREIGN_BODY_RE)
);
static_re!(
    /// The head of "70/174. Doha Declaration ..." (under "Resolution adopted
    /// by the General Assembly", or a table-of-contents line): the number and
    /// where the title starts. See [`numbered_title`] for the rest.
    NUMBERED_HEAD,
    r"^\s*((?:S-)?\d{1,4}/\d{1,4}[A-Z]?)\.\s+(\S)"
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
/// [`DATE_LINE`], which needs a digit after the indent: most header cells
/// are judged by their first byte.
fn is_date_line(line: &str) -> bool {
    after_indent(line).first().is_some_and(u8::is_ascii_digit) && DATE_LINE.is_match(line)
}

static_re!(
    DATE_LINE,
    r"^\s*\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\s*$"
);

pub fn segment(original: &str, clean: &Clean) -> Layout {
    let text = clean.text.as_str();
    let scan = scan_lines(text);
    let all_lines = scan.spans;
    let mut layout = Layout {
        header: header(text, &all_lines),
        ..Layout::default()
    };
    let issuer = layout.header.body.unwrap_or(Body::Cosp);
    layout.header.foreign_subject = all_lines
        .iter()
        .take(80)
        .take_while(|&&(a, b)| !text[a..b].trim_start().starts_with("1."))
        .any(|&(a, b)| {
            // "Commission on Crime Prevention and Criminal Justice" as a
            // heading line of its own: the body whose report this is.
            let whole = text[a..b].trim();
            if whole.starts_with("Commission") && whole.len() > 20 && FOREIGN_NAME.is_match(whole) {
                return true;
            }
            // The opener may wrap: read on to the first comma, within the
            // paragraph.
            let Some(rest) = text[a..]
                .trim_start_matches([' ', '\t'])
                .strip_prefix("The ")
            else {
                return false;
            };
            let Some(name) = rest.split(',').next() else {
                return false;
            };
            !name.contains("\n\n")
                && name.len() < 120
                && rest
                    .get(name.len() + 1..)
                    .is_some_and(|r| r.trim_start_matches([' ', '\t']).starts_with('\n'))
                && FOREIGN_NAME.is_match(name.trim())
        });

    // Units: "Resolution 7/1" / "Decision 7/1" headings, or a GA-style
    // "Resolution adopted by the General Assembly" followed by "70/174. Title".
    let mut open: Option<usize> = None;
    let mut adopted_by: Option<(Body, bool)> = None;
    let nonblank = |from: usize| {
        all_lines[from..]
            .iter()
            .position(|&(a, b)| !text[a..b].trim().is_empty())
            .map(|k| from + k)
    };
    let close = |units: &mut Vec<Unit>, open: &mut Option<usize>, at: usize| {
        if let Some(i) = open.take() {
            units[i].end = at;
        }
    };
    for (li, &(a, b)) in all_lines.iter().enumerate() {
        let line = &text[a..b];
        // Each pattern runs only on lines that start as it must: most lines
        // are prose or numbered paragraphs, which no pattern here matches.
        let t = after_indent(line);
        let unit_word = t.starts_with(b"Resolution") || t.starts_with(b"Decision");
        if unit_word && let Some(c) = UNIT_HEADING.captures(line) {
            close(&mut layout.units, &mut open, a);
            // "Resolution 2799 (2025)": the Security Council numbers its
            // resolutions with the year, and the ID drops it.
            let (number, issuer) = match c[2].split_once('(') {
                Some((n, _)) => (n.trim().to_string(), Body::Sc),
                None => (c[2].to_string(), issuer),
            };
            let id = if &c[1] == "Resolution" {
                Id::Resolution { issuer, number }
            } else {
                Id::Decision { issuer, number }
            };
            // "Adopted by the Security Council at its 10042nd meeting, on
            // ...": no title.
            let title_line = nonblank(li + 1)
                .map(|k| all_lines[k])
                .filter(|&(x, y)| !text[x..y].trim_start().starts_with("Adopted by"));
            let title = title_line.map(|(x, y)| text[x..y].trim().to_string());
            if let Some((x, y)) = title_line {
                layout.skip.push((x, y));
            }
            layout.skip.push((a, b));
            layout.units.push(Unit {
                id,
                title,
                start: a,
                end: text.len(),
                heading: (a, b),
            });
            open = Some(layout.units.len() - 1);
            continue;
        }
        if unit_word && let Some(c) = ADOPTED_BY.captures(line) {
            if let Some(body) = body_at_start(&c[2]) {
                adopted_by = Some((body, &c[1] == "Decision"));
            }
            continue;
        }
        if may_be_numbered_title(t)
            && let Some((number, title)) = numbered_title(line)
        {
            if let Some((body, decision)) = adopted_by.take() {
                close(&mut layout.units, &mut open, a);
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
                layout.skip.push((a, b));
                layout.units.push(Unit {
                    id,
                    title: Some(title.trim().to_string()),
                    start: a,
                    end: text.len(),
                    heading: (a, b),
                });
                open = Some(layout.units.len() - 1);
            } else if open.is_none() && !continues_previous_line(text, &all_lines, li) {
                // A table-of-contents line listing a resolution or decision.
                let decision = layout.toc.last().map(|t| t.1).unwrap_or(false)
                    || toc_section_is_decisions(text, &all_lines[..li]);
                layout
                    .toc
                    .push((number.to_string(), decision, title.trim().to_string()));
                layout.skip.push((a, b));
            }
            continue;
        }
        if open.is_some()
            && matches!(t.first(), Some(b'I' | b'V' | b'X' | b'A'..=b'H'))
            && SECTION_HEADING.is_match(line)
            && !is_enumerated_paragraph(line)
        {
            close(&mut layout.units, &mut open, a);
        }
    }

    footnotes(original, clean, &all_lines, &mut layout);
    annex_list(text, &all_lines, &scan.tabbed, &mut layout);

    // "Chapter V" alone on its line: the document's own chapter heading,
    // not the Convention's.
    for &(a, b) in &all_lines {
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
                layout.skip.push((a, b));
            }
        }
    }
    // Running headers repeating the document's own symbol.
    if let Some(sym) = layout.header.symbol.clone() {
        // A joint symbol ("E/2024/30-E/CN.15/2024/14") names the document
        // under both: the line with it, in the masthead or as a running
        // header, is no reference either.
        let joint = format!("{sym}-");
        // One search over the text for the joint form, not one per line.
        let has_joint = memchr::memmem::find(text.as_bytes(), joint.as_bytes()).is_some();
        for &(a, b) in &all_lines {
            let line = text[a..b].trim();
            let is_own = |c: &str| {
                c == sym
                    || c.strip_prefix(joint.as_str()).is_some_and(|rest| {
                        crate::names::starts_like_symbol(rest) && !rest.contains(' ')
                    })
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
    layout.skip.sort_unstable();
    layout.skip.dedup();
    layout
}

/// "(a) To promote ..." and "A. Resolutions" look alike only at a glance: a
/// one-letter heading is followed by a capitalised title without a period.
fn is_enumerated_paragraph(line: &str) -> bool {
    line.trim_start().starts_with('(')
}

fn toc_section_is_decisions(text: &str, before: &[(usize, usize)]) -> bool {
    for &(a, b) in before.iter().rev().take(40) {
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

/// Whether line `li` goes on with the sentence of the line before it ("...
/// pursuant to resolutions 2/4 and\n3/2. In its resolution 10/5"): that line
/// ends on a lower-case word or a comma. A table-of-contents line does not.
fn continues_previous_line(text: &str, all_lines: &[(usize, usize)], li: usize) -> bool {
    li.checked_sub(1)
        .is_some_and(|k| ends_inside_sentence(&text[all_lines[k].0..all_lines[k].1]))
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
fn header_cells(line: &str) -> Vec<&str> {
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
        && crate::names::starts_like_symbol(rest.trim_start())
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

fn header(text: &str, all_lines: &[(usize, usize)]) -> Header {
    let mut h = Header::default();
    let mut seen = 0;
    for &(a, b) in all_lines {
        let whole = text[a..b].trim();
        if whole.is_empty() {
            continue;
        }
        seen += 1;
        if seen > 30
            || whole.starts_with("1.")
            || whole.starts_with("I.") && whole.len() > 3 && seen > 8
        {
            break;
        }
        let cells = header_cells(whole);
        let masthead = is_masthead(&cells);
        for &line in &cells {
            // The body a cell names is looked up once: each lookup runs the
            // body automaton.
            let mut named = header_body_line(line);
            // "Open-ended Intergovernmental Working Group on" / "Asset
            // Recovery": a body's name wrapped onto the next header line.
            let joined;
            let line = if named.is_none()
                && cells.len() == 1
                && let Some(next) = wrapped_next(text, all_lines, b)
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
            // The masthead names the parent organ ("General Assembly") and a
            // heading the body that adopts ("Human Rights Council").
            if h.body == Some(Body::Ga)
                && let Some(body) = named
                && body != Body::Ga
                && body.issues_resolutions()
            {
                h.body = Some(body);
                continue;
            }
            if h.body.is_none()
                && let Some(body) = named
            {
                if body.issues_resolutions() {
                    h.body = Some(body);
                } else if h.meeting_body.is_none() {
                    h.meeting_body = Some(body);
                }
                continue;
            }
            if h.body.is_some()
                && h.meeting_body.is_none()
                && let Some(body) = named
                && !body.issues_resolutions()
            {
                h.meeting_body = Some(body);
                continue;
            }
            if h.date.is_none() && is_date_line(line) {
                h.date = Some(line.to_string());
                continue;
            }
            // Only a line that starts like a symbol (see `annex_list`) is
            // worth a recognise().
            if h.symbol.is_none()
                && masthead
                && !line.starts_with('*')
                && crate::names::starts_like_symbol(line)
            {
                let syms = symbols_at_start(line);
                // "S/RES/2799 (2025)": a Security Council symbol with its year.
                let year_only = |rest: &str| {
                    let r = rest.trim();
                    r.len() == 6
                        && r.starts_with('(')
                        && r.ends_with(')')
                        && r[1..5].bytes().all(|b| b.is_ascii_digit())
                };
                // "E/2024/30-E/CN.15/2024/14": one document under two
                // symbols; the first is its ID.
                let joint = |e: usize| {
                    syms.get(1)
                        .is_some_and(|&(s2, e2, _)| e2 == line.len() && &line[e..s2] == "-")
                };
                if let Some((s, e, sym)) = syms.first()
                    && *s == 0
                    && (*e == line.len() || year_only(&line[*e..]) || joint(*e))
                {
                    h.symbol = Some(sym.clone());
                    continue;
                }
            }
            if h.session.is_none()
                && let Some(n) = session_heading(line)
            {
                h.session = Some(Id::Session {
                    body: h.meeting_body.or(h.body).unwrap_or(Body::Cosp),
                    number: n.to_string(),
                });
                continue;
            }
            if h.title.is_none()
                && (line.starts_with("Report of")
                    || line.starts_with("Annotated provisional agenda")
                    || line.starts_with("Progress")
                    || line.starts_with("Activities")
                    || line.split_whitespace().count() >= 5
                        && !line.starts_with("Distr")
                        && !line.starts_with("Item ")
                        && !line.starts_with("Vienna")
                        && !line.contains("Original:"))
            {
                h.title = Some(line.to_string());
                if h.meeting_body.is_none()
                    && let Some(b) = crate::names::body_in(line)
                    && !b.issues_resolutions()
                {
                    h.meeting_body = Some(b);
                }
            }
        }
    }
    if h.body.is_none() && h.meeting_body.is_some() {
        h.body = Some(Body::Cosp);
    }
    h
}

/// Footnote lines start with a superscript number (`¹`, `<sup>1</sup>`) or an
/// asterisk; their call is the same mark earlier in the text.
fn footnotes(original: &str, clean: &Clean, all_lines: &[(usize, usize)], layout: &mut Layout) {
    let bytes = original.as_bytes();
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
            t.chars().map_while(sup_value).collect()
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

/// The digit a superscript digit stands for.
fn sup_value(c: char) -> Option<char> {
    Some(match c {
        '\u{00B9}' => '1',
        '\u{00B2}' => '2',
        '\u{00B3}' => '3',
        '\u{2070}' => '0',
        '\u{2074}'..='\u{2079}' => char::from_u32(c as u32 - 0x2074 + '4' as u32)?,
        _ => return None,
    })
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
        let Some(d) = sup_value(c) else { continue };
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

/// The annex "List of documents": lines `SYMBOL<TAB>Title`. Only lines with
/// a tab (`tabbed`: line index, first tab) can be entries.
fn annex_list(
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
        // number, not worth a recognise().
        if !crate::names::starts_like_symbol(sym) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lines;

    /// The single pattern `numbered_title` replaces, as the oracle.
    fn oracle(line: &str) -> Option<(String, String)> {
        crate::pattern::compile(r"^\s*((?:S-)?\d{1,4}/\d{1,4}[A-Z]?)\.\s+(\S.*?)(?:\t\s*\d+)?\s*$")
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
                    assert!(may_be_numbered_title(t), "{line:?}");
                }
            }
        }
    }

    #[test]
    fn lines_match_split() {
        for text in ["", "\n", "a", "a\n", "a\nbc\n\nd", "\n\nx"] {
            let want: Vec<(usize, usize)> = {
                let mut pos = 0;
                text.split('\n')
                    .map(|l| {
                        let s = pos;
                        pos += l.len() + 1;
                        (s, s + l.len())
                    })
                    .collect()
            };
            assert_eq!(lines(text).collect::<Vec<_>>(), want, "{text:?}");
            assert_eq!(scan_lines(text).spans, want, "{text:?}");
        }
    }

    /// Line ends and tabs at every offset of the 64-byte blocks and the tail.
    #[test]
    fn scan_lines_finds_every_line_and_first_tab() {
        let mut text = String::new();
        for k in 0..90 {
            text.push_str(&"x".repeat(k % 37));
            text.push(['\n', '\t', 'y', '\t', '\n', '\n'][k % 6]);
        }
        for n in 0..text.len() {
            let t = &text[..n];
            let s = scan_lines(t);
            assert_eq!(s.spans, lines(t).collect::<Vec<_>>(), "{n}");
            let want: Vec<(usize, usize)> = s
                .spans
                .iter()
                .enumerate()
                .filter_map(|(li, &(a, b))| t[a..b].find('\t').map(|k| (li, a + k)))
                .collect();
            assert_eq!(s.tabbed, want, "{n}");
        }
    }

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
