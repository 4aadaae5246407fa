//! `uncite site` end to end: every page is well-formed, every local link and
//! anchor resolves, the index carries its search data, node pages show
//! evidence linking into the annotated documents, and the output folder is
//! refused when it is (or holds) an input.

use assert_cmd::Command;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

fn uncite() -> Command {
    Command::cargo_bin("uncite").unwrap()
}

fn have_dot() -> bool {
    std::process::Command::new("dot")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn parse(html: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse_with_options(
        html,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(files(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// Percent-decodes a URL path (the site's links encode `%` and others).
fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let h = u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap();
            out.push(h);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

#[test]
fn bundled_site_is_well_formed_and_every_link_resolves() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    uncite()
        .args(["site", "-o", out.to_str().unwrap()])
        .assert()
        .success();
    let all = files(&out);
    assert!(all.iter().all(|p| {
        let name = p.file_name().unwrap().to_string_lossy();
        !name.starts_with('.') && name.ends_with(".html")
    }));
    let texts: HashMap<PathBuf, String> = all
        .iter()
        .map(|p| (p.clone(), std::fs::read_to_string(p).unwrap()))
        .collect();
    let ids: HashMap<PathBuf, HashSet<String>> = texts
        .iter()
        .map(|(p, t)| {
            let doc = parse(t);
            let ids = doc
                .descendants()
                .filter_map(|n| n.attribute("id").map(str::to_string))
                .collect();
            (p.clone(), ids)
        })
        .collect();
    let mut checked = 0;
    for (p, t) in &texts {
        let doc = parse(t);
        for n in doc.descendants() {
            assert!(
                n.attribute("src").is_none(),
                "{}: external resource",
                p.display()
            );
            assert!(
                !n.has_tag_name("link"),
                "{}: external stylesheet",
                p.display()
            );
            let Some(href) = n.attribute("href") else {
                continue;
            };
            if href.starts_with("https://") {
                continue;
            }
            let (path, frag) = href.split_once('#').unwrap_or((href, ""));
            let target = if path.is_empty() {
                p.clone()
            } else {
                p.parent().unwrap().join(decode(path))
            };
            let target = target.components().fold(PathBuf::new(), |mut acc, c| {
                if c == std::path::Component::ParentDir {
                    acc.pop();
                } else {
                    acc.push(c);
                }
                acc
            });
            let Some(target_ids) = ids.get(&target) else {
                panic!(
                    "{}: dangling link {href} ({})",
                    p.display(),
                    target.display()
                );
            };
            if !frag.is_empty() {
                assert!(
                    target_ids.contains(frag),
                    "{}: no #{frag} in {}",
                    p.display(),
                    target.display()
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 1000, "{checked} links checked");

    // The index: search box and inline JSON over every node.
    let index = &texts[&out.join("index.html")];
    let doc = parse(index);
    assert!(doc.descendants().any(|n| n.attribute("id") == Some("q")));
    let data = doc
        .descendants()
        .find(|n| n.attribute("id") == Some("nodes"))
        .unwrap()
        .text()
        .unwrap();
    let v: serde_json::Value = serde_json::from_str(data).unwrap();
    let nodes = v.as_array().unwrap();
    assert_eq!(
        nodes.len(),
        all.iter()
            .filter(|p| p.parent().unwrap().ends_with("node"))
            .count()
    );
    assert!(nodes.iter().any(|n| n["id"] == "art:uncac:46"));

    // Article 46: cited with evidence that links into an annotated document.
    let art = &texts[&out.join("node/art_uncac_46.html")];
    assert!(art.contains("Cited by"));
    assert!(art.contains("href=\"../text/file_cosp7-report.html#at-"));
    assert!(art.contains("Recalling further article 46"));
    if have_dot() {
        assert!(art.contains("<svg"), "neighbourhood diagram");
    }
    // Annotated documents link to node pages and back to the index.
    let report = &texts[&out.join("text/file_cosp7-report.html")];
    assert!(report.contains("href=\"../node/art_uncac_46.html\""));
    assert!(report.contains("href=\"../index.html\""));

    // A second run over the same folder replaces pages in place.
    uncite()
        .args(["site", "-o", out.to_str().unwrap(), "--no-svg"])
        .assert()
        .success();
    assert_eq!(files(&out), all);
    assert!(
        !std::fs::read_to_string(out.join("node/art_uncac_46.html"))
            .unwrap()
            .contains("<svg")
    );
}

#[test]
fn site_refuses_an_input_as_output() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("doc.txt");
    std::fs::write(&input, "Recalling its resolution 6/2,\n").unwrap();
    let p = input.to_str().unwrap();
    uncite()
        .args(["site", "-o", p, p])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("not a directory"));
    let d = dir.path().to_str().unwrap();
    uncite()
        .args(["site", "-o", d, p])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("refusing"));
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "nothing written"
    );
}

#[test]
fn site_of_a_file_without_graphviz_diagrams() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("s");
    uncite()
        .args([
            "site",
            "--no-svg",
            "-o",
            out.to_str().unwrap(),
            "tests/fixtures/graph-small.txt",
        ])
        .assert()
        .success();
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    parse(&index);
    assert!(out.join("text/file_graph-small.html").exists());
    assert!(out.join("node/res_cosp_8~2.html").exists());
}

/// Issue 19: "without Graphviz the site has no diagrams and says nothing,
/// although the pure-Rust layout exists": it draws them and says so.
#[test]
fn site_without_graphviz_draws_with_the_builtin_layout_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("s");
    let run = uncite()
        .env("PATH", "")
        .args([
            "site",
            "-o",
            out.to_str().unwrap(),
            "tests/fixtures/graph-small.txt",
        ])
        .output()
        .unwrap();
    assert!(run.status.success());
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("built-in layout"), "{stderr}");
    let page = std::fs::read_to_string(out.join("node/res_cosp_8~2.html")).unwrap();
    assert!(page.contains("<svg"), "no diagram on the node page");
    // Issue 19: every node with an official home links there.
    assert!(
        page.contains("CAC-COSP-session8-resolutions.html"),
        "no official link"
    );
}
