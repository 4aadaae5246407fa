//! `extract` output: jsonl (the contract), json, tsv, text.

use crate::model::Reference;

use std::io::{self, Write};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefFormat {
    Jsonl,
    Json,
    Tsv,
    Text,
}

impl RefFormat {
    pub const ALL: [RefFormat; 4] = [Self::Jsonl, Self::Json, Self::Tsv, Self::Text];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Jsonl => "jsonl",
            Self::Json => "json",
            Self::Tsv => "tsv",
            Self::Text => "text",
        }
    }
}

impl std::str::FromStr for RefFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|f| f.as_str() == s)
            .ok_or_else(|| format!("unknown format `{s}` (one of: jsonl, json, tsv, text)"))
    }
}

/// Exactly the fields of REFERENCE-IDS.md, in its order: the reference the
/// direct writer ([`write_contract_line`]) is tested against.
#[cfg(test)]
#[derive(serde::Serialize)]
struct ContractLine<'a> {
    file: &'a str,
    source: String,
    target: String,
    kind: &'a str,
    relation: &'a str,
    text: &'a str,
    start: usize,
    end: usize,
    line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    page: Option<u32>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    anaphora: bool,
}

#[cfg(test)]
fn contract(r: &Reference) -> ContractLine<'_> {
    ContractLine {
        file: &r.file,
        source: r.source.to_string(),
        target: r.target.to_string(),
        kind: r.kind.as_str(),
        relation: r.relation.as_str(),
        text: &r.text,
        start: r.start,
        end: r.end,
        line: r.line,
        page: r.page,
        anaphora: r.anaphora,
    }
}

/// A JSON string as serde_json writes it: `"` and `\\` escaped, control
/// characters as `\n`-style or `\u00XX` escapes, everything else (non-ASCII
/// included) as it is. Runs that need no escape are copied whole.
fn write_json_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    write_json_chars(out, s);
    out.push(b'"');
}

/// The inside of [`write_json_str`]: `s` escaped, without the quotes. The
/// escape of a string is the escapes of its pieces, one after another.
fn write_json_chars(out: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = s.as_bytes();
    // Nearly every string needs no escape: a branch-free test over all its
    // bytes (vectorised) lets it be copied whole.
    if !bytes.iter().fold(false, |any, &b| {
        any | (b < 0x20) | (b == b'"') | (b == b'\\')
    }) {
        out.extend_from_slice(bytes);
        return;
    }
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let esc: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0C => b"\\f",
            0x00..=0x1F => b"",
            _ => continue,
        };
        out.extend_from_slice(&bytes[start..i]);
        if esc.is_empty() {
            out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[(b >> 4) as usize],
                HEX[(b & 0xF) as usize],
            ]);
        } else {
            out.extend_from_slice(esc);
        }
        start = i + 1;
    }
    out.extend_from_slice(&bytes[start..]);
}

/// `id` as a JSON string: what [`write_json_str`] writes for
/// `id.to_string()`, from the ID's parts. Going through `Display` (the fmt
/// machinery, then a second pass to escape) cost a third of the line.
fn write_id_json(out: &mut Vec<u8>, id: &crate::Id) {
    use crate::id::IdPart;
    out.push(b'"');
    id.for_each_part(|part| match part {
        // Fixed parts are ASCII letters, digits and `:()`: nothing to escape.
        IdPart::Lit(s) => out.extend_from_slice(s.as_bytes()),
        IdPart::Num(n) => write_usize(out, n),
        IdPart::Text(s) => write_json_chars(out, s),
    });
    out.push(b'"');
}

/// `n` in decimal, two digits per division (offsets run to 9 digits).
fn write_usize(out: &mut Vec<u8>, n: usize) {
    const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
        2021222324252627282930313233343536373839\
        4041424344454647484950515253545556575859\
        6061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899";
    let mut buf = [0u8; 20];
    let mut k = buf.len();
    let mut n = n;
    while n >= 100 {
        let p = (n % 100) * 2;
        n /= 100;
        k -= 2;
        buf[k..k + 2].copy_from_slice(&PAIRS[p..p + 2]);
    }
    if n >= 10 {
        k -= 2;
        buf[k..k + 2].copy_from_slice(&PAIRS[n * 2..n * 2 + 2]);
    } else {
        k -= 1;
        buf[k] = b'0' + n as u8;
    }
    out.extend_from_slice(&buf[k..]);
}

/// The last file and source written, already as JSON: references of one
/// document repeat them line after line.
#[derive(Default)]
struct IdCache {
    file: (String, Vec<u8>),
    source: Option<(crate::Id, Vec<u8>)>,
}

/// One line of the `extract --format jsonl` contract (REFERENCE-IDS.md):
/// the fields of [`ContractLine`] in its order, written directly; the
/// `contract_line_matches_serde` test holds it to serde_json's output.
fn write_contract_line(out: &mut Vec<u8>, r: &Reference, ids: &mut IdCache) {
    if *ids.file.0 != *r.file || ids.file.1.is_empty() {
        ids.file.0.clear();
        ids.file.0.push_str(&r.file);
        ids.file.1.clear();
        write_json_str(&mut ids.file.1, &r.file);
    }
    if ids.source.as_ref().is_none_or(|(id, _)| *id != r.source) {
        let mut v = Vec::new();
        write_id_json(&mut v, &r.source);
        ids.source = Some((r.source.clone(), v));
    }
    out.extend_from_slice(b"{\"file\":");
    out.extend_from_slice(&ids.file.1);
    out.extend_from_slice(b",\"source\":");
    out.extend_from_slice(&ids.source.as_ref().expect("set above").1);
    out.extend_from_slice(b",\"target\":");
    write_id_json(out, &r.target);
    out.extend_from_slice(b",\"kind\":\"");
    out.extend_from_slice(r.kind.as_str().as_bytes());
    out.extend_from_slice(b"\",\"relation\":\"");
    out.extend_from_slice(r.relation.as_str().as_bytes());
    out.extend_from_slice(b"\",\"text\":");
    write_json_str(out, &r.text);
    out.extend_from_slice(b",\"start\":");
    write_usize(out, r.start);
    out.extend_from_slice(b",\"end\":");
    write_usize(out, r.end);
    out.extend_from_slice(b",\"line\":");
    write_usize(out, r.line);
    if let Some(p) = r.page {
        out.extend_from_slice(b",\"page\":");
        write_usize(out, p as usize);
    }
    if r.anaphora {
        out.extend_from_slice(b",\"anaphora\":true");
    }
    out.extend_from_slice(b"}\n");
}

/// Text for one line of text output: tabs and newlines made spaces.
fn one_line(s: &str) -> String {
    s.replace(['\n', '\r', '\t'], " ")
}

/// A TSV field, escaped as PostgreSQL's COPY and the IANA
/// text/tab-separated-values convention read it: `\\` `\t` `\n` `\r`,
/// so a tab or newline in a file name or a mention never splits a row and
/// the value can be restored exactly.
pub fn tsv_field(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(['\\', '\t', '\n', '\r']) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// ANSI colour of a target kind in coloured text output.
pub fn kind_colour(kind: crate::Kind) -> &'static str {
    use crate::Kind::*;
    match kind {
        Resolution => "\x1b[34m",
        Decision => "\x1b[32m",
        Article => "\x1b[33m",
        Chapter => "\x1b[31m",
        Document => "\x1b[35m",
        Session => "\x1b[36m",
        File => "\x1b[37m",
    }
}

/// `text` with every canonical ID in it coloured by its kind (`--color`
/// for `cites`, `lineage` and `report`): a token that reads as an ID
/// (`res:cosp:6/2`, `art:uncac:46(3)`, `doc:CAC/COSP/2017/L.12/Rev.1`)
/// and nothing else is touched.
pub fn colour_ids(text: &str) -> String {
    const PREFIXES: [&str; 7] = ["res:", "dec:", "art:", "chap:", "doc:", "session:", "file:"];
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut pos = 0;
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let boundary = i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b':');
        if boundary && PREFIXES.iter().any(|p| text[i..].starts_with(p)) {
            let len = text[i..]
                .find(|c: char| {
                    c.is_whitespace() || matches!(c, '`' | ',' | ';' | '"' | '\'' | '[' | ']')
                })
                .unwrap_or(text.len() - i);
            // An ID ends before a closing parenthesis it did not open
            // ("(in file:cosp7-report)") and before a full stop or colon.
            let mut token = &text[i..i + len];
            loop {
                let opened = token.matches('(').count() >= token.matches(')').count();
                match token.chars().last() {
                    Some(')') if !opened => token = &token[..token.len() - 1],
                    Some('.' | ':') => token = &token[..token.len() - 1],
                    _ => break,
                }
            }
            if let Ok(id) = token.parse::<crate::id::Id>() {
                out.push_str(&text[pos..i]);
                out.push_str(kind_colour(id.kind()));
                out.push_str(token);
                out.push_str("\x1b[0m");
                i += token.len();
                pos = i;
                continue;
            }
        }
        i += text[i..].chars().next().map_or(1, char::len_utf8);
    }
    out.push_str(&text[pos..]);
    out
}

/// One document's references rendered on a worker thread, ready for
/// [`RefStream::write`].
pub struct Rendered {
    bytes: Vec<u8>,
    count: usize,
}

impl Rendered {
    /// The rendered bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }
}

/// Renders references without the stream's framing (TSV header, JSON array
/// brackets), so documents can be rendered in parallel and written in order.
pub fn render(refs: &[Reference], format: RefFormat, colour: bool) -> Rendered {
    let mut out = Vec::with_capacity(refs.len() * 256);
    render_into(&mut out, refs, format, colour).expect("writing to memory");
    Rendered {
        bytes: out,
        count: refs.len(),
    }
}

fn render_into(
    out: &mut Vec<u8>,
    refs: &[Reference],
    format: RefFormat,
    colour: bool,
) -> io::Result<()> {
    match format {
        RefFormat::Jsonl => {
            let mut ids = IdCache::default();
            for r in refs {
                write_contract_line(out, r, &mut ids);
            }
        }
        RefFormat::Json => {
            // Each element as the pretty printer writes it inside an array:
            // indented one level, separated by ",\n". JSON strings hold no
            // raw newline, so indenting line by line is exact.
            for (k, r) in refs.iter().enumerate() {
                if k > 0 {
                    out.extend_from_slice(b",\n");
                }
                let one = serde_json::to_vec_pretty(r)?;
                for (j, line) in one.split(|&b| b == b'\n').enumerate() {
                    if j > 0 {
                        out.push(b'\n');
                    }
                    out.extend_from_slice(b"  ");
                    out.extend_from_slice(line);
                }
            }
        }
        RefFormat::Tsv => {
            for r in refs {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    tsv_field(&r.file),
                    r.line,
                    r.start,
                    r.end,
                    tsv_field(&r.source.to_string()),
                    tsv_field(&r.target.to_string()),
                    r.kind,
                    r.relation,
                    tsv_field(&r.text)
                )?;
            }
        }
        RefFormat::Text => {
            for r in refs {
                let (on, off) = if colour {
                    (kind_colour(r.kind), "\x1b[0m")
                } else {
                    ("", "")
                };
                writeln!(
                    out,
                    "{}:{}: {on}{}{off} ({}) \"{}\"",
                    r.file,
                    r.line,
                    r.target,
                    r.relation,
                    one_line(&r.text)
                )?;
            }
        }
    }
    Ok(())
}

/// Writes rendered documents in order with the format's framing: the TSV
/// header first, JSON's array brackets and separators between documents.
pub struct RefStream<W: Write> {
    out: W,
    format: RefFormat,
    written: usize,
}

impl<W: Write> RefStream<W> {
    pub fn new(mut out: W, format: RefFormat) -> io::Result<Self> {
        if format == RefFormat::Tsv {
            writeln!(
                out,
                "file\tline\tstart\tend\tsource\ttarget\tkind\trelation\ttext"
            )?;
        }
        Ok(RefStream {
            out,
            format,
            written: 0,
        })
    }

    pub fn write(&mut self, r: &Rendered) -> io::Result<()> {
        if r.count == 0 {
            return Ok(());
        }
        if self.format == RefFormat::Json {
            self.out
                .write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
        }
        self.out.write_all(&r.bytes)?;
        self.written += r.count;
        Ok(())
    }

    /// Closes the framing and flushes; returns the number of references.
    pub fn finish(mut self) -> io::Result<usize> {
        if self.format == RefFormat::Json {
            self.out
                .write_all(if self.written == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()?;
        Ok(self.written)
    }
}

/// All of `refs` in one go (a stream of one document).
pub fn write_refs<W: Write>(out: &mut W, refs: &[Reference], format: RefFormat) -> io::Result<()> {
    let mut s = RefStream::new(out, format)?;
    s.write(&render(refs, format, false))?;
    s.finish()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::id::Id;
    use crate::model::Relation;
    use proptest::prelude::*;

    fn reference(file: &str, text: &str, symbol: &str, anaphora: bool) -> Reference {
        Reference {
            file: file.into(),
            source: Id::File {
                stem: file.to_string(),
            },
            target: Id::Document {
                symbol: symbol.to_string(),
            },
            kind: crate::Kind::Document,
            relation: Relation::TakesNote,
            text: text.to_string(),
            start: 0,
            end: usize::MAX,
            line: 10_000_000,
            page: None,
            anaphora,
            pinpoint: None,
            title: None,
            date: None,
        }
    }

    fn both(refs: &[Reference]) -> (String, String) {
        let mut direct = Vec::new();
        let mut ids = IdCache::default();
        for r in refs {
            write_contract_line(&mut direct, r, &mut ids);
        }
        let mut serde = Vec::new();
        for r in refs {
            serde_json::to_writer(&mut serde, &contract(r)).unwrap();
            serde.push(b'\n');
        }
        (
            String::from_utf8(direct).unwrap(),
            String::from_utf8(serde).unwrap(),
        )
    }

    #[test]
    fn ids_are_coloured_by_kind_and_nothing_else() {
        let plain = "res:cosp:7/1 (resolution) [in file:cosp7-report]\n  recalls art:uncac:46(3), doc:A/79/1. resolution: no";
        let c = colour_ids(plain);
        assert!(c.contains("\x1b[34mres:cosp:7/1\x1b[0m"), "{c:?}");
        assert!(c.contains("\x1b[37mfile:cosp7-report\x1b[0m]"), "{c:?}");
        assert!(c.contains("\x1b[33mart:uncac:46(3)\x1b[0m,"), "{c:?}");
        assert!(c.contains("\x1b[35mdoc:A/79/1\x1b[0m."), "{c:?}");
        assert!(c.ends_with("resolution: no"));
        // Only colour codes were added.
        let mut stripped = String::new();
        let mut rest = c.as_str();
        while let Some(k) = rest.find('\x1b') {
            stripped.push_str(&rest[..k]);
            rest = &rest[k + rest[k..].find('m').unwrap() + 1..];
        }
        stripped.push_str(rest);
        assert_eq!(stripped, plain);
        assert_eq!(colour_ids("no ids here: é"), "no ids here: é");
    }

    #[test]
    fn contract_line_matches_serde() {
        let refs = [
            reference(
                "data/corpus/cosp7-report.txt",
                "resolution 6/2",
                "A/1",
                false,
            ),
            reference(
                "a \"quoted\" \\ name.txt",
                "line\nbreak\ttab\r\u{1}\u{8}\u{c}\u{7f}",
                "CAC/COSP/2017/L.12/Rev.1",
                true,
            ),
            reference(
                "a \"quoted\" \\ name.txt",
                "é “curly” 𝄞 \u{2028}",
                "X/1",
                false,
            ),
        ];
        let (direct, serde) = both(&refs);
        assert_eq!(direct, serde);
    }

    #[test]
    fn numbers_and_alternating_targets_match_serde() {
        let mut refs = Vec::new();
        for (k, n) in [
            0,
            7,
            9,
            10,
            99,
            100,
            101,
            999,
            1000,
            65_535,
            123_456_789,
            usize::MAX,
        ]
        .into_iter()
        .enumerate()
        {
            let mut r = reference(
                "data/corpus/cosp7-report.txt",
                "article 46",
                ["A/1", "B/2"][k % 2],
                false,
            );
            (r.start, r.end, r.line) = (n, n / 3, n.saturating_add(1));
            refs.push(r);
        }
        let (direct, serde) = both(&refs);
        assert_eq!(direct, serde);
    }

    #[test]
    fn ids_render_as_their_display_does() {
        use crate::names::{Body, Instrument};
        let ids = [
            Id::Resolution {
                issuer: Body::Cosp,
                number: "7/1".into(),
            },
            Id::Decision {
                issuer: Body::Ga,
                number: "S-32/1\"\\\n".into(),
            },
            Id::Article {
                instrument: Instrument::Uncac,
                article: 46,
                paragraph: Some("9".into()),
                sub: Some("b".into()),
            },
            Id::Article {
                instrument: Instrument::Untoc,
                article: 65_535,
                paragraph: None,
                sub: Some("\t".into()),
            },
            Id::Chapter {
                instrument: Instrument::Uncac,
                chapter: 4,
            },
            Id::Chapter {
                instrument: Instrument::Untoc,
                chapter: 255,
            },
            Id::Document {
                symbol: "CAC/COSP/2017/L.12/Rev.1 “é”".into(),
            },
            Id::Session {
                body: Body::Cosp,
                number: "S-32".into(),
            },
            Id::File {
                stem: "a \"quoted\" \u{1} stem".into(),
            },
        ];
        for id in &ids {
            let (mut direct, mut display) = (Vec::new(), Vec::new());
            write_id_json(&mut direct, id);
            write_json_str(&mut display, &id.to_string());
            assert_eq!(
                String::from_utf8(direct).unwrap(),
                String::from_utf8(display).unwrap()
            );
        }
    }

    proptest! {
        #[test]
        fn any_numbers_render_as_serde_does(start: usize, end: usize, line: usize) {
            let mut r = reference("f", "t", "A/1", false);
            (r.start, r.end, r.line) = (start, end, line);
            let (direct, serde) = both(&[r]);
            prop_assert_eq!(direct, serde);
        }

        #[test]
        fn any_strings_render_as_serde_does(file in ".*", text in ".*", symbol in ".*", anaphora: bool) {
            let refs = [reference(&file, &text, &symbol, anaphora), reference("other", &text, &symbol, !anaphora)];
            let (direct, serde) = both(&refs);
            prop_assert_eq!(direct, serde);
        }
    }
}
