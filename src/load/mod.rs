//! Bytes in, text out: the kind of each file (text, Markdown, HTML, PDF,
//! DOCX: [`Kind`]), BOM sniffing, UTF-16, lossy UTF-8, binary detection,
//! and walking directories the way ripgrep does (sorted, loop-safe).
//!
//! Offsets reported by uncite are byte offsets into the *decoded UTF-8 text*;
//! for UTF-8 input without invalid bytes these equal offsets into the file
//! (HTML too: [`html`] blanks in place). For a PDF or DOCX they are offsets
//! into the extracted text, which `uncite text FILE` prints.

mod docx;
mod html;
mod kind;
mod pdf;
mod tally;

pub use kind::Kind;
pub use tally::Tally;

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// One input document, decoded.
#[derive(Debug, Clone)]
pub struct Source {
    /// The path as the user gave it (or as found under a given directory);
    /// `-` for stdin.
    pub name: String,
    pub text: String,
    /// Notes for the user (lossy decoding, BOM handling) naming this file.
    pub warnings: Vec<String>,
    /// What the file was read as.
    pub kind: Kind,
    /// For a PDF, the offset in `text` where each page starts (the first
    /// is 0); empty for the other kinds, which have no pages.
    pub pages: Vec<usize>,
}

impl Source {
    /// The 1-based page of byte `offset` of the text, for a PDF.
    pub fn page_at(&self, offset: usize) -> Option<u32> {
        page_at(&self.pages, offset)
    }

    /// Whether offsets into `text` are offsets into the file's bytes (so
    /// a sentence can be read back from a window of the file).
    pub fn offsets_are_the_files(&self) -> bool {
        self.warnings.is_empty() && matches!(self.kind, Kind::Text | Kind::Markdown)
    }
}

/// The 1-based page of byte `offset`, given where each page starts.
pub fn page_at(pages: &[usize], offset: usize) -> Option<u32> {
    if pages.is_empty() {
        return None;
    }
    let i = pages.partition_point(|&p| p <= offset);
    u32::try_from(i.max(1)).ok()
}

/// Why a PDF or Word file gave no text: each says what the user can do.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DocError {
    #[error("not a PDF (no %PDF- header)")]
    NotPdf,
    #[error("truncated PDF (no %%EOF at the end): download it again")]
    Truncated,
    #[error("encrypted PDF: decrypt it first (qpdf --decrypt IN OUT)")]
    Encrypted,
    #[error("scanned PDF with no text layer: OCR it first (e.g. ocrmypdf)")]
    NoTextLayer,
    #[error("damaged PDF: {0}")]
    BadPdf(String),
    #[error("PDF needs pdftotext (poppler-utils) on PATH: apt-get install poppler-utils")]
    NoPdftotext,
    #[error("its text is over the --max-filesize limit of {}", format_size(*.0))]
    TooMuchText(u64),
    #[error("a zip archive but not a Word document (no word/document.xml)")]
    NotDocx,
    #[error("not a readable DOCX (zip): {0}")]
    BadZip(String),
    #[error("DOCX part {part} inflates to more than {} (a zip bomb?): refused", format_size(*limit))]
    Bomb { part: String, limit: u64 },
    #[error("malformed DOCX XML: {0}")]
    BadXml(String),
}

impl DocError {
    /// A few words for the summary line ("2 encrypted PDF").
    pub fn class(&self) -> &'static str {
        match self {
            DocError::NotPdf => "not a PDF",
            DocError::Truncated => "truncated PDF",
            DocError::Encrypted => "encrypted PDF",
            DocError::NoTextLayer => "scanned PDF",
            DocError::BadPdf(_) => "damaged PDF",
            DocError::NoPdftotext => "PDF without pdftotext",
            DocError::TooMuchText(_) => "over --max-filesize",
            DocError::NotDocx => "zip, not DOCX",
            DocError::BadZip(_) | DocError::BadXml(_) => "damaged DOCX",
            DocError::Bomb { .. } => "DOCX bomb",
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: no such file or directory")]
    Missing { path: String },
    /// A PDF or Word file that gave no text; the other files go on.
    #[error("{path}: {error}")]
    Document {
        path: String,
        #[source]
        error: DocError,
    },
}

/// Why a file is not read.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Skip {
    /// A NUL byte (at this offset, when known) in what is not UTF-16.
    Binary(Option<u64>),
    /// Over `--max-filesize` (the limit).
    TooLarge(u64),
    /// A directory reached twice.
    Loop,
    /// A folder's file of a kind uncite does not read (its extension):
    /// counted in the summary, named with `-v`.
    Unsupported(String),
}

impl Skip {
    /// Said only with `-v` (the summary counts it): a folder holds many
    /// files that are no documents.
    pub fn is_quiet(&self) -> bool {
        matches!(self, Skip::Unsupported(_))
    }

    /// A few words for the summary line.
    pub fn class(&self) -> String {
        match self {
            Skip::Binary(_) => "binary".into(),
            Skip::TooLarge(_) => "over --max-filesize".into(),
            Skip::Loop => "directory seen twice".into(),
            Skip::Unsupported(e) => format!("unsupported {e}"),
        }
    }
}

impl std::fmt::Display for Skip {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Skip::Binary(None) => write!(f, "binary file (NUL byte found); skipped"),
            Skip::Binary(Some(at)) => write!(f, "binary file (NUL byte at byte {at}); skipped"),
            Skip::TooLarge(limit) => write!(
                f,
                "larger than the --max-filesize limit of {}; skipped (--max-filesize none lifts it)",
                format_size(*limit)
            ),
            Skip::Loop => write!(f, "directory already visited (symlink loop?)"),
            Skip::Unsupported(e) => write!(f, "unsupported: {e}; skipped"),
        }
    }
}

/// What loading one path produced.
#[derive(Debug)]
pub enum Loaded {
    Text(Source),
    /// Skipped, with the reason (binary file, symlink loop, ...).
    Skipped {
        path: String,
        reason: Skip,
    },
    Failed(LoadError),
}

/// Why a byte buffer is not decoded as text.
pub fn looks_binary(bytes: &[u8]) -> bool {
    // A NUL byte anywhere means binary (ripgrep looks at the first block;
    // the loader decides from the first block and checks the rest as it
    // reads), unless a UTF-16 BOM says the NULs are half of each character.
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return false;
    }
    memchr::memchr(0, bytes).is_some()
}

/// Decodes bytes: UTF-8 (BOM stripped), UTF-16 LE/BE with BOM, otherwise
/// lossy UTF-8 with a warning. Returns `None` for binary data.
pub fn decode(name: &str, bytes: &[u8]) -> Option<Source> {
    decode_owned(name, bytes.to_vec())
}

/// [`decode`] taking the buffer: valid UTF-8 (nearly every file) becomes the
/// text without a copy.
pub fn decode_owned(name: &str, bytes: Vec<u8>) -> Option<Source> {
    if looks_binary(&bytes) {
        return None;
    }
    let mut warnings = Vec::new();
    // A UTF-8 BOM is kept as U+FEFF (3 bytes, as in the file): the normaliser
    // drops it, and every offset stays an offset into the file.
    let text = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(name, rest, u16::from_le_bytes, &mut warnings)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(name, rest, u16::from_be_bytes, &mut warnings)
    } else {
        utf8_lossy(name, bytes, &mut warnings)
    };
    Some(Source {
        name: name.to_string(),
        text,
        warnings,
        kind: Kind::Text,
        pages: Vec::new(),
    })
}

fn utf8_lossy(name: &str, bytes: Vec<u8>, warnings: &mut Vec<String>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            warnings.push(format!(
                "{}: invalid UTF-8 at byte {}; read lossily (bad bytes became U+FFFD, later offsets refer to the decoded text)",
                shown(name),
                e.utf8_error().valid_up_to()
            ));
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    }
}

fn utf16(
    name: &str,
    bytes: &[u8],
    to_u16: fn([u8; 2]) -> u16,
    warnings: &mut Vec<String>,
) -> String {
    let units = bytes.chunks_exact(2).map(|c| to_u16([c[0], c[1]]));
    let text: String = char::decode_utf16(units)
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    if bytes.len() % 2 == 1 || text.contains(char::REPLACEMENT_CHARACTER) {
        warnings.push(format!("{}: malformed UTF-16; read lossily", shown(name)));
    }
    warnings.push(format!(
        "{}: decoded from UTF-16; offsets refer to the UTF-8 text",
        shown(name)
    ));
    text
}

/// What a folder's file is called in a message about its kind: its
/// extension with the dot (".xlsx"), or "no extension".
fn extension_of(path: &Path) -> String {
    match path.extension().and_then(|e| e.to_str()) {
        Some(e) => format!(".{}", e.to_ascii_lowercase()),
        None => "no extension".into(),
    }
}

/// The files listed so far, so that a file reached twice (given twice, or
/// through two directories or a symlink) is read once. A file is known by
/// its canonical path, but `canonicalize` costs a system call per path
/// component: the device and inode numbers, in the metadata read anyway,
/// tell whether a path can be one seen before (the same canonical path is
/// the same file), and only such paths are canonicalized.
#[derive(Default)]
struct SeenFiles {
    /// Paths by (device, inode) not yet canonicalized.
    pending: HashMap<(u64, u64), Vec<PathBuf>>,
    canonical: HashSet<PathBuf>,
}

impl SeenFiles {
    /// The key `expand` has always used for a file: its canonical path.
    fn key(path: &Path) -> PathBuf {
        std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
    }

    /// Whether `path` (with metadata `meta`) names a file not listed before;
    /// it is listed from now on.
    #[cfg(unix)]
    fn first_visit(&mut self, path: &Path, meta: &std::fs::Metadata) -> bool {
        use std::os::unix::fs::MetadataExt;
        match self.pending.entry((meta.dev(), meta.ino())) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(vec![path.to_path_buf()]);
                true
            }
            std::collections::hash_map::Entry::Occupied(mut o) => {
                for p in o.get_mut().drain(..) {
                    self.canonical.insert(Self::key(&p));
                }
                self.canonical.insert(Self::key(path))
            }
        }
    }

    #[cfg(not(unix))]
    fn first_visit(&mut self, path: &Path, _meta: &std::fs::Metadata) -> bool {
        self.canonical.insert(Self::key(path))
    }
}

/// Expands the user's paths into files: directories recursively (sorted,
/// symlink loops reported once; the kinds [`Kind::of_extension`] knows are
/// listed, every other file is reported as unsupported), files as given
/// (any extension), `-` as stdin. A path given twice is read once.
pub fn expand(paths: &[String]) -> Vec<Result<PathBuf, Loaded>> {
    let mut out = Vec::new();
    let mut seen_files = SeenFiles::default();
    let mut seen_dirs = HashSet::new();
    for p in paths {
        if p == "-" {
            out.push(Ok(PathBuf::from("-")));
            continue;
        }
        let path = PathBuf::from(p);
        match std::fs::metadata(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                out.push(Err(Loaded::Failed(LoadError::Missing { path: shown(p) })))
            }
            Err(e) => out.push(Err(Loaded::Failed(LoadError::Io {
                path: shown(p),
                source: e,
            }))),
            Ok(m) if m.is_dir() => walk(&path, &mut seen_dirs, &mut seen_files, &mut out),
            Ok(m) => {
                if seen_files.first_visit(&path, &m) {
                    out.push(Ok(path));
                }
            }
        }
    }
    out
}

fn walk(
    dir: &Path,
    seen_dirs: &mut HashSet<PathBuf>,
    seen_files: &mut SeenFiles,
    out: &mut Vec<Result<PathBuf, Loaded>>,
) {
    let canon = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if !seen_dirs.insert(canon) {
        out.push(Err(Loaded::Skipped {
            path: shown(&dir.display().to_string()),
            reason: Skip::Loop,
        }));
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            out.push(Err(Loaded::Failed(LoadError::Io {
                path: shown(&dir.display().to_string()),
                source: e,
            })));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(&path, seen_dirs, seen_files, out),
            // Only regular files: a FIFO or device named *.txt under a
            // directory would block or never end (given by name, it is read).
            Ok(m) if m.is_file() => {
                if !seen_files.first_visit(&path, &m) {
                    continue;
                }
                if Kind::of_extension(&path).is_some() {
                    out.push(Ok(path));
                } else {
                    out.push(Err(Loaded::Skipped {
                        path: shown(&path.display().to_string()),
                        reason: Skip::Unsupported(extension_of(&path)),
                    }));
                }
            }
            Ok(_) => {}
            Err(e) => out.push(Err(Loaded::Failed(LoadError::Io {
                path: shown(&path.display().to_string()),
                source: e,
            }))),
        }
    }
}

/// The default of `--max-filesize`: larger inputs are skipped with a note.
pub const DEFAULT_MAX_FILESIZE: u64 = 256 << 20;

/// The largest input read, in bytes (`u64::MAX`: no limit).
static MAX_FILESIZE: AtomicU64 = AtomicU64::new(DEFAULT_MAX_FILESIZE);

/// Sets the largest input file [`load_path`] reads (`--max-filesize`);
/// `None` lifts the limit. A larger file is skipped with a note.
pub fn set_max_filesize(limit: Option<u64>) {
    MAX_FILESIZE.store(limit.unwrap_or(u64::MAX), Ordering::Relaxed);
}

/// The limit [`set_max_filesize`] set (`None`: no limit).
pub fn max_filesize() -> Option<u64> {
    let v = MAX_FILESIZE.load(Ordering::Relaxed);
    (v != u64::MAX).then_some(v)
}

/// Parses a size as `--max-filesize` takes it: bytes, or a number with a
/// suffix K, M or G (powers of 1024; `KB`, `MiB` and lower case too);
/// `0` or `none` is no limit (`None`).
pub fn parse_size(s: &str) -> Result<Option<u64>, String> {
    let t = s.trim();
    if t.eq_ignore_ascii_case("none") {
        return Ok(None);
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let (num, suffix) = t.split_at(digits);
    let shift = match suffix.to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        "t" | "tb" | "tib" => 40,
        _ => {
            return Err(format!(
                "`{s}`: a size is a number with an optional K, M or G suffix (e.g. 256M), or `none`"
            ));
        }
    };
    let n: u64 = num.parse().map_err(|_| {
        format!(
            "`{s}`: a size is a number with an optional K, M or G suffix (e.g. 256M), or `none`"
        )
    })?;
    let v = n
        .checked_mul(1u64 << shift)
        .ok_or_else(|| format!("`{s}`: too large"))?;
    Ok((v != 0).then_some(v))
}

/// A size for messages: 268435456 -> "256M".
pub fn format_size(n: u64) -> String {
    for (shift, unit) in [(30, "G"), (20, "M"), (10, "K")] {
        if n >= 1 << shift && n.is_multiple_of(1 << shift) {
            return format!("{}{unit}", n >> shift);
        }
    }
    n.to_string()
}

/// A name as a message shows it: control characters (a newline or an
/// escape sequence in a file name) escaped, so a message is one line and
/// cannot drive the terminal.
pub fn shown(name: &str) -> String {
    if !name.chars().any(char::is_control) {
        return name.to_string();
    }
    name.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().collect::<String>()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Bytes looked at before deciding binary or text.
const BLOCK: usize = 64 * 1024;

/// What reading an input gave.
enum Read_ {
    Bytes(Vec<u8>),
    /// A NUL byte at this offset (not UTF-16).
    Binary(u64),
    /// More than the limit.
    TooLarge,
}

/// Reads `r` block by block: binary or text (or a PDF or zip, read whole) is
/// decided from the first block before the rest is read, every later block is checked for NUL bytes as
/// it comes (so a NUL anywhere skips the file, and `/dev/zero` stops at
/// once), and no more than `limit` bytes are ever held. `size` (a regular
/// file's length) sizes the buffer exactly.
fn read_bounded(r: &mut dyn Read, size: Option<u64>, limit: u64) -> std::io::Result<Read_> {
    if size.is_some_and(|n| n > limit) {
        return Ok(Read_::TooLarge);
    }
    let cap = size
        .map_or(BLOCK as u64, |n| n + 1)
        .min(limit.saturating_add(1));
    let mut buf: Vec<u8> = Vec::with_capacity(usize::try_from(cap).unwrap_or(BLOCK));
    // Never more than one byte past the limit; `read_to_end` fills the
    // buffer's spare room without zeroing it first.
    let mut bounded = r.take(limit.saturating_add(1));
    // The first block alone, then at most 1 MiB a read: a NUL byte stops
    // the reading soon after it.
    let first = read_some(&mut bounded, &mut buf, BLOCK as u64)?;
    // UTF-16 has NULs in every other byte, a PDF or a zip anywhere.
    let utf16 = buf.starts_with(&[0xFF, 0xFE])
        || buf.starts_with(&[0xFE, 0xFF])
        || kind::binary_magic(&buf).is_some();
    let mut checked = 0;
    let mut eof = first == 0;
    loop {
        // The first block decides; then each block is checked as it comes.
        if !utf16 && checked < buf.len() {
            if let Some(k) = memchr::memchr(0, &buf[checked..]) {
                return Ok(Read_::Binary((checked + k) as u64));
            }
            checked = buf.len();
        }
        if buf.len() as u64 > limit {
            return Ok(Read_::TooLarge);
        }
        if eof {
            return Ok(Read_::Bytes(buf));
        }
        eof = read_some(&mut bounded, &mut buf, 1 << 20)? == 0;
    }
}

/// Appends at most `n` bytes of `r` to `buf` (fewer at the end of the
/// input, retrying interrupted reads); how many.
fn read_some(r: &mut impl Read, buf: &mut Vec<u8>, n: u64) -> std::io::Result<usize> {
    r.by_ref().take(n).read_to_end(buf)
}

/// Reads and decodes one path (`-` = stdin), within the `--max-filesize`
/// limit ([`set_max_filesize`]).
pub fn load_path(path: &Path) -> Loaded {
    load_path_limited(path, MAX_FILESIZE.load(Ordering::Relaxed))
}

/// [`load_path`] with a size limit in bytes (`u64::MAX`: none).
pub fn load_path_limited(path: &Path, limit: u64) -> Loaded {
    let name = path.display().to_string();
    let fail = |source| {
        Loaded::Failed(LoadError::Io {
            path: shown(&name),
            source,
        })
    };
    let read = if name == "-" {
        read_bounded(&mut std::io::stdin().lock(), None, limit)
    } else {
        let mut f = match std::fs::File::open(path) {
            Ok(f) => f,
            Err(e) => return fail(e),
        };
        // A regular file's length sizes the buffer and is checked against
        // the limit before anything is read; a device or FIFO is read
        // until the limit.
        let size = f.metadata().ok().filter(|m| m.is_file()).map(|m| m.len());
        read_bounded(&mut f, size, limit)
    };
    match read {
        Ok(Read_::Bytes(bytes)) => read_kind(path, &name, bytes, limit),
        Ok(Read_::Binary(at)) => Loaded::Skipped {
            path: shown(&name),
            reason: Skip::Binary(Some(at)),
        },
        Ok(Read_::TooLarge) => Loaded::Skipped {
            path: shown(&name),
            reason: Skip::TooLarge(limit),
        },
        Err(e) => fail(e),
    }
}

/// Turns a file's bytes into text by its kind ([`Kind::sniff`]).
fn read_kind(path: &Path, name: &str, bytes: Vec<u8>, limit: u64) -> Loaded {
    let kind = Kind::sniff(&bytes[..bytes.len().min(BLOCK)], path);
    let failed = |error| {
        Loaded::Failed(LoadError::Document {
            path: shown(name),
            error,
        })
    };
    let extracted = |text: String, pages: Vec<usize>| {
        Loaded::Text(Source {
            name: name.to_string(),
            text,
            warnings: Vec::new(),
            kind,
            pages,
        })
    };
    match kind {
        Kind::Pdf => match pdf::extract(&bytes, limit) {
            Ok((text, pages)) => extracted(text, pages),
            Err(e) => failed(e),
        },
        Kind::Docx => match docx::extract(&bytes, limit) {
            Ok(text) => extracted(text, Vec::new()),
            Err(e) => failed(e),
        },
        Kind::Text | Kind::Markdown | Kind::Html => match decode_owned(name, bytes) {
            Some(mut s) => {
                s.kind = kind;
                if kind == Kind::Html {
                    s.text = html::blank(std::mem::take(&mut s.text));
                }
                Loaded::Text(s)
            }
            None => Loaded::Skipped {
                path: shown(name),
                reason: Skip::Binary(None),
            },
        },
    }
}

/// Expands and loads every path, in order.
pub fn load_all(paths: &[String]) -> Vec<Loaded> {
    expand(paths)
        .into_iter()
        .map(|r| match r {
            Ok(p) => load_path(&p),
            Err(l) => l,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boms_and_utf16() {
        let s = decode("a", b"\xEF\xBB\xBFresolution 6/2").unwrap();
        assert_eq!(s.text, "\u{FEFF}resolution 6/2");
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("article 46".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        assert_eq!(decode("b", &le).unwrap().text, "article 46");
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("article 46".encode_utf16().flat_map(|u| u.to_be_bytes()))
            .collect();
        assert_eq!(decode("c", &be).unwrap().text, "article 46");
    }

    #[test]
    fn invalid_utf8_warns_with_the_file_name() {
        let s = decode("bad.txt", b"resolution \xFF 6/2").unwrap();
        assert!(s.warnings[0].starts_with("bad.txt: invalid UTF-8"));
        assert!(s.text.contains('\u{FFFD}'));
    }

    #[test]
    #[cfg(unix)]
    fn a_file_reached_twice_is_listed_once() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir(d.join("sub")).unwrap();
        for f in ["a.txt", "sub/b.md", "sub/c.txt"] {
            std::fs::write(d.join(f), "resolution 6/2").unwrap();
        }
        // A hard link is another path to the same inode, and another file
        // by canonical path: listed, as it always was.
        std::fs::hard_link(d.join("a.txt"), d.join("sub/hard.txt")).unwrap();
        // A symlink is its target: "link.md" sorts first, so b.md is the
        // one seen twice.
        std::os::unix::fs::symlink(d.join("sub/b.md"), d.join("link.md")).unwrap();
        let s = |p: &Path| p.display().to_string();
        let paths = [
            s(d),
            s(&d.join("sub/c.txt")),
            s(&d.join("sub/../a.txt")),
            s(&d.join("sub")),
        ];
        let got: Vec<String> = expand(&paths)
            .into_iter()
            .map(|r| match r {
                Ok(p) => s(&p),
                Err(Loaded::Skipped { reason, .. }) => reason.to_string(),
                Err(_) => "error".into(),
            })
            .collect();
        let want = [
            s(&d.join("a.txt")),
            s(&d.join("link.md")),
            s(&d.join("sub/c.txt")),
            s(&d.join("sub/hard.txt")),
            "directory already visited (symlink loop?)".into(),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn nul_means_binary() {
        assert!(decode("x", b"abc\0def").is_none());
    }
}

#[cfg(test)]
mod bounded_tests {
    use super::*;

    fn read(bytes: &[u8], size: Option<u64>, limit: u64) -> Read_ {
        read_bounded(&mut &bytes[..], size, limit).unwrap()
    }

    #[test]
    fn sizes_parse() {
        assert_eq!(parse_size("256M"), Ok(Some(256 << 20)));
        assert_eq!(parse_size("10k"), Ok(Some(10 << 10)));
        assert_eq!(parse_size("1G"), Ok(Some(1 << 30)));
        assert_eq!(parse_size("123"), Ok(Some(123)));
        assert_eq!(parse_size("none"), Ok(None));
        assert_eq!(parse_size("0"), Ok(None));
        assert!(parse_size("12Q").is_err() && parse_size("M").is_err());
        assert!(parse_size("99999999999999999999G").is_err());
        assert_eq!(format_size(DEFAULT_MAX_FILESIZE), "256M");
        assert_eq!(format_size(1000), "1000");
    }

    #[test]
    fn nul_anywhere_and_limits() {
        let mut b = vec![b'a'; 300_000];
        assert!(matches!(read(&b, None, u64::MAX), Read_::Bytes(v) if v.len() == 300_000));
        b[250_000] = 0;
        assert!(matches!(read(&b, None, u64::MAX), Read_::Binary(250_000)));
        assert!(matches!(
            read(&b, Some(300_000), u64::MAX),
            Read_::Binary(250_000)
        ));
        // Over the limit: a known size is refused before reading, a
        // stream once it passes the limit.
        assert!(matches!(read(&b, Some(300_000), 1000), Read_::TooLarge));
        assert!(matches!(read(&[b'a'; 5000], None, 1000), Read_::TooLarge));
        assert!(matches!(read(&[b'a'; 1000], None, 1000), Read_::Bytes(v) if v.len() == 1000));
        // UTF-16 has NULs in every other byte.
        let u16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(
                "resolution 6/2"
                    .repeat(10_000)
                    .encode_utf16()
                    .flat_map(|u| u.to_le_bytes()),
            )
            .collect();
        assert!(matches!(read(&u16, None, u64::MAX), Read_::Bytes(_)));
        assert!(decode("a", &b).is_none());
    }

    #[test]
    fn control_characters_are_shown_escaped() {
        assert_eq!(shown("a\nb\x1b[0m\t.txt"), "a\\nb\\u{1b}[0m\\t.txt");
        assert_eq!(shown("plain é.txt"), "plain é.txt");
    }
}
