//! Bytes in, text out: BOM sniffing, UTF-16, lossy UTF-8, binary detection,
//! and walking directories the way ripgrep does (sorted, loop-safe).
//!
//! Offsets reported by uncite are byte offsets into the *decoded UTF-8 text*;
//! for UTF-8 input without invalid bytes these equal offsets into the file.

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::{Path, PathBuf};

/// One input document, decoded.
#[derive(Debug, Clone)]
pub struct Source {
    /// The path as the user gave it (or as found under a given directory);
    /// `-` for stdin.
    pub name: String,
    pub text: String,
    /// Notes for the user (lossy decoding, BOM handling) naming this file.
    pub warnings: Vec<String>,
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
}

/// What loading one path produced.
#[derive(Debug)]
pub enum Loaded {
    Text(Source),
    /// Skipped, with the reason (binary file, symlink loop, ...).
    Skipped {
        path: String,
        reason: String,
    },
    Failed(LoadError),
}

/// Why a byte buffer is not decoded as text.
pub fn looks_binary(bytes: &[u8]) -> bool {
    // ripgrep's heuristic: a NUL byte in the first block means binary,
    // unless a UTF-16 BOM says the NULs are half of each character.
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return false;
    }
    memchr::memchr(0, &bytes[..bytes.len().min(64 * 1024)]).is_some()
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
    })
}

fn utf8_lossy(name: &str, bytes: Vec<u8>, warnings: &mut Vec<String>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            warnings.push(format!(
                "{name}: invalid UTF-8 at byte {}; read lossily (bad bytes became U+FFFD, later offsets refer to the decoded text)",
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
        warnings.push(format!("{name}: malformed UTF-16; read lossily"));
    }
    warnings.push(format!(
        "{name}: decoded from UTF-16; offsets refer to the UTF-8 text"
    ));
    text
}

fn is_document(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()).map(|e| e.to_ascii_lowercase()),
        Some(ref e) if e == "txt" || e == "md"
    )
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

/// Expands the user's paths into files: directories recursively (only `.txt`
/// and `.md`, sorted, symlink loops reported once), files as given (any
/// extension), `-` as stdin. A path given twice is read once.
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
                out.push(Err(Loaded::Failed(LoadError::Missing { path: p.clone() })))
            }
            Err(e) => out.push(Err(Loaded::Failed(LoadError::Io {
                path: p.clone(),
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
            path: dir.display().to_string(),
            reason: "directory already visited (symlink loop?)".into(),
        }));
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            out.push(Err(Loaded::Failed(LoadError::Io {
                path: dir.display().to_string(),
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
            Ok(m) if is_document(&path) => {
                if seen_files.first_visit(&path, &m) {
                    out.push(Ok(path));
                }
            }
            Ok(_) => {}
            Err(e) => out.push(Err(Loaded::Failed(LoadError::Io {
                path: path.display().to_string(),
                source: e,
            }))),
        }
    }
}

/// Reads and decodes one path (`-` = stdin).
pub fn load_path(path: &Path) -> Loaded {
    let name = path.display().to_string();
    let bytes = if name == "-" {
        let mut buf = Vec::new();
        match std::io::stdin().lock().read_to_end(&mut buf) {
            Ok(_) => buf,
            Err(e) => {
                return Loaded::Failed(LoadError::Io {
                    path: name,
                    source: e,
                });
            }
        }
    } else {
        match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                return Loaded::Failed(LoadError::Io {
                    path: name,
                    source: e,
                });
            }
        }
    };
    match decode_owned(&name, bytes) {
        Some(s) => Loaded::Text(s),
        None => Loaded::Skipped {
            path: name,
            reason: "binary file (NUL byte found); skipped".into(),
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
                Err(Loaded::Skipped { reason, .. }) => reason,
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
