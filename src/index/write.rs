//! `uncite index`: extract files in parallel (one text in memory per
//! worker), keep what each file yielded, build the graph, write it all.

use super::checksum::Checksum;
use super::codec::{Dec, Enc, Strings, Table, TableBuf};
use super::read::Index;
use super::record::{FileMeta, decode_doc, encode_doc, mtime_of};
use super::{IndexError, MAGIC, VERSION};
use crate::document::{Document, extract_source};
use crate::graph::CitationGraph;
use crate::id::Id;
use crate::load::{Loaded, expand, load_path};
use crate::render::output::{self, Dest, Inputs, OutputError};
use rustc_hash::FxHashMap as HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Worker threads (0 = one per core).
    pub threads: usize,
    /// Extract every file again even when the old index has it unchanged.
    pub full: bool,
}

/// What an index run did, for the summary line.
#[derive(Debug, Clone, Default)]
pub struct Stats {
    pub files: usize,
    /// Files whose records were taken from the old index (same size and
    /// modification time).
    pub reused: usize,
    pub extracted: usize,
    /// Bytes read and extracted (reused files not counted).
    pub bytes: u64,
    pub nodes: usize,
    pub edges: usize,
    pub evidences: usize,
    pub index_bytes: u64,
    /// Skipped files, lossy decoding, why an old index was not reused.
    pub warnings: Vec<String>,
    /// PDF or Word files that gave no text, each naming its file (the
    /// index holds the others).
    pub errors: Vec<String>,
    /// What was read and skipped, by kind.
    pub tally: crate::load::Tally,
}

/// Told about progress by the workers.
pub trait Progress: Sync {
    /// Before extraction: files and bytes to extract.
    fn start(&self, _files: u64, _bytes: u64) {}
    /// One file done, of `bytes` bytes.
    fn advance(&self, _bytes: u64) {}
}

impl Progress for () {}

/// What a worker hands the writer for one file.
enum Outcome {
    /// Extracted now: the document, the file, the loader's warnings, its kind.
    Extracted(Document, FileMeta, Vec<String>, crate::load::Kind),
    /// Unchanged since the old index: its record, decoded.
    Reused(Document, FileMeta),
    /// Not a text file: the path and why.
    Skipped(String, crate::load::Skip),
    /// A PDF or Word file without text: said, and the others go on.
    Unreadable(crate::load::LoadError),
    Failed(IndexError),
}

/// Drops what the graph does not need (footnotes, skip spans).
fn slim(mut d: Document) -> Document {
    d.layout.footnotes = Vec::new();
    d.layout.skip = Vec::new();
    d.references.shrink_to_fit();
    d
}

/// Extracts `paths` and writes the index to `output` atomically.
pub fn build_index(
    paths: &[String],
    output: &Path,
    opts: &Options,
    progress: &dyn Progress,
) -> Result<Stats, IndexError> {
    let started = SystemTime::now();
    let mut stats = Stats::default();
    let mut files: Vec<(PathBuf, FileMeta)> = Vec::new();
    for r in expand(paths) {
        match r {
            Ok(p) if p.as_os_str() == "-" => {
                return Err(IndexError::Input(
                    "uncite index reads files, not standard input".into(),
                ));
            }
            Ok(p) => {
                let m = std::fs::metadata(&p).map_err(|e| IndexError::io(&p, e))?;
                let meta = FileMeta {
                    name: p.display().to_string(),
                    size: m.len(),
                    mtime: mtime_of(&m),
                    exact: true,
                    text_hash: 0,
                };
                files.push((p, meta));
            }
            Err(Loaded::Skipped { path, reason }) => {
                stats.tally.skip(&path, &reason);
                if !reason.is_quiet() {
                    stats.warnings.push(format!("{path}: {reason}"))
                }
            }
            Err(Loaded::Failed(e)) => return Err(IndexError::Input(e.to_string())),
            Err(Loaded::Text(_)) => unreachable!("expand does not load"),
        }
    }
    if files.is_empty() {
        return Err(IndexError::Input(format!(
            "no documents found in {}",
            paths.join(", ")
        )));
    }
    let target = check_output(output, &files)?;
    // Temporary files of index runs killed before their rename.
    if let Some(t) = &target {
        output::remove_stale_temps(t, started);
    }

    // An existing index: the records of unchanged files are reused (a
    // device or FIFO holds none).
    let old = if target.as_ref().is_some_and(|t| t.exists()) {
        match Index::open(output) {
            Ok(ix) if !opts.full && !ix.records_intact() => {
                stats.warnings.push(format!(
                    "{}: corrupt records; indexing every file again",
                    crate::load::shown(&output.display().to_string())
                ));
                None
            }
            Ok(ix) => Some(ix),
            Err(IndexError::Foreign { path }) => {
                return Err(IndexError::OverwritesForeign { path });
            }
            Err(e @ (IndexError::Stale { .. } | IndexError::Corrupt { .. })) => {
                stats
                    .warnings
                    .push(format!("{e}; indexing every file again"));
                None
            }
            Err(e) => return Err(e),
        }
    } else {
        None
    };
    let known: HashMap<&str, usize> = match &old {
        Some(ix) if !opts.full => {
            let names: Result<HashMap<&str, usize>, IndexError> = (0..ix.file_count())
                .map(|i| ix.file(i).map(|f| (f.name.as_str(), i)))
                .collect();
            names.unwrap_or_else(|e| {
                stats
                    .warnings
                    .push(format!("{e}; indexing every file again"));
                HashMap::default()
            })
        }
        _ => HashMap::default(),
    };
    let reuse: Vec<Option<usize>> = files
        .iter()
        .map(|(_, m)| {
            let k = *known.get(m.name.as_str())?;
            let f = old.as_ref()?.file(k).ok()?;
            (f.size == m.size && f.mtime == m.mtime).then_some(k)
        })
        .collect();
    stats.reused = reuse.iter().flatten().count();
    progress.start(
        (files.len() - stats.reused) as u64,
        files
            .iter()
            .zip(&reuse)
            .filter(|(_, r)| r.is_none())
            .map(|((_, m), _)| m.size)
            .sum(),
    );

    // Workers extract the files (or decode the old record of an unchanged
    // one) while this thread encodes each file's record in input order, so
    // the bytes do not depend on the thread count; at most a window of
    // documents waits, and only each file's layout is kept for the graph.
    let mut strings = Strings::default();
    let mut records = TableBuf::default();
    let mut file_tab = TableBuf::default();
    let mut docs: Vec<Document> = Vec::new();
    let window = 16 * crate::par::workers(opts.threads);
    let work = |i: usize, (path, meta): &(PathBuf, FileMeta)| -> Outcome {
        if let (Some(k), Some(ix)) = (reuse[i], &old) {
            return match ix.record(k).and_then(|d| Ok((d, ix.file(k)?.clone()))) {
                Ok((d, meta)) => Outcome::Reused(d, meta),
                Err(e) => Outcome::Failed(e),
            };
        }
        let r = match load_path(path) {
            Loaded::Text(src) => {
                let d = slim(extract_source(&src));
                let meta = FileMeta {
                    exact: src.offsets_are_the_files(),
                    text_hash: crate::corpus::text_key(&src.text),
                    ..meta.clone()
                };
                let mut warnings = src.warnings;
                warnings.extend(d.language_note());
                Outcome::Extracted(d, meta, warnings, src.kind)
            }
            Loaded::Skipped { path, reason } => Outcome::Skipped(path, reason),
            Loaded::Failed(e @ crate::load::LoadError::Document { .. }) => Outcome::Unreadable(e),
            Loaded::Failed(e) => Outcome::Failed(IndexError::Input(e.to_string())),
        };
        progress.advance(meta.size);
        r
    };
    let mut texts: std::collections::HashMap<(u64, u64), String> = Default::default();
    crate::par::ordered_map(&files, opts.threads, window, work, |o| {
        let (mut doc, meta) = match o {
            Outcome::Reused(d, meta) => {
                let kind = crate::load::Kind::of_extension(std::path::Path::new(&meta.name));
                stats.tally.read(kind.unwrap_or(crate::load::Kind::Text));
                (d, meta)
            }
            Outcome::Extracted(d, meta, warnings, kind) => {
                stats.tally.read(kind);
                stats.bytes += meta.size;
                stats.extracted += 1;
                stats.warnings.extend(warnings);
                (d, meta)
            }
            Outcome::Skipped(path, reason) => {
                stats.tally.skip(&path, &reason);
                stats.warnings.push(format!("{path}: {reason}"));
                return Ok(());
            }
            Outcome::Unreadable(e) => {
                stats.tally.fail(&e);
                stats.errors.push(e.to_string());
                return Ok(());
            }
            Outcome::Failed(e) => return Err(e),
        };
        match texts.entry((meta.text_hash, meta.size)) {
            std::collections::hash_map::Entry::Occupied(first) => {
                stats
                    .warnings
                    .push(crate::corpus::copy_note(&meta.name, first.get()));
                return Ok(());
            }
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(meta.name.clone());
            }
        }
        encode_record(&mut strings, &mut records, &mut file_tab, &doc, &meta);
        doc.references = Vec::new();
        docs.push(doc);
        Ok(())
    })?;
    drop(old);
    stats.files = docs.len();
    if docs.is_empty() {
        return Err(IndexError::Input(format!(
            "no documents found in {}",
            paths.join(", ")
        )));
    }

    // The graph takes the references from the records, one file at a time;
    // evidence names its file by number.
    let string_bytes = {
        let mut t = TableBuf::default();
        for s in &strings.list {
            t.blob.extend_from_slice(s.as_bytes());
            t.end_record();
        }
        let mut v = Vec::with_capacity(t.len() as usize);
        t.write(&mut v).expect("writing to memory");
        v
    };
    let table = Table::parse(&string_bytes)
        .expect("a table just written")
        .as_strings();
    let g = CitationGraph::from_parts(&docs, &mut |i| {
        let mut d = Dec::new(records.get(i), table);
        decode_doc(&mut d, &i.to_string())
            .expect("a record just written")
            .references
    });
    drop(docs);
    drop(string_bytes);
    stats.nodes = g.node_count();
    stats.edges = g.edge_count();
    let [node_tab, edges, doc_tab] = encode_graph(&g, &mut strings, &mut stats);
    drop(g);
    let mut string_tab = TableBuf::default();
    for s in &strings.list {
        string_tab.blob.extend_from_slice(s.as_bytes());
        string_tab.end_record();
    }
    drop(strings);
    let sections = [node_tab, edges, doc_tab, records, file_tab, string_tab];
    stats.index_bytes = write_atomically(output, &sections)?;
    Ok(stats)
}

/// Where the index goes (symlinks followed), refusing an input file or a
/// directory: `Some(path)` of the regular file to write atomically, `None`
/// for a device or FIFO written directly.
fn check_output(
    output: &Path,
    files: &[(PathBuf, FileMeta)],
) -> Result<Option<PathBuf>, IndexError> {
    let mut ins = Inputs::none();
    for (p, _) in files {
        ins.add(p);
    }
    match output::resolve(output, &ins) {
        Ok(Dest::Atomic(p)) => Ok(Some(p)),
        Ok(_) => Ok(None),
        Err(e) => Err(output_error(output, e)),
    }
}

fn output_error(output: &Path, e: OutputError) -> IndexError {
    let path = crate::load::shown(&output.display().to_string());
    match e {
        OutputError::IsInput { .. } => IndexError::OverwritesInput { path },
        OutputError::IsDir { .. } => {
            IndexError::Input(format!("{path}: is a directory; -o wants the index file"))
        }
        OutputError::Io { error, .. } => IndexError::Io {
            path,
            source: error,
        },
    }
}

/// Appends a file's record and its entry in the files section.
fn encode_record(
    strings: &mut Strings,
    records: &mut TableBuf,
    file_tab: &mut TableBuf,
    d: &Document,
    m: &FileMeta,
) {
    let mut enc = Enc {
        buf: &mut records.blob,
        strings,
    };
    encode_doc(&mut enc, d);
    records.end_record();
    let mut enc = Enc {
        buf: &mut file_tab.blob,
        strings,
    };
    enc.str(&m.name);
    enc.u(m.mtime.0);
    enc.u(m.mtime.1 as u64);
    enc.u(m.size);
    enc.byte(m.exact as u8);
    enc.u(m.text_hash);
    file_tab.end_record();
}

/// The nodes, edges and docs sections of a graph whose evidence names its
/// file by number.
fn encode_graph(g: &CitationGraph, strings: &mut Strings, stats: &mut Stats) -> [TableBuf; 3] {
    let nodes = g.nodes();
    let number: HashMap<&Id, u32> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (&n.id, i as u32))
        .collect();

    // Edges: evidence lists; adjacency per node.
    let mut out_adj: Vec<Vec<(u32, crate::graph::EdgeKind, u32)>> = vec![Vec::new(); nodes.len()];
    let mut in_adj = out_adj.clone();
    let mut edges = TableBuf::default();
    for (e, view) in g.edges().into_iter().enumerate() {
        let s = number[&view.source.id];
        let t = number[&view.target.id];
        out_adj[s as usize].push((t, view.edge.kind, e as u32));
        in_adj[t as usize].push((s, view.edge.kind, e as u32));
        let mut enc = Enc {
            buf: &mut edges.blob,
            strings,
        };
        enc.u(view.edge.evidence.len() as u64);
        for ev in &view.edge.evidence {
            stats.evidences += 1;
            enc.u(ev.file.parse().unwrap_or(u64::MAX >> 1));
            enc.u(ev.line as u64);
            enc.u(ev.page.map_or(0, u64::from));
            enc.u(ev.start as u64);
            enc.u(ev.end as u64);
            enc.str(&ev.text);
        }
        edges.end_record();
    }

    let mut node_tab = TableBuf::default();
    let mut doc_nodes = Vec::new();
    for (i, n) in nodes.iter().enumerate() {
        let mut enc = Enc {
            buf: &mut node_tab.blob,
            strings,
        };
        enc.id(&n.id);
        enc.opt_str(n.title.as_deref());
        enc.opt_str(n.file.as_deref());
        enc.u(n.symbols.len() as u64);
        for s in &n.symbols {
            enc.str(s);
        }
        enc.opt_str(n.date.as_deref());
        enc.opt_id(n.session.as_ref());
        enc.opt_str(n.lang.as_deref());
        for adj in [&out_adj[i], &in_adj[i]] {
            enc.u(adj.len() as u64);
            for &(other, kind, e) in adj {
                enc.u(other as u64);
                enc.edge_kind(kind);
                enc.u(e as u64);
            }
        }
        node_tab.end_record();
        if n.file.is_some() || !n.symbols.is_empty() {
            doc_nodes.push(i as u64);
        }
    }

    let mut doc_tab = TableBuf::default();
    let mut enc = Enc {
        buf: &mut doc_tab.blob,
        strings,
    };
    enc.u(doc_nodes.len() as u64);
    for n in doc_nodes {
        enc.u(n);
    }
    doc_tab.end_record();
    [node_tab, edges, doc_tab]
}

/// Writes header, sections and checksum through [`output`]: to a
/// temporary file beside the (symlink-followed) `output`, synced and
/// renamed over it, so a reader sees the old index or the new one, never
/// half of one; a device or FIFO is written directly.
fn write_atomically(output: &Path, sections: &[TableBuf]) -> Result<u64, IndexError> {
    let opts = output::Options { sync: true };
    output::write_with(output, &Inputs::none(), opts, |w| {
        let mut w = Checksummed::new(w);
        let header_len = MAGIC.len() as u64 + 4 + 8 * (sections.len() as u64 + 1);
        let mut offsets = vec![header_len];
        for s in sections {
            offsets.push(offsets.last().unwrap() + s.len());
        }
        w.write_all(MAGIC)?;
        w.write_all(&VERSION.to_le_bytes())?;
        for o in &offsets {
            w.write_all(&o.to_le_bytes())?;
        }
        let mut sums = vec![w.take()];
        for s in sections {
            s.write(&mut w)?;
            sums.push(w.take());
        }
        for sum in &sums {
            w.inner.write_all(&sum.to_le_bytes())?;
        }
        Ok(*offsets.last().unwrap() + 8 * sums.len() as u64)
    })
    .map_err(|e| output_error(output, e))
}

/// A writer that checksums what goes through it ([`Checksum`]).
struct Checksummed<'a> {
    inner: &'a mut dyn Write,
    sum: Checksum,
}

impl<'a> Checksummed<'a> {
    fn new(inner: &'a mut dyn Write) -> Self {
        Checksummed {
            inner,
            sum: Checksum::default(),
        }
    }

    /// The sum of what was written since the last call.
    fn take(&mut self) -> u64 {
        std::mem::take(&mut self.sum).finish()
    }
}

impl Write for Checksummed<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.sum.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}
