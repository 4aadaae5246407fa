//! The grammar of document symbols: series ("CAC", "A", "E/CN.15"), their
//! parts ("CAC/COSP/2017/L.12/Rev.1"), ranges and lists of addenda, joint
//! symbols, symbols wrapped at a line end. The recogniser reads symbols in
//! running text with it, and the layout reads mastheads and annex lists.

use super::SYMBOL_SERIES_RE;
use crate::model::{Item, Raw};
use crate::pattern::{back, next_word};
use crate::{gated_re, static_re};
use std::sync::LazyLock;

/// A symbol found: where it ends and its items (itself, or each member of a
/// range or list it stands for); it starts where it was looked for.
pub type SymbolItems = (usize, Vec<Item>);

/// A range of addenda holds at most this many members ("Add.1–30"); a
/// longer "range" is a misread.
const MAX_PART_RANGE: u32 = 30;

static SYMBOL_SERIES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    SYMBOL_SERIES_RE
        .trim_start_matches("(?:")
        .trim_end_matches(')')
        .split('|')
        .collect()
});

static_re!(
    /// A resolution's own symbol: "A/RES/70/174", "A/RES/S-32/1", "E/RES/2017/21",
    /// "S/RES/2462 (2019)", "A/HRC/RES/35/25". Group 1 the series, 2 the number.
    RESOLUTION_SYMBOL,
    r"^(A/RES|E/RES|S/RES|A/HRC/RES)/((?:E?S-)?\d{1,4}(?:/\d{1,4}[A-Z]{0,2})?)(?:\s*\(\d{4}\))?$"
);

static_re!(
    /// A report's symbol and the part of it that holds a resolution, right
    /// before the resolution's number: "CAC/COSP/2021/17, sect. I.A, ",
    /// "(E/2015/27), chap. I, sect. C, ". Group 1 the symbol.
    REPORT_PART_SYMBOL,
    &format!(
        r"\b({SYMBOL_SERIES_RE}/[A-Za-z0-9./-]+)\)?,\s*(?:chap\.\s*[IVXLC\d]+,\s*(?:sect\.\s*[A-Z0-9.]+,\s*)?|sect\.\s*[A-Z0-9.]+,\s*)$"
    )
);

/// The symbol of the report whose part `before` ends by citing ("10
/// CAC/COSP/2021/17, sect. I.A, resolution 9/2", A/C.2/80/L.23): the
/// resolution there is the reporting body's, whatever body is speaking.
pub fn report_part_symbol(before: &str) -> Option<&str> {
    // The pattern ends with a chapter or section: without either word in
    // the window there is nothing to search (asked for every bare number).
    if !(before.contains("sect.") || before.contains("chap.")) {
        return None;
    }
    REPORT_PART_SYMBOL
        .captures(before)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str())
}

/// The resolution a resolution symbol stands for (issue 19: one node, not
/// two): "A/RES/70/174" is `res:ga:70/174`, "E/RES/2017/21"
/// `res:ecosoc:2017/21`, "S/RES/2462 (2019)" `res:sc:2462`,
/// "A/HRC/RES/35/25" `res:hrc:35/25`. `None` for any other symbol, and for a
/// number the body's numbering cannot have.
pub fn resolution_of_symbol(symbol: &str) -> Option<crate::id::Id> {
    use super::Body;
    let c = RESOLUTION_SYMBOL.captures(symbol.trim())?;
    let issuer = match &c[1] {
        "A/RES" => Body::Ga,
        "E/RES" => Body::Ecosoc,
        "S/RES" => Body::Sc,
        _ => Body::Hrc,
    };
    let number = c[2].to_string();
    // Only the Security Council numbers without a session.
    if (issuer == Body::Sc) == number.contains('/') || !issuer.can_number(&number) {
        return None;
    }
    Some(crate::id::Id::Resolution { issuer, number })
}

/// A symbol series ("CAC", "A", "E"): the word a symbol starts with.
pub fn is_symbol_series(word: &str) -> bool {
    SYMBOL_SERIES.contains(&word)
}

/// Whether `s` starts as every symbol does, with a series and a slash
/// ("CAC/", "A/"): a cell that does not is no symbol, and needs no
/// symbol search.
pub fn starts_like_symbol(s: &str) -> bool {
    s.split_once('/')
        .is_some_and(|(series, _)| is_symbol_series(series))
}

/// The length of the symbol token at the start of `cell`: what the
/// recogniser's symbol anchor `\b{SERIES}(?:/[A-Za-z0-9][A-Za-z0-9.\-]*)+`
/// matches there.
fn token_len(cell: &str) -> Option<usize> {
    let (series, _) = cell.split_once('/')?;
    if !is_symbol_series(series) {
        return None;
    }
    let b = cell.as_bytes();
    let mut i = series.len();
    while b.get(i) == Some(&b'/') && b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric) {
        i += 2;
        while b
            .get(i)
            .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'.' || c == b'-')
        {
            i += 1;
        }
    }
    (i > series.len()).then_some(i)
}

/// The symbols a cell (a masthead cell, an annex-list cell) starts with, as
/// (start, end, symbol): what the recogniser reads at the cell's start.
/// Empty when the cell does not start with a symbol.
pub fn symbols_at_start(cell: &str) -> Vec<(usize, usize, String)> {
    let Some(e) = token_len(cell) else {
        return Vec::new();
    };
    let Some((_, items)) = read_symbol(cell, 0, e) else {
        return Vec::new();
    };
    items
        .into_iter()
        .filter_map(|i| match i.raw {
            Raw::Document { symbol } => Some((i.start, i.end, symbol)),
            _ => None,
        })
        .collect()
}

gated_re!(
    /// "X/L.1 and Add.1–4", "X/L.1 and Add.1 to Add.4", "X/L.11, L.12 and
    /// L.14": addenda, corrigenda, revisions or sibling drafts of the symbol
    /// before, written with the last component only.
    ADD_RANGE,
    |r| matches!(next_word(r), "and" | "Add" | "Corr" | "Rev" | "L" | "CRP"),
    r"^(?:\s+and\s+|\s*,\s*(?:and\s+)?)(Add|Corr|Rev|L|CRP)\.(\d{1,3})(?:\s*(?:[-–]|to)\s*(?:(?:Add|Corr|Rev|L|CRP)\.)?(\d{1,3})|((?:\s*,\s*(?:(?:Add|Corr|Rev|L|CRP)\.)?\d{1,3})*,?\s+and\s+(?:(?:Add|Corr|Rev|L|CRP)\.)?\d{1,3}))?\b"
);
static_re!(JOINT_SYMBOL, &format!(r"-{SYMBOL_SERIES_RE}/"));
gated_re!(
    SYMBOL_DASH_TAIL,
    |r| r.starts_with('–') || matches!(next_word(r), "to" | "through"),
    r"^(?:–|\s+(?:to|through)\s+)(?:(?:Add|Corr|Rev|L|CRP)\.)?\d{1,2}\b"
);
static_re!(
    SYMBOL_PART_RANGE,
    r"^(?P<base>.+/(?P<kind>Add|Corr|Rev|L|CRP)\.)(?P<from>\d{1,2})(?:-|–|\s+(?:to|through)\s+)(?:(?P<tokind>Add|Corr|Rev|L|CRP)\.)?(?P<to>\d{1,2})$"
);

/// One document item: `symbol` over `start..end`.
fn document(symbol: String, start: usize, end: usize) -> Item {
    Item {
        raw: Raw::Document { symbol },
        start,
        end,
    }
}

/// "CAC/COSP/IRG/2023/L.1/Add.1–5", "CAC/COSP/2025/L.3 to L.7": a range of
/// addenda (corrigenda, revisions, drafts) from the symbol's last part
/// stands for every member.
fn symbol_part_range(text: &str, s: usize, end: usize) -> Option<SymbolItems> {
    let tail = SYMBOL_DASH_TAIL.find(&text[end..]).map_or(0, |m| m.end());
    let full = &text[s..end + tail];
    // Most symbols hold no range: no dash in the token and no tail.
    if tail == 0 && !full.contains('-') {
        return None;
    }
    let c = SYMBOL_PART_RANGE.captures(full)?;
    // "L.3 to L.7", "Add.1–4"; not "L.3 to Add.2".
    if c.name("tokind").is_some_and(|k| k.as_str() != &c["kind"]) {
        return None;
    }
    let (from, to): (u32, u32) = (c["from"].parse().ok()?, c["to"].parse().ok()?);
    if to <= from || to - from > MAX_PART_RANGE {
        return None;
    }
    let end = end + tail;
    let items = (from..=to)
        .map(|n| document(format!("{}{n}", &c["base"]), s, end))
        .collect();
    Some((end, items))
}

/// "CAC/COSP/IRG/\n2024/4": a symbol broken after a slash at a line end
/// goes on with the first word of the next line.
fn wrapped_symbol(text: &str, s: usize, e: usize) -> Option<SymbolItems> {
    let rest = &text[e..];
    let gap = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    let after = rest[gap..].strip_prefix('\n')?;
    let lead = after.len() - after.trim_start_matches([' ', '\t']).len();
    let cont = &after[lead..];
    let len = cont
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '/' | '-')))
        .unwrap_or(cont.len());
    let tail = cont[..len].trim_end_matches(['.', '-', '/']);
    // "2024/4", "L.12", "CRP.4"; not the "2" of a numbered paragraph "2.".
    if !tail.starts_with(|c: char| c.is_ascii_alphanumeric())
        || !tail.contains(|c: char| c.is_ascii_digit())
        || !tail.contains(['/', '.'])
    {
        return None;
    }
    let start_tail = e + gap + 1 + lead;
    let end = start_tail + tail.len();
    let symbol = format!("{}{tail}", &text[s..e]);
    Some((end, vec![document(symbol, s, end)]))
}

/// A URL host or path is not a symbol: bytes looked back for its "://".
const URL_LOOKBACK: usize = 8;

/// The symbol token `s..e` (the recogniser's symbol anchor) read as a
/// symbol, with what stands for more than one document. `None` when it is
/// the tail of a longer token, part of a URL, or holds no number.
pub fn read_symbol(text: &str, s: usize, e: usize) -> Option<SymbolItems> {
    // Not the tail of a longer token ("UNODC/CAC/..." or a URL path).
    if let Some(p) = text[..s].chars().next_back()
        && (p == '/' || p == '.' || p.is_alphanumeric() || p == '-' || p == '_')
    {
        return None;
    }
    let raw = &text[s..e];
    // The anchor stops before a slash with no word after it.
    if text[e..].starts_with('/')
        && let Some(m) = wrapped_symbol(text, s, e + 1)
    {
        return Some(m);
    }
    let trimmed = raw.trim_end_matches(['.', ',', '-', ';', ':', '/']);
    if !trimmed.contains('/') || !trimmed.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // A URL host or path is not a symbol.
    if text[e..].starts_with(".html") || text[back(text, s, URL_LOOKBACK)..s].contains("://") {
        return None;
    }
    let end = s + trimmed.len();
    if let Some(m) = symbol_part_range(text, s, end) {
        return Some(m);
    }
    if let Some(m) = joint_symbol(trimmed, s) {
        return Some(m);
    }
    if let Some((len, part)) = part_designation(&text[end..]) {
        let end = end + len;
        return Some((
            end,
            vec![document(format!("{trimmed}(Part{part})"), s, end)],
        ));
    }
    let symbol = trimmed.to_string();
    let mut items = vec![document(symbol.clone(), s, end)];
    let mend = push_addenda(text, end, &symbol, &mut items)?;
    Some((mend, items))
}

/// "E/2023/30-E/CN.15/2023/13": one document issued under two symbols;
/// a press release under three ("SG/A/483-BIO/2636-SOC/NAR/597"): one item
/// per symbol.
fn joint_symbol(trimmed: &str, s: usize) -> Option<SymbolItems> {
    let cuts: Vec<usize> =
        JOINT_SYMBOL.with(|re| re.find_iter(trimmed).map(|m| m.start()).collect());
    let &k = cuts.first()?;
    if !trimmed[..k].bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let part = |a: usize, b: usize| document(trimmed[a..b].to_string(), s + a, s + b);
    let starts = std::iter::once(0).chain(cuts.iter().map(|&c| c + 1));
    let ends = cuts.iter().copied().chain(std::iter::once(trimmed.len()));
    Some((
        s + trimmed.len(),
        starts.zip(ends).map(|(a, b)| part(a, b)).collect(),
    ))
}

/// A document in parts keeps its part, as undocs.org writes it:
/// "A/80/15 (Part I), A/80/15 (Part II), A/80/15 (Part III) and A/80/15
/// (Part IV)" (A/C.2/80/L.13, footnote 3), "See A/CONF.157/24 (Part I),
/// chap. III" (A/C.3/80/L.40) -> `doc:A/80/15(PartI)`. After a symbol at
/// `r`: ` (Part I)` (a space, not a line, between), its length and the
/// part's roman numeral.
fn part_designation(r: &str) -> Option<(usize, &str)> {
    let sp = r.len() - r.trim_start_matches([' ', '\t']).len();
    let inner = r[sp..].strip_prefix("(Part")?;
    let gap = inner.len() - inner.trim_start_matches([' ', '\t']).len();
    if gap == 0 {
        return None;
    }
    let numeral = &inner[gap..];
    let k = numeral
        .bytes()
        .take_while(|c| matches!(c, b'I' | b'V' | b'X'))
        .count();
    (k > 0 && numeral[k..].starts_with(')'))
        .then(|| (sp + "(Part".len() + gap + k + 1, &numeral[..k]))
}

/// "CAC/COSP/2017/L.1 and Add.1–4": the addenda after the symbol ending at
/// `end` are documents too. Pushes them and returns where the mention ends
/// (`end` when none follow); `None` when a number does not parse.
fn push_addenda(text: &str, end: usize, symbol: &str, items: &mut Vec<Item>) -> Option<usize> {
    let Some(c) = ADD_RANGE.captures(&text[end..]) else {
        return Some(end);
    };
    // A draft's sibling "L.12" needs an "L." symbol; "Add.1" goes on any.
    if !(matches!(&c[1], "Add" | "Corr" | "Rev") || symbol.contains(&format!("/{}.", &c[1]))) {
        return Some(end);
    }
    let kind = &c[1];
    let first = c.get(2).unwrap();
    // "Add.1 and Corr.2": one kind per list; the rest is left alone.
    let tail = &c[0][first.end()..];
    let mixed = ["Add", "Corr", "Rev", "L", "CRP"]
        .iter()
        .any(|k| *k != kind && tail.contains(&format!("{k}.")));
    let from: u32 = first.as_str().parse().ok()?;
    let (range_end, list, m_end) = if mixed {
        (None, None, first.end())
    } else {
        (c.get(3), c.get(4), c.get(0).unwrap().end())
    };
    let to: u32 = match (range_end, list) {
        (Some(t), _) => t.as_str().parse().ok()?,
        _ => from,
    };
    let mut nums: Vec<u32> = if to >= from && to - from <= MAX_PART_RANGE {
        (from..=to).collect()
    } else {
        vec![from]
    };
    if let Some(list) = list {
        nums.extend(
            list.as_str()
                .split(|ch: char| !ch.is_ascii_digit())
                .filter_map(|x| x.parse::<u32>().ok()),
        );
    }
    let base = match symbol.rfind(&format!("/{kind}.")) {
        Some(k) => &symbol[..k],
        None => symbol,
    };
    let span_start = end + c[0].find(kind).unwrap_or(0);
    for n in nums {
        items.push(document(
            format!("{base}/{kind}.{n}"),
            span_start,
            end + m_end,
        ));
    }
    Some(end + m_end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolution_symbols_are_resolutions() {
        let id = |s: &str| resolution_of_symbol(s).map(|i| i.to_string());
        assert_eq!(id("A/RES/70/174").as_deref(), Some("res:ga:70/174"));
        assert_eq!(id("A/RES/S-32/1").as_deref(), Some("res:ga:S-32/1"));
        assert_eq!(id("A/RES/46/185C").as_deref(), Some("res:ga:46/185C"));
        assert_eq!(id("E/RES/2017/21").as_deref(), Some("res:ecosoc:2017/21"));
        assert_eq!(id("S/RES/2462 (2019)").as_deref(), Some("res:sc:2462"));
        assert_eq!(id("S/RES/2462").as_deref(), Some("res:sc:2462"));
        assert_eq!(id("A/HRC/RES/35/25").as_deref(), Some("res:hrc:35/25"));
        assert_eq!(id("A/70/174"), None);
        assert_eq!(id("A/RES/70"), None);
        assert_eq!(id("A/HRC/RES/95/1"), None);
    }

    /// The symbols `read_symbol` reads at the start of `t`.
    fn read(t: &str) -> Vec<String> {
        let e = token_len(t).unwrap();
        let (_, items) = read_symbol(t, 0, e).unwrap();
        items
            .into_iter()
            .map(|i| match i.raw {
                Raw::Document { symbol } => symbol,
                _ => unreachable!(),
            })
            .collect()
    }

    /// A/C.2/80/L.13, footnote 3; A/C.3/80/L.40, footnote 17.
    #[test]
    fn a_document_in_parts_keeps_its_part() {
        assert_eq!(
            read("A/80/15 (Part I), A/80/15 (Part II)"),
            ["A/80/15(PartI)"]
        );
        assert_eq!(read("A/80/15 (Part IV)."), ["A/80/15(PartIV)"]);
        assert_eq!(
            read("A/CONF.157/24 (Part I), chap. III"),
            ["A/CONF.157/24(PartI)"]
        );
        assert_eq!(read("A/72/6 (Part II)"), ["A/72/6(PartII)"]);
        // Not a part: a parenthesis of another kind.
        assert_eq!(read("A/80/15 (Partly)"), ["A/80/15"]);
        assert_eq!(read("A/80/15 (2025)"), ["A/80/15"]);
    }

    /// A/C.2/80/L.16, footnote 6: "Adopted under the UNFCCC in
    /// FCCC/CP/2015/10/Add.1, decision 1/CP.21."
    #[test]
    fn climate_convention_symbols_are_symbols() {
        assert_eq!(
            read("FCCC/CP/2015/10/Add.1, decision"),
            ["FCCC/CP/2015/10/Add.1"]
        );
    }

    #[test]
    fn gates_pass_wherever_their_pattern_matches() {
        crate::recognise::tests::assert_gates_pass(&[
            ("ADD_RANGE", &ADD_RANGE),
            ("SYMBOL_DASH_TAIL", &SYMBOL_DASH_TAIL),
        ]);
    }

    #[test]
    fn cells_start_with_symbols() {
        let firsts = |c: &str| {
            symbols_at_start(c)
                .into_iter()
                .map(|s| s.2)
                .collect::<Vec<_>>()
        };
        assert_eq!(firsts("CAC/COSP/2017/14"), ["CAC/COSP/2017/14"]);
        assert_eq!(firsts("S/RES/2799 (2025)"), ["S/RES/2799"]);
        assert_eq!(
            firsts("E/2024/30-E/CN.15/2024/14"),
            ["E/2024/30", "E/CN.15/2024/14"]
        );
        assert!(firsts("Distr.: General").is_empty());
        assert!(firsts("A/").is_empty());
    }
}
