//! Body names in text: every name of [`BODY_NAMES`] found, with false
//! friends ruled out by the words around them ("Group of African States",
//! "the Conference on Disarmament"). Segment, recognise and resolve all ask
//! here; none of them matches body names itself.

use super::finder;
use super::{BODY_NAMES, Body, BodyName};
use crate::model::BodyMention;
use crate::pattern::{ends_with_spaced, starts_with_spaced};

/// Every body name in `text`, with false friends removed ("Group of African
/// States", "International Conference on Financing for Development").
pub fn find_bodies(text: &str) -> Vec<BodyMention> {
    let mut out = Vec::new();
    let mut pos = 0;
    // Body names are never empty, so each search starts where the last ended.
    while let Some(m) = finder::find(text, pos) {
        out.extend(classify_body(
            text,
            m.start(),
            m.end(),
            m.pattern().as_usize(),
        ));
        pos = m.end().max(pos + 1);
        if pos > text.len() {
            break;
        }
    }
    out
}

/// The body name starting exactly at `pos`, judged with the text around it.
pub fn body_at(text: &str, pos: usize) -> Option<BodyMention> {
    let m = finder::at(text, pos)?;
    classify_body(text, m.start(), m.end(), m.pattern().as_usize())
}

fn classify_body(text: &str, start: usize, end: usize, pattern: usize) -> Option<BodyMention> {
    let found = &text[start..end];
    let name = BODY_NAMES[pattern].1;
    let after = &text[end..];
    let before = &text[..start];
    // Any white space, a wrapped line's break too, is a space here.
    let (after_is, before_is) = (
        |p: &str| starts_with_spaced(after, p),
        |p: &str| ends_with_spaced(before, p),
    );
    let false_friend = match name {
        BodyName::AnyGroup => {
            after_is(" of ") || before_is("Working ") || !(before_is("the ") || before_is("The "))
        }
        BodyName::Exact(Body::Cosp) if found == "Conference" => {
            // "the Conference on Disarmament", "the Conference on the Law of
            // the Sea"; not "the report of the Conference on its eleventh session".
            crate::pattern::strip_spaced_prefix(after, " on ").is_some_and(|r| {
                let r = r.strip_prefix("the ").unwrap_or(r);
                r.starts_with(|c: char| c.is_uppercase())
            }) || after_is(" room")
                || after_is(" of the Parties")
                || before.trim_end().ends_with("International")
                || before.trim_end().ends_with("World")
                || before.trim_end().ends_with("Ministerial")
        }
        // "the expert meeting" short for the one on international
        // cooperation; "an international expert meeting on ..." is another.
        BodyName::Exact(Body::EgIc) if found.len() < 20 => {
            !(before_is("the ") || before_is("The "))
        }
        // "the Working Group on International Cooperation" (of the Organized
        // Crime Convention's Conference): our working groups' full names are
        // matched before this generic one, so a "Working Group on" a named
        // subject here is another body's.
        BodyName::AnyWorkingGroup => crate::pattern::strip_spaced_prefix(after, " on ")
            .is_some_and(|r| {
                let r = r.strip_prefix("the ").unwrap_or(r);
                r.starts_with(|c: char| c.is_uppercase())
            }),
        // "the Assembly of States Parties to the Rome Statute" (A/80/L.9):
        // the General Assembly is never "the Assembly of" a named group.
        BodyName::Exact(Body::Ga) if found == "Assembly" => {
            another_assembly(before)
                || crate::pattern::strip_spaced_prefix(after, " of ")
                    .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
                || !(before_is("the ")
                    || before_is("The ")
                    || after_is(" resolution")
                    || after_is(" decision"))
        }
        _ => false,
    };
    (!false_friend).then_some(BodyMention { start, end, name })
}

/// The body a header line starts with ("Conference of the States Parties to
/// ...", "Open-ended Intergovernmental Working Group on ...").
pub fn body_at_start(line: &str) -> Option<Body> {
    let t = line.trim_start();
    find_bodies(t)
        .into_iter()
        .find(|b| b.start == 0)
        .and_then(|b| match b.name {
            BodyName::Exact(body) => Some(body),
            _ => None,
        })
}

/// The first named body anywhere in `text`.
pub fn body_in(text: &str) -> Option<Body> {
    find_bodies(text).into_iter().find_map(|b| match b.name {
        BodyName::Exact(body) => Some(body),
        _ => None,
    })
}

/// "United Nations Environment Assembly resolution 4/1", "World Health
/// Assembly resolution 76.16": an "Assembly" after a capitalised name word
/// (other than "General", or "The" opening a sentence) is another body's.
pub fn another_assembly(before: &str) -> bool {
    let trimmed = before.trim_end();
    // A word a blank line before (a heading, the masthead's "... against
    // Corruption") qualifies nothing.
    if before[trimmed.len()..].matches('\n').count() > 1 {
        return false;
    }
    let word = trimmed
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    // A running header ("CAC/COSP/2021/17") left by a page break between
    // "General" and "Assembly" is no name word.
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.chars().all(char::is_alphabetic)
        && !matches!(word, "General" | "The")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_assemblies_are_not_the_general_assembly() {
        assert!(another_assembly("United Nations Environment "));
        assert!(another_assembly("World Health "));
        assert!(!another_assembly("Recalling General "));
        assert!(!another_assembly("noted that the "));
        assert!(!another_assembly(""));
        assert!(!another_assembly("General\n\nCAC/COSP/2021/17\n\n"));
        assert!(!another_assembly("against Corruption\n\n"));
        assert!(another_assembly("United Nations Environment\n"));
        let text = "United Nations Environment Assembly resolution 4/1";
        assert!(find_bodies(text).is_empty());
    }
}
