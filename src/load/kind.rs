//! What kind of document a file is: by its first bytes, then its extension.
//!
//! Magic bytes first because downloaded UN documents are often misnamed
//! (`CAC-COSP-2023-15` with no extension, `.pdf` saved as `.htm`); the
//! extension decides only when the content does not.

use std::path::Path;

/// A kind of document uncite reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// Plain text (`.txt`, and any file given by name that is not another kind).
    Text,
    Markdown,
    Html,
    Pdf,
    Docx,
}

impl Kind {
    /// The name a summary prints ("3 PDF, 2 text").
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::Markdown => "Markdown",
            Kind::Html => "HTML",
            Kind::Pdf => "PDF",
            Kind::Docx => "DOCX",
        }
    }

    /// The kind a folder's file is read as, by extension; `None`: a file
    /// of another kind (`.xlsx`, `.json`, ...), reported, not read.
    pub fn of_extension(path: &Path) -> Option<Kind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" => Kind::Text,
            "md" | "markdown" => Kind::Markdown,
            "html" | "htm" | "xhtml" => Kind::Html,
            "pdf" => Kind::Pdf,
            "docx" => Kind::Docx,
            _ => return None,
        })
    }

    /// The kind of a file whose first bytes are `head`: a PDF header or a
    /// zip signature wins over the name; otherwise the extension; otherwise
    /// an HTML document type or `<html>` at the start; otherwise text.
    pub fn sniff(head: &[u8], path: &Path) -> Kind {
        if let Some(k) = binary_magic(head) {
            return k;
        }
        // A `.pdf` or `.docx` without its signature is no such file (often
        // an error page saved under the document's name): read as what
        // its content is.
        if let Some(k) = Kind::of_extension(path).filter(|k| !matches!(k, Kind::Pdf | Kind::Docx)) {
            return k;
        }
        if looks_like_html(head) {
            return Kind::Html;
        }
        Kind::Text
    }
}

/// The kinds recognised from binary signatures, whose bytes may hold NULs:
/// `%PDF-` in the first KiB (the PDF standard allows junk before it) and
/// a zip's local file header (a DOCX is a zip; whether it is a Word
/// document is the DOCX reader's question, so a foreign zip gets a clear
/// message rather than "binary file").
pub fn binary_magic(head: &[u8]) -> Option<Kind> {
    if head.starts_with(b"PK\x03\x04") {
        return Some(Kind::Docx);
    }
    let first_kib = &head[..head.len().min(1024)];
    memchr::memmem::find(first_kib, b"%PDF-").map(|_| Kind::Pdf)
}

/// `<!DOCTYPE html` or `<html` after a BOM and white space.
fn looks_like_html(head: &[u8]) -> bool {
    let h = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = h
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(h.len());
    let h = &h[start..h.len().min(start + 20)];
    let lower: Vec<u8> = h.iter().map(u8::to_ascii_lowercase).collect();
    lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_bytes_win_over_the_name() {
        let p = Path::new("report.txt");
        assert_eq!(Kind::sniff(b"%PDF-1.7\n...", p), Kind::Pdf);
        assert_eq!(Kind::sniff(b"\n\n%PDF-1.4", p), Kind::Pdf);
        assert_eq!(Kind::sniff(b"PK\x03\x04rest", p), Kind::Docx);
        assert_eq!(
            Kind::sniff(b"<!DOCTYPE html><p>", Path::new("x")),
            Kind::Html
        );
        assert_eq!(
            Kind::sniff(b"\xEF\xBB\xBF  <HTML>", Path::new("x")),
            Kind::Html
        );
    }

    #[test]
    fn the_extension_decides_when_the_content_does_not() {
        assert_eq!(Kind::sniff(b"plain", Path::new("a.HTM")), Kind::Html);
        assert_eq!(Kind::sniff(b"plain", Path::new("a.md")), Kind::Markdown);
        assert_eq!(Kind::sniff(b"plain", Path::new("a.pdf")), Kind::Text);
        assert_eq!(Kind::sniff(b"<html>", Path::new("a.docx")), Kind::Html);
        assert_eq!(Kind::sniff(b"plain", Path::new("a")), Kind::Text);
        assert_eq!(
            Kind::sniff(b"<p>resolution</p>", Path::new("a")),
            Kind::Text
        );
        assert_eq!(Kind::of_extension(Path::new("a.xlsx")), None);
        assert_eq!(Kind::of_extension(Path::new("Makefile")), None);
    }
}
