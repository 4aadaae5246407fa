//! PDF: the text layer in reading order, one page after another, by
//! poppler's `pdftotext` (poppler-utils) run as a subprocess.
//!
//! Why pdftotext and not a pure-Rust crate: on the UN-layout PDFs the
//! format tests generate from the bundled corpus (masthead table, running
//! header, job number and page footer, footnotes at the page bottom,
//! paragraphs cut by page breaks; 697 references) `pdftotext -layout` gave
//! the source text's (source, target, relation) for 694, its reading-order
//! mode for 692 and `pdf-extract` 0.12 for 695: a tie, so the rest decided.
//! Poppler reads every font and encoding UN PDFs use, says "Incorrect
//! password" or "Couldn't read xref table" rather than guessing, and marks
//! each page with a form feed, which gives the page of every byte; the
//! crate panics in places on malformed input (an `unwrap` per hundred
//! lines) and would double the build. `-layout` keeps the masthead's two
//! columns on one line, the layout the header reader was built on.

use super::DocError;
use std::io::{Read, Write};
use std::process::{Command, Stdio};

/// The extractor, overridable for tests and odd installs.
fn pdftotext() -> String {
    std::env::var("UNCITE_PDFTOTEXT").unwrap_or_else(|_| "pdftotext".into())
}

/// The text of a PDF and the offset at which each page starts (the first
/// is 0). Refuses what is not a readable text PDF with the reason a user
/// can act on: not a PDF, truncated, encrypted, no text layer.
pub(super) fn extract(bytes: &[u8], limit: u64) -> Result<(String, Vec<usize>), DocError> {
    if super::kind::binary_magic(bytes) != Some(super::Kind::Pdf) {
        return Err(DocError::NotPdf);
    }
    // A PDF ends with `%%EOF` (the standard allows a little after it): a
    // download cut short has none, and poppler would read what it can
    // without a word about the lost pages.
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    if memchr::memmem::find(tail, b"%%EOF").is_none() {
        return Err(DocError::Truncated);
    }
    let encrypted = memchr::memmem::find(bytes, b"/Encrypt").is_some();
    let (status, stdout, stderr) = run(bytes, limit)?;
    if !status {
        if encrypted {
            return Err(DocError::Encrypted);
        }
        return Err(DocError::BadPdf(first_error(&stderr)));
    }
    let text = String::from_utf8(stdout)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    if text.trim().is_empty() {
        return Err(DocError::NoTextLayer);
    }
    let pages = page_starts(&text);
    Ok((text, pages))
}

/// Where each page starts: 0, then after every form feed that is not the
/// last byte (pdftotext ends every page, the last one too, with one).
pub(crate) fn page_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    starts.extend(
        memchr::memchr_iter(b'\x0c', text.as_bytes())
            .map(|i| i + 1)
            .filter(|&i| i < text.len()),
    );
    starts
}

/// The first line poppler printed that says what is wrong.
fn first_error(stderr: &[u8]) -> String {
    let s = String::from_utf8_lossy(stderr);
    s.lines()
        .find(|l| l.contains("Error"))
        .or_else(|| s.lines().next())
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .unwrap_or_else(|| "pdftotext could not read it".into())
}

/// Runs pdftotext on `bytes` given on its standard input (the bytes already
/// read and checked, not the file again), with the text on its standard
/// output bounded by `limit`. Stdin is written and stderr read on their
/// own threads so that no pipe fills while another is waited on.
fn run(bytes: &[u8], limit: u64) -> Result<(bool, Vec<u8>, Vec<u8>), DocError> {
    let mut child = Command::new(pdftotext())
        .args(["-layout", "-enc", "UTF-8", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => DocError::NoPdftotext,
            _ => DocError::BadPdf(format!("could not run pdftotext: {e}")),
        })?;
    let (Some(mut stdin), Some(stdout), Some(stderr)) =
        (child.stdin.take(), child.stdout.take(), child.stderr.take())
    else {
        return Err(DocError::BadPdf("could not talk to pdftotext".into()));
    };
    let (out, err) = std::thread::scope(|s| {
        s.spawn(move || {
            // pdftotext may stop reading early (a broken file): a closed
            // pipe here is its answer, read from its status.
            let _ = stdin.write_all(bytes);
        });
        let err = s.spawn(move || {
            let mut v = Vec::new();
            let mut e = stderr;
            let _ = e.by_ref().take(64 << 10).read_to_end(&mut v);
            let _ = std::io::copy(&mut e, &mut std::io::sink());
            v
        });
        let mut v = Vec::new();
        let mut o = stdout;
        let r = o.by_ref().take(limit.saturating_add(1)).read_to_end(&mut v);
        // Past the limit: drain, so pdftotext ends rather than blocks.
        let _ = std::io::copy(&mut o, &mut std::io::sink());
        (r.map(|_| v), err.join().unwrap_or_default())
    });
    let status = child
        .wait()
        .map_err(|e| DocError::BadPdf(format!("pdftotext: {e}")))?;
    let out = out.map_err(|e| DocError::BadPdf(format!("pdftotext: {e}")))?;
    if out.len() as u64 > limit {
        return Err(DocError::TooMuchText(limit));
    }
    Ok((status.success(), out, err))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_start_after_each_form_feed_but_the_last() {
        assert_eq!(page_starts("one\n\x0ctwo\n\x0c"), vec![0, 5]);
        assert_eq!(page_starts("one"), vec![0]);
        assert_eq!(page_starts("\x0c\x0cthree\x0c"), vec![0, 1, 2]);
    }

    #[test]
    fn what_is_not_a_whole_pdf_is_refused_before_poppler() {
        assert!(matches!(extract(b"hello", 1000), Err(DocError::NotPdf)));
        assert!(matches!(
            extract(b"%PDF-1.4\n1 0 obj << >> endobj\n", 1000),
            Err(DocError::Truncated)
        ));
    }
}
