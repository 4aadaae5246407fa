//! The annotated document sets (`tests/annotated/`), scored on every
//! `cargo test`.
//!
//! `tests/annotated/manifest.toml` names each set: its folder, where its text
//! came from and its floor (minimum precision and recall). A set's folder
//! holds `NAME.txt` documents and `NAME.expected.jsonl` hand annotations,
//! one expected reference a line:
//!
//! - `target`, `relation`, `source`, `line`, `text`, `kind`: the reference
//!   the contract (REFERENCE-IDS.md) asks for, on that line of the document;
//! - `alt_relations`, `alt_sources` (optional): also accepted, where the
//!   contract is ambiguous;
//! - `optional: true` (anaphora and the like): counted when found, dropped
//!   when not;
//! - `note`: the annotator's reason.
//!
//! Each document is run through `uncite::extract_document(path, text)`, the
//! call `uncite extract` makes, and its references are matched against the
//! expectations. The matching is greedy, nearest line first, in four passes:
//! exact (primary relation and source) within two lines, then acceptable
//! (primary or alternative relation and source) within two lines, then the
//! same two anywhere in the document; a reference matches one expectation at
//! most and always has the expectation's target. Precision is matched /
//! printed, recall matched / expected, summed over the set's documents. (These
//! are the rules of the Python scorer that used to score the sets from
//! `.ci/run`; the numbers are the same to three decimals.) A "target-only"
//! score (relation and source ignored) is printed beside it: it separates
//! recognition errors from relation and source errors.
//!
//! The test fails when
//! - a set's precision or recall, at three decimals, is below its floor;
//! - a document has a miss (an expectation nothing matched) or an extra (a
//!   reference no expectation matched) not listed in
//!   `tests/annotated/known-gaps.jsonl`;
//! - a gap listed there no longer occurs: it is fixed, and its line must go
//!   (then raise the set's floor).
//!
//! `UNCITE_REWRITE_GAPS=1 cargo test --test annotated` rewrites
//! `known-gaps.jsonl` from the run (reasons kept), after a change that closes
//! gaps on purpose: review the diff, then raise the floors.
//!
//! A gap is keyed by set, document, kind (`miss` / `extra`), target,
//! relation, source and line; `reason` says why it is open (from the set's
//! FINDINGS.md). On failure the unlisted gaps are printed as ready-made
//! lines for the file.
//!
//! See the per-set table: `cargo test --release --test annotated -- --nocapture`.

use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
struct Manifest {
    /// The floor of all the real documents together (sets whose `origin`
    /// starts with "real:"): issue 17's bar, raised as the tool improves.
    real_corpus: RealFloor,
    set: Vec<Set>,
}

#[derive(Deserialize)]
struct RealFloor {
    min_documents: usize,
    min_references: usize,
    min_precision: f64,
    min_recall: f64,
    /// Of the references whose target is right, the share whose relation
    /// and source are right too.
    min_relation: f64,
}

#[derive(Deserialize)]
struct Set {
    name: String,
    folder: String,
    description: String,
    origin: String,
    min_precision: f64,
    min_recall: f64,
}

/// One line of `NAME.expected.jsonl`.
struct Expected {
    target: String,
    relation: String,
    source: String,
    alt_relations: Vec<String>,
    alt_sources: Vec<String>,
    optional: bool,
    line: usize,
    text: String,
}

/// One reference the extractor printed.
struct Got {
    target: String,
    relation: String,
    source: String,
    line: usize,
    text: String,
    anaphora: bool,
}

/// A miss or an extra: the key of a line of `known-gaps.jsonl`.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Gap {
    set: String,
    doc: String,
    kind: &'static str,
    target: String,
    relation: String,
    source: String,
    line: usize,
}

impl Gap {
    /// Its line for `known-gaps.jsonl`, fields in reading order.
    fn json(&self, reason: &str) -> String {
        let q = |s: &str| serde_json::to_string(s).unwrap();
        format!(
            "{{\"set\":{},\"doc\":{},\"kind\":{},\"target\":{},\"relation\":{},\"source\":{},\"line\":{},\"reason\":{}}}",
            q(&self.set),
            q(&self.doc),
            q(self.kind),
            q(&self.target),
            q(&self.relation),
            q(&self.source),
            self.line,
            q(reason)
        )
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/annotated")
}

fn string(v: &Value, key: &str) -> String {
    v[key].as_str().unwrap_or_default().to_string()
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

fn load_expected(path: &Path) -> Vec<Expected> {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(k, l)| {
            let v: Value = serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), k + 1));
            Expected {
                target: string(&v, "target"),
                relation: string(&v, "relation"),
                source: string(&v, "source"),
                alt_relations: strings(&v, "alt_relations"),
                alt_sources: strings(&v, "alt_sources"),
                optional: v["optional"].as_bool().unwrap_or(false),
                line: v["line"].as_u64().expect("line") as usize,
                text: string(&v, "text"),
            }
        })
        .collect()
}

fn extract(path: &Path) -> (String, Vec<Got>) {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let doc = uncite::extract_document(&path.to_string_lossy(), &text);
    let got = doc
        .references
        .iter()
        .map(|r| Got {
            target: r.target.to_string(),
            relation: r.relation.as_str().to_string(),
            source: r.source.to_string(),
            line: r.line,
            text: r.text.clone(),
            anaphora: r.anaphora,
        })
        .collect();
    (text, got)
}

/// Pairs expectation index -> reference index: greedy, nearest line first,
/// exact within two lines, then `acceptable` within two lines, then the same
/// two anywhere. On equal distance the earlier reference wins.
fn pair(
    exp: &[&Expected],
    got: &[Got],
    acceptable: impl Fn(&Expected, &Got) -> bool,
) -> BTreeMap<usize, usize> {
    let mut used = vec![false; got.len()];
    let mut pairs = BTreeMap::new();
    // Same line first: a mention on the line the annotator gave is that
    // mention, whatever relation a neighbour's would match exactly.
    for (exact, window) in [
        (false, Some(0)),
        (true, Some(2)),
        (false, Some(2)),
        (true, None),
        (false, None),
    ] {
        for (i, e) in exp.iter().enumerate() {
            if pairs.contains_key(&i) {
                continue;
            }
            let mut best: Option<(usize, usize)> = None;
            for (j, g) in got.iter().enumerate() {
                if used[j] || g.target != e.target {
                    continue;
                }
                let d = g.line.abs_diff(e.line);
                if window.is_some_and(|w| d > w) {
                    continue;
                }
                let ok = if exact {
                    g.relation == e.relation && g.source == e.source
                } else {
                    acceptable(e, g)
                };
                if ok && best.is_none_or(|(bd, _)| d < bd) {
                    best = Some((d, j));
                }
            }
            if let Some((_, j)) = best {
                pairs.insert(i, j);
                used[j] = true;
            }
        }
    }
    pairs
}

fn acceptable(e: &Expected, g: &Got) -> bool {
    (g.relation == e.relation || e.alt_relations.contains(&g.relation))
        && (g.source == e.source || e.alt_sources.contains(&g.source))
}

#[derive(Default, Clone, Copy)]
struct Count {
    exp: usize,
    got: usize,
    tp: usize,
    /// Matched with relation and source ignored.
    ttp: usize,
}

impl std::ops::AddAssign for Count {
    fn add_assign(&mut self, o: Count) {
        self.exp += o.exp;
        self.got += o.got;
        self.tp += o.tp;
        self.ttp += o.ttp;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

impl Count {
    fn p(&self) -> f64 {
        ratio(self.tp, self.got)
    }
    fn r(&self) -> f64 {
        ratio(self.tp, self.exp)
    }
    fn row(&self, name: &str) -> String {
        format!(
            "{name:28} {:4} {:4} {:4} {:6.3} {:6.3}   {:.3}/{:.3}",
            self.exp,
            self.got,
            self.tp,
            self.p(),
            self.r(),
            ratio(self.ttp, self.got),
            ratio(self.ttp, self.exp)
        )
    }
}

/// A score as printed, three decimals: the floors are written at that
/// precision.
fn printed(x: f64) -> f64 {
    format!("{x:.3}").parse().unwrap()
}

/// One document scored: its count, and its misses and extras described.
fn score_document(
    set: &str,
    doc: &str,
    text: &str,
    exp_all: &[Expected],
    got: &[Got],
) -> (Count, Vec<(Gap, String)>) {
    let all: Vec<&Expected> = exp_all.iter().collect();
    let pairs = pair(&all, got, acceptable);
    // Optional expectations count when found and are dropped when not.
    let scored: Vec<usize> = (0..exp_all.len())
        .filter(|i| pairs.contains_key(i) || !exp_all[*i].optional)
        .collect();
    let scored_exp: Vec<&Expected> = scored.iter().map(|&i| &exp_all[i]).collect();
    let target_only = pair(&scored_exp, got, |_, _| true);
    let count = Count {
        exp: scored.len(),
        got: got.len(),
        tp: pairs.len(),
        ttp: target_only.len(),
    };
    let lines: Vec<&str> = text.split('\n').collect();
    let context = |line: usize| {
        let l = lines.get(line.wrapping_sub(1)).map_or("", |l| l.trim());
        l.chars().take(160).collect::<String>()
    };
    let mut gaps = Vec::new();
    for &i in &scored {
        if pairs.contains_key(&i) {
            continue;
        }
        let e = &exp_all[i];
        let gap = Gap {
            set: set.to_string(),
            doc: doc.to_string(),
            kind: "miss",
            target: e.target.clone(),
            relation: e.relation.clone(),
            source: e.source.clone(),
            line: e.line,
        };
        let alts = if e.alt_relations.is_empty() {
            String::new()
        } else {
            format!("/{}", e.alt_relations.join("/"))
        };
        let shown = format!(
            "MISS  {doc} L{} {} ({}{alts}, {}) text={:?}\n      | {}",
            e.line,
            e.target,
            e.relation,
            e.source,
            e.text,
            context(e.line)
        );
        gaps.push((gap, shown));
    }
    let used: Vec<usize> = pairs.values().copied().collect();
    for (j, g) in got.iter().enumerate() {
        if used.contains(&j) {
            continue;
        }
        let gap = Gap {
            set: set.to_string(),
            doc: doc.to_string(),
            kind: "extra",
            target: g.target.clone(),
            relation: g.relation.clone(),
            source: g.source.clone(),
            line: g.line,
        };
        let shown = format!(
            "EXTRA {doc} L{} {} ({}, {}) text={:?}{}\n      | {}",
            g.line,
            g.target,
            g.relation,
            g.source,
            g.text,
            if g.anaphora { " anaphora" } else { "" },
            context(g.line)
        );
        gaps.push((gap, shown));
    }
    (count, gaps)
}

fn load_known_gaps() -> Vec<(Gap, String)> {
    let path = root().join("known-gaps.jsonl");
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(k, l)| {
            let v: Value = serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("known-gaps.jsonl:{}: {e}", k + 1));
            let kind = match v["kind"].as_str() {
                Some("miss") => "miss",
                Some("extra") => "extra",
                other => panic!("known-gaps.jsonl:{}: kind {other:?}", k + 1),
            };
            let reason = string(&v, "reason");
            assert!(
                !reason.trim().is_empty(),
                "known-gaps.jsonl:{}: a known gap needs a reason",
                k + 1
            );
            let gap = Gap {
                set: string(&v, "set"),
                doc: string(&v, "doc"),
                kind,
                target: string(&v, "target"),
                relation: string(&v, "relation"),
                source: string(&v, "source"),
                line: v["line"].as_u64().unwrap_or(0) as usize,
            };
            (gap, reason)
        })
        .collect()
}

#[test]
fn annotated_sets_meet_their_floors_and_known_gaps() {
    let manifest: Manifest = toml::from_str(
        &fs::read_to_string(root().join("manifest.toml")).expect("tests/annotated/manifest.toml"),
    )
    .expect("manifest.toml");
    assert!(!manifest.set.is_empty());
    let mut known = load_known_gaps();
    let mut table = format!(
        "{:10} {:28} {:>4} {:>4} {:>4} {:>6} {:>6}   target-only P/R   floor P/R\n",
        "set", "document", "exp", "got", "tp", "P", "R"
    );
    let mut below = Vec::new();
    let mut unlisted: Vec<(Gap, String)> = Vec::new();
    // Every gap of this run with its reason, for UNCITE_REWRITE_GAPS.
    let mut current: Vec<(Gap, String)> = Vec::new();
    let mut seen_folders = Vec::new();
    // All real documents together: documents and counts.
    let (mut real_docs, mut real) = (0usize, Count::default());
    for set in &manifest.set {
        assert!(
            !set.description.trim().is_empty() && !set.origin.trim().is_empty(),
            "manifest.toml: set {} needs a description and an origin",
            set.name
        );
        let dir = root().join(&set.folder);
        seen_folders.push(set.folder.clone());
        let mut names: Vec<String> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(|e| {
                let n = e.unwrap().file_name().to_string_lossy().into_owned();
                n.strip_suffix(".expected.jsonl").map(str::to_string)
            })
            .collect();
        names.sort();
        assert!(!names.is_empty(), "{}: no *.expected.jsonl", dir.display());
        let mut total = Count::default();
        for name in &names {
            let exp = load_expected(&dir.join(format!("{name}.expected.jsonl")));
            let (text, got) = extract(&dir.join(format!("{name}.txt")));
            let (count, gaps) = score_document(&set.name, name, &text, &exp, &got);
            total += count;
            writeln!(table, "{:10} {}", "", count.row(name)).unwrap();
            for (gap, shown) in gaps {
                match known.iter().position(|(k, _)| *k == gap) {
                    Some(k) => {
                        let (gap, reason) = known.swap_remove(k);
                        current.push((gap, reason));
                    }
                    None => {
                        current.push((gap.clone(), NEW_GAP_REASON.to_string()));
                        unlisted.push((gap, shown));
                    }
                }
            }
        }
        if set.origin.starts_with("real:") {
            real_docs += names.len();
            real += total;
        }
        writeln!(
            table,
            "{:10} {}   {:.3}/{:.3}",
            set.name,
            total.row("OVERALL"),
            set.min_precision,
            set.min_recall
        )
        .unwrap();
        let (p, r) = (printed(total.p()), printed(total.r()));
        if p < set.min_precision || r < set.min_recall {
            below.push(format!(
                "{}: P {p:.3} / R {r:.3}, floor P >= {} / R >= {}",
                set.name, set.min_precision, set.min_recall
            ));
        }
    }
    let floor = &manifest.real_corpus;
    let relation = ratio(real.tp, real.ttp);
    writeln!(
        table,
        "{:10} {}   {:.3}/{:.3}\n{:10} {real_docs} documents, {} references; relation accuracy {relation:.3} (floor {:.3})",
        "REAL",
        real.row("ALL REAL DOCUMENTS"),
        floor.min_precision,
        floor.min_recall,
        "",
        real.exp,
        floor.min_relation
    )
    .unwrap();
    let (p, r, rel) = (printed(real.p()), printed(real.r()), printed(relation));
    if p < floor.min_precision
        || r < floor.min_recall
        || rel < floor.min_relation
        || real_docs < floor.min_documents
        || real.exp < floor.min_references
    {
        below.push(format!(
            "the real documents together: {real_docs} documents, {} references, P {p:.3} / R {r:.3} / relation {rel:.3}; floor {} documents, {} references, P >= {} / R >= {} / relation >= {}",
            real.exp,
            floor.min_documents,
            floor.min_references,
            floor.min_precision,
            floor.min_recall,
            floor.min_relation
        ));
    }
    println!("{table}");

    // Every set folder is in the manifest.
    let mut folders: Vec<String> = fs::read_dir(root())
        .unwrap()
        .filter_map(|e| {
            let e = e.unwrap();
            e.file_type()
                .unwrap()
                .is_dir()
                .then(|| e.file_name().to_string_lossy().into_owned())
        })
        .filter(|f| !seen_folders.contains(f))
        .collect();
    folders.sort();

    let mut report = String::new();
    if !folders.is_empty() {
        writeln!(report, "folders not in manifest.toml: {folders:?}").unwrap();
    }
    for b in &below {
        writeln!(report, "below floor: {b}").unwrap();
    }
    if !unlisted.is_empty() {
        writeln!(
            report,
            "\n{} new miss(es)/extra(s), not in tests/annotated/known-gaps.jsonl:",
            unlisted.len()
        )
        .unwrap();
        for (_, shown) in &unlisted {
            writeln!(report, "  {shown}").unwrap();
        }
        writeln!(
            report,
            "\nFix them; or, if one is a gap to keep open, add its line (with a reason):"
        )
        .unwrap();
        for (gap, _) in &unlisted {
            writeln!(report, "{}", gap.json("TODO")).unwrap();
        }
    }
    if !known.is_empty() {
        writeln!(
            report,
            "\n{} known gap(s) no longer occur: remove these lines from \
             tests/annotated/known-gaps.jsonl (and raise the set's floor):",
            known.len()
        )
        .unwrap();
        known.sort();
        for (gap, reason) in &known {
            writeln!(report, "{}", gap.json(reason)).unwrap();
        }
    }
    if std::env::var_os("UNCITE_REWRITE_GAPS").is_some() {
        // After a change that fixes or opens gaps on purpose: the list is
        // rewritten from this run (reasons kept; new gaps get a note to
        // replace), and only the floors are checked.
        current.sort();
        let lines: String = current.iter().map(|(g, r)| g.json(r) + "\n").collect();
        fs::write(root().join("known-gaps.jsonl"), lines).unwrap();
        assert!(
            below.is_empty() && folders.is_empty(),
            "\n{table}\n{report}"
        );
        return;
    }
    assert!(report.is_empty(), "\n{table}\n{report}");
}

/// The reason written for a gap that `UNCITE_REWRITE_GAPS` adds: a person
/// replaces it with the real one.
const NEW_GAP_REASON: &str = "new with this change: say why it stays open";

/// Issue 17: "Never print an ID its body's numbering cannot have". Every
/// reference of every annotated document and of the bundled corpus is one
/// its body can number (the body table's sessions held, year ranges,
/// serials, old-style and special-session numbers).
#[test]
fn no_id_a_bodys_numbering_cannot_have() {
    let base = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<PathBuf> = Vec::new();
    for dir in fs::read_dir(root()).unwrap() {
        let dir = dir.unwrap().path();
        if dir.is_dir() {
            for f in fs::read_dir(&dir).unwrap() {
                files.push(f.unwrap().path());
            }
        }
    }
    for f in fs::read_dir(base.join("data/corpus")).unwrap() {
        files.push(f.unwrap().path());
    }
    files.retain(|p| {
        p.extension().is_some_and(|e| e == "txt") && !p.ends_with("compare-output.txt")
    });
    assert!(files.len() > 60, "{} documents", files.len());
    let mut bad = Vec::new();
    for path in files {
        let text = fs::read_to_string(&path).unwrap();
        let name = path.display().to_string();
        for r in uncite::extract_document(&name, &text).references {
            let ok = match &r.target {
                uncite::Id::Resolution { issuer, number }
                | uncite::Id::Decision { issuer, number } => issuer.can_number(number),
                uncite::Id::Session { body, number } => body.can_have_session(number),
                _ => true,
            };
            if !ok {
                bad.push(format!("{name}:{}: {} ({:?})", r.line, r.target, r.text));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "IDs no numbering can have:\n{}",
        bad.join("\n")
    );
}
