//! General rules found on held-out documents (the audits recorded in
//! tests/annotated/*/FINDINGS.md): each case is a sentence in the style of a
//! real UNCAC document and the references it must (and must not) yield, per
//! REFERENCE-IDS.md. Grouped by topic, one module each; the cases with
//! "wrapped" in their names are hard-wrapped text, where a line break is a
//! space wherever the rules look at the words around a mention.

mod instrument;
mod issuer;
mod layout;
mod relation;
mod session;
mod symbols;

use uncite::extract_document;

pub(crate) const COSP: &str =
    "Conference of the States Parties to the United Nations Convention against Corruption\n\n";
pub(crate) const GA: &str = "General Assembly\n\n78/177. Corruption\n\nThe General Assembly,\n\n";

/// (target, relation) of every reference, and the sources.
pub(crate) fn run(text: &str) -> (Vec<(String, String)>, Vec<String>) {
    let doc = extract_document("case.txt", text);
    let pairs = doc
        .references
        .iter()
        .map(|r| (r.target.to_string(), r.relation.to_string()))
        .collect();
    let sources = doc
        .references
        .iter()
        .map(|r| r.source.to_string())
        .collect();
    (pairs, sources)
}

/// `want` are (target, relation) pairs, relation "" for any; `forbid` targets.
pub(crate) fn check(text: &str, want: &[(&str, &str)], forbid: &[&str]) {
    let (got, _) = run(text);
    for (t, rel) in want {
        assert!(
            got.iter()
                .any(|(gt, gr)| gt == t && (rel.is_empty() || gr == rel)),
            "missing {t} {rel} in {got:?}\ntext: {text}"
        );
    }
    for t in forbid {
        assert!(
            !got.iter().any(|(gt, _)| gt == t),
            "spurious {t} in {got:?}\ntext: {text}"
        );
    }
}
