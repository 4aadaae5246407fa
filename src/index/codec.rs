//! Varints, interned strings and IDs: the bytes of the index.

use crate::graph::EdgeKind;
use crate::id::Id;
use crate::model::Relation;
use crate::names::{Body, Instrument};
use rustc_hash::FxHashMap as HashMap;

/// The string table being built: each distinct string once.
#[derive(Default)]
pub(crate) struct Strings {
    map: HashMap<String, u32>,
    pub(crate) list: Vec<String>,
}

impl Strings {
    pub(crate) fn intern(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.map.get(s) {
            return i;
        }
        let i = self.list.len() as u32;
        self.list.push(s.to_string());
        self.map.insert(s.to_string(), i);
        i
    }
}

pub(crate) fn put_varint(buf: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        buf.push((v as u8) | 0x80);
        v >>= 7;
    }
    buf.push(v as u8);
}

/// Writes records into a buffer, strings by their number in the table.
pub(crate) struct Enc<'s> {
    pub(crate) buf: &'s mut Vec<u8>,
    pub(crate) strings: &'s mut Strings,
}

impl Enc<'_> {
    pub(crate) fn u(&mut self, v: u64) {
        put_varint(self.buf, v);
    }

    pub(crate) fn byte(&mut self, b: u8) {
        self.buf.push(b);
    }

    pub(crate) fn str(&mut self, s: &str) {
        let i = self.strings.intern(s);
        self.u(i as u64);
    }

    /// 0 for none, else 1 + the string's number.
    pub(crate) fn opt_str(&mut self, s: Option<&str>) {
        match s {
            None => self.u(0),
            Some(s) => {
                let i = self.strings.intern(s);
                self.u(i as u64 + 1);
            }
        }
    }

    pub(crate) fn body(&mut self, b: Body) {
        let i = Body::ALL
            .iter()
            .position(|&x| x == b)
            .expect("a known body");
        self.byte(i as u8);
    }

    pub(crate) fn opt_body(&mut self, b: Option<Body>) {
        match b {
            None => self.byte(0xFF),
            Some(b) => self.body(b),
        }
    }

    pub(crate) fn id(&mut self, id: &Id) {
        match id {
            Id::Resolution { issuer, number } | Id::Decision { issuer, number } => {
                self.byte(if matches!(id, Id::Resolution { .. }) {
                    0
                } else {
                    1
                });
                self.body(*issuer);
                self.str(number);
            }
            Id::Article {
                instrument,
                article,
                paragraph,
                sub,
            } => {
                self.byte(2);
                self.str(instrument.code());
                self.u(*article as u64);
                self.opt_str(paragraph.as_deref());
                self.opt_str(sub.as_deref());
            }
            Id::Chapter {
                instrument,
                chapter,
            } => {
                self.byte(3);
                self.str(instrument.code());
                self.byte(*chapter);
            }
            Id::Document { symbol } => {
                self.byte(4);
                self.str(symbol);
            }
            Id::Session { body, number } => {
                self.byte(5);
                self.body(*body);
                self.str(number);
            }
            Id::File { stem } => {
                self.byte(6);
                self.str(stem);
            }
        }
    }

    pub(crate) fn opt_id(&mut self, id: Option<&Id>) {
        match id {
            None => self.byte(0xFF),
            Some(id) => self.id(id),
        }
    }

    pub(crate) fn relation(&mut self, r: Relation) {
        let i = Relation::ALL
            .iter()
            .position(|&x| x == r)
            .expect("a known relation");
        self.byte(i as u8);
    }

    pub(crate) fn edge_kind(&mut self, k: EdgeKind) {
        match k {
            EdgeKind::Cites(r) => self.relation(r),
            EdgeKind::PartOf => self.byte(100),
            EdgeKind::AdoptedAt => self.byte(101),
            EdgeKind::ContainedIn => self.byte(102),
        }
    }
}

/// The index is corrupt (bounds, UTF-8, unknown tags): the caller names the file.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Corrupt;

pub(crate) type R<T> = Result<T, Corrupt>;

/// The string table of a mapped index.
#[derive(Clone, Copy)]
pub(crate) struct StrTable<'a> {
    pub(crate) offsets: &'a [u8],
    pub(crate) blob: &'a [u8],
    pub(crate) count: usize,
}

impl<'a> StrTable<'a> {
    pub(crate) fn get(&self, i: u64) -> R<&'a str> {
        let i = usize::try_from(i).map_err(|_| Corrupt)?;
        if i >= self.count {
            return Err(Corrupt);
        }
        let a = u64_at(self.offsets, i * 8)? as usize;
        let b = u64_at(self.offsets, (i + 1) * 8)? as usize;
        let bytes = self.blob.get(a..b).ok_or(Corrupt)?;
        std::str::from_utf8(bytes).map_err(|_| Corrupt)
    }
}

pub(crate) fn u64_at(b: &[u8], at: usize) -> R<u64> {
    let s = b.get(at..at + 8).ok_or(Corrupt)?;
    Ok(u64::from_le_bytes(s.try_into().expect("8 bytes")))
}

/// Reads what [`Enc`] wrote.
pub(crate) struct Dec<'a> {
    pub(crate) b: &'a [u8],
    pub(crate) pos: usize,
    pub(crate) strings: StrTable<'a>,
}

impl<'a> Dec<'a> {
    pub(crate) fn new(b: &'a [u8], strings: StrTable<'a>) -> Dec<'a> {
        Dec { b, pos: 0, strings }
    }

    pub(crate) fn byte(&mut self) -> R<u8> {
        let v = *self.b.get(self.pos).ok_or(Corrupt)?;
        self.pos += 1;
        Ok(v)
    }

    pub(crate) fn u(&mut self) -> R<u64> {
        let mut v = 0u64;
        let mut shift = 0;
        loop {
            let b = self.byte()?;
            if shift > 63 {
                return Err(Corrupt);
            }
            v |= ((b & 0x7F) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
            shift += 7;
        }
    }

    pub(crate) fn usize(&mut self) -> R<usize> {
        usize::try_from(self.u()?).map_err(|_| Corrupt)
    }

    pub(crate) fn u32(&mut self) -> R<u32> {
        u32::try_from(self.u()?).map_err(|_| Corrupt)
    }

    pub(crate) fn str(&mut self) -> R<&'a str> {
        let i = self.u()?;
        self.strings.get(i)
    }

    pub(crate) fn opt_str(&mut self) -> R<Option<&'a str>> {
        match self.u()? {
            0 => Ok(None),
            i => self.strings.get(i - 1).map(Some),
        }
    }

    pub(crate) fn opt_string(&mut self) -> R<Option<String>> {
        Ok(self.opt_str()?.map(str::to_string))
    }

    pub(crate) fn body(&mut self) -> R<Body> {
        Body::ALL.get(self.byte()? as usize).copied().ok_or(Corrupt)
    }

    pub(crate) fn opt_body(&mut self) -> R<Option<Body>> {
        if self.b.get(self.pos) == Some(&0xFF) {
            self.pos += 1;
            return Ok(None);
        }
        self.body().map(Some)
    }

    fn instrument(&mut self) -> R<Instrument> {
        Instrument::from_code(self.str()?).ok_or(Corrupt)
    }

    pub(crate) fn id(&mut self) -> R<Id> {
        Ok(match self.byte()? {
            t @ (0 | 1) => {
                let issuer = self.body()?;
                let number = self.str()?.to_string();
                if t == 0 {
                    Id::Resolution { issuer, number }
                } else {
                    Id::Decision { issuer, number }
                }
            }
            2 => Id::Article {
                instrument: self.instrument()?,
                article: u16::try_from(self.u()?).map_err(|_| Corrupt)?,
                paragraph: self.opt_string()?,
                sub: self.opt_string()?,
            },
            3 => Id::Chapter {
                instrument: self.instrument()?,
                chapter: self.byte()?,
            },
            4 => Id::Document {
                symbol: self.str()?.to_string(),
            },
            5 => Id::Session {
                body: self.body()?,
                number: self.str()?.to_string(),
            },
            6 => Id::File {
                stem: self.str()?.to_string(),
            },
            _ => return Err(Corrupt),
        })
    }

    pub(crate) fn opt_id(&mut self) -> R<Option<Id>> {
        if self.b.get(self.pos) == Some(&0xFF) {
            self.pos += 1;
            return Ok(None);
        }
        self.id().map(Some)
    }

    pub(crate) fn relation(&mut self) -> R<Relation> {
        Relation::ALL
            .get(self.byte()? as usize)
            .copied()
            .ok_or(Corrupt)
    }

    pub(crate) fn edge_kind(&mut self) -> R<EdgeKind> {
        Ok(match self.byte()? {
            100 => EdgeKind::PartOf,
            101 => EdgeKind::AdoptedAt,
            102 => EdgeKind::ContainedIn,
            r => EdgeKind::Cites(*Relation::ALL.get(r as usize).ok_or(Corrupt)?),
        })
    }
}

/// A section of `count` records: `u64 count`, `u64 × (count + 1)` offsets,
/// then the records.
#[derive(Clone, Copy)]
pub(crate) struct Table<'a> {
    pub(crate) count: usize,
    offsets: &'a [u8],
    blob: &'a [u8],
}

impl<'a> Table<'a> {
    pub(crate) fn parse(section: &'a [u8]) -> R<Table<'a>> {
        let count = usize::try_from(u64_at(section, 0)?).map_err(|_| Corrupt)?;
        let olen = count
            .checked_add(1)
            .and_then(|n| n.checked_mul(8))
            .ok_or(Corrupt)?;
        let offsets = section.get(8..8 + olen).ok_or(Corrupt)?;
        let blob = section.get(8 + olen..).ok_or(Corrupt)?;
        Ok(Table {
            count,
            offsets,
            blob,
        })
    }

    pub(crate) fn record(&self, i: usize) -> R<&'a [u8]> {
        if i >= self.count {
            return Err(Corrupt);
        }
        let a = u64_at(self.offsets, i * 8)? as usize;
        let b = u64_at(self.offsets, (i + 1) * 8)? as usize;
        self.blob.get(a..b).ok_or(Corrupt)
    }

    /// For the string table: offsets and blob as they are.
    pub(crate) fn as_strings(&self) -> StrTable<'a> {
        StrTable {
            offsets: self.offsets,
            blob: self.blob,
            count: self.count,
        }
    }
}

/// A table section being built: records appended to one blob.
#[derive(Default)]
pub(crate) struct TableBuf {
    ends: Vec<u64>,
    pub(crate) blob: Vec<u8>,
}

impl TableBuf {
    /// Ends the record written to `blob` since the last call.
    pub(crate) fn end_record(&mut self) {
        self.ends.push(self.blob.len() as u64);
    }

    /// Record `i` as written so far.
    pub(crate) fn get(&self, i: usize) -> &[u8] {
        let a = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.blob[a..self.ends[i] as usize]
    }

    /// Bytes [`TableBuf::write`] writes.
    pub(crate) fn len(&self) -> u64 {
        8 + 8 * (self.ends.len() as u64 + 1) + self.blob.len() as u64
    }

    pub(crate) fn write<W: std::io::Write>(&self, w: &mut W) -> std::io::Result<u64> {
        w.write_all(&(self.ends.len() as u64).to_le_bytes())?;
        w.write_all(&0u64.to_le_bytes())?;
        for e in &self.ends {
            w.write_all(&e.to_le_bytes())?;
        }
        w.write_all(&self.blob)?;
        Ok(8 + 8 * (self.ends.len() as u64 + 1) + self.blob.len() as u64)
    }
}
