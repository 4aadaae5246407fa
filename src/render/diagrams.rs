//! The committed diagrams of the bundled corpus (`graphs/`): one list, used
//! by `uncite diagrams` to write them and by the test that finds them stale.

use crate::graph::CitationGraph;
use crate::graph::select::Selection;
use crate::id::Id;
use crate::query::{LineageDirection, lineage};
use crate::render::dot::render_dot;

/// (file stem, DOT) for each standard diagram.
pub fn standard(g: &CitationGraph) -> Vec<(&'static str, String)> {
    let id = |s: &str| s.parse::<Id>().expect("canonical ID");
    let art46 = id("art:uncac:46");
    let res62 = id("res:cosp:6/2");
    let s7 = id("session:cosp:7");
    vec![
        (
            "corpus",
            render_dot(g, &Selection::all(g), "Citation graph of the corpus"),
        ),
        (
            "article-46",
            render_dot(
                g,
                &Selection::neighbourhood(g, &art46, 1),
                "Neighbourhood of article 46 (art:uncac:46)",
            ),
        ),
        (
            "lineage-6-2",
            render_dot(
                g,
                &lineage(g, &res62, LineageDirection::Both, 3, &[]).selection(),
                "Lineage of resolution 6/2 (res:cosp:6/2)",
            ),
        ),
        (
            "session-7",
            render_dot(
                g,
                &Selection::adopted_at(g, &s7),
                "Resolutions and decisions of the seventh session (session:cosp:7) and what they cite",
            ),
        ),
    ]
}
