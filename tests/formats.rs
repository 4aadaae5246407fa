//! Documents as the UN publishes them: PDF, Word and web pages made from the
//! bundled corpus in the UN layout (tests/common/docgen.rs) must give the
//! references of the text they were made from; malformed files get a clear
//! message naming them, exit 2, and the other files are still read.

mod common {
    pub mod docgen;
}

use assert_cmd::Command;
use common::docgen::{self, Masthead};
use std::collections::BTreeMap;
use std::path::Path;
use uncite::document::{extract_document, extract_source};
use uncite::load::{Loaded, load_path};

fn uncite() -> Command {
    Command::cargo_bin("uncite").unwrap()
}

/// Whether PDFs can be tested: pdftotext on PATH. CI installs it
/// (`.ci/run`), so there its absence fails; locally it is a note.
fn have_pdftotext() -> bool {
    let ok = std::process::Command::new("pdftotext")
        .arg("-v")
        .output()
        .is_ok();
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "pdftotext (poppler-utils) must be installed in CI"
        );
        eprintln!(
            "note: pdftotext not on PATH; PDF checks skipped (apt-get install poppler-utils)"
        );
    }
    ok
}

/// The bundled corpus with the masthead each document has.
const CORPUS: [(&str, Masthead<'static>); 5] = [
    (
        "cosp10-secretariat-report-2023",
        Masthead {
            symbol: "CAC/COSP/2023/15",
            date: "29 September 2023",
            job: "V.23-18571 (E)",
        },
    ),
    (
        "cosp7-annotated-agenda",
        Masthead {
            symbol: "CAC/COSP/2017/1/Add.1",
            date: "25 August 2017",
            job: "V.17-05977 (E)",
        },
    ),
    (
        "cosp7-report",
        Masthead {
            symbol: "CAC/COSP/2017/14",
            date: "23 November 2017",
            job: "V.17-08797 (E)",
        },
    ),
    (
        "eg-ic-7-report-2018",
        Masthead {
            symbol: "CAC/COSP/EG.1/2018/4",
            date: "14 November 2018",
            job: "V.18-07826 (E)",
        },
    ),
    (
        "wg-prevention-2020-background",
        Masthead {
            symbol: "CAC/COSP/WG.4/2020/2",
            date: "22 June 2020",
            job: "V.20-03190 (E)",
        },
    ),
];

type Key = (String, String, String);

/// (source, target, relation) of each reference, the document's own ID
/// (a symbol the generated masthead adds, or the file stem) as "SELF".
fn keys(doc: &uncite::Document) -> BTreeMap<Key, usize> {
    let own = doc.id.to_string();
    let mut m = BTreeMap::new();
    for r in &doc.references {
        let s = r.source.to_string();
        let s = if s == own { "SELF".into() } else { s };
        *m.entry((s, r.target.to_string(), r.relation.as_str().to_string()))
            .or_insert(0) += 1;
    }
    m
}

/// Matched, source total, generated total; the differences listed.
fn compare(
    a: &BTreeMap<Key, usize>,
    b: &BTreeMap<Key, usize>,
    diffs: &mut Vec<String>,
    what: &str,
) -> (usize, usize, usize) {
    let mut matched = 0;
    for (k, &n) in a {
        let m = b.get(k).copied().unwrap_or(0);
        matched += n.min(m);
        if n > m {
            diffs.push(format!("{what}: missing {k:?} x{}", n - m));
        }
    }
    for (k, &m) in b {
        let n = a.get(k).copied().unwrap_or(0);
        if m > n {
            diffs.push(format!("{what}: extra {k:?} x{}", m - n));
        }
    }
    (matched, a.values().sum(), b.values().sum())
}

/// Every span of a loaded file is its text's bytes; every PDF reference
/// has a page, within the document.
fn check_spans(src: &uncite::load::Source, doc: &uncite::Document) {
    for r in &doc.references {
        assert_eq!(&src.text[r.start..r.end], r.text, "{}: span", src.name);
        if src.kind == uncite::load::Kind::Pdf {
            let p = r.page.expect("a PDF reference has a page");
            assert!(
                p >= 1 && p as usize <= src.pages.len(),
                "{}: page {p}",
                src.name
            );
        } else {
            assert_eq!(r.page, None);
        }
    }
}

#[test]
fn generated_pdf_docx_and_html_give_the_source_texts_references() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = have_pdftotext();
    let mut totals: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    let mut diffs = Vec::new();
    for (stem, m) in &CORPUS {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("data/corpus/{stem}.txt"));
        let original = std::fs::read_to_string(&path).unwrap();
        let want = keys(&extract_document(stem, &original));
        let text = docgen::rendered(&original);
        let mut made: Vec<(&str, Vec<u8>)> = vec![
            ("docx", docgen::docx(&text, m)),
            ("html", docgen::html(&text, m).into_bytes()),
        ];
        if pdf {
            made.push(("pdf", docgen::pdf(&text, m)));
        }
        for (ext, bytes) in made {
            let p = dir.path().join(format!("{stem}.{ext}"));
            std::fs::write(&p, bytes).unwrap();
            let Loaded::Text(src) = load_path(&p) else {
                panic!("{} did not load", p.display());
            };
            let doc = extract_source(&src);
            check_spans(&src, &doc);
            let got = keys(&doc);
            let (a, b, c) = compare(&want, &got, &mut diffs, &format!("{stem}.{ext}"));
            let t = totals.entry(ext).or_default();
            *t = (t.0 + a, t.1 + b, t.2 + c);
        }
    }
    for d in &diffs {
        eprintln!("{d}");
    }
    for (ext, (m, s, g)) in &totals {
        let (r, p) = (*m as f64 / *s as f64, *m as f64 / *g as f64);
        eprintln!("{ext}: {m} of {s} source references matched (R={r:.4}), {g} found (P={p:.4})");
        assert!(r >= 0.99 && p >= 0.99, "{ext}: R={r:.4} P={p:.4}");
    }
}

/// What no reader sees on a page is not read: scripts, styles, menus and
/// comments of the generated pages hold references that must not appear.
#[test]
fn html_scripts_styles_and_menus_are_not_read() {
    let m = &CORPUS[2].1;
    let page = docgen::html("Recalling its resolution 6/2,\n", m);
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("page.html");
    std::fs::write(&p, &page).unwrap();
    let out = uncite()
        .args(["extract", "--format", "text"])
        .arg(&p)
        .output()
        .unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("res:cosp:6/2"), "{s}");
    for hidden in [
        "9/9",
        "8/8",
        "99/999",
        "7/99",
        "art:uncac:99",
        "9/98",
        "9/97",
    ] {
        assert!(!s.contains(hidden), "{hidden} in {s}");
    }
    // Offsets are the file's: the mention's bytes in the page itself.
    let out = uncite().args(["extract"]).arg(&p).output().unwrap();
    let line = String::from_utf8_lossy(&out.stdout)
        .lines()
        .next()
        .unwrap()
        .to_string();
    let v: serde_json::Value = serde_json::from_str(&line).unwrap();
    let (a, b) = (
        v["start"].as_u64().unwrap() as usize,
        v["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&page[a..b], v["text"].as_str().unwrap());
}

/// `uncite text` prints the text the spans point into: each reference's
/// `text` is the bytes `start..end` of it, and a PDF's carry their page.
#[test]
fn text_prints_what_the_spans_refer_to() {
    let dir = tempfile::tempdir().unwrap();
    let (stem, m) = &CORPUS[4];
    let original = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("data/corpus/{stem}.txt")),
    )
    .unwrap();
    let text = docgen::rendered(&original);
    let mut files = vec![("docx", docgen::docx(&text, m))];
    if have_pdftotext() {
        files.push(("pdf", docgen::pdf(&text, m)));
    }
    for (ext, bytes) in files {
        let p = dir.path().join(format!("doc.{ext}"));
        std::fs::write(&p, bytes).unwrap();
        let shown = uncite().arg("text").arg(&p).output().unwrap();
        assert!(shown.status.success());
        let out = uncite().arg("extract").arg(&p).output().unwrap();
        assert!(out.status.success());
        let refs: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert!(refs.len() > 40, "{ext}: {}", refs.len());
        for r in &refs {
            let (a, b) = (
                r["start"].as_u64().unwrap() as usize,
                r["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&shown.stdout[a..b], r["text"].as_str().unwrap().as_bytes());
            assert_eq!(r.get("page").is_some(), ext == "pdf", "{r}");
        }
        if ext == "pdf" {
            // Pages run from 1 to the last, in order.
            let pages: Vec<u64> = refs.iter().map(|r| r["page"].as_u64().unwrap()).collect();
            assert!(
                pages.windows(2).all(|w| w[0] <= w[1])
                    && pages[0] >= 1
                    && *pages.last().unwrap() > 1
            );
            // Evidence shows the page.
            let cites = uncite().args(["cites", "3/2"]).arg(&p).output().unwrap();
            let s = String::from_utf8_lossy(&cites.stdout);
            assert!(s.contains("doc.pdf:") && s.contains("(p. "), "{s}");
        }
    }
}

/// A folder of every kind: each file is read or reported. Broken files
/// get a message naming them and exit 2; the good ones are all read.
#[test]
fn a_folder_of_every_kind_reads_or_reports_each_file() {
    let pdf = have_pdftotext();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let m = &CORPUS[2].1;
    let body = "The Conference,\n\nRecalling its resolution 6/2,\n";
    std::fs::write(d.join("a.docx"), docgen::docx(body, m)).unwrap();
    std::fs::write(d.join("b.html"), docgen::html(body, m)).unwrap();
    std::fs::write(d.join("c.txt"), body).unwrap();
    std::fs::write(
        d.join("notes.xlsx"),
        docgen::zip_of(&[("xl/workbook.xml", b"<w/>")]),
    )
    .unwrap();
    std::fs::write(d.join("data.json"), "{}").unwrap();
    // A zip that is not a Word document, named as one.
    std::fs::write(
        d.join("z.docx"),
        docgen::zip_of(&[("content.xml", b"<x/>")]),
    )
    .unwrap();
    if pdf {
        std::fs::write(d.join("good.pdf"), docgen::pdf(body, m)).unwrap();
        std::fs::write(d.join("enc.pdf"), docgen::pdf_encrypted()).unwrap();
        std::fs::write(d.join("scan.pdf"), docgen::pdf_scanned()).unwrap();
        let whole = docgen::pdf(body, m);
        std::fs::write(d.join("cut.pdf"), &whole[..whole.len() / 2]).unwrap();
    }
    let out = uncite()
        .args(["extract", "--format", "text"])
        .arg(d)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let err = String::from_utf8_lossy(&out.stderr);
    for f in ["a.docx", "b.html", "c.txt"] {
        assert!(
            stdout.contains(&format!("{f}:")) && stdout.contains("res:cosp:6/2"),
            "{f}: {stdout}"
        );
    }
    assert!(
        err.contains("z.docx: a zip archive but not a Word document"),
        "{err}"
    );
    if pdf {
        assert!(stdout.contains("good.pdf:"), "{stdout}");
        assert!(err.contains("enc.pdf: encrypted PDF"), "{err}");
        assert!(
            err.contains("scan.pdf: scanned PDF with no text layer: OCR it first"),
            "{err}"
        );
        assert!(err.contains("cut.pdf: truncated PDF"), "{err}");
        assert!(err.contains(
            "read 4 files (1 DOCX, 1 HTML, 1 PDF, 1 text); skipped 2 (1 unsupported .json, 1 unsupported .xlsx); failed 4 (1 encrypted PDF, 1 scanned PDF, 1 truncated PDF, 1 zip, not DOCX)"
        ), "{err}");
    } else {
        assert!(err.contains("read 3 files"), "{err}");
    }
    // -v names the files not read.
    let out = uncite().args(["extract", "-v"]).arg(d).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("notes.xlsx: unsupported: .xlsx; skipped"),
        "{err}"
    );
    assert!(
        err.contains("data.json: unsupported: .json; skipped"),
        "{err}"
    );
    // The graph commands read the same files, and also end with 2.
    let out = uncite().args(["cites", "6/2"]).arg(d).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stdout).contains("b.html"));
}

/// A DOCX whose document inflates past the limit is refused after reading
/// no more than the limit (here 1M, the document 8 MB of one letter).
#[test]
fn a_docx_bomb_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("bomb.docx");
    let doc = format!(
        "<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:body></w:document>",
        "a".repeat(8 << 20)
    );
    let zip = docgen::zip_of(&[("word/document.xml", doc.as_bytes())]);
    assert!(zip.len() < 100_000, "{}", zip.len());
    std::fs::write(&p, zip).unwrap();
    uncite()
        .args(["extract", "--max-filesize", "1M"])
        .arg(&p)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "bomb.docx: DOCX part word/document.xml inflates to more than 1M (a zip bomb?): refused",
        ));
}

/// Without pdftotext a PDF gets a message that says what to install; the
/// other files are still read. (`UNCITE_PDFTOTEXT` names the extractor.)
#[test]
fn a_pdf_without_pdftotext_says_what_to_install() {
    let dir = tempfile::tempdir().unwrap();
    let m = &CORPUS[2].1;
    std::fs::write(dir.path().join("a.pdf"), docgen::pdf("resolution 6/2\n", m)).unwrap();
    std::fs::write(dir.path().join("b.txt"), "Recalling its resolution 6/2,\n").unwrap();
    uncite()
        .env("UNCITE_PDFTOTEXT", "/nonexistent/pdftotext")
        .args(["extract", "--format", "text"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stdout(predicates::str::contains("b.txt:1: res:cosp:6/2"))
        .stderr(predicates::str::contains(
            "a.pdf: PDF needs pdftotext (poppler-utils) on PATH",
        ));
}

/// An index of PDFs keeps each evidence's page and reads its sentence back
/// from the PDF's text (extracted again), not from the PDF's bytes.
#[test]
fn an_index_of_pdfs_quotes_sentences_with_their_page() {
    if !have_pdftotext() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (stem, m) = &CORPUS[2];
    let original = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("data/corpus/{stem}.txt")),
    )
    .unwrap();
    let pdf = dir.path().join("report.pdf");
    std::fs::write(&pdf, docgen::pdf(&docgen::rendered(&original), m)).unwrap();
    let ix = dir.path().join("r.uncite");
    uncite()
        .args(["index", "-q", "-o"])
        .arg(&ix)
        .arg(&pdf)
        .assert()
        .success();
    let direct = uncite()
        .args(["cites", "res:ga:70/1"])
        .arg(&pdf)
        .output()
        .unwrap();
    let indexed = uncite()
        .args(["cites", "res:ga:70/1", "--index"])
        .arg(&ix)
        .output()
        .unwrap();
    let s = String::from_utf8_lossy(&indexed.stdout);
    assert!(
        s.contains("report.pdf:")
            && s.contains("(p. ")
            && s.contains("General Assembly resolution 70/1"),
        "{s}"
    );
    assert_eq!(direct.stdout, indexed.stdout);
}
