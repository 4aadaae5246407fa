//! `uncite index` and `--index FILE` on the query subcommands.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::{Path, PathBuf};

fn uncite() -> Command {
    Command::cargo_bin("uncite").unwrap()
}

fn index(paths: &[&Path], out: &Path, extra: &[&str]) -> assert_cmd::assert::Assert {
    let mut c = uncite();
    c.arg("index");
    for p in paths {
        c.arg(p);
    }
    c.arg("-o").arg(out).args(extra).assert()
}

fn stdout_of(args: &[&str]) -> (Vec<u8>, i32) {
    let o = uncite().args(args).output().unwrap();
    (o.stdout, o.status.code().unwrap())
}

/// A copy of the bundled corpus in a temporary directory.
fn corpus_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path().join("corpus");
    std::fs::create_dir(&c).unwrap();
    for e in std::fs::read_dir("data/corpus").unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, c.join(p.file_name().unwrap())).unwrap();
    }
    (dir, c)
}

#[test]
fn cites_from_the_index_equals_cites_from_the_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let ix = dir.path().join("corpus.uncite");
    index(&[Path::new("data/corpus")], &ix, &[])
        .success()
        .stderr(predicate::str::contains("indexed 5 files"));
    let ixs = ix.to_str().unwrap();
    for format in ["json", "text", "dot"] {
        let (plain, c1) = stdout_of(&["cites", "art:uncac:46", "--format", format, "data/corpus"]);
        let (indexed, c2) =
            stdout_of(&["cites", "art:uncac:46", "--format", format, "--index", ixs]);
        assert_eq!((c1, c2), (0, 0));
        assert!(!plain.is_empty());
        assert_eq!(
            String::from_utf8(plain).unwrap(),
            String::from_utf8(indexed).unwrap(),
            "--format {format}"
        );
    }
    for args in [
        &["lineage", "res:cosp:7/1", "--format", "json"][..],
        &["lineage", "res:cosp:7/1"][..],
        &["report", "--format", "json"][..],
        &["graph", "--format", "json"][..],
    ] {
        let (plain, _) = stdout_of(&[args, &["data/corpus"]].concat());
        let (indexed, _) = stdout_of(&[args, &["--index", ixs]].concat());
        assert_eq!(plain, indexed, "{args:?}");
    }
    // Unknown IDs fail the same way, with the nearest known IDs.
    uncite()
        .args(["cites", "res:cosp:7/9", "--index", ixs])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nearest known IDs: res:cosp:"));
    // Only the index file is left: no temporary file.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names, ["corpus.uncite"]);
}

#[test]
fn a_stale_or_foreign_index_is_refused_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let ix = dir.path().join("old.uncite");
    index(&[Path::new("data/corpus")], &ix, &["-q"]).success();
    let mut bytes = std::fs::read(&ix).unwrap();
    assert_eq!(&bytes[..7], b"UNCITE\0");
    bytes[7..11].copy_from_slice(&999u32.to_le_bytes());
    std::fs::write(&ix, &bytes).unwrap();
    uncite()
        .args(["cites", "art:uncac:46", "--index"])
        .arg(&ix)
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            predicate::str::contains("old.uncite")
                .and(predicate::str::contains("index format version 999")),
        );
    // Re-indexing over a stale index rebuilds it.
    index(&[Path::new("data/corpus")], &ix, &[])
        .success()
        .stderr(predicate::str::contains("indexing every file again"));
    uncite()
        .args(["cites", "art:uncac:46", "--index"])
        .arg(&ix)
        .assert()
        .success();

    let foreign = dir.path().join("notes.txt");
    std::fs::write(&foreign, "my notes, not an index").unwrap();
    uncite()
        .args(["lineage", "res:cosp:7/1", "--index"])
        .arg(&foreign)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("notes.txt: not an uncite index"));
    // ... and is never overwritten by `index -o`.
    index(&[Path::new("data/corpus")], &foreign, &[])
        .code(2)
        .stderr(predicate::str::contains("refusing to overwrite"));
    assert_eq!(
        std::fs::read_to_string(&foreign).unwrap(),
        "my notes, not an index"
    );

    let truncated = dir.path().join("cut.uncite");
    std::fs::write(&truncated, &bytes[..40]).unwrap();
    uncite()
        .args(["report", "--index"])
        .arg(&truncated)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cut.uncite"));
}

#[test]
fn the_index_never_overwrites_an_input() {
    let (_d, corpus) = corpus_copy();
    let input = corpus.join("cosp7-report.txt");
    let before = std::fs::read(&input).unwrap();
    index(&[&corpus], &input, &[])
        .code(2)
        .stderr(predicate::str::contains("refusing to write the index over"));
    assert_eq!(std::fs::read(&input).unwrap(), before);
}

#[test]
fn reindexing_extracts_only_changed_files() {
    let (d, corpus) = corpus_copy();
    let ix = d.path().join("c.uncite");
    index(&[&corpus], &ix, &[])
        .success()
        .stderr(predicate::str::contains("(5 extracted, 0 reused)"));
    index(&[&corpus], &ix, &[])
        .success()
        .stderr(predicate::str::contains("(0 extracted, 5 reused)"));
    // One file grows a reference; a new file appears.
    let f = corpus.join("cosp7-annotated-agenda.txt");
    let mut text = std::fs::read_to_string(&f).unwrap();
    text.push_str("\nRecalling its resolution 4/9 of 2011,\n");
    std::fs::write(&f, text).unwrap();
    std::fs::write(
        corpus.join("extra.txt"),
        "Recalling article 46 of the Convention,\n",
    )
    .unwrap();
    index(&[&corpus], &ix, &[])
        .success()
        .stderr(predicate::str::contains(
            "indexed 6 files (2 extracted, 4 reused)",
        ));
    // The incremental index answers as a full one does.
    let full = d.path().join("full.uncite");
    index(&[&corpus], &full, &["--full"]).success();
    for q in [["cites", "art:uncac:46"], ["cites", "res:cosp:4/9"]] {
        let (a, c1) = stdout_of(&[&q[..], &["--index", ix.to_str().unwrap()]].concat());
        let (b, c2) = stdout_of(&[&q[..], &["--index", full.to_str().unwrap()]].concat());
        assert_eq!((c1, c2), (0, 0), "{q:?}");
        assert_eq!(a, b, "{q:?}");
    }
    assert!(
        String::from_utf8(stdout_of(&["cites", "art:uncac:46", "--index", ix.to_str().unwrap()]).0)
            .unwrap()
            .contains("Recalling article 46 of the Convention")
    );
}

#[test]
fn a_changed_or_vanished_file_is_reported_not_misquoted() {
    let (d, corpus) = corpus_copy();
    let ix = d.path().join("c.uncite");
    index(&[&corpus], &ix, &["--quiet"]).success().stderr("");
    let ixs = ix.to_str().unwrap();
    let f = corpus.join("cosp7-report.txt");
    let text = std::fs::read_to_string(&f).unwrap();
    std::fs::write(&f, format!("Preface added later.\n{text}")).unwrap();
    let (out, code) = stdout_of(&["cites", "art:uncac:46", "--index", ixs]);
    assert_eq!(code, 0);
    let out = String::from_utf8(out).unwrap();
    assert!(
        out.contains("cosp7-report.txt changed since it was indexed"),
        "{out}"
    );
    std::fs::remove_file(&f).unwrap();
    let (out, _) = stdout_of(&["cites", "art:uncac:46", "--index", ixs]);
    assert!(
        String::from_utf8(out)
            .unwrap()
            .contains("is gone since it was indexed")
    );
}

#[test]
fn index_output_is_quiet_off_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let ix = dir.path().join("c.uncite");
    // stderr is a pipe here: no progress bar, only the summary line.
    let o = uncite()
        .args(["index", "data/corpus", "-o"])
        .arg(&ix)
        .output()
        .unwrap();
    let err = String::from_utf8(o.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(!err.contains('\r') && !err.contains('\x1b'), "{err:?}");
    uncite()
        .args(["index", "data/corpus", "-q", "-o"])
        .arg(&ix)
        .assert()
        .success()
        .stderr("");
    uncite()
        .args(["index", "-", "-o"])
        .arg(&ix)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not standard input"));
}

/// 60 files citing article 46 (some twice, some a paragraph of it too):
/// more citing units than the default `--limit`.
fn hub_corpus() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path().join("hub");
    std::fs::create_dir(&c).unwrap();
    for i in 1..=60 {
        let mut text = String::from("Recalling article 46 of the Convention,\n");
        if i % 3 == 0 {
            text.push_str("Noting article 46, paragraph 3, of the Convention,\n");
        }
        if i % 4 == 0 {
            text.push_str("Acting under article 46 of the Convention,\n");
        }
        if i % 5 == 0 {
            text.push_str("Recalling also article 46 of the Convention,\n");
        }
        // Sixty different documents: a copy of another is read once.
        text.push_str(&format!("Document {i}.\n"));
        std::fs::write(c.join(format!("f{i:02}.txt")), text).unwrap();
    }
    (dir, c)
}

fn run(args: &[&str]) -> (String, String, i32) {
    let o = uncite().args(args).output().unwrap();
    (
        String::from_utf8(o.stdout).unwrap(),
        String::from_utf8(o.stderr).unwrap(),
        o.status.code().unwrap(),
    )
}

/// Units, citations and mentions counted from `cites --all --format json`.
fn counts_from_rows(json: &str) -> (usize, usize, usize) {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    let rows = v.as_array().unwrap();
    let key = |o: &serde_json::Value, ks: &[&str]| -> String {
        ks.iter()
            .map(|k| o[*k].as_str().unwrap())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let units: std::collections::BTreeSet<_> = rows.iter().map(|o| key(o, &["source"])).collect();
    let citations: std::collections::BTreeSet<_> = rows
        .iter()
        .map(|o| key(o, &["source", "target", "relation"]))
        .collect();
    (units.len(), citations.len(), rows.len())
}

#[test]
fn hub_queries_show_the_first_units_with_exact_counts_and_all_on_request() {
    let (d, corpus) = hub_corpus();
    let ix = d.path().join("hub.uncite");
    index(&[&corpus], &ix, &["-q"]).success();
    let ixs = ix.to_str().unwrap();
    let cs = corpus.to_str().unwrap();
    // Every query answers the same from the files and from the index.
    let both = |args: &[&str]| {
        let plain = run(&[args, &[cs]].concat());
        let indexed = run(&[args, &["--index", ixs]].concat());
        assert_eq!(plain, indexed, "{args:?}");
        plain
    };

    let (all_json, _, code) = both(&["cites", "article 46", "--all", "--format", "json"]);
    assert_eq!(code, 0);
    let (units, citations, mentions) = counts_from_rows(&all_json);
    assert_eq!(units, 60);
    assert!(
        citations > units && mentions > citations,
        "{citations} {mentions}"
    );

    // Default: the first 50 units in ID order, the exact totals, how to see all.
    let (capped, err, code) = both(&["cites", "article 46"]);
    assert_eq!((code, err.as_str()), (0, ""));
    let heads: Vec<&str> = capped.lines().filter(|l| l.starts_with("file:")).collect();
    assert_eq!(heads.len(), 50);
    assert!(heads[0].starts_with("file:f01 ") && heads[49].starts_with("file:f50 "));
    assert_eq!(
        capped.lines().last().unwrap(),
        format!(
            "-- first 50 of {units} citing units shown ({citations} citations and {mentions} mentions in all); 10 more: --all shows every one, --limit N the first N"
        )
    );

    // --all and --limit 0: everything, and the totals.
    let (all, _, code) = both(&["cites", "article 46", "--all"]);
    assert_eq!(code, 0);
    assert_eq!(all.lines().filter(|l| l.starts_with("file:")).count(), 60);
    assert_eq!(
        all.lines().last().unwrap(),
        format!("-- {units} citing units, {citations} citations, {mentions} mentions")
    );
    assert!(all.starts_with(&capped[..capped.rfind("-- ").unwrap()]));
    assert_eq!(both(&["cites", "article 46", "--limit", "0"]).0, all);
    // A higher limit than there are units shows them all.
    assert_eq!(both(&["cites", "article 46", "--limit", "1000"]).0, all);

    // JSON: rows of the units shown; the note on stderr (not with -q).
    let (json, err, _) = both(&["cites", "article 46", "--limit", "7", "--format", "json"]);
    assert_eq!(counts_from_rows(&json).0, 7);
    assert!(
        err.contains(&format!("first 7 of {units} citing units shown")) && err.contains("--all"),
        "{err}"
    );
    let (_, err, _) = both(&[
        "cites",
        "article 46",
        "--limit",
        "7",
        "--format",
        "json",
        "-q",
    ]);
    assert_eq!(err, "");
    // Filters count what they keep.
    let (recalls, _, _) = both(&[
        "cites",
        "article 46",
        "--relation",
        "notes",
        "--all",
        "--format",
        "json",
    ]);
    let (u, c, m) = counts_from_rows(&recalls);
    let (text, _, _) = both(&["cites", "article 46", "--relation", "notes", "--limit", "3"]);
    assert!(
        text.ends_with(&format!(
            "-- first 3 of {u} citing units shown ({c} citations and {m} mentions in all); {} more: --all shows every one, --limit N the first N\n",
            u - 3
        )),
        "{text}"
    );
    // A diagram says in its title that it is not everything.
    let (dot, _, _) = both(&["cites", "article 46", "--format", "dot", "-q"]);
    assert!(dot.contains("first 50 of 60 citing units"), "{dot}");

    // lineage: at most --limit children per step, the rest counted.
    let (tree, _, code) = both(&[
        "lineage",
        "article 46",
        "--direction",
        "forward",
        "--limit",
        "5",
    ]);
    assert_eq!(code, 0);
    assert_eq!(
        tree.lines()
            .filter(|l| l.starts_with("  <- recalls"))
            .count(),
        5
    );
    assert!(
        tree.contains("  <- ... 55 more not shown (first 5 shown): --all shows every one"),
        "{tree}"
    );
    let (tree, _, _) = both(&["lineage", "article 46", "--direction", "forward", "--all"]);
    assert_eq!(tree.lines().filter(|l| l.starts_with("  <- ")).count(), 60);
    assert!(!tree.contains("more not shown"));
    let (json, err, _) = both(&[
        "lineage",
        "article 46",
        "--direction",
        "forward",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["forward"]["children"].as_array().unwrap().len(), 50);
    assert_eq!(v["forward"]["more"], 10);
    assert!(err.contains("10 children not shown"), "{err}");

    uncite()
        .args(["cites", "article 46", "--all", "--limit", "3", cs])
        .assert()
        .code(2);
}

#[test]
fn the_index_is_the_same_bytes_for_any_thread_count() {
    // Several copies of the corpus (units of the same IDs in many files, so
    // the order files are merged in matters) and a file that is skipped.
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path().join("many");
    std::fs::create_dir(&c).unwrap();
    for k in 0..6 {
        for e in std::fs::read_dir("data/corpus").unwrap() {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_str().unwrap();
            if name.ends_with(".txt") {
                std::fs::copy(&p, c.join(format!("{k}-{name}"))).unwrap();
            }
        }
    }
    std::fs::write(c.join("3-binary.txt"), b"\x00\x01\x02 not text \x00").unwrap();
    let mut outs = Vec::new();
    for j in ["1", "2", "3"] {
        let ix = dir.path().join(format!("j{j}.uncite"));
        let o = uncite()
            .args(["index", "-j", j, "-o"])
            .arg(&ix)
            .arg(&c)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0));
        let err = String::from_utf8(o.stderr).unwrap();
        assert!(err.contains("3-binary.txt"), "{err}");
        outs.push((
            std::fs::read(&ix).unwrap(),
            err.lines().next().unwrap().to_string(),
        ));
    }
    assert!(
        outs.iter().all(|o| o.0 == outs[0].0),
        "index bytes differ by thread count"
    );
    assert!(
        outs.iter().all(|o| o.1 == outs[0].1),
        "warnings differ by thread count"
    );
}
