//! Word (DOCX): the text of `word/document.xml` with the running header
//! before it, one paragraph a line and a blank line after it, table cells on lines of their own, and
//! each footnote after the paragraph that calls it, the way a page of a UN
//! document reads (and the way the converted texts the recogniser was built
//! on put it: "¹ See resolution 6/2." under the paragraph).
//!
//! A DOCX is a zip: every part is inflated through a counter that stops at
//! the size limit, so a zip bomb (a small file declaring or inflating to
//! gigabytes) is refused after reading at most the limit, never held.

use super::DocError;
use quick_xml::events::{BytesStart, Event};
use std::collections::HashMap;
use std::io::{BufReader, Cursor, Read};

/// The text of a DOCX whose bytes are `bytes`; no part may inflate past
/// `limit` bytes.
pub(super) fn extract(bytes: &[u8], limit: u64) -> Result<String, DocError> {
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| DocError::BadZip(e.to_string()))?;
    if zip.index_for_name("word/document.xml").is_none() {
        return Err(DocError::NotDocx);
    }
    let footnotes = match zip.index_for_name("word/footnotes.xml") {
        Some(_) => notes(&read_part(&mut zip, "word/footnotes.xml", limit)?)?,
        None => HashMap::new(),
    };
    let mut out = String::new();
    // Running headers first (the symbol of a UN document sits there), each
    // distinct one once, in part order (header1, header2, ...).
    let mut headers: Vec<String> = zip
        .file_names()
        .filter_map(Result::ok)
        .filter(|n| n.starts_with("word/header") && n.ends_with(".xml"))
        .map(|n| n.into_owned())
        .collect();
    headers.sort_by_key(|n| (n.len(), n.clone()));
    let mut seen = Vec::new();
    for h in headers {
        let t = body(&read_part(&mut zip, &h, limit)?, &HashMap::new())?;
        if !t.trim().is_empty() && !seen.contains(&t) {
            out.push_str(&t);
            seen.push(t);
        }
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(&body(
        &read_part(&mut zip, "word/document.xml", limit)?,
        &footnotes,
    )?);
    Ok(out)
}

/// A part's bytes, refused when its declared or its actual inflated size
/// passes `limit`.
fn read_part(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
    limit: u64,
) -> Result<Vec<u8>, DocError> {
    let bomb = || DocError::Bomb {
        part: name.to_string(),
        limit,
    };
    let f = zip
        .by_name(name)
        .map_err(|e| DocError::BadZip(format!("{name}: {e}")))?;
    if f.size() > limit {
        return Err(bomb());
    }
    let mut v = Vec::new();
    // The declared size can lie: at most one byte past the limit is read.
    BufReader::new(f)
        .take(limit.saturating_add(1))
        .read_to_end(&mut v)
        .map_err(|e| DocError::BadZip(format!("{name}: {e}")))?;
    if v.len() as u64 > limit {
        return Err(bomb());
    }
    Ok(v)
}

/// Footnotes by ID: each one's text on one line, without its mark (the
/// body numbers it where it is called).
fn notes(xml: &[u8]) -> Result<HashMap<String, String>, DocError> {
    let mut out = HashMap::new();
    let mut r = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    let none = HashMap::new();
    // The footnote being read: its ID and a walker of its own.
    let mut current: Option<(String, Walker)> = None;
    loop {
        let ev = r.read_event_into(&mut buf).map_err(xml_error)?;
        match &ev {
            Event::Start(e) if local(e) == "footnote" => {
                let id = attr(e, "w:id").unwrap_or_default();
                let special = attr(e, "w:type").is_some_and(|t| t != "normal");
                current = (!special).then(|| (id, Walker::new(true)));
            }
            Event::End(e) if local_end(e) == "footnote" => {
                if let Some((id, w)) = current.take() {
                    let text = w.finish();
                    out.insert(id, text.split_whitespace().collect::<Vec<_>>().join(" "));
                }
            }
            Event::Eof => break,
            _ => {
                if let Some((_, w)) = &mut current {
                    w.event(&ev, &none);
                }
            }
        }
        buf.clear();
    }
    Ok(out)
}

fn xml_error(e: quick_xml::Error) -> DocError {
    DocError::BadXml(e.to_string())
}

/// An element's name without its namespace prefix (`w:p` -> `p`).
fn local<'a>(e: &'a BytesStart) -> &'a str {
    strip_prefix(e.name().into_inner())
}

fn local_end<'a>(e: &'a quick_xml::events::BytesEnd) -> &'a str {
    strip_prefix(e.name().into_inner())
}

fn strip_prefix(n: &str) -> &str {
    n.split_once(':').map_or(n, |(_, l)| l)
}

fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.try_get_attribute(name)
        .ok()
        .flatten()
        .map(|a| a.value.into_owned())
}

/// Unicode superscript digits: the footnote mark the normaliser and the
/// footnote finder read ("resolution 6/2¹", "¹ See ...").
fn superscript(n: usize) -> String {
    const SUP: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    n.to_string()
        .bytes()
        .map(|d| SUP[usize::from(d - b'0')])
        .collect()
}

/// The text of a WordprocessingML part (see [`Walker`]).
fn body(xml: &[u8], footnotes: &HashMap<String, String>) -> Result<String, DocError> {
    let mut r = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut w = Walker::new(false);
    loop {
        let ev = r.read_event_into(&mut buf).map_err(xml_error)?;
        if matches!(ev, Event::Eof) {
            break;
        }
        w.event(&ev, footnotes);
        buf.clear();
    }
    Ok(w.finish())
}

/// Reads WordprocessingML events into text: `w:t` runs, a tab for
/// `w:tab`, a line for each paragraph and break; what Word shows twice or
/// never is skipped (the fallback of alternate content; deleted text and
/// field codes are not `w:t`). A footnote call becomes its number in
/// superscript and the footnote follows the paragraph, numbered in call
/// order as Word numbers them.
struct Walker {
    out: String,
    in_text: bool,
    fallback: usize,
    numbered: usize,
    pending: Vec<String>,
    /// Inside a footnote: its own mark (`w:footnoteRef`) is left out.
    note: bool,
}

impl Walker {
    fn new(note: bool) -> Walker {
        Walker {
            out: String::new(),
            in_text: false,
            fallback: 0,
            numbered: 0,
            pending: Vec::new(),
            note,
        }
    }

    fn event(&mut self, ev: &Event, footnotes: &HashMap<String, String>) {
        let out = &mut self.out;
        match ev {
            Event::Start(e) | Event::Empty(e) => {
                let empty = matches!(ev, Event::Empty(_));
                match local(e) {
                    "Fallback" if !empty => self.fallback += 1,
                    _ if self.fallback > 0 => {}
                    "t" if !empty => self.in_text = true,
                    "tab" => out.push('\t'),
                    "br" | "cr" => out.push('\n'),
                    "footnoteReference" if !self.note => {
                        self.numbered += 1;
                        let mark = superscript(self.numbered);
                        out.push_str(&mark);
                        if let Some(t) = attr(e, "w:id").and_then(|id| footnotes.get(&id)) {
                            self.pending.push(format!("{mark} {t}"));
                        }
                    }
                    _ => {}
                }
            }
            Event::End(e) => match local_end(e) {
                "Fallback" => self.fallback = self.fallback.saturating_sub(1),
                _ if self.fallback > 0 => {}
                "t" => self.in_text = false,
                // A blank line after each paragraph, as in the converted
                // texts the layout rules were written on (measured: 691
                // of 697 references of the generated DOCX without it, 697
                // with it).
                "p" => {
                    out.push_str("\n\n");
                    if !self.pending.is_empty() {
                        for n in self.pending.drain(..) {
                            out.push_str(&n);
                            out.push('\n');
                        }
                        out.push('\n');
                    }
                }
                _ => {}
            },
            _ if !self.in_text || self.fallback > 0 => {}
            Event::Text(t) => out.push_str(&t.xml10_content()),
            Event::GeneralRef(g) => match g.resolve_char_ref().ok().flatten() {
                Some(c) => out.push(c),
                None => out.push_str(match &**g {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "",
                }),
            },
            _ => {}
        }
    }

    fn finish(mut self) -> String {
        for n in self.pending.drain(..) {
            self.out.push_str(&n);
            self.out.push('\n');
        }
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    fn doc(body: &str) -> Vec<u8> {
        format!(r#"<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>"#)
            .into_bytes()
    }

    #[test]
    fn paragraphs_runs_tabs_and_entities() {
        let x = doc(
            r#"<w:p><w:r><w:t>Recalling its </w:t></w:r><w:r><w:t xml:space="preserve">resolution 6/2 &amp; 7/1</w:t></w:r></w:p><w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r></w:p>"#,
        );
        assert_eq!(
            body(&x, &HashMap::new()).unwrap(),
            "Recalling its resolution 6/2 & 7/1\n\na\tb\nc\n\n"
        );
    }

    #[test]
    fn table_cells_do_not_run_together() {
        let x = doc(
            r#"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>CAC/COSP/2017/14</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Distr.: General</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#,
        );
        assert_eq!(
            body(&x, &HashMap::new()).unwrap(),
            "CAC/COSP/2017/14\n\nDistr.: General\n\n"
        );
    }

    #[test]
    fn footnotes_follow_their_paragraph_numbered_in_call_order() {
        let notes_xml = format!(
            r#"<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> See resolution 6/2.</w:t></w:r></w:p></w:footnote></w:footnotes>"#
        );
        let n = notes(notes_xml.as_bytes()).unwrap();
        assert_eq!(n.get("7").map(String::as_str), Some("See resolution 6/2."));
        let x = doc(
            r#"<w:p><w:r><w:t>Recalling its decision</w:t></w:r><w:r><w:footnoteReference w:id="7"/></w:r></w:p><w:p><w:r><w:t>Next.</w:t></w:r></w:p>"#,
        );
        assert_eq!(
            body(&x, &n).unwrap(),
            "Recalling its decision¹\n\n¹ See resolution 6/2.\n\nNext.\n\n"
        );
    }

    #[test]
    fn alternate_content_is_read_once() {
        let x = doc(
            r#"<w:p><mc:AlternateContent xmlns:mc="m"><mc:Choice><w:r><w:t>box</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>box</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>"#,
        );
        assert_eq!(body(&x, &HashMap::new()).unwrap(), "box\n\n");
    }
}
