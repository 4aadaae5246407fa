//! The persisted index: the citation graph of a corpus and its evidence in
//! one file, so queries need not extract the corpus again.
//!
//! Format (all integers little-endian; "varint" is unsigned LEB128):
//!
//! ```text
//! "UNCITE\0"  u32 version
//! u64 × SECTIONS   section offsets (strings, files, nodes, edges, docs, records, end)
//! strings  u64 count, u64 × (count + 1) offsets into the blob, blob   (interned UTF-8)
//! files    u64 count, then per file: path, mtime secs, mtime nanos, size, exact  (varints)
//! nodes    u64 count, u64 × (count + 1) offsets, records sorted by ID:
//!          id, title?, file?, symbols, date?, session?, out edges, in edges
//!          (an edge: other node, kind, edge number)
//! edges    u64 count, u64 × (count + 1) offsets, evidence lists:
//!          (file number, line, page (0: none), start, end, mention text)
//! docs     varint count, node numbers of corpus documents (ID resolution)
//! records  u64 count, u64 × (count + 1) offsets, per file what extraction
//!          found (header, units, references): re-indexing reuses the
//!          records of unchanged files instead of extracting them again
//! u64 × 7  checksums (index/checksum.rs) of the header (magic, version,
//!          offsets) and of each section in file order; verified on open
//!          (the records when first read), a mismatch is `Corrupt`
//! ```
//!
//! Evidence keeps a byte span, not the sentence: the sentence is read back
//! from the file when printed, and a file that changed or vanished since
//! indexing is said to have done so instead of quoting the wrong text.
//! A query maps the file and reads only the nodes and edges it needs.

mod checksum;
mod codec;
mod read;
mod record;
mod write;

pub use read::{ChildCounts, Index};
pub use write::{Options, Progress, Stats, build_index};

/// The first bytes of every index file.
pub const MAGIC: &[u8; 7] = b"UNCITE\0";
/// Bumped whenever the layout changes; an index of another version is
/// refused with a request to re-index.
pub const VERSION: u32 = 5;

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum IndexError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: not an uncite index (no UNCITE header)")]
    Foreign { path: String },
    #[error(
        "{path}: index format version {found}, this uncite reads version {VERSION}: re-run `uncite index`"
    )]
    Stale { path: String, found: u32 },
    #[error("{path}: corrupt or truncated uncite index: re-run `uncite index`")]
    Corrupt { path: String },
    #[error("refusing to write the index over {path}: it is one of the input files")]
    OverwritesInput { path: String },
    #[error("refusing to overwrite {path}: it exists and is not an uncite index")]
    OverwritesForeign { path: String },
    #[error("{0}")]
    Input(String),
    /// An ID asked of the index that it does not hold or cannot parse.
    #[error(transparent)]
    Query(#[from] crate::query::QueryError),
}

impl IndexError {
    pub(crate) fn io(path: &std::path::Path, source: std::io::Error) -> IndexError {
        IndexError::Io {
            path: path.display().to_string(),
            source,
        }
    }
}

#[cfg(test)]
mod tests;
