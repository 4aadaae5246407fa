//! Graph exports and annotated documents, end to end and as properties:
//! GraphML parses as XML with declared keys, the Neo4j CSVs have the import
//! headers and one row per node/edge, node-link JSON has the networkx shape
//! (and networkx reads it when installed), annotated HTML is well-formed.

use assert_cmd::Command;
use proptest::prelude::*;
use std::collections::{BTreeSet, HashSet};
use uncite::render::export::{self, ExportEdge, ExportNode, Table};
use uncite::render::html::annotate_html;
use uncite::{Id, Kind, Reference, Relation};

const FIXTURE: &str = "tests/fixtures/graph-small.txt";

fn uncite() -> Command {
    Command::cargo_bin("uncite").unwrap()
}

fn run(args: &[&str]) -> String {
    let out = uncite().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// (nodes, edges) of `graph --format json` for the same arguments.
fn json_counts(extra: &[&str]) -> (usize, usize) {
    let mut args = vec!["graph", "--format", "json"];
    args.extend_from_slice(extra);
    let v: serde_json::Value = serde_json::from_str(&run(&args)).unwrap();
    (
        v["nodes"].as_array().unwrap().len(),
        v["edges"].as_array().unwrap().len(),
    )
}

/// Checks GraphML structure; returns (nodes, edges).
fn check_graphml(xml: &str) -> (usize, usize) {
    let doc = roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{e}\n{xml}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "graphml");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://graphml.graphdrawing.org/xmlns")
    );
    let keys: HashSet<&str> = root
        .children()
        .filter(|n| n.has_tag_name("key"))
        .map(|k| k.attribute("id").unwrap())
        .collect();
    for k in ["kind", "title", "relation", "evidence_count"] {
        assert!(keys.contains(k), "key {k} declared");
    }
    let graph = root.children().find(|n| n.has_tag_name("graph")).unwrap();
    assert_eq!(graph.attribute("edgedefault"), Some("directed"));
    let mut ids = HashSet::new();
    let mut edges = 0;
    for n in graph.descendants().filter(|n| n.has_tag_name("data")) {
        assert!(keys.contains(n.attribute("key").unwrap()), "undeclared key");
    }
    for n in graph.children().filter(|n| n.has_tag_name("node")) {
        assert!(ids.insert(n.attribute("id").unwrap().to_string()), "dup id");
    }
    for e in graph.children().filter(|n| n.has_tag_name("edge")) {
        assert!(ids.contains(e.attribute("source").unwrap()));
        assert!(ids.contains(e.attribute("target").unwrap()));
        edges += 1;
    }
    (ids.len(), edges)
}

/// RFC 4180 records (quoted fields, doubled quotes).
fn parse_csv(s: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(!quoted, "unterminated quote");
    assert!(field.is_empty() && row.is_empty(), "last line unterminated");
    rows
}

/// Checks node-link JSON; returns (nodes, links).
fn check_node_link(s: &str) -> (usize, usize) {
    let v: serde_json::Value = serde_json::from_str(s).unwrap_or_else(|e| panic!("{e}\n{s}"));
    assert_eq!(v["directed"], true);
    assert_eq!(v["multigraph"], false);
    assert!(v["graph"].is_object());
    let mut ids = HashSet::new();
    for n in v["nodes"].as_array().unwrap() {
        assert!(ids.insert(n["id"].as_str().unwrap().to_string()));
    }
    let mut pairs = HashSet::new();
    let links = v["links"].as_array().unwrap();
    for l in links {
        let (s, t) = (l["source"].as_str().unwrap(), l["target"].as_str().unwrap());
        assert!(ids.contains(s) && ids.contains(t));
        assert!(pairs.insert((s, t)), "one link per pair (not a multigraph)");
        assert!(l["relation"].is_string());
        assert!(!l["relations"].as_array().unwrap().is_empty());
        assert!(l["evidence_count"].is_u64());
    }
    (ids.len(), links.len())
}

#[test]
fn graphml_of_bundled_corpus_parses_with_every_node_and_edge() {
    let xml = run(&["graph", "--format", "graphml"]);
    assert_eq!(check_graphml(&xml), json_counts(&[]));
    assert!(xml.contains("<data key=\"relation\">recalls</data>"));
}

#[test]
fn graphml_of_fixture_escapes_and_focus_works() {
    let xml = run(&["graph", "--format", "graphml", FIXTURE]);
    assert_eq!(check_graphml(&xml), json_counts(&[FIXTURE]));
    let focus = ["--focus", "article 46", "--depth", "1"];
    let mut args = vec!["graph", "--format", "graphml"];
    args.extend_from_slice(&focus);
    let (n, e) = check_graphml(&run(&args));
    assert_eq!((n, e), json_counts(&focus));
    assert!(n > 1 && n < json_counts(&[]).0);
}

#[test]
fn csv_writes_neo4j_import_files() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("neo4j");
    run(&["graph", "--format", "csv", "-o", out.to_str().unwrap()]);
    let nodes = parse_csv(&std::fs::read_to_string(out.join("nodes.csv")).unwrap());
    let edges = parse_csv(&std::fs::read_to_string(out.join("edges.csv")).unwrap());
    assert_eq!(
        nodes[0],
        ["id:ID", "kind", "title", "date", "url", ":LABEL"]
    );
    // Issue 19: ISO dates and official homes in the export.
    let r62 = nodes.iter().find(|r| r[0] == "res:cosp:6/2").unwrap();
    assert_eq!(r62[3], "2015-11-06");
    assert!(r62[4].starts_with("https://www.unodc.org/"), "{r62:?}");
    assert_eq!(
        edges[0],
        [
            ":START_ID",
            ":END_ID",
            ":TYPE",
            "relation",
            "evidence_count:int"
        ]
    );
    let (n, e) = json_counts(&[]);
    assert_eq!((nodes.len() - 1, edges.len() - 1), (n, e));
    let ids: HashSet<&str> = nodes[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ids.len(), n, "IDs unique");
    for r in &nodes[1..] {
        assert_eq!(r.len(), 6);
        assert!(r[5].starts_with("Node;"), "{r:?}");
    }
    for r in &edges[1..] {
        assert_eq!(r.len(), 5);
        assert!(ids.contains(r[0].as_str()) && ids.contains(r[1].as_str()));
        assert!(r[2].chars().all(|c| c.is_ascii_uppercase() || c == '_'));
        r[4].parse::<usize>().unwrap();
    }
    // Titles with commas are quoted and come back whole.
    assert!(nodes.iter().any(|r| r[2].contains(',')));
}

#[test]
fn csv_needs_an_output_folder() {
    uncite()
        .args(["graph", "--format", "csv"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("-o DIR"));
}

#[test]
fn node_link_has_the_networkx_shape() {
    let s = run(&["graph", "--format", "nodelink"]);
    let (n, links) = check_node_link(&s);
    let (jn, je) = json_counts(&[]);
    assert_eq!(n, jn);
    assert!(links <= je && links > 0);
    let v: serde_json::Value = serde_json::from_str(&s).unwrap();
    let total: u64 = v["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["relations"].as_array().unwrap().len() as u64)
        .sum();
    assert_eq!(total as usize, je, "every edge's relation is kept");
    // The alias reads the same.
    assert_eq!(run(&["graph", "--format", "node-link"]), s);
}

fn have_networkx() -> bool {
    std::process::Command::new("python3")
        .args(["-c", "import networkx"])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn networkx_reads_node_link_and_graphml() {
    if !have_networkx() {
        eprintln!("skipped: python3 with networkx not available");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let nl = dir.path().join("g.json");
    let gm = dir.path().join("g.graphml");
    run(&["graph", "--format", "nodelink", "-o", nl.to_str().unwrap()]);
    run(&["graph", "--format", "graphml", "-o", gm.to_str().unwrap()]);
    let script = r#"
import json, sys, networkx as nx
data = json.load(open(sys.argv[1]))
try:
    g = nx.node_link_graph(data, edges="links")
except TypeError:  # networkx < 3.4
    g = nx.node_link_graph(data)
assert isinstance(g, nx.DiGraph) and not g.is_multigraph()
h = nx.read_graphml(sys.argv[2])
assert h.is_directed()
assert g.nodes["art:uncac:46"]["kind"] == "article"
assert any(d["relation"] == "recalls" for _, _, d in g.edges(data=True))
print(g.number_of_nodes(), g.number_of_edges(), h.number_of_nodes(), h.number_of_edges())
"#;
    let out = std::process::Command::new("python3")
        .args(["-c", script, nl.to_str().unwrap(), gm.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let counts: Vec<usize> = String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .map(|x| x.parse().unwrap())
        .collect();
    let (n, e) = json_counts(&[]);
    assert_eq!(counts[0], n);
    assert_eq!(counts[2], n);
    assert_eq!(counts[3], e);
}

fn check_xhtml(html: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse_with_options(
        html,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn annotate_html_is_well_formed_and_links() {
    let html = run(&["annotate", "data/corpus/cosp7-report.txt"]);
    let doc = check_xhtml(&html);
    let links: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("a") && n.attribute("class").is_some_and(|c| c.contains("ref")))
        .collect();
    assert!(links.len() > 100, "{}", links.len());
    assert!(links.iter().all(|a| a.attribute("title").is_some()));
    assert!(links.iter().any(|a| {
        a.attribute("href")
            .unwrap()
            .starts_with("https://undocs.org/en/")
    }));
    // Self-contained: no external stylesheet, script or image.
    assert!(
        doc.descendants()
            .all(|n| n.attribute("src").is_none() && !n.has_tag_name("link"))
    );
    // Without a site every non-document target links into the side list.
    let ids: HashSet<&str> = doc
        .descendants()
        .filter_map(|n| n.attribute("id"))
        .collect();
    for a in &links {
        if let Some(frag) = a.attribute("href").unwrap().strip_prefix('#') {
            assert!(ids.contains(frag), "dangling #{frag}");
        }
    }
}

#[test]
fn annotate_site_base_and_markdown() {
    let html = run(&[
        "annotate",
        FIXTURE,
        "--site-base",
        "https://example.org/site/node",
    ]);
    check_xhtml(&html);
    assert!(html.contains("href=\"https://example.org/site/node/art_uncac_46.html\""));
    assert!(html.contains("&quot;node&quot;"));
    let md = run(&[
        "annotate",
        "data/corpus/cosp7-report.txt",
        "--format",
        "markdown",
        "--site-base",
        "../node/",
    ]);
    assert!(md.contains("## Cited"));
    assert!(md.contains("](https://undocs.org/en/CAC/COSP/"));
    assert!(md.contains("](../node/art_uncac_"));
}

#[test]
fn annotate_refuses_a_folder_of_documents() {
    uncite()
        .args(["annotate", "data/corpus"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("one document"));
}

/// Text that tries to break XML, JSON and DOT.
fn nasty() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("node".to_string()),
        Just("graph {}".to_string()),
        Just("\"quoted\" \\ back\\".to_string()),
        Just("<b>&amp; </script>]]>".to_string()),
        Just("line\nbreak\r\ttab".to_string()),
        "\\PC{0,20}",
        any::<String>(),
        proptest::collection::vec(
            prop_oneof![
                Just("<"),
                Just("&"),
                Just("\""),
                Just("'"),
                Just("{"),
                Just("}"),
                Just("\\"),
                Just("\n"),
                Just("é"),
                Just("中"),
                Just("\u{1}"),
                Just("\u{FFFF}"),
                Just("digraph"),
                Just(","),
            ],
            0..12
        )
        .prop_map(|v| v.concat()),
    ]
}

fn table() -> impl Strategy<Value = Table> {
    proptest::collection::vec((nasty(), nasty(), proptest::option::of(nasty())), 0..6)
        .prop_flat_map(|raw| {
            let nodes: Vec<ExportNode> = raw
                .iter()
                .enumerate()
                .map(|(i, (id, kind, title))| ExportNode {
                    id: format!("{id}#{i}"),
                    kind: kind.clone(),
                    title: title.clone(),
                    file: title.clone(),
                    date: title.clone(),
                    session: None,
                    url: title.clone(),
                })
                .collect();
            let n = nodes.len();
            let edges = if n == 0 {
                Just(Vec::new()).boxed()
            } else {
                proptest::collection::vec((0..n, 0..n, nasty(), 0usize..5), 0..8).boxed()
            };
            (Just(nodes), edges).prop_map(|(nodes, es)| {
                let edges = es
                    .into_iter()
                    .map(|(s, t, relation, evidence_count)| ExportEdge {
                        source: nodes[s].id.clone(),
                        target: nodes[t].id.clone(),
                        relation,
                        evidence_count,
                    })
                    .collect();
                Table { nodes, edges }
            })
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn graphml_always_parses(t in table()) {
        let mut out = Vec::new();
        export::write_graphml(&mut out, &t).unwrap();
        let xml = String::from_utf8(out).unwrap();
        let doc = roxmltree::Document::parse(&xml).map_err(|e| TestCaseError::fail(format!("{e}\n{xml}")))?;
        let got: Vec<&str> = doc.descendants().filter(|n| n.has_tag_name("node")).map(|n| n.attribute("id").unwrap()).collect();
        // IDs survive exactly unless they hold characters XML cannot carry.
        for (n, g) in t.nodes.iter().zip(&got) {
            if !n.id.chars().any(export::xml_forbidden) {
                prop_assert_eq!(&n.id, g);
            }
        }
        prop_assert_eq!(got.len(), t.nodes.len());
    }

    #[test]
    fn node_link_always_parses(t in table()) {
        let mut out = Vec::new();
        export::write_node_link(&mut out, &t).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        let ids: Vec<&str> = v["nodes"].as_array().unwrap().iter().map(|n| n["id"].as_str().unwrap()).collect();
        let want: Vec<&str> = t.nodes.iter().map(|n| n.id.as_str()).collect();
        prop_assert_eq!(ids, want);
        let pairs: BTreeSet<(&str, &str)> = t.edges.iter().map(|e| (e.source.as_str(), e.target.as_str())).collect();
        prop_assert_eq!(v["links"].as_array().unwrap().len(), pairs.len());
    }

    #[test]
    fn csv_round_trips(t in table()) {
        let mut out = Vec::new();
        export::write_nodes_csv(&mut out, &t).unwrap();
        let rows = parse_csv(&String::from_utf8(out).unwrap());
        prop_assert_eq!(rows.len(), t.nodes.len() + 1);
        for (r, n) in rows[1..].iter().zip(&t.nodes) {
            prop_assert_eq!(r.len(), 6);
            prop_assert_eq!(&r[0], &n.id.replace(['\n', '\r'], " "));
            prop_assert_eq!(&r[4], &n.url.clone().unwrap_or_default().replace(['\n', '\r'], " "));
        }
    }

    #[test]
    fn annotated_html_always_parses(title in nasty(), before in nasty(), after in nasty(), symbol in nasty()) {
        let text = format!("{before}resolution 6/2 and A/RES/70/1{after}");
        let mut refs = uncite::extract(&text);
        // Markup in `before`/`after` can hide the sentence (an unclosed `<`
        // that a later `>` turns into one HTML tag): then there is nothing to
        // annotate, which is right, and nothing to check here.
        prop_assume!(!refs.is_empty());
        let s = before.len();
        // A reference to a document with an arbitrary symbol, overlapping others.
        let mut r: Reference = refs[0].clone();
        r.target = Id::Document { symbol: symbol.clone() };
        r.kind = Kind::Document;
        r.relation = Relation::Cites;
        r.start = s;
        r.end = s + "resolution".len();
        refs.push(r);
        for base in [None, Some("../node/")] {
            let html = annotate_html(&title, &text, &refs, base);
            let doc = check_xhtml(&html);
            let ids: Vec<&str> = doc.descendants().filter_map(|n| n.attribute("id")).collect();
            let unique: HashSet<&&str> = ids.iter().collect();
            prop_assert_eq!(unique.len(), ids.len(), "ids unique");
        }
    }
}
