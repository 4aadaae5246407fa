use super::*;
use crate::corpus::Corpus;

fn id(s: &str) -> Id {
    s.parse().unwrap()
}

pub(crate) fn bundled() -> CitationGraph {
    CitationGraph::build(&Corpus::bundled())
}

#[test]
fn parallel_mentions_are_one_edge() {
    let g = bundled();
    let edges = g.edges_of(&id("res:cosp:7/1"), Direction::Outgoing);
    let recalls: Vec<_> = edges
        .iter()
        .filter(|e| {
            e.target.id == id("res:cosp:6/2") && e.edge.kind == EdgeKind::Cites(Relation::Recalls)
        })
        .collect();
    assert_eq!(recalls.len(), 1);
    assert!(recalls[0].edge.evidence.len() >= 2);
}

#[test]
fn structure_and_labels() {
    let g = bundled();
    let u = g.node(&id("res:cosp:7/1")).unwrap();
    assert_eq!(u.session, Some(id("session:cosp:7")));
    assert!(
        u.title
            .as_deref()
            .unwrap()
            .starts_with("Strengthening mutual legal")
    );
    assert_eq!(g.container_of(&u.id).unwrap().id, id("file:cosp7-report"));
    let parts = g.parts(&id("art:uncac:46"), false);
    assert!(parts.contains(&id("art:uncac:46(3)")));
    assert!(g.parts(&id("chap:uncac:IV"), false).len() == 1);
    assert!(
        g.parts(&id("chap:uncac:IV"), true)
            .contains(&id("art:uncac:46(3)"))
    );
    assert_eq!(
        g.node(&id("res:cosp:6/2")).unwrap().session,
        Some(id("session:cosp:6"))
    );
}

#[test]
fn annex_symbol_of_a_corpus_document_is_that_document() {
    let g = bundled();
    assert!(!g.contains(&id("doc:CAC/COSP/2017/1")));
    let agenda = g.node(&id("file:cosp7-annotated-agenda")).unwrap();
    assert_eq!(agenda.symbols, ["CAC/COSP/2017/1"]);
}

#[test]
fn every_evidence_is_at_its_file_and_line() {
    let c = Corpus::bundled();
    let g = CitationGraph::build(&c);
    let mut n = 0;
    for e in g.edges() {
        for ev in &e.edge.evidence {
            let text = c.text_of(&ev.file).unwrap();
            let line = text.lines().nth(ev.line - 1).unwrap();
            assert!(
                line.contains(&ev.text),
                "{}:{} {:?}",
                ev.file,
                ev.line,
                ev.text
            );
            assert!(line.contains(ev.sentence.trim_matches('…').trim()));
            assert!(ev.sentence.contains(&ev.text));
            n += 1;
        }
    }
    let refs: usize = c.documents().map(|d| d.references.len()).sum();
    assert!(n > 0 && n <= refs);
}

#[test]
fn sentence_is_cut_at_full_stops() {
    let t = "First thing. Recalling resolution 6/2 of the Conference. Next one.\nOther";
    let s = t.find("resolution").unwrap();
    assert_eq!(
        crate::text::sentence::evidence(t, s, s + 14),
        "Recalling resolution 6/2 of the Conference."
    );
}

/// "the sixth session was held in St. Petersburg, Russian Federation": the
/// evidence a user reads is the resolver's sentence, which an abbreviation
/// (even after an opening quote) does not end.
#[test]
fn evidence_sentence_goes_on_after_abbreviations() {
    let t = "Also pursuant to Conference decision 4/1, the sixth session was held in St. Petersburg, Russian Federation. Next.";
    let s = t.find("decision").unwrap();
    assert_eq!(
        crate::text::sentence::evidence(t, s, s + 12),
        "Also pursuant to Conference decision 4/1, the sixth session was held in St. Petersburg, Russian Federation."
    );
    let t = "Conference resolution 6/5, entitled “St. Petersburg statement on promoting public-private partnership”. Next.";
    let s = t.find("resolution").unwrap();
    assert!(crate::text::sentence::evidence(t, s, s + 14).ends_with("partnership”."));
}
