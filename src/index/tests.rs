use super::*;
use crate::graph::CitationGraph;
use crate::{Corpus, Id};

fn index_of_data_corpus() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("c.uncite");
    let paths = vec!["data/corpus".to_string()];
    build_index(&paths, &out, &Options::default(), &()).unwrap();
    (dir, out)
}

#[test]
fn the_whole_graph_comes_back_with_its_sentences() {
    let (_d, out) = index_of_data_corpus();
    let ix = Index::open(&out).unwrap();
    let from_index = ix.graph(true).unwrap();
    let fresh = CitationGraph::build(&Corpus::load(&["data/corpus".to_string()]).unwrap());
    assert_eq!(from_index.node_count(), fresh.node_count());
    assert_eq!(from_index.edge_count(), fresh.edge_count());
    assert_eq!(from_index.nodes(), fresh.nodes());
    for (a, b) in from_index.edges().iter().zip(fresh.edges()) {
        assert_eq!(a.source.id, b.source.id);
        assert_eq!(a.target.id, b.target.id);
        assert_eq!(a.edge, b.edge);
    }
}

#[test]
fn lookup_finds_every_node_and_nothing_else() {
    let (_d, out) = index_of_data_corpus();
    let ix = Index::open(&out).unwrap();
    let g = ix.graph(false).unwrap();
    for n in g.nodes() {
        assert!(ix.lookup(&n.id).unwrap().is_some(), "{}", n.id);
    }
    let absent: Id = "res:cosp:99/99".parse().unwrap();
    assert_eq!(ix.lookup(&absent).unwrap(), None);
}

#[test]
fn reindexing_reuses_unchanged_files_and_gives_the_same_bytes() {
    let (_d, out) = index_of_data_corpus();
    let first = std::fs::read(&out).unwrap();
    let paths = vec!["data/corpus".to_string()];
    let s = build_index(&paths, &out, &Options::default(), &()).unwrap();
    assert_eq!((s.reused, s.extracted), (5, 0));
    assert_eq!(std::fs::read(&out).unwrap(), first);
}

/// Evidence without its sentence (the index reads sentences back later).
fn bare(ev: &[crate::graph::Evidence]) -> Vec<(String, usize, usize, usize, String)> {
    ev.iter()
        .map(|e| (e.file.clone(), e.line, e.start, e.end, e.text.clone()))
        .collect()
}

#[test]
fn limited_cites_from_the_index_equal_the_whole_graph_and_count_exactly() {
    use crate::query::{self, CitesQuery};
    use crate::{Kind, Relation};
    let (_d, out) = index_of_data_corpus();
    let ix = Index::open(&out).unwrap();
    let fresh = CitationGraph::build(&Corpus::load(&["data/corpus".to_string()]).unwrap());
    let mut truncated = 0;
    for n in fresh.nodes() {
        for (relations, kinds) in [
            (&[][..], &[][..]),
            (&[Relation::Recalls][..], &[][..]),
            (&[][..], &[Kind::Resolution][..]),
        ] {
            for (rollup, limit) in [(false, 0), (false, 1), (false, 2), (true, 0), (true, 3)] {
                let q = CitesQuery {
                    relations,
                    kinds,
                    rollup,
                    limit,
                };
                let want = query::cites_limited(&fresh, &n.id, &q);
                let (g, total) = ix.cites_graph(&n.id, &q, false).unwrap();
                let got = query::cites(&g, &n.id, relations, kinds, rollup);
                let what = format!("{} {q:?}", n.id);
                assert_eq!(total, want.total, "{what}");
                assert_eq!(got.len(), want.groups.len(), "{what}");
                for (a, b) in got.iter().zip(&want.groups) {
                    assert_eq!(
                        (&a.source, &a.title, &a.document),
                        (&b.source, &b.title, &b.document)
                    );
                    assert_eq!(a.citations.len(), b.citations.len(), "{what}");
                    for (x, y) in a.citations.iter().zip(&b.citations) {
                        assert_eq!((&x.target, x.relation), (&y.target, y.relation));
                        assert_eq!(bare(&x.evidence), bare(&y.evidence), "{what}");
                    }
                }
                truncated += usize::from(want.hidden() > 0);
            }
        }
    }
    assert!(truncated > 10, "the limits cut something: {truncated}");
}

#[test]
fn limited_lineage_from_the_index_equals_the_whole_graph() {
    use crate::query::{self, LineageDirection, LineageQuery, LineageStep};
    fn strip(s: &mut LineageStep) {
        for e in &mut s.evidence {
            e.sentence.clear();
        }
        s.children.iter_mut().for_each(strip);
    }
    let (_d, out) = index_of_data_corpus();
    let ix = Index::open(&out).unwrap();
    let fresh = CitationGraph::build(&Corpus::load(&["data/corpus".to_string()]).unwrap());
    let mut cut = 0;
    for n in fresh.nodes() {
        for (depth, limit) in [(1, 1), (2, 0), (2, 1), (3, 2)] {
            let q = LineageQuery {
                direction: LineageDirection::Both,
                depth,
                relations: &[],
                limit,
                order: query::Order::Id,
            };
            let mut want = query::lineage_with(&fresh, &n.id, &q, &|_, _| None);
            let (g, counts) = ix.lineage_graph(&n.id, &q, false).unwrap();
            let got = query::lineage_with(&g, &n.id, &q, &|id, d| {
                counts.get(&(id.clone(), d)).copied()
            });
            for s in [&mut want.back, &mut want.forward].into_iter().flatten() {
                strip(s);
            }
            assert_eq!(
                serde_json::to_string(&got).unwrap(),
                serde_json::to_string(&want).unwrap(),
                "{} {q:?}",
                n.id
            );
            cut += usize::from(want.hidden() > 0);
        }
    }
    assert!(cut > 10, "the limits cut something: {cut}");
}

#[test]
fn sentences_come_back_for_any_file_of_the_index_whatever_was_decoded_before() {
    let (_d, out) = index_of_data_corpus();
    let fresh = CitationGraph::build(&Corpus::load(&["data/corpus".to_string()]).unwrap());
    let want = fresh
        .edges()
        .iter()
        .find_map(|e| e.edge.evidence.first())
        .unwrap()
        .clone();
    // A fresh index has decoded no file entry yet: the name is looked up.
    let ix = Index::open(&out).unwrap();
    let mut ev = crate::graph::Evidence {
        sentence: String::new(),
        ..want.clone()
    };
    let mut stranger = crate::graph::Evidence {
        file: "elsewhere/notes.txt".into(),
        ..want.clone()
    };
    ix.fill_sentences([&mut ev, &mut stranger]).unwrap();
    assert_eq!(ev.sentence, want.sentence);
    assert_eq!(
        stranger.sentence,
        "[elsewhere/notes.txt is not in the index]"
    );
}
