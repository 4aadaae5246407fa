//! Issue 20, end to end: outputs never destroy what a path names, inputs
//! of any size or kind end quickly, long lines stay linear, commands exit
//! cleanly, and the minor defects (checksums, TSV, stale temporary files,
//! Markdown, URLs, control characters).

use assert_cmd::Command;
use predicates::prelude::*;
use std::os::unix::fs::{FileTypeExt, symlink};
use std::path::{Path, PathBuf};
use std::time::Duration;

const FIXTURE: &str = "tests/fixtures/graph-small.txt";

fn uncite() -> Command {
    let mut c = Command::cargo_bin("uncite").unwrap();
    // Nothing here may hang: a regression fails instead of blocking CI.
    c.timeout(Duration::from_secs(120));
    c
}

fn fixture_copy(dir: &Path, name: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::copy(FIXTURE, &p).unwrap();
    p
}

fn graph_dot() -> String {
    String::from_utf8(uncite().args(["graph", FIXTURE]).output().unwrap().stdout).unwrap()
}

fn mkfifo(p: &Path) {
    let ok = std::process::Command::new("mkfifo")
        .arg(p)
        .status()
        .unwrap()
        .success();
    assert!(ok, "mkfifo {}", p.display());
}

// 1. Outputs.

#[test]
fn dash_and_dev_stdout_are_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE);
    let want = uncite().arg("graph").arg(&fixture).output().unwrap().stdout;
    assert!(want.starts_with(b"digraph {"));
    for o in ["-", "/dev/stdout"] {
        let out = uncite()
            .current_dir(dir.path())
            .args(["graph", "-o", o])
            .arg(&fixture)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "-o {o}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.stdout == want, "-o {o}: not what stdout gets");
    }
    // No file named "-".
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn dev_null_stays_a_device() {
    for args in [
        &["graph", "-o", "/dev/null", FIXTURE][..],
        &["graph", "--format", "json", "-o", "/dev/null", FIXTURE][..],
        &["annotate", FIXTURE, "-o", "/dev/null"][..],
        &["report", "-o", "/dev/null", FIXTURE][..],
    ] {
        uncite().args(args).assert().success();
        let m = std::fs::symlink_metadata("/dev/null").unwrap();
        assert!(
            m.file_type().is_char_device(),
            "{args:?} replaced /dev/null"
        );
    }
}

#[test]
fn a_fifo_is_written_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("out.fifo");
    mkfifo(&fifo);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(&fifo).unwrap())
    };
    uncite()
        .args(["graph", FIXTURE, "-o"])
        .arg(&fifo)
        .assert()
        .success();
    let got = reader.join().unwrap();
    assert_eq!(String::from_utf8(got).unwrap(), graph_dot());
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "a temporary file was left");
}

#[test]
fn a_symlink_is_followed_and_stays_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let real_dir = dir.path().join("real");
    std::fs::create_dir(&real_dir).unwrap();
    let target = real_dir.join("g.dot");
    std::fs::write(&target, "old").unwrap();
    let link = dir.path().join("g.dot");
    symlink(&target, &link).unwrap();
    // A dangling link creates its target.
    let dangling = dir.path().join("new.dot");
    symlink("real/created.dot", &dangling).unwrap();
    for l in [&link, &dangling] {
        uncite()
            .args(["graph", FIXTURE, "-o"])
            .arg(l)
            .assert()
            .success();
        assert!(
            std::fs::symlink_metadata(l)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }
    assert_eq!(std::fs::read_to_string(&target).unwrap(), graph_dot());
    assert_eq!(
        std::fs::read_to_string(real_dir.join("created.dot")).unwrap(),
        graph_dot()
    );
    // Written atomically in the target's directory: nothing else left.
    let mut names: Vec<String> = std::fs::read_dir(&real_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["created.dot", "g.dot"]);
}

#[test]
fn an_output_that_is_an_input_is_refused_by_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let a = fixture_copy(dir.path(), "a.txt");
    let link = dir.path().join("link.txt");
    symlink(&a, &link).unwrap();
    let original = std::fs::read(&a).unwrap();
    let a_s = a.to_str().unwrap();
    let l_s = link.to_str().unwrap();
    let d_s = dir.path().to_str().unwrap();
    let ix = dir.path().join("a.uncite");
    let ix_s = ix.to_str().unwrap();
    uncite()
        .args(["index", "-q", a_s, "-o", ix_s])
        .assert()
        .success();
    let cases: Vec<Vec<&str>> = vec![
        vec!["graph", "-o", a_s, a_s],
        vec!["graph", "--format", "json", "-o", l_s, a_s],
        vec!["graph", "-o", a_s, d_s],
        vec!["annotate", a_s, "-o", a_s],
        vec!["annotate", l_s, "-o", a_s],
        vec!["annotate", "--format", "markdown", a_s, "-o", l_s],
        vec!["cites", "res:cosp:7/1", "-o", a_s, a_s],
        vec!["lineage", "res:cosp:7/1", "-o", a_s, a_s],
        vec!["report", "-o", a_s, a_s],
        vec!["index", a_s, "-o", l_s],
        vec!["graph", "-o", ix_s, "--index", ix_s],
        vec!["report", "-o", ix_s, "--index", ix_s],
    ];
    for args in cases {
        uncite()
            .args(&args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("refusing to"));
        assert_eq!(std::fs::read(&a).unwrap(), original, "{args:?}");
    }
    // Standard input from the file is an input too.
    let st = std::process::Command::new(assert_cmd::cargo::cargo_bin("uncite"))
        .args(["annotate", "-", "-o", a_s])
        .stdin(std::fs::File::open(&a).unwrap())
        .output()
        .unwrap();
    assert_eq!(st.status.code(), Some(2));
    assert_eq!(std::fs::read(&a).unwrap(), original);
    // A site page that is a symlink to an input.
    let site = tempfile::tempdir().unwrap();
    symlink(&a, site.path().join("index.html")).unwrap();
    uncite()
        .args(["site", "--no-svg", "-o", site.path().to_str().unwrap(), a_s])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("refusing to write"));
    assert_eq!(std::fs::read(&a).unwrap(), original);
}

#[test]
fn directory_outputs_follow_links_too() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = dir.path().join("elsewhere.dot");
    let out = dir.path().join("graphs");
    std::fs::create_dir(&out).unwrap();
    symlink(&elsewhere, out.join("corpus.dot")).unwrap();
    uncite()
        .args(["diagrams", "--out"])
        .arg(&out)
        .assert()
        .success();
    assert!(
        std::fs::symlink_metadata(out.join("corpus.dot"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        std::fs::read_to_string(&elsewhere)
            .unwrap()
            .starts_with("digraph {")
    );
    let man = dir.path().join("man");
    uncite().args(["man", "-o"]).arg(&man).assert().success();
    assert!(man.join("uncite.1").is_file() && man.join("uncite-graph.1").is_file());
}

// 2. Inputs.

#[test]
fn endless_devices_end_at_once_with_a_note() {
    for dev in ["/dev/zero", "/dev/urandom"] {
        uncite()
            .timeout(Duration::from_secs(20))
            .args(["extract", dev])
            .assert()
            .success()
            .stdout("")
            .stderr(predicate::str::contains(format!("{dev}: binary file")));
    }
    uncite()
        .timeout(Duration::from_secs(20))
        .args(["annotate", "/dev/zero"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("/dev/zero: binary file"));
    uncite()
        .timeout(Duration::from_secs(20))
        .args(["graph", "/dev/urandom"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("binary file"));
}

#[test]
fn a_nul_byte_anywhere_skips_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("late-nul.txt");
    let mut bytes = b"Recalling its resolution 6/2,\n".repeat(5000); // 150 KB
    bytes.extend_from_slice(b"\0 and article 46.\n");
    std::fs::write(&p, &bytes).unwrap();
    uncite()
        .arg("extract")
        .arg(&p)
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains(
            "binary file (NUL byte at byte 150000)",
        ));
}

#[test]
fn max_filesize_skips_with_a_note_and_can_be_lifted() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("big.txt");
    std::fs::write(&p, "Recalling its resolution 6/2.\n".repeat(100)).unwrap(); // 3000 bytes
    uncite()
        .args(["extract", "--max-filesize", "2K"])
        .arg(&p)
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains(
            "larger than the --max-filesize limit of 2K",
        ));
    for lifted in ["none", "3000", "1M"] {
        let out = uncite()
            .args(["extract", "--max-filesize", lifted])
            .arg(&p)
            .output()
            .unwrap();
        assert!(out.status.success());
        assert_eq!(
            out.stdout.iter().filter(|&&b| b == b'\n').count(),
            100,
            "{lifted}"
        );
    }
    // Standard input is bounded the same way.
    uncite()
        .args(["extract", "--max-filesize", "1K", "-"])
        .write_stdin("Recalling its resolution 6/2.\n".repeat(100))
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("-: larger than"));
    // The graph commands take it too.
    uncite()
        .args(["cites", "6/2", "--max-filesize", "1K"])
        .arg(&p)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("larger than"));
    uncite()
        .args(["extract", "--max-filesize", "12Q"])
        .arg(&p)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("256M"));
}

// 3. Long lines.

/// One line of `n` references: sentences of ten, "The Conference recalls
/// resolution 1/1, article 2, ...".
fn long_line(n: usize) -> (String, Vec<String>) {
    let items: Vec<String> = (0..n)
        .map(|i| {
            if i % 2 == 1 {
                format!("article {}", i % 70 + 1)
            } else {
                format!("resolution {}/{}", i % 9 + 1, i % 12 + 1)
            }
        })
        .collect();
    let sentences: Vec<String> = items
        .chunks(10)
        .map(|c| format!("The Conference recalls {}.", c.join(", ")))
        .collect();
    (sentences.join(" ") + "\n", sentences)
}

#[test]
fn queries_on_one_long_line_finish_and_are_right() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("long.txt");
    let (text, sentences) = long_line(20_000);
    std::fs::write(&p, &text).unwrap();
    let ps = p.to_str().unwrap();
    // Article 46 is item i with i % 70 == 45 and i odd: every 140 items.
    let want: Vec<&String> = sentences
        .iter()
        .filter(|s| s.contains("article 46,") || s.ends_with("article 46."))
        .collect();
    let out = uncite()
        .args(["cites", "article 46", "--format", "json", "--all", ps])
        .output()
        .unwrap();
    assert!(out.status.success());
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(want.len(), 286);
    let mut got: Vec<&str> = rows
        .iter()
        .map(|r| r["sentence"].as_str().unwrap())
        .collect();
    let mut want: Vec<&str> = want.iter().map(|s| s.as_str()).collect();
    got.sort_unstable();
    want.sort_unstable();
    assert_eq!(got, want);
    // Through an index the sentences are read back the same.
    let ix = dir.path().join("long.uncite");
    uncite()
        .args(["index", "-q", ps, "-o"])
        .arg(&ix)
        .assert()
        .success();
    let via_index = uncite()
        .args([
            "cites",
            "article 46",
            "--format",
            "json",
            "--all",
            "--index",
        ])
        .arg(&ix)
        .output()
        .unwrap();
    assert_eq!(via_index.stdout, out.stdout);
    for args in [
        &["lineage", "res:cosp:1/1", "--format", "json"][..],
        &["report", "--format", "json"][..],
        &["graph", "--format", "json"][..],
    ] {
        let a = uncite().args(args).arg(ps).output().unwrap();
        assert!(a.status.success(), "{args:?}");
        let b = uncite()
            .args(args)
            .arg("--index")
            .arg(&ix)
            .output()
            .unwrap();
        assert!(b.status.success(), "{args:?}");
        assert_eq!(a.stdout, b.stdout, "{args:?}");
    }
    let graph: serde_json::Value = serde_json::from_slice(
        &uncite()
            .args(["graph", "--format", "json", ps])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let mentions: usize = graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["evidence"].as_array().unwrap().len())
        .sum();
    assert_eq!(mentions, 20_000);
    let site = dir.path().join("site");
    uncite()
        .args(["site", "--no-svg", "-o"])
        .arg(&site)
        .arg(ps)
        .assert()
        .success();
    assert!(site.join("index.html").is_file());
}

// 4. Clean exits.

#[test]
fn completions_and_man_exit_cleanly() {
    for args in [
        &["completions", "bash"][..],
        &["completions", "zsh"][..],
        &["man"][..],
    ] {
        // A closed pipe: exit 0, nothing said.
        let (r, w) = std::io::pipe().unwrap();
        drop(r);
        let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("uncite"))
            .args(args)
            .stdout(w)
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        // A full disk: exit 2 and why.
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("uncite"))
            .args(args)
            .stdout(full)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains("No space left on device") && !err.contains("panicked"),
            "{err}"
        );
    }
}

// 5. Depth.

#[test]
fn a_huge_depth_costs_the_diameter() {
    let deep = uncite()
        .timeout(Duration::from_secs(20))
        .args(["graph", "--focus", "article 46", "--depth", "4294967294"])
        .output()
        .unwrap();
    assert!(deep.status.success());
    let dir = tempfile::tempdir().unwrap();
    let ix = dir.path().join("c.uncite");
    uncite()
        .args(["index", "-q", "data/corpus", "-o"])
        .arg(&ix)
        .assert()
        .success();
    let deep_ix = uncite()
        .timeout(Duration::from_secs(20))
        .args([
            "graph",
            "--focus",
            "article 46",
            "--depth",
            "4294967294",
            "--index",
        ])
        .arg(&ix)
        .output()
        .unwrap();
    assert_eq!(deep_ix.stdout, deep.stdout);
    let shallow = uncite()
        .args(["graph", "--focus", "article 46", "--depth", "1000"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&deep.stdout),
        String::from_utf8_lossy(&shallow.stdout).replace("(depth 1000)", "(depth 4294967294)")
    );
    uncite()
        .timeout(Duration::from_secs(20))
        .args([
            "lineage",
            "res:cosp:6/2",
            "--depth",
            "4294967294",
            "--index",
        ])
        .arg(&ix)
        .assert()
        .success();
}

// 6. The minor defects.

#[test]
fn a_flipped_bit_in_the_index_is_corrupt() {
    let dir = tempfile::tempdir().unwrap();
    let ix = dir.path().join("c.uncite");
    uncite()
        .args(["index", "-q", "data/corpus", "-o"])
        .arg(&ix)
        .assert()
        .success();
    let good = std::fs::read(&ix).unwrap();
    let at =
        |k: usize| u64::from_le_bytes(good[11 + 8 * k..19 + 8 * k].try_into().unwrap()) as usize;
    let (records, records_end) = (at(3), at(4));
    let spots = [
        20,
        good.len() / 3,
        good.len() / 2,
        good.len() * 2 / 3,
        good.len() - 100,
        good.len() - 1,
    ];
    for spot in spots
        .into_iter()
        .filter(|s| !(records..records_end).contains(s))
    {
        let mut bad = good.clone();
        bad[spot] ^= 0x10;
        std::fs::write(&ix, &bad).unwrap();
        let out = uncite()
            .args(["report", "--index"])
            .arg(&ix)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "byte {spot}: {err}");
        assert!(
            err.contains("corrupt or truncated uncite index"),
            "byte {spot}: {err}"
        );
    }
    // The records section (read only by a re-index) is checked when a
    // re-index would reuse it: a flipped bit there means extracting afresh.
    assert!(records < records_end);
    let mut bad = good.clone();
    bad[(records + records_end) / 2] ^= 1;
    std::fs::write(&ix, &bad).unwrap();
    uncite()
        .args(["report", "--index"])
        .arg(&ix)
        .assert()
        .success();
    uncite()
        .args(["index", "data/corpus", "-o"])
        .arg(&ix)
        .assert()
        .success()
        .stderr(
            predicate::str::contains("corrupt")
                .and(predicate::str::contains("indexing every file again")),
        );
    assert_eq!(std::fs::read(&ix).unwrap(), good);
}

#[test]
fn tsv_fields_are_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("a\tb\nc\\d.txt");
    std::fs::write(&p, "Recalling its resolution 6/2,\n").unwrap();
    let out = uncite()
        .args(["extract", "--format", "tsv"])
        .arg(&p)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    let fields: Vec<&str> = lines[1].split('\t').collect();
    assert_eq!(fields.len(), 9, "{text}");
    assert!(fields[0].ends_with("a\\tb\\nc\\\\d.txt"), "{}", fields[0]);
    // A mention across a line break keeps its newline, escaped.
    let q = dir.path().join("wrapped.txt");
    std::fs::write(&q, "Recalling its resolution\n6/2 of the Conference,\n").unwrap();
    let out = uncite()
        .args(["extract", "--format", "tsv"])
        .arg(&q)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(text.contains("resolution\\n6/2"), "{text}");
}

#[test]
fn stale_temporary_files_of_a_killed_index_are_removed() {
    let dir = tempfile::tempdir().unwrap();
    let ix = dir.path().join("c.uncite");
    // As a killed `index` leaves them (pid 0: no such process).
    let stale = dir.path().join(".c.uncite.uncite-0-12345.tmp");
    let foreign = dir.path().join(".c.uncite.mine.tmp");
    let other = dir.path().join(".d.uncite.uncite-0-1.tmp");
    for p in [&stale, &foreign, &other] {
        std::fs::write(p, "half an index").unwrap();
    }
    std::thread::sleep(Duration::from_millis(20));
    uncite()
        .args(["index", "-q", "data/corpus", "-o"])
        .arg(&ix)
        .assert()
        .success();
    assert!(!stale.exists());
    assert!(foreign.exists() && other.exists());
}

#[test]
fn annotated_markdown_is_inert() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("evil.md");
    std::fs::write(
        &p,
        "Recalling its resolution 6/2 <script>alert(1)</script> and \
         [click](javascript:alert(document.cookie)) or [x](data:text/html,hi) \
         but [ok](https://www.unodc.org/) and [rel](other.md).\n",
    )
    .unwrap();
    let out = uncite()
        .args(["annotate", "--format", "markdown"])
        .arg(&p)
        .output()
        .unwrap();
    assert!(out.status.success());
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(!md.contains("<script"), "{md}");
    assert!(md.contains("&lt;script>"), "{md}");
    assert!(!md.contains("javascript:") && !md.contains("data:"), "{md}");
    assert!(md.contains("[click](#)"), "{md}");
    assert!(
        md.contains("[ok](https://www.unodc.org/)") && md.contains("[rel](other.md)"),
        "{md}"
    );
    assert!(
        md.contains("res_cosp_6~2") || md.contains("resolution 6/2]("),
        "{md}"
    );
}

#[test]
fn site_base_refuses_script_urls() {
    for bad in [
        "javascript:alert(1)",
        "JavaScript:x",
        "data:text/html,x",
        "a\"b",
        "x y",
    ] {
        uncite()
            .args(["annotate", FIXTURE, "--site-base", bad])
            .assert()
            .code(2)
            .stdout("");
    }
    for good in ["site/node/", "https://example.org/uncite/node/", "../node"] {
        uncite()
            .args(["annotate", FIXTURE, "-o", "/dev/null", "--site-base", good])
            .assert()
            .success();
    }
}

#[test]
fn control_characters_in_names_are_escaped_in_messages() {
    let out = uncite()
        .args(["extract", "/nonexistent/evil\x1b[31mred\nsecond-line.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(!err.contains('\x1b'), "{err:?}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err:?}");
    assert!(err.contains("\\u{1b}[31mred\\nsecond-line.txt"), "{err:?}");
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("bin\x07ary\n.txt");
    std::fs::write(&p, b"a\0b").unwrap();
    let out = uncite().arg("extract").arg(&p).output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        !err.contains('\x07') && err.trim_end().lines().count() == 1,
        "{err:?}"
    );
}
