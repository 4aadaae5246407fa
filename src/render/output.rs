//! The one way every command writes a file (`-o`, `--out`, `site`, `man`,
//! `index`): never destroying what the path names.
//!
//! - `-` (and `/dev/stdout`) is standard output;
//! - a path that is not a regular file (`/dev/null`, a FIFO, a terminal,
//!   `/dev/fd/N`) is opened and written directly, never renamed over;
//! - a regular file, or a new one, is written to a temporary file in its own
//!   directory and renamed into place (a reader sees the old file or the new
//!   one, never half of one; an existing file keeps its permissions);
//! - a symlink is followed (dangling ones too) and its target written so, in
//!   the target's directory: the link stays a link;
//! - a target that is one of the inputs (same device and inode, symlinks
//!   followed) is refused: [`OutputError::IsInput`].

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OutputError {
    /// (The I/O error is part of the message, not a separate source, so
    /// a chain printed with `{:#}` says it once.)
    #[error("{path}: {error}")]
    Io { path: String, error: io::Error },
    #[error("refusing to write {path}: it is the input {input}")]
    IsInput { path: String, input: String },
    #[error("{path}: is a directory; give a file name")]
    IsDir { path: String },
}

impl OutputError {
    fn io(path: &Path, source: io::Error) -> OutputError {
        OutputError::Io {
            path: crate::load::shown(&path.display().to_string()),
            error: source,
        }
    }

    /// Whether writing failed because the reader went away (`| head`).
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, OutputError::Io { error, .. } if error.kind() == io::ErrorKind::BrokenPipe)
    }
}

/// The files a command reads, by device and inode, so that no output
/// replaces one of them.
#[derive(Debug, Default, Clone)]
pub struct Inputs {
    files: HashMap<(u64, u64), String>,
}

impl Inputs {
    /// No inputs (the bundled corpus, `completions`).
    pub fn none() -> Inputs {
        Inputs::default()
    }

    /// The files `paths` name, directories expanded as the loader expands
    /// them; `-` is standard input when that is a file (`< a.txt`).
    pub fn of(paths: &[String]) -> Inputs {
        let mut ins = Inputs::default();
        for r in crate::load::expand(paths) {
            let Ok(p) = r else { continue };
            if p.as_os_str() == "-" {
                #[cfg(unix)]
                if let Ok(m) = std::fs::metadata("/dev/stdin") {
                    ins.add_meta(&m, "standard input");
                }
                continue;
            }
            ins.add(&p);
        }
        ins
    }

    /// Adds one file (followed if a symlink).
    pub fn add(&mut self, path: &Path) {
        if let Ok(m) = std::fs::metadata(path) {
            self.add_meta(&m, &path.display().to_string());
        }
    }

    fn add_meta(&mut self, m: &std::fs::Metadata, name: &str) {
        if let Some(k) = file_key(m) {
            self.files.entry(k).or_insert_with(|| name.to_string());
        }
    }

    fn input_at(&self, m: &std::fs::Metadata) -> Option<&str> {
        file_key(m)
            .and_then(|k| self.files.get(&k))
            .map(String::as_str)
    }
}

#[cfg(unix)]
fn file_key(m: &std::fs::Metadata) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    Some((m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn file_key(_: &std::fs::Metadata) -> Option<(u64, u64)> {
    None
}

/// Where the bytes for a path go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dest {
    Stdout,
    /// Not a regular file: opened and written in place.
    Direct(PathBuf),
    /// A regular file (or none yet) at this path, symlinks resolved: written
    /// through a temporary file beside it and a rename.
    Atomic(PathBuf),
}

/// Where writing `path` goes, and refuses an input (`inputs`) or a directory.
pub fn resolve(path: &Path, inputs: &Inputs) -> Result<Dest, OutputError> {
    if path.as_os_str() == "-" || path == Path::new("/dev/stdout") {
        return Ok(Dest::Stdout);
    }
    let refuse = |m: &std::fs::Metadata| match inputs.input_at(m) {
        Some(input) => Err(OutputError::IsInput {
            path: crate::load::shown(&path.display().to_string()),
            input: crate::load::shown(input),
        }),
        None => Ok(()),
    };
    // `metadata` follows symlinks in the kernel, which also knows the
    // magic links of /proc/self/fd and /dev/fd.
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => Err(OutputError::IsDir {
            path: crate::load::shown(&path.display().to_string()),
        }),
        Ok(m) if m.is_file() => {
            refuse(&m)?;
            let link = std::fs::symlink_metadata(path).is_ok_and(|l| l.file_type().is_symlink());
            if link || is_fd_path(path) {
                let real = std::fs::canonicalize(path).map_err(|e| OutputError::io(path, e))?;
                Ok(Dest::Atomic(real))
            } else {
                Ok(Dest::Atomic(path.to_path_buf()))
            }
        }
        Ok(m) => {
            refuse(&m)?;
            Ok(Dest::Direct(path.to_path_buf()))
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Dest::Atomic(
            follow_dangling(path).map_err(|e| OutputError::io(path, e))?,
        )),
        Err(e) => Err(OutputError::io(path, e)),
    }
}

fn is_fd_path(p: &Path) -> bool {
    p.starts_with("/dev/fd") || p.starts_with("/proc/self/fd")
}

/// The path a chain of symlinks ending nowhere leads to (the file that
/// writing will create); `path` itself when it is not a symlink.
fn follow_dangling(path: &Path) -> io::Result<PathBuf> {
    let mut p = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let t = std::fs::read_link(&p)?;
                p = if t.is_absolute() {
                    t
                } else {
                    p.parent().unwrap_or(Path::new(".")).join(t)
                };
            }
            _ => return Ok(p),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

/// The prefix of the temporary files this module writes for `name`; the
/// full name is `{prefix}{pid}-{nonce}.tmp`.
pub fn temp_prefix(name: &str) -> String {
    format!(".{name}.uncite-")
}

fn temp_path(target: &Path) -> PathBuf {
    let dir = parent_dir(target);
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    let nonce = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    dir.join(format!(
        "{}{}-{nonce}.tmp",
        temp_prefix(&name),
        std::process::id()
    ))
}

/// The directory of `path` (`.` for a bare file name).
pub fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// How [`write_with`] writes.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// fsync the file (and its directory after the rename).
    pub sync: bool,
}

/// Writes `bytes` to `path` (see the module documentation).
pub fn write(path: &Path, inputs: &Inputs, bytes: &[u8]) -> Result<(), OutputError> {
    write_with(path, inputs, Options::default(), |w| w.write_all(bytes))
}

/// Writes `bytes` to `path`, or to standard output when `path` is `None`.
pub fn emit(path: Option<&Path>, inputs: &Inputs, bytes: &[u8]) -> Result<(), OutputError> {
    match path {
        Some(p) => write(p, inputs, bytes),
        None => write_stdout(bytes),
    }
}

/// Writes `bytes` to standard output and flushes it.
pub fn write_stdout(bytes: &[u8]) -> Result<(), OutputError> {
    let mut o = io::stdout().lock();
    o.write_all(bytes)
        .and_then(|_| o.flush())
        .map_err(|e| OutputError::Io {
            path: "standard output".into(),
            error: e,
        })
}

/// Writes to `path` through `f` (see the module documentation); `f`'s
/// value is returned.
pub fn write_with<T>(
    path: &Path,
    inputs: &Inputs,
    opts: Options,
    f: impl FnOnce(&mut dyn Write) -> io::Result<T>,
) -> Result<T, OutputError> {
    match resolve(path, inputs)? {
        Dest::Stdout => {
            let mut o = io::stdout().lock();
            let v = f(&mut o).and_then(|v| o.flush().map(|_| v));
            v.map_err(|e| OutputError::Io {
                path: "standard output".into(),
                error: e,
            })
        }
        Dest::Direct(p) => {
            let r = (|| {
                let file = std::fs::OpenOptions::new().write(true).open(&p)?;
                let mut w = io::BufWriter::new(file);
                let v = f(&mut w)?;
                w.flush()?;
                Ok(v)
            })();
            r.map_err(|e| OutputError::io(path, e))
        }
        Dest::Atomic(target) => {
            write_atomic(&target, opts, f).map_err(|e| OutputError::io(path, e))
        }
    }
}

fn write_atomic<T>(
    target: &Path,
    opts: Options,
    f: impl FnOnce(&mut dyn Write) -> io::Result<T>,
) -> io::Result<T> {
    let tmp = temp_path(target);
    let r = (|| {
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        // A replaced file keeps its permissions.
        if let Ok(m) = std::fs::metadata(target) {
            let _ = file.set_permissions(m.permissions());
        }
        let mut w = io::BufWriter::with_capacity(1 << 16, file);
        let v = f(&mut w)?;
        let file = w.into_inner().map_err(|e| e.into_error())?;
        if opts.sync {
            file.sync_all()?;
        }
        drop(file);
        std::fs::rename(&tmp, target)?;
        if opts.sync
            && let Ok(d) = std::fs::File::open(parent_dir(target))
        {
            let _ = d.sync_all();
        }
        Ok(v)
    })();
    if r.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    r
}

/// Removes temporary files a killed writer of `target` left behind: names
/// `{temp_prefix}{pid}-{nonce}.tmp` in the target's directory, last
/// modified before `before`, whose process is gone. Returns how many.
pub fn remove_stale_temps(target: &Path, before: std::time::SystemTime) -> usize {
    let Some(name) = target.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return 0;
    };
    let prefix = temp_prefix(&name);
    let Ok(rd) = std::fs::read_dir(parent_dir(target)) else {
        return 0;
    };
    let mut removed = 0;
    for e in rd.flatten() {
        let file_name = e.file_name();
        let Some(n) = file_name.to_str() else {
            continue;
        };
        let Some(pid) = n
            .strip_prefix(prefix.as_str())
            .and_then(|r| r.strip_suffix(".tmp"))
            .and_then(|r| r.split_once('-'))
            .filter(|(p, k)| {
                !p.is_empty()
                    && !k.is_empty()
                    && p.bytes().all(|b| b.is_ascii_digit())
                    && k.bytes().all(|b| b.is_ascii_digit())
            })
            .and_then(|(p, _)| p.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(m) = e.metadata() else { continue };
        if !m.is_file() || m.modified().map_or(true, |t| t >= before) {
            continue;
        }
        // A writer still running (or a reused pid: left alone, to be safe).
        if pid == std::process::id() || Path::new(&format!("/proc/{pid}")).exists() {
            continue;
        }
        if std::fs::remove_file(e.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn regular_new_symlink_and_device() {
        let d = tempfile::tempdir().unwrap();
        let none = Inputs::none();
        let a = d.path().join("a.txt");
        write(&a, &none, b"one").unwrap();
        assert_eq!(std::fs::read(&a).unwrap(), b"one");
        let link = d.path().join("link");
        std::os::unix::fs::symlink(&a, &link).unwrap();
        write(&link, &none, b"two").unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read(&a).unwrap(), b"two");
        // A dangling link creates its target.
        let dangling = d.path().join("dangling");
        std::os::unix::fs::symlink("sub-target.txt", &dangling).unwrap();
        write(&dangling, &none, b"three").unwrap();
        assert!(
            std::fs::symlink_metadata(&dangling)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(
            std::fs::read(d.path().join("sub-target.txt")).unwrap(),
            b"three"
        );
        assert_eq!(
            resolve(Path::new("/dev/null"), &none).unwrap(),
            Dest::Direct("/dev/null".into())
        );
        write(Path::new("/dev/null"), &none, b"x").unwrap();
        assert_eq!(resolve(Path::new("-"), &none).unwrap(), Dest::Stdout);
        // No temporary file is left.
        let left: Vec<_> = std::fs::read_dir(d.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .filter(|n| n.to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(left.is_empty(), "{left:?}");
    }

    #[test]
    fn an_input_is_refused_through_a_symlink() {
        let d = tempfile::tempdir().unwrap();
        let a = d.path().join("a.txt");
        std::fs::write(&a, "keep").unwrap();
        let link = d.path().join("l.txt");
        std::os::unix::fs::symlink(&a, &link).unwrap();
        let ins = Inputs::of(&[a.display().to_string()]);
        for p in [&a, &link] {
            let e = write(p, &ins, b"gone").unwrap_err();
            assert!(matches!(e, OutputError::IsInput { .. }), "{e}");
        }
        assert_eq!(std::fs::read(&a).unwrap(), b"keep");
    }

    #[test]
    fn stale_temps_of_dead_writers_only() {
        let d = tempfile::tempdir().unwrap();
        let target = d.path().join("c.uncite");
        // pid 0 is never a user process: a dead writer.
        let dead = d.path().join(".c.uncite.uncite-0-123.tmp");
        let other = d.path().join(".c.uncite.something.tmp");
        let mine = d
            .path()
            .join(format!(".c.uncite.uncite-{}-1.tmp", std::process::id()));
        for p in [&dead, &other, &mine] {
            std::fs::write(p, "x").unwrap();
        }
        let later = std::time::SystemTime::now() + std::time::Duration::from_secs(5);
        // Not older than the start: kept.
        assert_eq!(
            remove_stale_temps(&target, std::time::SystemTime::UNIX_EPOCH),
            0
        );
        assert_eq!(remove_stale_temps(&target, later), 1);
        assert!(!dead.exists() && other.exists() && mine.exists());
    }
}
