//! Sentence-level regression cases: sentences taken from the bundled corpus
//! (data/corpus/*.txt) or from the annotated documents (tests/annotated/)
//! with the references each must yield, per the contract in REFERENCE-IDS.md.
//!
//! - `tests/cases/sentences.jsonl`: cases that must pass; every failure is
//!   collected and reported at once.
//! - `tests/cases/known_gaps.jsonl`: open gaps, as data. Each case is right
//!   per the contract, the extractor does not get it yet, and its `note`
//!   names the audit that found it. `known_gaps_are_reported` runs them all
//!   and FAILS when one of them passes: a fixed gap must move into
//!   `sentences.jsonl` (so it stays fixed). The file may be empty.
//!
//! Every case's text must occur verbatim in its document: `doc` names
//! `data/corpus/{doc}.txt`, or, when it starts with `annotated/`,
//! `tests/{doc}.txt`; that check applies to both files and fails.

use serde_json::Value;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

const CONFERENCE_HEADER: &str =
    "Conference of the States Parties to the United Nations Convention against Corruption\n\n";
const GA_HEADER: &str = "General Assembly\n\n";

#[derive(Debug)]
struct Expect {
    target: String,
    relation: Option<String>,
}

#[derive(Debug)]
struct Case {
    /// 1-based line in its jsonl file.
    line: usize,
    doc: String,
    context: String,
    text: String,
    expect: Vec<Expect>,
    absent: Vec<String>,
    note: String,
}

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn str_field(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_string)
}

fn load_cases(path: &Path) -> Vec<Case> {
    let Ok(data) = fs::read_to_string(path) else {
        return Vec::new();
    };
    let mut cases = Vec::new();
    for (i, raw) in data.lines().enumerate() {
        let raw = raw.trim();
        if raw.is_empty() || raw.starts_with("//") {
            continue;
        }
        let where_ = format!("{}:{}", path.display(), i + 1);
        let v: Value =
            serde_json::from_str(raw).unwrap_or_else(|e| panic!("{where_}: bad JSON: {e}"));
        let text = str_field(&v, "text").unwrap_or_else(|| panic!("{where_}: no `text`"));
        let doc = str_field(&v, "doc").unwrap_or_else(|| panic!("{where_}: no `doc`"));
        let context = str_field(&v, "context").unwrap_or_else(|| "conference".to_string());
        assert!(
            matches!(context.as_str(), "conference" | "ga" | "none"),
            "{where_}: unknown context `{context}`"
        );
        let expect = v
            .get("expect")
            .and_then(Value::as_array)
            .map(|items| {
                items
                    .iter()
                    .map(|e| Expect {
                        target: str_field(e, "target")
                            .unwrap_or_else(|| panic!("{where_}: expect item without `target`")),
                        relation: str_field(e, "relation"),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let absent = v
            .get("absent")
            .and_then(Value::as_array)
            .map(|items| {
                items
                    .iter()
                    .filter_map(|a| a.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let note = str_field(&v, "note").unwrap_or_default();
        cases.push(Case {
            line: i + 1,
            doc,
            context,
            text,
            expect,
            absent,
            note,
        });
    }
    cases
}

fn wrap(case: &Case) -> String {
    match case.context.as_str() {
        "conference" => format!("{CONFERENCE_HEADER}{}", case.text),
        "ga" => format!("{GA_HEADER}{}", case.text),
        _ => case.text.clone(),
    }
}

/// What the extractor produced: (target, relation, text) per reference, plus
/// any span problems.
fn run(case: &Case) -> (Vec<(String, String, String)>, Vec<String>) {
    let wrapped = wrap(case);
    let doc = uncite::extract_document("case.txt", &wrapped);
    let mut got = Vec::new();
    let mut problems = Vec::new();
    for r in &doc.references {
        let target = r.target.to_string();
        match wrapped.get(r.start..r.end) {
            Some(span) if span == r.text => {}
            Some(span) => problems.push(format!(
                "span of {target}: text {:?} but bytes {}..{} are {:?}",
                r.text, r.start, r.end, span
            )),
            None => problems.push(format!(
                "span of {target}: bytes {}..{} not in the text (len {})",
                r.start,
                r.end,
                wrapped.len()
            )),
        }
        got.push((target, r.relation.as_str().to_string(), r.text.clone()));
    }
    (got, problems)
}

/// Compares a case with the extractor's output; `None` when it passes.
fn check(case: &Case) -> Option<String> {
    let (got, mut problems) = run(case);
    let got_targets: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    let want_targets: Vec<&str> = case.expect.iter().map(|e| e.target.as_str()).collect();
    if got_targets != want_targets {
        problems.push("targets differ".to_string());
    } else {
        for (e, g) in case.expect.iter().zip(&got) {
            if let Some(rel) = &e.relation
                && rel != &g.1
            {
                problems.push(format!(
                    "{}: relation {} expected, got {} (text {:?})",
                    e.target, rel, g.1, g.2
                ));
            }
        }
    }
    for a in &case.absent {
        if got_targets.contains(&a.as_str()) {
            problems.push(format!("{a} must not be produced"));
        }
    }
    if problems.is_empty() {
        return None;
    }
    let mut out = String::new();
    let _ = writeln!(out, "  text:     {:?}", case.text);
    if !case.note.is_empty() {
        let _ = writeln!(out, "  note:     {}", case.note);
    }
    let want: Vec<String> = case
        .expect
        .iter()
        .map(|e| match &e.relation {
            Some(r) => format!("{} ({r})", e.target),
            None => format!("{} (any)", e.target),
        })
        .collect();
    let have: Vec<String> = got
        .iter()
        .map(|(t, r, x)| format!("{t} ({r}) {x:?}"))
        .collect();
    let _ = writeln!(out, "  expected: [{}]", want.join(", "));
    let _ = writeln!(out, "  got:      [{}]", have.join(", "));
    for p in problems {
        let _ = writeln!(out, "  - {p}");
    }
    Some(out)
}

/// Where a case's `doc` lives: `data/corpus/{doc}.txt`, or
/// `tests/annotated/...` for a document of an annotated set.
fn doc_path(doc: &str) -> PathBuf {
    if doc.starts_with("annotated/") {
        manifest_dir().join("tests").join(format!("{doc}.txt"))
    } else {
        manifest_dir()
            .join("data/corpus")
            .join(format!("{doc}.txt"))
    }
}

fn corpus_text(doc: &str) -> Option<String> {
    fs::read_to_string(doc_path(doc)).ok()
}

fn check_verbatim(file: &str, cases: &[Case]) -> Vec<String> {
    let mut errors = Vec::new();
    for c in cases {
        match corpus_text(&c.doc) {
            None => errors.push(format!(
                "{file}:{}: no document {}",
                c.line,
                doc_path(&c.doc).display()
            )),
            Some(body) if !body.contains(&c.text) => errors.push(format!(
                "{file}:{}: text not verbatim in {}: {:?}",
                c.line,
                doc_path(&c.doc).display(),
                c.text
            )),
            Some(_) => {}
        }
    }
    errors
}

#[test]
fn sentence_cases() {
    let dir = manifest_dir().join("tests/cases");
    let cases = load_cases(&dir.join("sentences.jsonl"));
    assert!(!cases.is_empty(), "no cases in tests/cases/sentences.jsonl");

    let mut failures = check_verbatim("sentences.jsonl", &cases);
    let mut passed = 0;
    for c in &cases {
        match check(c) {
            None => passed += 1,
            Some(report) => {
                failures.push(format!("sentences.jsonl:{} [{}]\n{report}", c.line, c.doc))
            }
        }
    }
    eprintln!("sentence cases: {passed} of {} pass", cases.len());
    assert!(
        failures.is_empty(),
        "{} sentence case problem(s):\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Every case of `known_gaps.jsonl` must still fail: a listed gap that
/// passes fails this test, so that it is moved into `sentences.jsonl`.
/// The open ones are reported on stderr.
#[test]
fn known_gaps_are_reported() {
    let dir = manifest_dir().join("tests/cases");
    let gaps = load_cases(&dir.join("known_gaps.jsonl"));
    let errors = check_verbatim("known_gaps.jsonl", &gaps);
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    let mut fixed = Vec::new();
    for c in &gaps {
        match check(c) {
            Some(report) => eprintln!(
                "known gap known_gaps.jsonl:{} [{}]\n{report}",
                c.line, c.doc
            ),
            None => fixed.push(format!("known_gaps.jsonl:{} {:?}", c.line, c.text)),
        }
    }
    eprintln!(
        "known gaps: {} open, {} fixed",
        gaps.len() - fixed.len(),
        fixed.len()
    );
    assert!(
        fixed.is_empty(),
        "known gap(s) now pass: move them from tests/cases/known_gaps.jsonl \
         into tests/cases/sentences.jsonl:\n{}",
        fixed.join("\n")
    );
}
