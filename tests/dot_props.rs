//! Issue 6: for any titles and file names (quotes, backslashes, newlines,
//! `<`, `&`, braces, DOT keywords, non-ASCII, empty), the DOT we write parses:
//! with Graphviz `dot` when it is on PATH, and always with a structural check
//! of quoting and braces.

use proptest::prelude::*;
use std::io::Write;
use std::process::{Command, Stdio};
use uncite::graph::select::Selection;
use uncite::render::dot::render_dot;
use uncite::render::svg::graphviz_available;
use uncite::{CitationGraph, Corpus};

fn nasty() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("node".to_string()),
        Just("digraph { edge }".to_string()),
        Just("\"quoted\" trailing\\".to_string()),
        Just("<b>&amp;</b> {x} [y]".to_string()),
        Just("é中 -- -> ;".to_string()),
        "[^\n\r\u{0}]{0,30}",
    ]
}

/// Quotes balanced (honouring backslash escapes) and braces balanced
/// outside quoted strings: what a DOT parser needs to read our output.
fn structurally_valid(dot: &str) -> Result<(), String> {
    let (mut in_q, mut esc, mut depth) = (false, false, 0i32);
    for (i, c) in dot.char_indices() {
        if in_q {
            match (esc, c) {
                (true, _) => esc = false,
                (false, '\\') => esc = true,
                (false, '"') => in_q = false,
                (false, '\n') => return Err(format!("raw newline in a string at {i}")),
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_q = true,
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return Err(format!("unbalanced brace at {i}"));
        }
    }
    if in_q || depth != 0 {
        return Err("unterminated string or brace".into());
    }
    Ok(())
}

fn dot_accepts(dot: &str) -> Result<(), String> {
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(dot.as_bytes())
        .map_err(|e| e.to_string())?;
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn dot_always_parses(title in nasty(), name in nasty(), graph_title in nasty()) {
        let file = format!("{}.txt", name.replace(['/', '\\'], "_"));
        let text = format!(
            "Conference of the States Parties to the United Nations Convention against Corruption\n\n\
             Resolution 9/1\n\n{title}\n\nRecalling its resolution 8/2, entitled \u{201c}{title}\u{201d}, and article 46 of the Convention,\n"
        );
        let corpus = Corpus::from_texts([(file.as_str(), text.as_str())]);
        let g = CitationGraph::build(&corpus);
        let dot = render_dot(&g, &Selection::all(&g), &graph_title);
        structurally_valid(&dot).map_err(|e| TestCaseError::fail(format!("{e}\n{dot}")))?;
        if graphviz_available() {
            dot_accepts(&dot).map_err(|e| TestCaseError::fail(format!("{e}\n{dot}")))?;
        }
    }
}
