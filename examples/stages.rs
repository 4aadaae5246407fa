//! One warm pass of each extraction stage over every file of a directory,
//! each stage in its own function so `bench/stages.sh` can read its cost
//! from a callgrind profile. `REPS` passes (default 1).
//!
//! ```sh
//! cargo run --release --example stages -- DIR
//! ```

use std::path::Path;
use uncite::model::Mention;
use uncite::model::Reference;
use uncite::normalise::Clean;
use uncite::recognise::recognise;
use uncite::resolve::Resolver;
use uncite::segment::{Layout, segment};

#[inline(never)]
fn stage_normalise(text: &str) -> Clean {
    Clean::new(text)
}

#[inline(never)]
fn stage_segment(text: &str, clean: &Clean) -> Layout {
    segment(text, clean)
}

#[inline(never)]
fn stage_recognise(clean: &Clean) -> Vec<Mention> {
    recognise(&clean.text)
}

#[inline(never)]
fn stage_resolve(
    name: &str,
    text: &str,
    clean: &Clean,
    layout: &Layout,
    m: &[Mention],
) -> Vec<Reference> {
    let id = uncite::Id::File {
        stem: uncite::document::file_stem(name),
    };
    let blocks = uncite::text::Blocks::new(
        &clean.text,
        &layout.footnotes,
        layout.header.symbol.as_deref(),
    );
    Resolver::new(name, text, clean, layout, &blocks, id).resolve(m)
}

#[inline(never)]
fn stage_render(refs: &[Reference]) -> usize {
    uncite::render::refs::render(refs, uncite::render::refs::RefFormat::Jsonl, false)
        .as_bytes()
        .len()
}

fn main() {
    let dir = std::env::args().nth(1).expect("usage: stages DIR");
    let mut docs: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("DIR is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .map(|p: std::path::PathBuf| {
            let text = std::fs::read_to_string(Path::new(&p)).expect("UTF-8 text");
            (p.display().to_string(), text)
        })
        .collect();
    docs.sort();
    let reps: usize = std::env::var("REPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    // Compile every lazy pattern before the measured passes.
    for (name, text) in docs.iter().take(5) {
        uncite::extract_document(name, text);
    }
    let (mut refs_total, mut out_bytes) = (0, 0);
    for _ in 0..reps {
        for (name, text) in &docs {
            let clean = stage_normalise(text);
            let layout = stage_segment(text, &clean);
            let mentions = stage_recognise(&clean);
            let refs = stage_resolve(name, text, &clean, &layout, &mentions);
            out_bytes += stage_render(&refs);
            refs_total += refs.len();
        }
    }
    let bytes: usize = docs.iter().map(|d| d.1.len()).sum();
    println!(
        "{} files, {bytes} bytes, {reps} passes, {refs_total} references, {out_bytes} bytes of jsonl",
        docs.len()
    );
}
