//! Realistic PDF, DOCX and HTML made from a converted UN text, for the
//! format tests and `examples/docgen.rs`: the page layout of a UN document
//! (masthead as a two-column table, running header with the symbol, job
//! number and "page/pages" footer on every page, footnotes at the bottom of
//! the page that calls them, paragraphs cut by page breaks).
//!
//! The PDF writer is a small one of our own (text objects in a standard
//! font, one per line, an xref table): enough for poppler, with no
//! dependency, and the layout is exactly what the test means.

#![allow(dead_code)]

use std::io::Write;

/// Characters per line of the PDF body (Helvetica 10 pt on A4).
const WIDTH: usize = 92;
/// Body lines per page, footnotes included.
const LINES: usize = 46;

/// The source text as a reader sees it: markdown links, emphasis and HTML
/// tags of the converted corpus dropped, tabs as spaces.
pub fn rendered(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    for line in src.lines() {
        let mut l = line.replace('\t', " ");
        // [X](#) -> X
        while let Some(a) = l.find('[') {
            let Some(b) = l[a..].find("](").map(|k| a + k) else {
                break;
            };
            let Some(c) = l[b..].find(')').map(|k| b + k) else {
                break;
            };
            l = format!("{}{}{}", &l[..a], &l[a + 1..b], &l[c + 1..]);
        }
        for t in [
            "<i>", "</i>", "<b>", "</b>", "<sup>", "</sup>", "<u>", "</u>",
        ] {
            l = l.replace(t, "");
        }
        // *emphasis* (not a line-opening "* " footnote mark)
        let mut s = String::new();
        let mut rest = l.as_str();
        if let Some(r) = rest.strip_prefix("* ") {
            s.push_str("* ");
            rest = r;
        }
        s.push_str(&rest.replace("**", "").replace('*', ""));
        out.push_str(&s);
        out.push('\n');
    }
    out
}

/// A superscript footnote mark at the start of a line ("¹ See ...").
fn footnote_mark(line: &str) -> Option<String> {
    let m: String = line
        .chars()
        .take_while(|c| sup_digit(*c).is_some())
        .collect();
    (!m.is_empty()).then_some(m)
}

fn sup_digit(c: char) -> Option<u8> {
    Some(match c {
        '⁰' => 0,
        '¹' => 1,
        '²' => 2,
        '³' => 3,
        '⁴' => 4,
        '⁵' => 5,
        '⁶' => 6,
        '⁷' => 7,
        '⁸' => 8,
        '⁹' => 9,
        _ => return None,
    })
}

fn wrap(line: &str, width: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for w in line.split(' ').filter(|w| !w.is_empty()) {
        if !cur.is_empty() && cur.chars().count() + 1 + w.chars().count() > width {
            out.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(w);
    }
    if !cur.is_empty() || out.is_empty() {
        out.push(cur);
    }
    out
}

/// One page: body lines and the footnotes at its bottom.
pub struct Page {
    pub body: Vec<String>,
    pub notes: Vec<String>,
}

/// The rendered text laid out on pages: paragraphs wrapped, each footnote
/// at the bottom of the page where its paragraph ends, the body going on
/// on the next page when the page is full.
pub fn paginate(text: &str) -> Vec<Page> {
    let mut pages = vec![Page {
        body: Vec::new(),
        notes: Vec::new(),
    }];
    for line in text.lines() {
        let is_note = footnote_mark(line).is_some();
        for l in wrap(line, WIDTH) {
            let p = pages.last_mut().expect("one page");
            if p.body.len() + p.notes.len() + 1 > LINES {
                pages.push(Page {
                    body: Vec::new(),
                    notes: Vec::new(),
                });
            }
            let p = pages.last_mut().expect("one page");
            if is_note {
                p.notes.push(l);
            } else {
                p.body.push(l);
            }
        }
    }
    pages
}

/// The masthead of a UN document: "United Nations" and the symbol on one
/// row, the distribution and date under the symbol.
pub struct Masthead<'a> {
    pub symbol: &'a str,
    pub date: &'a str,
    pub job: &'a str,
}

/// WinAnsi codes for what Helvetica shows; the superscript digits take the
/// codes 128..=138 but 133 (…), by an encoding `Differences` array, as a
/// PDF made from Word keeps them; anything else is "?".
fn encode(s: &str) -> Vec<u8> {
    const SUP: [u8; 10] = [128, 129, 130, 131, 132, 134, 135, 136, 137, 138];
    let mut out = Vec::new();
    for c in s.chars() {
        let b = match c {
            _ if sup_digit(c).is_some() => SUP[usize::from(sup_digit(c).unwrap_or(0))],
            '\u{2019}' => 146,
            '\u{2018}' => 145,
            '\u{201C}' => 147,
            '\u{201D}' => 148,
            '\u{2013}' => 150,
            '\u{2014}' => 151,
            '\u{2026}' => 133,
            '\u{2022}' => 149,
            c if (c as u32) < 128 => c as u8,
            c if (160..256).contains(&(c as u32)) => c as u32 as u8,
            _ => b'?',
        };
        if matches!(b, b'(' | b')' | b'\\') {
            out.push(b'\\');
        }
        out.push(b);
    }
    out
}

/// A PDF of `text` (already [`rendered`]) in the UN layout.
pub fn pdf(text: &str, m: &Masthead) -> Vec<u8> {
    let pages = paginate(text);
    let n = pages.len();
    let mut streams = Vec::new();
    for (i, p) in pages.iter().enumerate() {
        let mut c = Vec::new();
        let line = |c: &mut Vec<u8>, x: u32, y: u32, size: u32, s: &str| {
            write!(c, "BT /F1 {size} Tf 1 0 0 1 {x} {y} Tm (").unwrap();
            c.extend_from_slice(&encode(s));
            c.extend_from_slice(b") Tj ET\n");
        };
        let mut y = 800;
        if i == 0 {
            // Masthead: a two-column table.
            line(&mut c, 56, y, 12, "United Nations");
            line(&mut c, 400, y, 12, m.symbol);
            y -= 24;
            line(&mut c, 56, y, 10, "Conference of the States Parties to the");
            line(&mut c, 400, y, 10, "Distr.: General");
            y -= 12;
            line(
                &mut c,
                56,
                y,
                10,
                "United Nations Convention against Corruption",
            );
            line(&mut c, 400, y, 10, m.date);
            y -= 24;
            line(&mut c, 400, y, 10, "Original: English");
            y -= 24;
        } else {
            // Running header: the symbol, left on even pages, right on odd.
            let x = if i % 2 == 1 { 56 } else { 440 };
            line(&mut c, x, y, 9, m.symbol);
            y -= 30;
        }
        for l in &p.body {
            line(&mut c, 56, y, 10, l);
            y -= 13;
        }
        if !p.notes.is_empty() {
            // The footnote rule, then the notes in a smaller size.
            c.extend_from_slice(b"56 140 m 200 140 l S\n");
            let mut fy = 128;
            for l in &p.notes {
                line(&mut c, 56, fy, 8, l);
                fy = fy.saturating_sub(10);
            }
        }
        // Footer: job number and page, sides swapping like the UN's.
        let folio = format!("{}/{}", i + 1, n);
        if i % 2 == 0 {
            line(&mut c, 56, 40, 8, m.job);
            line(&mut c, 520, 40, 8, &folio);
        } else {
            line(&mut c, 56, 40, 8, &folio);
            line(&mut c, 480, 40, 8, m.job);
        }
        streams.push(c);
    }
    assemble(&streams, None)
}

/// A PDF with one page drawn and no text: a scanned document.
pub fn pdf_scanned() -> Vec<u8> {
    assemble(&[b"0.5 g 56 56 400 700 re f\n".to_vec()], None)
}

/// A PDF whose trailer says it is encrypted with a password (the password
/// check fails for the empty one, as for any protected file).
pub fn pdf_encrypted() -> Vec<u8> {
    let body = b"BT /F1 10 Tf 56 800 Td (resolution 6/2) Tj ET\n".to_vec();
    assemble(
        &[body],
        Some(format!(
            "<< /Filter /Standard /V 1 /R 2 /O <{o}> /U <{u}> /P -3904 >>",
            o = "7a".repeat(32),
            u = "3c".repeat(32)
        )),
    )
}

/// Objects, pages, the font with its encoding, the xref table and trailer.
fn assemble(streams: &[Vec<u8>], encrypt: Option<String>) -> Vec<u8> {
    let n = streams.len();
    // 1 catalog, 2 pages, 3 font, 4 encoding, then page and content pairs,
    // then the encryption dictionary.
    let mut objs: Vec<Vec<u8>> = Vec::new();
    objs.push(b"<< /Type /Catalog /Pages 2 0 R >>".to_vec());
    let kids: Vec<String> = (0..n).map(|i| format!("{} 0 R", 5 + 2 * i)).collect();
    objs.push(format!("<< /Type /Pages /Kids [{}] /Count {n} >>", kids.join(" ")).into_bytes());
    objs.push(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding 4 0 R >>".to_vec());
    objs.push(b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 /zerosuperior /onesuperior /twosuperior /threesuperior /foursuperior 134 /fivesuperior /sixsuperior /sevensuperior /eightsuperior /ninesuperior] >>".to_vec());
    for (i, s) in streams.iter().enumerate() {
        objs.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
                6 + 2 * i
            )
            .into_bytes(),
        );
        let mut o = format!("<< /Length {} >>\nstream\n", s.len()).into_bytes();
        o.extend_from_slice(s);
        o.extend_from_slice(b"\nendstream");
        objs.push(o);
    }
    let encrypt_ref = encrypt.map(|e| {
        objs.push(e.into_bytes());
        objs.len()
    });
    let mut out = b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objs.iter().enumerate() {
        offsets.push(out.len());
        writeln!(out, "{} 0 obj", i + 1).unwrap();
        out.extend_from_slice(o);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    write!(out, "xref\n0 {}\n0000000000 65535 f \n", objs.len() + 1).unwrap();
    for o in offsets {
        writeln!(out, "{o:010} 00000 n ").unwrap();
    }
    let enc = encrypt_ref
        .map(|k| format!(" /Encrypt {k} 0 R /ID [<{0}> <{0}>]", "ab".repeat(16)))
        .unwrap_or_default();
    write!(
        out,
        "trailer\n<< /Size {} /Root 1 0 R{enc} >>\nstartxref\n{xref}\n%%EOF\n",
        objs.len() + 1
    )
    .unwrap();
    out
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;

/// Runs of a paragraph: text, and each superscript mark that has a
/// footnote as a footnote reference.
fn runs(
    line: &str,
    notes: &mut Vec<(String, String)>,
    pending: &mut Vec<(String, String)>,
) -> String {
    let mut out = String::new();
    let mut text = String::new();
    let mut chars = line.chars().peekable();
    let flush = |out: &mut String, text: &mut String| {
        if !text.is_empty() {
            out.push_str(&format!(
                r#"<w:r><w:t xml:space="preserve">{}</w:t></w:r>"#,
                xml_escape(text)
            ));
            text.clear();
        }
    };
    while let Some(c) = chars.next() {
        if sup_digit(c).is_some() {
            let mut mark = c.to_string();
            while let Some(&d) = chars.peek().filter(|d| sup_digit(**d).is_some()) {
                mark.push(d);
                chars.next();
            }
            if let Some(k) = pending.iter().position(|(m, _)| *m == mark) {
                let (_, body) = pending.remove(k);
                flush(&mut out, &mut text);
                let id = notes.len() + 1;
                notes.push((id.to_string(), body));
                out.push_str(&format!(
                    r#"<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{id}"/></w:r>"#
                ));
                continue;
            }
            text.push_str(&mark);
            continue;
        }
        text.push(c);
    }
    flush(&mut out, &mut text);
    out
}

/// A DOCX of `text` (already [`rendered`]): the masthead as a two-column
/// table, the symbol in the running header and the job number in the
/// footer, each footnote in `word/footnotes.xml` called from its paragraph.
pub fn docx(text: &str, m: &Masthead) -> Vec<u8> {
    // Footnote lines, by mark, to be called from the paragraph before them.
    let lines: Vec<&str> = text.lines().collect();
    let mut body = String::new();
    let cell = |s: &str| {
        format!(
            r#"<w:tc><w:p><w:r><w:t xml:space="preserve">{}</w:t></w:r></w:p></w:tc>"#,
            xml_escape(s)
        )
    };
    body.push_str(&format!(
        "<w:tbl><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>",
        cell("United Nations"),
        cell(m.symbol),
        cell(
            "Conference of the States Parties to the United Nations Convention against Corruption"
        ),
        cell("Distr.: General"),
        cell(""),
        cell(m.date),
    ));
    let mut notes: Vec<(String, String)> = Vec::new();
    // The notes of the text, each to be called by the first mark before it.
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if footnote_mark(line).is_some() {
            i += 1;
            continue;
        }
        // The notes after this paragraph (and blank lines) are its own.
        let mut pending = Vec::new();
        let mut j = i + 1;
        while j < lines.len() && (lines[j].trim().is_empty() || footnote_mark(lines[j]).is_some()) {
            if let Some(mk) = footnote_mark(lines[j]) {
                pending.push((mk.clone(), lines[j][mk.len()..].trim().to_string()));
            }
            j += 1;
        }
        body.push_str(&format!(
            "<w:p>{}</w:p>",
            runs(line, &mut notes, &mut pending)
        ));
        // A note no mark called stays a paragraph of its own.
        for (mk, t) in pending {
            body.push_str(&format!(
                "<w:p>{}</w:p>",
                runs(&format!("{mk} {t}"), &mut Vec::new(), &mut Vec::new())
            ));
        }
        i = j.max(i + 1);
        // Blank lines between paragraphs were skipped with the notes.
    }
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/></w:sectPr></w:body></w:document>"#
    );
    let mut fns = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"#
    );
    for (id, t) in &notes {
        fns.push_str(&format!(
            r#"<w:footnote w:id="{id}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {}</w:t></w:r></w:p></w:footnote>"#,
            xml_escape(t)
        ));
    }
    fns.push_str("</w:footnotes>");
    let header = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:hdr>"#,
        xml_escape(m.symbol)
    );
    let footer = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W}><w:p><w:r><w:t>{}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:r></w:p></w:ftr>"#,
        xml_escape(m.job)
    );
    let parts: [(&str, String); 7] = [
        ("[Content_Types].xml", r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#.into()),
        ("_rels/.rels", r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#.into()),
        ("word/_rels/document.xml.rels", r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>"#.into()),
        ("word/document.xml", document),
        ("word/footnotes.xml", fns),
        ("word/header1.xml", header),
        ("word/footer1.xml", footer),
    ];
    zip_of(
        &parts
            .iter()
            .map(|(n, s)| (*n, s.as_bytes()))
            .collect::<Vec<_>>(),
    )
}

/// A zip of (name, bytes), deflated.
pub fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in parts {
            z.start_file(*name, opts).unwrap();
            z.write_all(bytes).unwrap();
        }
        z.finish().unwrap();
    }
    buf.into_inner()
}

/// An HTML page of `text` (already [`rendered`]), as UNODC and undocs.org
/// serve them: a script and a style holding reference-like text, a
/// navigation menu with links, the body's paragraphs with the symbols
/// linked, superscript calls and footnotes at the end.
pub fn html(text: &str, m: &Masthead) -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n.res::after {{ content: \"resolution 9/9\"; }}\n</style>\n<script>\nvar related = [\"resolution 8/8\", \"A/RES/99/999\"];\n</script>\n</head>\n<body>\n<nav class=\"menu\"><ul><li><a href=\"/\">Home</a></li><li><a\n href=\"/res\">resolution 7/99 and article 99</a></li></ul></nav>\n<!-- generated page; see resolution 9/98 -->\n<table class=\"masthead\"><tr><td>United Nations</td><td>{}</td></tr><tr><td></td><td>Distr.: General<br>{}</td></tr></table>\n",
        xml_escape(m.symbol),
        xml_escape(m.symbol),
        xml_escape(m.date)
    );
    for line in text.lines() {
        if line.trim().is_empty() {
            out.push('\n');
            continue;
        }
        let mut l = String::new();
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match sup_digit(c) {
                Some(d) => {
                    let mut n = d.to_string();
                    while let Some(d2) = chars.peek().and_then(|c| sup_digit(*c)) {
                        n.push_str(&d2.to_string());
                        chars.next();
                    }
                    l.push_str(&format!("<sup>{n}</sup>"));
                }
                None => l.push_str(&xml_escape(&c.to_string()).replace('\u{A0}', "&nbsp;")),
            }
        }
        // A footnote opens its line with the mark, as the page shows it.
        if footnote_mark(line).is_some() {
            out.push_str(&format!("{l}<br>\n"));
        } else {
            out.push_str(&format!("<p>{l}</p>\n"));
        }
    }
    out.push_str(&format!(
        "<footer><p>{}</p><script>track(\"resolution 9/97\")</script></footer>\n</body>\n</html>\n",
        xml_escape(m.job)
    ));
    out
}
