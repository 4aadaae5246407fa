//! "that resolution", "the same decision", "both resolutions": a mention
//! that points back to resolutions named before.

use crate::model::{IssuerHint, Item, Mention, Raw};
use crate::names::numbers::starts_res_number;

/// "that resolution" standing for a resolution named before; "that
/// resolution 6/2 was adopted" is not one: there "that" is a conjunction.
pub(super) fn parse_anaphor(text: &str, s: usize, e: usize) -> Option<Mention> {
    // "that resolution 6/2 was adopted": "that" is a conjunction here.
    if starts_res_number(text[e..].trim_start()) {
        return None;
    }
    let phrase = text[s..e].to_ascii_lowercase();
    let count = if phrase.starts_with("both") || phrase.starts_with("those two") {
        2
    } else {
        1
    };
    Some(Mention {
        start: s,
        end: e,
        items: vec![Item {
            raw: Raw::Anaphor {
                decision: phrase.contains("decision"),
                count,
            },
            start: s,
            end: e,
        }],
        hint: IssuerHint::Bare,
        body: None,
    })
}
