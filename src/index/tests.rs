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
