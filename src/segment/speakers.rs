//! Who speaks where: a report of one body can carry the text of another's
//! draft. "The Conference recommends to the General Assembly the adoption
//! of the following draft resolution: ... The General Assembly, ...
//! Recalling its resolutions 58/4 ..." speaks as the Assembly until the
//! draft ends, and its "its" and bare numbers are the Assembly's.

use super::Layout;
use crate::names::{Body, BodyName, body_at};

/// A span of the text and the body that speaks in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Speaker {
    pub start: usize,
    pub end: usize,
    pub body: Body,
}

/// The opening formula of a body's text: "The General Assembly," alone on
/// its line (the preamble goes on below). `Some(body)` for a body of ours.
fn opener_line(line: &str) -> Option<Body> {
    let name = line.trim().strip_prefix("The ")?.strip_suffix(',')?;
    let b = body_at(name, 0)?;
    match b.name {
        BodyName::Exact(body) if b.end == name.len() && body.issues_resolutions() => Some(body),
        _ => None,
    }
}

/// A line that ends the draft a speaker speaks in: the next draft's
/// heading ("Draft resolution II", "Draft decision"), or the heading of the
/// report's next chapter or section ("B. Matters calling for action",
/// "Chapter II").
fn ends_draft(line: &str) -> bool {
    let t = line.trim_start_matches(['#', ' ']).trim();
    let lower = t.to_ascii_lowercase();
    lower.starts_with("draft resolution")
        || lower.starts_with("draft decision")
        || lower.starts_with("chapter ")
        || lower.starts_with("annex")
        || t.len() > 3
            && t.as_bytes()[0].is_ascii_uppercase()
            && t.as_bytes()[1] == b'.'
            && t.as_bytes()[2] == b' '
}

/// The speakers of the text: each opener other than the document's own
/// body's starts a span that runs to the line that ends its draft, or to
/// the next opener.
pub(super) fn speakers(text: &str, all_lines: &[(usize, usize)], layout: &mut Layout) {
    let own = layout.header.body;
    let mut open: Option<Speaker> = None;
    for &(a, b) in all_lines {
        let line = &text[a..b];
        let opener = opener_line(line);
        if let Some(s) = open.as_mut()
            && (opener.is_some() || ends_draft(line))
        {
            s.end = a;
            layout.speakers.push(*s);
            open = None;
        }
        // The document's own opening formula ("The General Assembly," in an
        // Assembly draft): its speaker is the implicit subject of the
        // paragraphs below.
        if opener.is_some() && opener == own && layout.header.opener.is_none() && open.is_none() {
            layout.header.opener = opener;
        }
        if let Some(body) = opener
            && Some(body) != own
        {
            open = Some(Speaker {
                start: a,
                end: text.len(),
                body,
            });
        }
    }
    layout.speakers.extend(open);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openers_name_a_body_of_ours() {
        assert_eq!(opener_line("The General Assembly,"), Some(Body::Ga));
        assert_eq!(
            opener_line("  The Economic and Social Council, "),
            Some(Body::Ecosoc)
        );
        assert_eq!(opener_line("The General Assembly decided"), None);
        assert_eq!(opener_line("The Commission on the Status of Women,"), None);
    }

    /// A Conference report recommending a draft to the Assembly.
    #[test]
    fn a_recommended_draft_speaks_as_its_body() {
        let text = "Conference of the States Parties to the United Nations Convention against Corruption\n\nA. Draft resolution for adoption by the General Assembly\n\n1. The Conference recommends the adoption of the following draft resolution:\n\nThe General Assembly,\n\nRecalling its resolution 58/4,\n\nB. Resolutions adopted by the Conference\n\nRecalling its resolution 6/2,\n";
        let clean = crate::normalise::Clean::new(text);
        let layout = crate::segment::segment(text, &clean);
        let at = |w: &str| text.find(w).unwrap();
        assert_eq!(layout.speaker_at(at("58/4")), Some(Body::Ga));
        assert_eq!(layout.speaker_at(at("6/2")), None);
    }
}
