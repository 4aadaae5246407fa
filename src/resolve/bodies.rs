//! The body names of the text ("the Conference", "the Group"), found a chunk
//! at a time when resolution first asks about a stretch, and what "the
//! Group" stands for where it is named.

use super::Resolver;
use crate::model::BodyMention;
use crate::names::{Body, BodyName, find_bodies};

/// Body names are looked for a chunk of text at a time, when resolution
/// first asks about that stretch: most of a document is never asked about
/// (about a tenth of the generated 100 MB corpus is), and scanning all of it
/// for body names cost more than the rest of resolution. Chunks are at least
/// this long.
const BODY_CHUNK: usize = 256;

/// Where the chunks of [`BODY_CHUNK`] start: just after the first `.`, `,`
/// or `;` at least `BODY_CHUNK` into the chunk before. No body name contains
/// these bytes, nor does any word names are told apart by ("the Group",
/// "Conference on"), and they are not word characters for `\b`: cut right
/// after one, a text splits no name, and every name keeps what
/// `find_bodies` sees around it (a non-word character at the cut). They are
/// also common enough to be found soon with `memchr3`.
pub(super) fn body_chunk_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut out = vec![0];
    let mut p = BODY_CHUNK;
    while p < bytes.len() {
        let Some(k) = memchr::memchr3(b'.', b',', b';', &bytes[p..]) else {
            break;
        };
        let start = p + k + 1;
        if start < bytes.len() {
            out.push(start);
        }
        p = start + BODY_CHUNK;
    }
    out
}

/// The word every name of a group has (see [`Resolver::last_group_before`]).
const GROUP_WORD: &str = "Group";

impl Resolver<'_> {
    /// "the Group" / "the Working Group": the last group named before `pos`,
    /// else the group the document is for.
    pub(super) fn resolve_name(&self, name: BodyName, pos: usize) -> Option<Body> {
        let candidates: &[Body] = match name {
            // "In its decision 4/4, the Conference decided" in a document of
            // the Organized Crime Convention's Conference (CTOC/COP/...):
            // "the Conference" alone is the document's own conference.
            BodyName::Exact(Body::Cosp)
                if self.header_body() == Body::CopUntoc
                    && self.text()[pos..].starts_with("Conference")
                    && !crate::pattern::starts_with_spaced(
                        &self.text()[pos..],
                        "Conference of the States",
                    ) =>
            {
                return Some(Body::CopUntoc);
            }
            BodyName::Exact(b) => return Some(b),
            BodyName::AnyGroup => &[Body::Irg, Body::WgAr, Body::WgPrev],
            BodyName::AnyWorkingGroup => &[Body::WgAr, Body::WgPrev],
        };
        // In a group's own document "the Group" is that group, even just
        // after another group is named ("a joint meeting with the Working
        // Group on ... during the thirteenth session of the Group").
        if let Some(m) = self.layout.header.meeting_body
            && candidates.contains(&m)
        {
            return Some(m);
        }
        if let Some(x) = self.last_group_before(pos, candidates) {
            return Some(x);
        }
        match self.layout.header.meeting_body {
            Some(m) if candidates.contains(&m) => Some(m),
            _ if name == BodyName::AnyGroup => Some(Body::Irg),
            _ => None,
        }
    }

    /// The body names of chunk `k`, found the first time they are asked for.
    pub(super) fn chunk_bodies(&self, k: usize) -> &[BodyMention] {
        self.chunk_bodies[k].get_or_init(|| {
            let a = self.body_chunks[k];
            let b = self
                .body_chunks
                .get(k + 1)
                .map_or(self.text().len(), |&n| n);
            let mut found = find_bodies(&self.text()[a..b]);
            for m in &mut found {
                m.start += a;
                m.end += a;
            }
            found
        })
    }

    /// The last of `groups` named exactly before `pos`. Every name of a
    /// group says "Group" (see the test `every_group_name_says_group`), so of
    /// the chunks before the one holding `pos`, only those with that word are
    /// scanned: "the Group" far from any group's full name would otherwise
    /// have every chunk back to the start of the document scanned.
    pub(super) fn last_group_before(&self, pos: usize, groups: &[Body]) -> Option<Body> {
        let is_group = |b: &BodyMention| match b.name {
            BodyName::Exact(x) => groups.contains(&x).then_some(x),
            _ => None,
        };
        let here = self.chunk_of(pos);
        let here_start = self.body_chunks[here];
        if let Some(x) = self.bodies_in(here_start, pos).rev().find_map(is_group) {
            return Some(x);
        }
        let group_words = self.group_words.get_or_init(|| {
            memchr::memmem::find_iter(self.text().as_bytes(), GROUP_WORD).collect()
        });
        let k = group_words.partition_point(|&g| g < here_start);
        let mut scanned = here;
        for &g in group_words[..k].iter().rev() {
            let c = self.chunk_of(g);
            if c == scanned {
                continue;
            }
            scanned = c;
            if let Some(x) = self.chunk_bodies(c).iter().rev().find_map(is_group) {
                return Some(x);
            }
        }
        None
    }

    /// The chunk (see [`BODY_CHUNK`]) holding `pos`.
    pub(super) fn chunk_of(&self, pos: usize) -> usize {
        self.body_chunks.partition_point(|&s| s <= pos) - 1
    }

    /// The body names starting in `[a, b)`, in order: what `find_bodies`
    /// finds in the whole text, scanning only the chunks that hold them.
    pub(super) fn bodies_in(
        &self,
        a: usize,
        b: usize,
    ) -> impl DoubleEndedIterator<Item = &BodyMention> {
        let chunks = if a < b {
            self.chunk_of(a)..self.chunk_of(b - 1) + 1
        } else {
            0..0
        };
        chunks.flat_map(move |k| {
            let found = self.chunk_bodies(k);
            let i = found.partition_point(|m| m.start < a);
            let j = found.partition_point(|m| m.start < b);
            found[i..j].iter()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::id::Id;
    use crate::names::BODY_NAMES;
    use crate::normalise::Clean;
    use crate::text::Blocks;

    fn key(m: &BodyMention) -> (usize, usize, BodyName) {
        (m.start, m.end, m.name)
    }

    /// Chunk by chunk, the resolver finds the body names `find_bodies`
    /// finds in the whole text, and the last group before any position.
    fn check(original: &str) {
        let clean = Clean::new(original);
        let layout = crate::segment::segment(original, &clean);
        let doc = Id::File { stem: "t".into() };
        let text = clean.text.as_str();
        let whole: Vec<_> = find_bodies(text).iter().map(key).collect();
        let positions: Vec<usize> = (0..=text.len())
            .step_by(37)
            .chain([text.len()])
            .filter(|&p| text.is_char_boundary(p))
            .collect();
        // A fresh resolver per order of asking: chunks are scanned lazily.
        let blocks = Blocks::new(&clean.text, &layout.footnotes, None);
        let r = Resolver::new("t", original, &clean, &layout, &blocks, doc.clone());
        for w in positions.windows(2).rev() {
            let (a, b) = (w[0], w[1] + 200);
            let got: Vec<_> = r.bodies_in(a, b).map(key).collect();
            let want: Vec<_> = whole
                .iter()
                .filter(|m| a <= m.0 && m.0 < b)
                .copied()
                .collect();
            assert_eq!(got, want, "[{a}, {b})");
        }
        let r = Resolver::new("t", original, &clean, &layout, &blocks, doc);
        for &p in &positions {
            for groups in [&[Body::Irg, Body::WgAr, Body::WgPrev][..], &[Body::WgAr]] {
                let want = whole.iter().rev().find_map(|&(s, _, n)| match n {
                    BodyName::Exact(x) if s < p && groups.contains(&x) => Some(x),
                    _ => None,
                });
                assert_eq!(r.last_group_before(p, groups), want, "{p}");
            }
        }
        assert_eq!(r.bodies_in(0, text.len() + 1).count(), whole.len());
    }

    #[test]
    fn chunks_find_what_the_whole_text_has() {
        for f in std::fs::read_dir("data/corpus").unwrap() {
            if let Ok(text) = std::fs::read_to_string(f.unwrap().path()) {
                check(&text);
            }
        }
    }

    #[test]
    fn names_next_to_the_cuts() {
        // Names right after and before `.`, `,` and `;`, at every offset
        // from a chunk's start.
        let unit = "the Group,the Group;The Group.Working Group on Asset Recovery,\
                    Implementation Review Group.the Conference,World Conference;\
                    the General\nAssembly.Assembly resolution,the expert meeting.x";
        for pad in 0..9 {
            let text = format!("{}{}", "a".repeat(pad), unit.repeat(40));
            check(&text);
        }
    }

    #[test]
    fn every_group_name_says_group() {
        for (pattern, name) in BODY_NAMES {
            if let BodyName::Exact(Body::Irg | Body::WgAr | Body::WgPrev) = name {
                assert!(pattern.contains(GROUP_WORD), "{pattern}");
            }
        }
    }
}
