//! Extraction throughput per stage on the bundled corpus. Each benchmark
//! asserts the reference count first, so a timing is also a correctness check.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use uncite::normalise::Clean;
use uncite::recognise::recognise;
use uncite::segment::segment;

fn corpus() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("data/corpus exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(|d| d.1.len()).sum();
    let expected: usize = docs
        .iter()
        .map(|(n, t)| uncite::extract_document(n, t).references.len())
        .sum();
    assert!(expected > 600, "corpus yields {expected} references");

    let mut g = c.benchmark_group("corpus");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("extract (all stages)", |b| {
        b.iter(|| {
            let n: usize = docs
                .iter()
                .map(|(n, t)| uncite::extract_document(n, black_box(t)).references.len())
                .sum();
            assert_eq!(n, expected);
        })
    });
    g.bench_function("normalise", |b| {
        b.iter(|| {
            docs.iter()
                .map(|(_, t)| Clean::new(black_box(t)).text.len())
                .sum::<usize>()
        })
    });
    let cleans: Vec<Clean> = docs.iter().map(|(_, t)| Clean::new(t)).collect();
    g.bench_function("segment", |b| {
        b.iter(|| {
            docs.iter()
                .zip(&cleans)
                .map(|((_, t), c)| segment(t, c).units.len())
                .sum::<usize>()
        })
    });
    g.bench_function("recognise", |b| {
        b.iter(|| {
            cleans
                .iter()
                .map(|c| recognise(black_box(&c.text)).len())
                .sum::<usize>()
        })
    });
    // Baseline in the same run: one pass of a plain regex over the same bytes,
    // so the figure to read is the ratio, not the absolute time.
    let baseline = regex::Regex::new(
        r"(?i)\b(?:resolution|decision|article|chapter|session|meeting)s?\b|CAC/[A-Z0-9./]+",
    )
    .unwrap();
    g.bench_function("baseline: one regex find_iter", |b| {
        b.iter(|| {
            docs.iter()
                .map(|(_, t)| baseline.find_iter(black_box(t)).count())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
