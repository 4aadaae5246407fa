//! Which unit a mention stands in: the resolution or decision whose extent
//! holds it, else the document. A footnote stands where it is called.

use super::Resolver;
use crate::id::Id;

impl Resolver<'_> {
    /// The unit a mention at `pos` stands in. A footnote's text belongs where
    /// its call is ("... resolution 9/2.³" with the note "³ See also
    /// resolution 8/1" cites 8/1 from the unit of the call); a footnote with
    /// no call in the text belongs to the document.
    pub(super) fn source_at(&self, pos: usize) -> &Id {
        let anchor = match self.layout.footnote_at(pos) {
            Some(f) => match f.call {
                Some(c) => c,
                None => return &self.doc_id,
            },
            None => pos,
        };
        self.layout.unit_at(anchor).map_or(&self.doc_id, |u| &u.id)
    }

    /// Whether `pos` is in a footnote line that does not hold `other`.
    pub(super) fn in_other_footnote(&self, pos: usize, other: usize) -> bool {
        self.layout
            .footnote_at(pos)
            .is_some_and(|f| !(f.start..=f.end).contains(&other))
    }
}
