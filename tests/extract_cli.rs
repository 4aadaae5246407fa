//! `uncite extract` driven as a user drives it: the contract output, every
//! format, and every kind of bad input (issue 6: a clear error naming the file
//! and exit 2, or a sane result; never a panic).

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::fs;
use tempfile::TempDir;

const SENTENCE: &str = "Conference of the States Parties to the United Nations Convention against Corruption\n\nRecalling its resolutions 4/2 of 28 October 2011, 5/3 of 29 November 2013 and 6/2 and 6/3 of 6 November 2015,\n\nGeneral Assembly resolution [S-32/1](#), annex, and article 46, paragraph 7, of the Convention.\n";

fn uncite() -> Command {
    Command::cargo_bin("uncite").unwrap()
}

fn jsonl(out: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn targets(v: &[Value]) -> Vec<String> {
    v.iter()
        .map(|r| r["target"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn jsonl_lines_follow_the_contract_exactly() {
    let dir = TempDir::new().unwrap();
    let f = dir.path().join("cosp.txt");
    fs::write(&f, SENTENCE).unwrap();
    let out = uncite()
        .args(["extract", f.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    let refs = jsonl(&out.stdout);
    assert_eq!(
        targets(&refs),
        [
            "res:cosp:4/2",
            "res:cosp:5/3",
            "res:cosp:6/2",
            "res:cosp:6/3",
            "res:ga:S-32/1",
            "art:uncac:46(7)"
        ]
    );
    let raw = String::from_utf8_lossy(&out.stdout);
    for line in raw.lines() {
        // Field order of the contract, read off the raw line.
        let at: Vec<usize> = [
            "file", "source", "target", "kind", "relation", "text", "start", "end", "line",
        ]
        .iter()
        .map(|k| line.find(&format!("\"{k}\":")).expect(k))
        .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{line}");
        assert_eq!(
            serde_json::from_str::<Value>(line)
                .unwrap()
                .as_object()
                .unwrap()
                .len(),
            9
        );
    }
    for r in &refs {
        let (s, e) = (
            r["start"].as_u64().unwrap() as usize,
            r["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&SENTENCE[s..e], r["text"].as_str().unwrap());
        assert_eq!(r["source"], "file:cosp");
    }
    assert_eq!(refs[0]["relation"], "recalls");
    assert_eq!(refs[4]["text"], "General Assembly resolution [S-32/1](#)");
    assert_eq!(refs[4]["line"], 5);
}

#[test]
fn text_and_tsv_formats() {
    let dir = TempDir::new().unwrap();
    let f = dir.path().join("a.txt");
    fs::write(&f, SENTENCE).unwrap();
    let p = f.to_str().unwrap();
    uncite()
        .args(["extract", "--format", "text", p])
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "{p}:3: res:cosp:6/2 (recalls) \"6/2\""
        )));
    uncite()
        .args(["extract", "--format", "tsv", p])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "file\tline\tstart\tend\tsource\ttarget",
        ));
    let out = uncite()
        .args(["extract", "--format", "json", p])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 6);
}

#[test]
fn missing_file_names_it_and_exits_2_but_still_processes_the_others() {
    let dir = TempDir::new().unwrap();
    let f = dir.path().join("a.txt");
    fs::write(&f, SENTENCE).unwrap();
    uncite()
        .args(["extract", "no/such/file.txt", f.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/file.txt"))
        .stdout(predicate::str::contains("res:cosp:6/2"));
}

#[test]
fn usage_errors_exit_2() {
    uncite().args(["extract"]).assert().code(2);
    uncite()
        .args(["extract", "--format", "xml", "x"])
        .assert()
        .code(2);
    uncite().args(["frobnicate"]).assert().code(2);
}

#[test]
fn stdin_crlf_and_lone_cr_give_the_same_references_and_lines() {
    let lf = uncite()
        .args(["extract", "-"])
        .write_stdin(SENTENCE)
        .output()
        .unwrap();
    let crlf = uncite()
        .args(["extract", "-"])
        .write_stdin(SENTENCE.replace('\n', "\r\n"))
        .output()
        .unwrap();
    let cr = uncite()
        .args(["extract", "-"])
        .write_stdin(SENTENCE.replace('\n', "\r"))
        .output()
        .unwrap();
    let key = |v: &[Value]| -> Vec<(String, u64)> {
        v.iter()
            .map(|r| {
                (
                    r["target"].as_str().unwrap().to_string(),
                    r["line"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    let (a, b, c) = (jsonl(&lf.stdout), jsonl(&crlf.stdout), jsonl(&cr.stdout));
    assert_eq!(key(&a), key(&b));
    assert_eq!(key(&a), key(&c));
    assert_eq!(a[0]["file"], "-");
}

#[test]
fn boms_utf16_invalid_utf8_and_binary() {
    let dir = TempDir::new().unwrap();
    let bom = dir.path().join("bom.txt");
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(SENTENCE.as_bytes());
    fs::write(&bom, &bytes).unwrap();
    let out = uncite()
        .args(["extract", bom.to_str().unwrap()])
        .output()
        .unwrap();
    let refs = jsonl(&out.stdout);
    let r = &refs[0];
    let (s, e) = (
        r["start"].as_u64().unwrap() as usize,
        r["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        &bytes[s..e],
        r["text"].as_str().unwrap().as_bytes(),
        "offsets are file offsets"
    );

    for (name, le) in [("le.txt", true), ("be.txt", false)] {
        let p = dir.path().join(name);
        let mut b: Vec<u8> = if le {
            vec![0xFF, 0xFE]
        } else {
            vec![0xFE, 0xFF]
        };
        for u in SENTENCE.encode_utf16() {
            b.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        fs::write(&p, b).unwrap();
        let out = uncite()
            .args(["extract", p.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(out.status.success());
        assert_eq!(jsonl(&out.stdout).len(), 6, "{name}");
    }

    let bad = dir.path().join("bad.txt");
    let mut b = SENTENCE.as_bytes().to_vec();
    b.insert(20, 0xFF);
    fs::write(&bad, b).unwrap();
    uncite()
        .args(["extract", bad.to_str().unwrap()])
        .assert()
        .success()
        .stderr(predicate::str::contains("bad.txt").and(predicate::str::contains("invalid UTF-8")));

    let bin = dir.path().join("blob.txt");
    fs::write(&bin, b"resolution 6/2\0\0\x01").unwrap();
    uncite()
        .args(["extract", bin.to_str().unwrap()])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("blob.txt").and(predicate::str::contains("binary")));
}

#[test]
fn empty_file_and_directories_and_a_path_given_twice() {
    let dir = TempDir::new().unwrap();
    let deep = dir.path().join("a/b/c/d/e/f/g/h");
    fs::create_dir_all(&deep).unwrap();
    fs::write(deep.join("x.txt"), SENTENCE).unwrap();
    fs::write(deep.join("ignored.xlsx"), SENTENCE).unwrap();
    fs::write(dir.path().join("empty.txt"), "").unwrap();
    let d = dir.path().to_str().unwrap();
    let out = uncite().args(["extract", d, d]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        jsonl(&out.stdout).len(),
        6,
        "the directory is read once, .xlsx not read"
    );
    // ... but counted, and named with -v.
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("read 2 files (2 text); skipped 2 (1 directory seen twice, 1 unsupported .xlsx) (-v names"),
        "{err}"
    );
    let out = uncite().args(["extract", "-v", d]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("ignored.xlsx: unsupported: .xlsx; skipped"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn symlink_loop_is_reported_not_followed_forever() {
    let dir = TempDir::new().unwrap();
    fs::write(dir.path().join("x.txt"), SENTENCE).unwrap();
    std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).unwrap();
    let out = uncite()
        .args(["extract", dir.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(jsonl(&out.stdout).len(), 6);
}

#[test]
/// Issue 6: a 10 MB file that is one single line, with 260,000 references.
fn a_long_single_line_and_many_references() {
    let dir = TempDir::new().unwrap();
    let p = dir.path().join("long.txt");
    let line = "Recalling its resolution 6/2 and article 46, paragraph 3, of the Convention; "
        .repeat(130_000);
    assert!(line.len() > 10_000_000);
    fs::write(&p, &line).unwrap();
    let out = uncite()
        .args(["extract", "--format", "tsv", p.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).lines().count(),
        1 + 260_000
    );
}

/// No warning; the summary says the folder's manifest was not read.
#[test]
fn bundled_corpus_extracts_without_warnings() {
    uncite()
        .args(["extract", "--format", "text", "data/corpus"])
        .assert()
        .success()
        .stderr(
            "uncite: read 5 files (5 text); skipped 1 (1 unsupported .json) (-v names the files skipped)\n",
        )
        .stdout(predicate::str::contains("res:cosp:6/2 (recalls)"));
}

/// Files are extracted on workers and written as they finish in input order:
/// one thread, two, or eight give the same bytes, warnings and errors
/// included, in every format.
#[test]
fn output_does_not_depend_on_the_thread_count() {
    let dir = TempDir::new().unwrap();
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/data/corpus");
    let bin = dir.path().join("image.txt");
    fs::write(&bin, b"resolution 6/2\0\0binary").unwrap();
    let missing = dir.path().join("missing.txt");
    for format in ["jsonl", "json", "tsv", "text"] {
        let run = |threads: &str| {
            uncite()
                .args(["extract", "--format", format, "-j", threads, corpus])
                .arg(&bin)
                .arg(&missing)
                .arg(corpus)
                .output()
                .unwrap()
        };
        let one = run("1");
        assert_eq!(one.status.code(), Some(2), "the missing file fails the run");
        assert!(!one.stdout.is_empty());
        for threads in ["2", "8"] {
            let many = run(threads);
            assert_eq!(many.status.code(), Some(2));
            assert_eq!(one.stdout, many.stdout, "{format}, {threads} threads");
            assert_eq!(one.stderr, many.stderr, "{format}, {threads} threads");
        }
    }
}

#[test]
fn json_output_is_one_array_even_when_empty() {
    let dir = TempDir::new().unwrap();
    let f = dir.path().join("none.txt");
    fs::write(&f, "No references at all.\n").unwrap();
    let out = uncite()
        .args(["extract", "--format", "json", f.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.stdout, b"[]\n");
    let g = dir.path().join("cosp.txt");
    fs::write(&g, SENTENCE).unwrap();
    let out = uncite()
        .args(["extract", "--format", "json"])
        .arg(&f)
        .arg(&g)
        .arg(&f)
        .arg(&g)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    // A path given twice is read once.
    // 4/2, 5/3, 6/2, 6/3, S-32/1, article 46(7).
    assert_eq!(v.as_array().unwrap().len(), 6);
}

/// Issue 21: "a French text yields one reference and a Spanish one none
/// ... with no warning that the language is not supported." Until they are
/// read, the user is told, naming the language; the graph and the
/// annotated page say which language each document is in.
#[test]
fn a_text_in_a_language_not_read_yet_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let fr = dir.path().join("fr.txt");
    std::fs::write(
        &fr,
        "La Conférence des États parties,\n\nRappelant sa résolution 6/2 du 6 novembre 2015, dans laquelle elle a demandé au Groupe de travail de lancer le processus d'identification des bonnes pratiques, et prenant note de la résolution 70/174 de l'Assemblée générale,\n\nPrie le Secrétariat de lui faire rapport à sa septième session sur la mise en œuvre de la présente résolution et des articles de la Convention,\n",
    )
    .unwrap();
    let out = uncite().args(["-v", "extract"]).arg(&fr).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("is in French, which uncite does not read yet"),
        "{stderr}"
    );
    assert!(stderr.contains("(French)"), "{stderr}");
    let quiet = uncite().args(["-q", "extract"]).arg(&fr).output().unwrap();
    assert!(quiet.stderr.is_empty());
    let g = uncite()
        .args(["graph", "--format", "json"])
        .arg(&fr)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&g.stdout).contains("\"lang\": \"fr\""));
    let html = uncite().args(["annotate"]).arg(&fr).output().unwrap();
    assert!(String::from_utf8_lossy(&html.stdout).contains("<pre class=\"doc\" lang=\"fr\">"));
    // English is read, and said nothing about.
    let en = uncite()
        .args(["extract", "data/corpus/cosp7-report.txt"])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&en.stderr).contains("does not read"));
}
