//! pdftotext-style output hard-wraps every paragraph at ~80 columns. The
//! same document must yield the same references (targets, relations,
//! sources) as its one-paragraph-per-line conversion.

use std::collections::BTreeMap;

/// Greedy word wrap of every long line that is not a table row.
fn hard_wrap(text: &str, width: usize) -> String {
    let mut out = Vec::new();
    for line in text.split('\n') {
        if line.contains('\t') || line.len() <= width {
            out.push(line.to_string());
            continue;
        }
        let mut cur = String::new();
        for word in line.split(' ') {
            if !cur.is_empty() && cur.len() + 1 + word.len() > width {
                out.push(std::mem::take(&mut cur));
            }
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(word);
        }
        out.push(cur);
    }
    out.join("\n")
}

fn profile(name: &str, text: &str) -> BTreeMap<(String, String, String), usize> {
    let mut m = BTreeMap::new();
    for r in uncite::extract_document(name, text).references {
        let source = r.source.to_string();
        let unit = if source.starts_with("file:") {
            "file".to_string()
        } else {
            source
        };
        *m.entry((r.target.to_string(), r.relation.to_string(), unit))
            .or_default() += 1;
    }
    m
}

#[test]
fn hard_wrapped_documents_give_the_same_references() {
    for file in [
        "eg-ic-7-report-2018",
        "wg-prevention-2020-background",
        "cosp10-secretariat-report-2023",
    ] {
        let path = format!("{}/data/corpus/{file}.txt", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).unwrap();
        let wrapped = hard_wrap(&text, 78);
        assert!(
            wrapped.lines().count() > text.lines().count(),
            "{file} was wrapped"
        );
        let (a, b) = (profile(file, &text), profile(file, &wrapped));
        let lost: Vec<_> = a.iter().filter(|(k, v)| b.get(*k) != Some(v)).collect();
        assert!(lost.is_empty(), "{file}: differs after wrapping: {lost:?}");
    }
}
