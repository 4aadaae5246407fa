//! Which body a sentence or paragraph is about: its subject, told apart from
//! bodies that only own something ("session of the Conference"), issue a
//! reference ("General Assembly resolution 78/177") or act in an aside
//! ("established by the Conference").

use super::Resolver;
use crate::model::BodyMention;
use crate::names::Body;
use crate::static_re;

static_re!(NUMBERED_PARAGRAPH, r"^\d{1,3}\.\s");

/// A paragraph is followed back over at most this many page breaks: a
/// paragraph longer than five pages is a table or a list, not one subject's.
const PARAGRAPH_BREAKS_BACK: usize = 4;

impl Resolver<'_> {
    /// "General Assembly resolution 78/177": a name used as the issuer of
    /// a reference, so not the owner of a nearby "its".
    pub(super) fn is_attributive(&self, m: &BodyMention) -> bool {
        let after = self.text()[m.end..].trim_start_matches([' ', '\n']);
        ["resolution", "Resolution", "decision", "Decision"]
            .iter()
            .any(|k| after.starts_with(k))
    }

    /// The agent of a participle: "established by the Conference". In an
    /// aside ("The Implementation Review Group, established by the
    /// Conference, held its fourteenth session") it is not what a later
    /// "its" refers to; right before "at its" ("finalized by the Group at
    /// its first session") it is.
    pub(super) fn is_agent(&self, m: &BodyMention) -> bool {
        let before = self.text()[..m.start].trim_end();
        let before = before.strip_suffix("the").unwrap_or(before);
        let mut w = before.split_whitespace().rev();
        w.next() == Some("by")
            && w.next()
                .is_some_and(|p| p.ends_with("ed") || (p == "up" && w.next() == Some("set")))
    }

    /// A body mention that owns something ("session of the Conference") is
    /// not the subject of its sentence.
    pub(super) fn is_possessor(&self, m: &BodyMention) -> bool {
        let before = self.text()[..m.start].trim_end();
        let before = before.strip_suffix("the").unwrap_or(before).trim_end();
        // "session\nof the General Assembly": any white space before "of".
        [" of", " to", " by"]
            .iter()
            .any(|w| crate::pattern::ends_with_spaced(before, w))
    }

    /// The lines of the paragraph around `pos`, first line first: a line that
    /// starts lower-case after a page break continues the paragraph before it.
    pub(super) fn paragraph_lines(&self, pos: usize) -> Vec<(usize, usize)> {
        let mut out = vec![self.line_bounds(pos)];
        for _ in 0..PARAGRAPH_BREAKS_BACK {
            let (ls, le) = out[0];
            let line = self.text()[ls..le].trim_start();
            let continues = line.chars().next().is_some_and(|c| {
                c.is_lowercase() || (c.is_ascii_digit() && !NUMBERED_PARAGRAPH.is_match(line))
            });
            if ls == 0 || !continues {
                break;
            }
            let mut p = ls - 1;
            loop {
                let (a, b) = self.line_bounds(p);
                if self.text()[a..b].trim().is_empty() || self.layout.footnote_at(a).is_some() {
                    if a == 0 {
                        return out;
                    }
                    p = a - 1;
                    continue;
                }
                out.insert(0, (a, b));
                break;
            }
        }
        out
    }

    /// The first subject (non-possessor) body in `[a, b)` that `accept`s.
    pub(super) fn first_subject(
        &self,
        a: usize,
        b: usize,
        accept: &dyn Fn(Body) -> bool,
    ) -> Option<Body> {
        self.bodies_in(a, b)
            .filter(|m| !self.is_possessor(m))
            .find_map(|m| self.resolve_name(m.name, m.start).filter(|&x| accept(x)))
    }

    /// The last body in `[a, b)` that `accept`s, possessors too unless
    /// `subjects_only`.
    pub(super) fn last_body(
        &self,
        a: usize,
        b: usize,
        subjects_only: bool,
        accept: &dyn Fn(Body) -> bool,
    ) -> Option<Body> {
        self.bodies_in(a, b)
            .rev()
            .filter(|m| !subjects_only || !self.is_possessor(m))
            .find_map(|m| self.resolve_name(m.name, m.start).filter(|&x| accept(x)))
    }

    /// The subject of the paragraph: the first subject body in it.
    pub(super) fn paragraph_subject(
        &self,
        pos: usize,
        accept: &dyn Fn(Body) -> bool,
    ) -> Option<Body> {
        self.paragraph_lines(pos)
            .into_iter()
            .find_map(|(a, b)| self.first_subject(a, b.min(pos.max(a)), accept))
    }

    /// The subject of the sentence before `pos`, following the sentence back
    /// over a page break.
    pub(super) fn sentence_subject(
        &self,
        pos: usize,
        accept: &dyn Fn(Body) -> bool,
    ) -> Option<Body> {
        let lines = self.paragraph_lines(pos);
        let (ls, _) = *lines.last().unwrap();
        let ss = self.blocks.sentence_start(ls, pos);
        if ss == ls && lines.len() > 1 {
            let (pa, pb) = lines[lines.len() - 2];
            let pss = self.blocks.sentence_start(pa, pb);
            return self.first_subject(pss, pos, accept);
        }
        self.first_subject(ss, pos, accept)
    }
}
