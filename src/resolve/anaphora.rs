//! What "that resolution", "the same decision", "both resolutions" stand
//! for: the resolutions (or decisions) named last before them.

use crate::id::{Id, Kind};
use crate::model::Reference;

/// An anaphor ("that resolution") reaches back at most this far (bytes of
/// clean text, about two paragraphs) for its antecedent.
const ANAPHORA_WINDOW: usize = 1500;

/// The `count` resolutions (decisions if `decision`) named last before an
/// anaphor at `start`, oldest first: "In both resolutions" after "its
/// resolutions 6/2 and 6/3" is 6/2 and 6/3. Only those named within
/// [`ANAPHORA_WINDOW`] count, each once; `None` if there are fewer.
/// `recent_units` holds the index in `out` of each resolution or decision
/// named, and where its mention starts.
pub(super) fn antecedents(
    start: usize,
    decision: bool,
    count: usize,
    recent_units: &[(usize, usize)],
    out: &[Reference],
) -> Option<Vec<Id>> {
    let mut found: Vec<Id> = Vec::new();
    for &(k, at) in recent_units.iter().rev() {
        if start - at > ANAPHORA_WINDOW {
            break;
        }
        let id = &out[k].target;
        if (id.kind() == Kind::Decision) == decision && !found.contains(id) {
            found.push(id.clone());
            if found.len() == count {
                break;
            }
        }
    }
    if found.len() < count {
        return None;
    }
    found.reverse();
    Some(found)
}
