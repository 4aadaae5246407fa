//! Reading an index: the file is mapped, and a query decodes only the nodes
//! and edges it walks (a binary search finds a node by ID).

use super::checksum::checksum;
use super::codec::{Corrupt, Dec, R, StrTable, Table, u64_at};
use super::record::{FileMeta, decode_doc, mtime_of};
use super::{IndexError, MAGIC, VERSION};
use crate::document::Document;
use crate::graph::{CitationGraph, Edge, EdgeKind, Evidence, Node};
use crate::id::Id;
use crate::query::{self, CiteCounts, CitesQuery, LineageDirection, LineageQuery, QueryError};
use petgraph::Direction;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::{Mutex, MutexGuard, OnceLock};

const NODES: usize = 0;
const EDGES: usize = 1;
const DOCS: usize = 2;
const RECORDS: usize = 3;
const FILES: usize = 4;
const STRINGS: usize = 5;
const SECTIONS: usize = 6;

/// An opened index file.
pub struct Index {
    path: String,
    map: memmap2::Mmap,
    /// Section boundaries: `SECTIONS + 1` offsets.
    bounds: Vec<usize>,
    /// The files section, each entry decoded on first use: a query reads
    /// the entries of the files its evidence is in, not all of them.
    files: Vec<OnceLock<FileMeta>>,
    /// File name -> number, for the entries decoded so far.
    file_number: Mutex<HashMap<String, usize>>,
    /// Every entry has been decoded (and named in `file_number`).
    all_files: Mutex<bool>,
    /// The records section matches its checksum (checked on first use).
    records_ok: OnceLock<bool>,
}

/// The number of children of each step a lineage walk expanded, by step
/// and direction (see [`query::lineage_with`]).
pub type ChildCounts = HashMap<(Id, Direction), usize>;

/// One adjacency entry: the node at the other end, the kind, the edge.
type Adj = (u32, EdgeKind, u32);

impl Index {
    /// Opens and checks an index: magic, version, section bounds.
    pub fn open(path: &Path) -> Result<Index, IndexError> {
        let name = path.display().to_string();
        let file = std::fs::File::open(path).map_err(|e| IndexError::io(path, e))?;
        // SAFETY: the index is written once to a temporary file and renamed
        // into place, never modified in place; a concurrent rename leaves
        // this mapping on the old file.
        let map = unsafe { memmap2::Mmap::map(&file) }.map_err(|e| IndexError::io(path, e))?;
        if map.len() < MAGIC.len() || &map[..MAGIC.len()] != MAGIC {
            return Err(IndexError::Foreign { path: name });
        }
        let corrupt = || IndexError::Corrupt { path: name.clone() };
        let v = map.get(MAGIC.len()..MAGIC.len() + 4).ok_or_else(corrupt)?;
        let found = u32::from_le_bytes(v.try_into().expect("4 bytes"));
        if found != VERSION {
            return Err(IndexError::Stale { path: name, found });
        }
        let mut bounds = Vec::with_capacity(SECTIONS + 1);
        for k in 0..=SECTIONS {
            let o = u64_at(&map, MAGIC.len() + 4 + 8 * k).map_err(|_| corrupt())?;
            let o = usize::try_from(o).map_err(|_| corrupt())?;
            if o > map.len() || bounds.last().is_some_and(|&p| o < p) {
                return Err(corrupt());
            }
            bounds.push(o);
        }
        // The checksums after the sections: of the header, then of each
        // section (the records, read only by a re-index, when first read).
        let end = bounds[SECTIONS];
        if map.len() != end + 8 * (SECTIONS + 1) {
            return Err(corrupt());
        }
        let sum = |k: usize| u64_at(&map, end + 8 * k).map_err(|_| corrupt());
        if checksum(&map[..bounds[0]]) != sum(0)? {
            return Err(corrupt());
        }
        for k in (0..SECTIONS).filter(|&k| k != RECORDS) {
            if checksum(&map[bounds[k]..bounds[k + 1]]) != sum(k + 1)? {
                return Err(corrupt());
            }
        }
        let mut ix = Index {
            path: name,
            map,
            bounds,
            records_ok: OnceLock::new(),
            files: Vec::new(),
            file_number: Mutex::new(HashMap::default()),
            all_files: Mutex::new(false),
        };
        let count = ix.c(ix.table(FILES))?.count;
        ix.files = (0..count).map(|_| OnceLock::new()).collect();
        Ok(ix)
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    fn c<T>(&self, r: R<T>) -> Result<T, IndexError> {
        r.map_err(|_| IndexError::Corrupt {
            path: self.path.clone(),
        })
    }

    fn section(&self, k: usize) -> &[u8] {
        &self.map[self.bounds[k]..self.bounds[k + 1]]
    }

    fn table(&self, k: usize) -> R<Table<'_>> {
        Table::parse(self.section(k))
    }

    fn strings(&self) -> R<StrTable<'_>> {
        Ok(self.table(STRINGS)?.as_strings())
    }

    fn dec<'a>(&'a self, k: usize, i: usize) -> R<Dec<'a>> {
        Ok(Dec::new(self.table(k)?.record(i)?, self.strings()?))
    }

    fn decode_file(&self, i: usize) -> R<FileMeta> {
        let mut d = Dec::new(self.table(FILES)?.record(i)?, self.strings()?);
        Ok(FileMeta {
            name: d.str()?.to_string(),
            mtime: (d.u()?, d.u32()?),
            size: d.u()?,
            exact: d.byte()? != 0,
            text_hash: d.u()?,
        })
    }

    fn file_r(&self, i: usize) -> R<&FileMeta> {
        let cell = self.files.get(i).ok_or(Corrupt)?;
        if let Some(m) = cell.get() {
            return Ok(m);
        }
        let decoded = self.decode_file(i)?;
        let m = cell.get_or_init(|| decoded);
        lock(&self.file_number).insert(m.name.clone(), i);
        Ok(m)
    }

    /// File `i` of the index: name, size, modification time.
    pub(crate) fn file(&self, i: usize) -> Result<&FileMeta, IndexError> {
        self.c(self.file_r(i))
    }

    pub fn file_count(&self) -> usize {
        self.files.len()
    }

    /// The number of the file named `name`, if the index has it.
    fn file_number(&self, name: &str) -> Result<Option<usize>, IndexError> {
        if let Some(&i) = lock(&self.file_number).get(name) {
            return Ok(Some(i));
        }
        // A file no evidence decoded so far named: decode them all, once.
        let mut all = lock(&self.all_files);
        if !*all {
            for i in 0..self.files.len() {
                self.file(i)?;
            }
            *all = true;
        }
        Ok(lock(&self.file_number).get(name).copied())
    }

    pub fn node_count(&self) -> usize {
        self.table(NODES).map_or(0, |t| t.count)
    }

    /// What extraction found in file `i` (for re-indexing).
    /// Whether the records section matches its checksum (computed once).
    pub(crate) fn records_intact(&self) -> bool {
        *self.records_ok.get_or_init(|| {
            let end = self.bounds[SECTIONS];
            u64_at(&self.map, end + 8 * (RECORDS + 1))
                .is_ok_and(|s| s == checksum(self.section(RECORDS)))
        })
    }

    pub(crate) fn record(&self, i: usize) -> Result<Document, IndexError> {
        if !self.records_intact() {
            return Err(IndexError::Corrupt {
                path: self.path.clone(),
            });
        }
        let name = &self.file(i)?.name;
        self.c(self
            .dec(RECORDS, i)
            .and_then(|mut d| decode_doc(&mut d, name)))
    }

    fn node_id(&self, n: u32) -> R<Id> {
        self.dec(NODES, n as usize)?.id()
    }

    /// The node and its outgoing and incoming edges.
    fn node_rec(&self, n: u32) -> R<(Node, Vec<Adj>, Vec<Adj>)> {
        let (node, mut d) = self.node_only(n)?;
        let mut adj = || -> R<Vec<Adj>> {
            let k = d.usize()?;
            let mut v = Vec::with_capacity(k.min(1 << 16));
            for _ in 0..k {
                v.push((d.u32()?, d.edge_kind()?, d.u32()?));
            }
            Ok(v)
        };
        let out = adj()?;
        let inc = adj()?;
        Ok((node, out, inc))
    }

    /// The node, and the decoder left at its edges.
    fn node_only(&self, n: u32) -> R<(Node, Dec<'_>)> {
        let mut d = self.dec(NODES, n as usize)?;
        let id = d.id()?;
        let node = Node {
            kind: id.kind(),
            id,
            title: d.opt_string()?,
            file: d.opt_string()?,
            symbols: {
                let k = d.usize()?;
                let mut v = Vec::new();
                for _ in 0..k {
                    v.push(d.str()?.to_string());
                }
                v
            },
            date: d.opt_string()?,
            session: d.opt_id()?,
            lang: d.opt_string()?,
        };
        Ok((node, d))
    }

    /// The evidence of edge `e`, sentences empty.
    fn evidence(&self, e: u32) -> R<Vec<Evidence>> {
        let mut d = self.dec(EDGES, e as usize)?;
        let k = d.usize()?;
        let mut v = Vec::with_capacity(k.min(1 << 16));
        for _ in 0..k {
            let f = d.usize()?;
            let file = self.file_r(f)?.name.clone();
            v.push(Evidence {
                file,
                line: d.usize()?,
                page: u32::try_from(d.usize()?).ok().filter(|&p| p > 0),
                start: d.usize()?,
                end: d.usize()?,
                text: d.str()?.to_string(),
                sentence: String::new(),
            });
        }
        Ok(v)
    }

    /// The node number of `id`: a binary search over the sorted node table.
    pub fn lookup(&self, id: &Id) -> Result<Option<u32>, IndexError> {
        let r = (|| -> R<Option<u32>> {
            let (mut lo, mut hi) = (0usize, self.table(NODES)?.count);
            while lo < hi {
                let mid = (lo + hi) / 2;
                match self.node_id(mid as u32)?.cmp(id) {
                    std::cmp::Ordering::Less => lo = mid + 1,
                    std::cmp::Ordering::Greater => hi = mid,
                    std::cmp::Ordering::Equal => return Ok(Some(mid as u32)),
                }
            }
            Ok(None)
        })();
        self.c(r)
    }

    /// The whole graph (`graph`, `report`); sentences read back when asked.
    pub fn graph(&self, sentences: bool) -> Result<CitationGraph, IndexError> {
        let n = self.node_count() as u32;
        let mut sub = Sub::new(self);
        for i in 0..n {
            sub.expand(i, Direction::Outgoing, |_, _| true)?;
        }
        sub.finish(sentences)
    }

    /// Every node, no edges: enough for "nearest known IDs".
    fn nodes_only(&self) -> Result<CitationGraph, IndexError> {
        let mut sub = Sub::new(self);
        for i in 0..self.node_count() as u32 {
            sub.node(i)?;
        }
        sub.finish(false)
    }

    /// What a person typed -> an ID of the index, as
    /// [`query::resolve_id`] does on the whole graph.
    pub fn resolve(&self, input: &str) -> Result<Id, IndexError> {
        // A well-formed ID of the index is itself (as in resolve_id); only
        // other input needs the corpus documents.
        if let Ok(id) = Id::parse_query(input.trim())
            && self.lookup(&id)?.is_some()
        {
            return Ok(id);
        }
        let mut sub = Sub::new(self);
        let docs = self.c(self.dec(DOCS, 0).and_then(|mut d| {
            let k = d.usize()?;
            (0..k).map(|_| d.u32()).collect::<R<Vec<u32>>>()
        }))?;
        for n in docs {
            sub.node(n)?;
        }
        if let Ok(id) = Id::parse_query(input.trim())
            && let Some(n) = self.lookup(&id)?
        {
            sub.node(n)?;
        }
        let g = sub.finish(false)?;
        match query::resolve_id(&g, input) {
            Ok(id) => Ok(id),
            Err(QueryError::Unknown { id, .. }) => {
                let all = self.nodes_only()?;
                Err(QueryError::Unknown {
                    nearest: query::nearest(&all, &id, 5),
                    id,
                }
                .into())
            }
            Err(e) => Err(e.into()),
        }
    }

    /// The number of mentions of edge `e`, without decoding them.
    fn evidence_count(&self, e: u32) -> R<usize> {
        self.dec(EDGES, e as usize)?.usize()
    }

    /// The part of the graph [`query::cites`] walks for `id` and `q`, as
    /// far as it is shown: its parts, the first `q.limit` citing units (in
    /// ID order) with their evidence, and their containers; and the exact
    /// totals of the whole answer, counted from the adjacency lists and
    /// evidence counts alone (no node but the shown ones decoded, no
    /// sentence read).
    pub fn cites_graph(
        &self,
        id: &Id,
        q: &CitesQuery<'_>,
        sentences: bool,
    ) -> Result<(CitationGraph, CiteCounts), IndexError> {
        let mut sub = Sub::new(self);
        let Some(root) = self.lookup(id)? else {
            return Ok((sub.finish(false)?, CiteCounts::default()));
        };
        sub.node(root)?;
        // Parts, as CitationGraph::parts walks them.
        let mut parts = vec![root];
        let mut i = 0;
        while i < parts.len() {
            let cur = parts[i];
            i += 1;
            if self.c(self.node_id(cur))?.kind() == crate::id::Kind::Chapter && !q.rollup {
                continue;
            }
            for o in sub.expand(cur, Direction::Incoming, |k, _| k == EdgeKind::PartOf)? {
                parts.push(o);
            }
        }
        // Every citing unit (node numbers are in ID order) and its counts.
        let mut units: BTreeMap<u32, (usize, usize)> = BTreeMap::new();
        let mut kind_ok: HashMap<u32, bool> = HashMap::default();
        for &p in &parts {
            let (_, _, inc) = self.c(self.node_rec(p))?;
            for (o, kind, e) in inc {
                let EdgeKind::Cites(rel) = kind else {
                    continue;
                };
                if !q.keeps_relation(rel) {
                    continue;
                }
                if !q.kinds.is_empty() {
                    let ok = match kind_ok.get(&o) {
                        Some(&ok) => ok,
                        None => {
                            let ok = q.keeps_kind(self.c(self.node_id(o))?.kind());
                            kind_ok.insert(o, ok);
                            ok
                        }
                    };
                    if !ok {
                        continue;
                    }
                }
                let mentions = self.c(self.evidence_count(e))?;
                let u = units.entry(o).or_default();
                u.0 += 1;
                u.1 += mentions;
            }
        }
        let total = CiteCounts {
            units: units.len(),
            citations: units.values().map(|u| u.0).sum(),
            mentions: units.values().map(|u| u.1).sum(),
        };
        let shown: Vec<u32> = units.into_keys().take(q.shown(total.units)).collect();
        for &p in &parts {
            sub.expand(p, Direction::Incoming, |k, o| {
                matches!(k, EdgeKind::Cites(_)) && shown.binary_search(&o).is_ok()
            })?;
        }
        for &s in &shown {
            sub.expand(s, Direction::Outgoing, |k, _| k == EdgeKind::ContainedIn)?;
        }
        if sentences {
            sub.containers()?;
        }
        Ok((sub.finish(sentences)?, total))
    }

    /// The part of the graph [`query::lineage_with`] walks for `q`: from
    /// `id`, `q.depth` steps out in the asked directions, following only
    /// the first `q.limit` children of each step; and the number of
    /// children of each step expanded (for [`query::LineageStep::more`]).
    pub fn lineage_graph(
        &self,
        id: &Id,
        q: &LineageQuery<'_>,
        sentences: bool,
    ) -> Result<(CitationGraph, ChildCounts), IndexError> {
        let mut sub = Sub::new(self);
        let mut counts = ChildCounts::default();
        let Some(root) = self.lookup(id)? else {
            return Ok((sub.finish(false)?, counts));
        };
        sub.node(root)?;
        let dirs: &[Direction] = match q.direction {
            LineageDirection::Back => &[Direction::Outgoing],
            LineageDirection::Forward => &[Direction::Incoming],
            LineageDirection::Both => &[Direction::Outgoing, Direction::Incoming],
        };
        let followed = |k: EdgeKind| matches!(k, EdgeKind::Cites(r) if q.keeps(r));
        for &dir in dirs {
            let mut seen = HashSet::from_iter([root]);
            let mut frontier = vec![root];
            for _ in 0..q.depth {
                // Nothing new at the last step: deeper steps find nothing.
                if frontier.is_empty() {
                    break;
                }
                let mut next = Vec::new();
                for n in frontier {
                    // The children of n: distinct neighbours over followed
                    // relations, in ID (node number) order.
                    let (_, out, inc) = self.c(self.node_rec(n))?;
                    let adj = if dir == Direction::Outgoing { out } else { inc };
                    let mut kids: Vec<u32> = adj
                        .iter()
                        .filter(|&&(_, k, _)| followed(k))
                        .map(|&(o, _, _)| o)
                        .collect();
                    kids.sort_unstable();
                    kids.dedup();
                    counts.insert((sub.node(n)?, dir), kids.len());
                    if q.limit > 0 {
                        kids.truncate(q.limit);
                    }
                    sub.expand(n, dir, |k, o| followed(k) && kids.binary_search(&o).is_ok())?;
                    next.extend(kids.into_iter().filter(|&o| seen.insert(o)));
                }
                frontier = next;
            }
        }
        if sentences {
            sub.containers()?;
        }
        Ok((sub.finish(sentences)?, counts))
    }

    /// Fills in the sentence of each evidence from its file, reading each
    /// file once; a file that is gone or changed since indexing says so.
    pub fn fill_sentences<'e>(
        &self,
        evidence: impl IntoIterator<Item = &'e mut Evidence>,
    ) -> Result<(), IndexError> {
        let mut by_file: HashMap<usize, Vec<&'e mut Evidence>> = HashMap::default();
        for ev in evidence {
            match self.file_number(&ev.file)? {
                Some(f) => by_file.entry(f).or_default().push(ev),
                None => ev.sentence = format!("[{} is not in the index]", ev.file),
            }
        }
        for (f, mut evs) in by_file {
            let meta = self.file(f)?;
            let path = Path::new(&meta.name);
            let now = match std::fs::metadata(path) {
                Ok(m) => Some((m.len(), mtime_of(&m))),
                Err(_) => None,
            };
            let problem = match now {
                None => Some(format!(
                    "[sentence not shown: {} is gone since it was indexed]",
                    meta.name
                )),
                Some(n) if n != (meta.size, meta.mtime) => Some(format!(
                    "[sentence not shown: {} changed since it was indexed; re-run `uncite index`]",
                    meta.name
                )),
                _ => None,
            };
            if let Some(p) = problem {
                for ev in evs {
                    ev.sentence = p.clone();
                }
                continue;
            }
            if meta.exact && evs.len() <= 64 && read_windows(path, meta.size, &mut evs).is_ok() {
                continue;
            }
            // Read as it was indexed: a PDF or Word file is extracted again.
            let text = match crate::load::load_path_limited(path, u64::MAX) {
                crate::load::Loaded::Text(s) => Some(s.text),
                _ => None,
            };
            for ev in evs {
                ev.sentence = match &text {
                    Some(t) => crate::graph::sentence(t, ev.start, ev.end),
                    None => format!("[sentence not shown: {} could not be read]", meta.name),
                };
            }
        }
        Ok(())
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Bytes read either side of a mention: what the sentence rules look at
/// ([`crate::graph::SENTENCE_REACH`]), so the sentence from the window is
/// the sentence from the file.
const WINDOW: usize = crate::graph::SENTENCE_REACH;

/// Sentences from windows of a UTF-8 file around each mention.
fn read_windows(path: &Path, size: u64, evs: &mut [&mut Evidence]) -> std::io::Result<()> {
    let mut f = std::fs::File::open(path)?;
    let size = usize::try_from(size).unwrap_or(usize::MAX);
    let mut buf = Vec::new();
    for ev in evs.iter_mut() {
        let mut ws = ev.start.saturating_sub(WINDOW);
        let we = (ev.end + WINDOW).min(size);
        if ev.end > we {
            return Err(std::io::ErrorKind::InvalidData.into());
        }
        buf.resize(we - ws, 0);
        f.seek(SeekFrom::Start(ws as u64))?;
        f.read_exact(&mut buf)?;
        // Whole characters only: skip a cut one at the start, drop one at the end.
        let lead = buf
            .iter()
            .take_while(|&&b| (0x80..0xC0).contains(&b))
            .count();
        ws += lead;
        let bytes = &buf[lead..];
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) if e.error_len().is_none() => {
                std::str::from_utf8(&bytes[..e.valid_up_to()]).expect("valid prefix")
            }
            Err(_) => return Err(std::io::ErrorKind::InvalidData.into()),
        };
        if ev.start < ws || ev.end - ws > text.len() {
            return Err(std::io::ErrorKind::InvalidData.into());
        }
        ev.sentence = crate::graph::sentence(text, ev.start - ws, ev.end - ws);
    }
    Ok(())
}

/// A part of the graph being loaded from the index.
struct Sub<'a> {
    ix: &'a Index,
    g: CitationGraph,
    ids: HashMap<u32, Id>,
    edges: HashSet<u32>,
    pending: Vec<(Id, Id, Edge)>,
}

impl<'a> Sub<'a> {
    fn new(ix: &'a Index) -> Sub<'a> {
        Sub {
            ix,
            g: CitationGraph::default(),
            ids: HashMap::default(),
            edges: HashSet::default(),
            pending: Vec::new(),
        }
    }

    fn node(&mut self, n: u32) -> Result<Id, IndexError> {
        if let Some(id) = self.ids.get(&n) {
            return Ok(id.clone());
        }
        let (node, _) = self.ix.c(self.ix.node_only(n))?;
        let id = node.id.clone();
        self.g.insert_node(node);
        self.ids.insert(n, id.clone());
        Ok(id)
    }

    /// Loads the edges of `n` in `dir` that `keep` accepts, with their
    /// evidence and the nodes at their other ends; returns those nodes.
    fn expand(
        &mut self,
        n: u32,
        dir: Direction,
        keep: impl Fn(EdgeKind, u32) -> bool,
    ) -> Result<Vec<u32>, IndexError> {
        let me = self.node(n)?;
        let (_, out, inc) = self.ix.c(self.ix.node_rec(n))?;
        let adj = if dir == Direction::Outgoing { out } else { inc };
        let mut others = Vec::new();
        for (o, kind, e) in adj {
            if !keep(kind, o) {
                continue;
            }
            let other = self.node(o)?;
            others.push(o);
            if self.edges.insert(e) {
                let evidence = self.ix.c(self.ix.evidence(e))?;
                let (s, t) = if dir == Direction::Outgoing {
                    (me.clone(), other)
                } else {
                    (other, me.clone())
                };
                self.pending.push((s, t, Edge { kind, evidence }));
            }
        }
        Ok(others)
    }

    /// The documents containing the nodes loaded so far (diagrams draw
    /// a node inside its document).
    fn containers(&mut self) -> Result<(), IndexError> {
        let loaded: Vec<u32> = self.ids.keys().copied().collect();
        for n in loaded {
            self.expand(n, Direction::Outgoing, |k, _| k == EdgeKind::ContainedIn)?;
        }
        Ok(())
    }

    fn finish(mut self, sentences: bool) -> Result<CitationGraph, IndexError> {
        if sentences {
            self.ix.fill_sentences(
                self.pending
                    .iter_mut()
                    .flat_map(|(_, _, e)| e.evidence.iter_mut()),
            )?;
        }
        for (s, t, e) in self.pending {
            self.g.insert_edge(&s, &t, e);
        }
        Ok(self.g)
    }
}
