//! The graph commands end to end: cites, lineage, graph, report, diagrams.

use assert_cmd::Command;
use predicates::prelude::*;
use std::io::Write;
use std::process::Stdio;

const FIXTURE: &str = "tests/fixtures/graph-small.txt";

fn uncite() -> Command {
    Command::cargo_bin("uncite").unwrap()
}

fn stdout(args: &[&str]) -> String {
    let out = uncite().args(args).output().unwrap();
    assert!(
        out.status.code().is_some_and(|c| c < 2),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn have_dot() -> bool {
    std::process::Command::new("dot")
        .arg("-V")
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Every DOT a test produces must parse when Graphviz is present.
fn assert_dot_parses(dot: &str) {
    assert!(dot.starts_with("digraph {"), "{dot}");
    if !have_dot() {
        return;
    }
    let mut child = std::process::Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(dot.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "dot rejected: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn json_sources(out: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(out).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|o| o["source"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn cites_article_46_on_the_bundled_corpus() {
    let out = stdout(&["cites", "art:uncac:46", "--format", "json"]);
    let sources = json_sources(&out);
    for want in [
        "res:cosp:7/1",
        "res:cosp:7/2",
        "file:cosp7-annotated-agenda",
        "file:eg-ic-7-report-2018",
    ] {
        assert!(
            sources.iter().any(|s| s == want),
            "{want} not in {sources:?}"
        );
    }
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    for o in v.as_array().unwrap() {
        for k in ["source", "target", "relation", "file", "line", "text"] {
            assert!(!o[k].is_null(), "{k} missing in {o}");
        }
    }
}

#[test]
fn which_resolutions_recall_6_2() {
    let out = stdout(&["cites", "6/2", "--relation", "recalls", "--format", "json"]);
    let sources = json_sources(&out);
    assert!(sources.iter().any(|s| s == "res:cosp:7/1"), "{sources:?}");
    for n in 2..=8 {
        let other = format!("res:cosp:7/{n}");
        assert!(!sources.contains(&other), "{other} in {sources:?}");
    }
    uncite()
        .args([
            "cites",
            "6/2",
            "--relation",
            "recalls",
            "--kind",
            "resolution",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("res:cosp:7/1"))
        .stdout(predicate::str::contains("cosp7-report.txt:82"));
}

#[test]
fn lineage_of_7_1_shows_6_2() {
    uncite()
        .args(["lineage", "res:cosp:7/1"])
        .assert()
        .success()
        .stdout(predicate::str::contains("res:cosp:6/2"));
    let dot = stdout(&["lineage", "6/2", "--format", "dot"]);
    assert!(dot.contains("\"res:cosp:7/1\" -> \"res:cosp:6/2\""));
    assert_dot_parses(&dot);
}

#[test]
fn exit_codes_like_grep() {
    // Known ID, nothing matching the filter: 1.
    uncite()
        .args(["cites", "6/2", "--relation", "adopts"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("no unit cites res:cosp:6/2"));
    // Unknown ID: 2 and the nearest known IDs.
    uncite()
        .args(["cites", "7/99"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "res:cosp:7/99 is not in the corpus",
        ))
        .stderr(predicate::str::contains("res:cosp:7/1"));
    uncite()
        .args(["cites", "not an id at all"])
        .assert()
        .code(2);
    uncite()
        .args(["cites", "6/2", "--relation", "loves"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown relation"));
    uncite()
        .args(["cites", "6/2", "/nonexistent/uncite.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("/nonexistent/uncite.txt"));
}

#[test]
fn fixture_dot_and_json_snapshots() {
    let dot = stdout(&["graph", "--format", "dot", FIXTURE]);
    assert_dot_parses(&dot);
    insta::assert_snapshot!("fixture_graph_dot", dot);
    let json = stdout(&["graph", "--format", "json", FIXTURE]);
    insta::assert_snapshot!("fixture_graph_json", json);
    let cites = stdout(&["cites", "article 46", "--format", "json", FIXTURE]);
    insta::assert_snapshot!("fixture_cites_json", cites);
}

#[test]
fn every_dot_output_parses() {
    for args in [
        &["graph", "--format", "dot"][..],
        &["graph", "--focus", "article 46", "--depth", "2"],
        &["graph", "--session", "7", "--kinds", "resolution,article"],
        &["cites", "chapter IV", "--rollup", "--format", "dot"],
        &["cites", "art 46(3)", "--format", "dot", FIXTURE],
        &["lineage", "7/1", "--direction", "back", "--format", "dot"],
    ] {
        let dot = stdout(args);
        assert_dot_parses(&dot);
    }
}

#[test]
fn svg_with_graphviz_with_builtin_layout_or_a_clear_error() {
    let out = uncite()
        .args(["graph", "--focus", "6/2", "--format", "svg"])
        .env(
            "PATH",
            if have_dot() {
                std::env::var("PATH").unwrap()
            } else {
                String::new()
            },
        )
        .output()
        .unwrap();
    if have_dot() {
        assert!(out.status.success());
        assert!(String::from_utf8_lossy(&out.stdout).contains("<svg"));
    }
    // Without Graphviz: a small neighbourhood is drawn by the built-in
    // layout; the whole corpus is past its cap and gets a clear message.
    let small = uncite()
        .args(["graph", "--focus", "6/2", "--format", "svg"])
        .env("PATH", "")
        .output()
        .unwrap();
    assert!(
        small.status.success(),
        "{}",
        String::from_utf8_lossy(&small.stderr)
    );
    assert!(String::from_utf8_lossy(&small.stdout).contains("<svg"));
    let whole = uncite()
        .args(["graph", "--format", "svg"])
        .env("PATH", "")
        .output()
        .unwrap();
    assert_eq!(whole.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&whole.stderr).contains("install graphviz"));
}

#[test]
fn report_and_graph_json() {
    let md = stdout(&["report"]);
    assert!(md.contains("### `res:cosp:7/1`"));
    assert!(md.contains("Most cited articles"));
    let j: serde_json::Value =
        serde_json::from_str(&stdout(&["report", "--format", "json"])).unwrap();
    assert_eq!(j["documents"].as_array().unwrap().len(), 5);
    let g: serde_json::Value =
        serde_json::from_str(&stdout(&["graph", "--format", "json", "--focus", "6/2"])).unwrap();
    assert!(
        g["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["id"] == "res:cosp:7/1")
    );
}

#[test]
fn committed_diagrams_are_current() {
    uncite()
        .args(["diagrams", "--out", "graphs", "--check"])
        .assert()
        .success();
}

#[test]
fn help_shows_examples() {
    for cmd in ["cites", "lineage", "graph", "report"] {
        uncite()
            .args([cmd, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains(format!("uncite {cmd}")));
    }
}

/// Issue 19: the forms people write name one node. "A/RES/70/174" in a
/// text and in a query is resolution 70/174 of the Assembly (no
/// `doc:A/RES/...` node); "General Assembly resolution 70/174", "70/174"
/// (only the Assembly's numbering fits what the corpus holds) and the
/// canonical ID give the same answer.
#[test]
fn resolution_symbols_and_written_forms_name_one_node() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("note.txt");
    std::fs::write(
        &doc,
        "Conference of the States Parties to the United Nations Convention against Corruption\n\nRecalling General Assembly resolution 70/174 of 17 December 2015,\n\n1. Takes note of A/RES/70/174, annex.\n",
    )
    .unwrap();
    let path = doc.to_str().unwrap();
    let answer = |q: &str| stdout(&["cites", q, path, "--format", "json"]);
    let canonical = answer("res:ga:70/174");
    assert!(
        canonical.contains("recalls") && canonical.contains("takes-note"),
        "{canonical}"
    );
    for q in [
        "A/RES/70/174",
        "General Assembly resolution 70/174",
        "70/174",
    ] {
        assert_eq!(answer(q), canonical, "{q}");
    }
    let graph = stdout(&["graph", path, "--format", "json"]);
    assert!(!graph.contains("doc:A/RES/70/174"), "{graph}");
    assert!(
        graph.contains("A/RES/70/174"),
        "the symbol is kept on the node"
    );
    // Still ambiguous where the corpus holds none of the candidates: the
    // message names them.
    let out = uncite().args(["cites", "58/4", path]).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("res:ga:58/4"));
}

/// Issue 19: "No committed diagram is over 4,000 px in either dimension at
/// 72 dpi": the corpus graph was 2,575 x 14,044 pt, session 7 616 x 5,567.
#[test]
fn committed_diagrams_fit_a_page() {
    let mut seen = 0;
    for entry in std::fs::read_dir("graphs").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "svg") {
            continue;
        }
        let svg = std::fs::read_to_string(&path).unwrap();
        let size = |attr: &str| -> f64 {
            let at = svg.find("<svg width=").unwrap();
            let tag = &svg[at..at + svg[at..].find('>').unwrap()];
            let v = tag.split(&format!("{attr}=\"")).nth(1).unwrap();
            v[..v.find('"').unwrap()]
                .trim_end_matches("pt")
                .parse()
                .unwrap()
        };
        let (w, h) = (size("width"), size("height"));
        assert!(
            w <= 4000.0 && h <= 4000.0,
            "{}: {w} x {h} pt",
            path.display()
        );
        seen += 1;
    }
    assert!(seen >= 4, "the committed SVGs are missing");
}

/// Issue 19: a mandate's timeline, and dates as ISO 8601 in JSON.
#[test]
fn report_and_lineage_by_date() {
    let j: serde_json::Value =
        serde_json::from_str(&stdout(&["report", "--format", "json", "--order", "date"])).unwrap();
    let dates: Vec<&str> = j["resolutions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["date"].as_str())
        .collect();
    assert!(
        dates.len() >= 10 && dates.windows(2).all(|w| w[0] <= w[1]),
        "{dates:?}"
    );
    assert!(
        dates
            .iter()
            .all(|d| d.len() == 10 && d.as_bytes()[4] == b'-')
    );
    let text = stdout(&[
        "lineage",
        "7/1",
        "--direction",
        "back",
        "--depth",
        "1",
        "--order",
        "date",
    ]);
    let first = text.lines().nth(1).unwrap();
    assert!(first.contains("res:cosp:4/2 [2011-10-28]"), "{text}");
    uncite()
        .args(["report", "--order", "title"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("date"));
}

/// Issue 19: "The same document under two names (a copy) is counted twice
/// with no warning; two different files with the same stem in two folders
/// merge into one node."
#[test]
fn copies_are_read_once_and_stems_never_merge() {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in [
        ("a/report.txt", "Recalling its resolution 6/2,\n"),
        ("a/zcopy.txt", "Recalling its resolution 6/2,\n"),
        ("b/report.txt", "Recalling its resolution 6/3,\n"),
    ] {
        let p = dir.path().join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    let out = uncite()
        .current_dir(dir.path())
        .args(["graph", "--format", "json", "a", "b"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("the same text as"), "{stderr}");
    let g: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let files: Vec<&str> = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| n["id"].as_str().filter(|id| id.starts_with("file:")))
        .collect();
    assert_eq!(files.len(), 2, "{files:?}");
    assert!(
        files.contains(&"file:a/report") && files.contains(&"file:b/report"),
        "{files:?}"
    );
    // One citing unit for 6/2, not two.
    let cites = uncite()
        .current_dir(dir.path())
        .args(["cites", "6/2", "-q", "a", "b"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&cites.stdout).contains("1 citing unit,"));
}

/// Issue 19: "`--color always` is ignored by `cites`, `lineage`, `report`;
/// `-q` is ignored by `site`, `graph --format csv`, `diagrams`."
#[test]
fn color_and_quiet_are_honoured_by_every_command() {
    for args in [
        &["--color", "always", "cites", "6/2"][..],
        &["--color", "always", "lineage", "6/2"],
        &["--color", "always", "report"],
    ] {
        let out = stdout(args);
        assert!(out.contains("\x1b[34mres:cosp:"), "{args:?}");
    }
    for args in [&["cites", "6/2"][..], &["--color", "never", "report"]] {
        assert!(!stdout(args).contains('\x1b'), "{args:?}");
    }
    let dir = tempfile::tempdir().unwrap();
    let p = |s: &str| dir.path().join(s).to_str().unwrap().to_string();
    for args in [
        vec![
            "-q".to_string(),
            "graph".into(),
            "--format".into(),
            "csv".into(),
            "-o".into(),
            p("csv"),
        ],
        vec!["-q".into(), "diagrams".into(), "--out".into(), p("g")],
        vec![
            "-q".into(),
            "site".into(),
            "--no-svg".into(),
            "-o".into(),
            p("site"),
        ],
    ] {
        let out = uncite().args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{args:?}");
    }
}
