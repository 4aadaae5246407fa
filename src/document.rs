//! One document through the pipeline: normalise, segment, recognise, resolve.

use crate::id::Id;
use crate::normalise::Clean;
use crate::recognise::recognise;
use crate::resolve::{Reference, Resolver};
use crate::segment::{Layout, segment};
use std::path::Path;

/// A document of the corpus with its layout and references.
#[derive(Debug, Clone)]
pub struct Document {
    /// The path as given by the user (the `file` of every reference).
    pub name: String,
    /// `doc:{own symbol}` where the text states it, else `file:{stem}`.
    pub id: Id,
    pub layout: Layout,
    pub references: Vec<Reference>,
}

/// The stem used for `file:{stem}` IDs: the file name without extension.
pub fn file_stem(name: &str) -> String {
    if name == "-" {
        return "stdin".to_string();
    }
    Path::new(name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| name.to_string())
}

/// Runs the whole extraction on one document's text.
pub fn extract_document(name: &str, text: &str) -> Document {
    let clean = Clean::new(text);
    let layout = segment(text, &clean);
    let id = match &layout.header.symbol {
        Some(s) => Id::Document { symbol: s.clone() },
        None => Id::File {
            stem: file_stem(name),
        },
    };
    let mentions = recognise(&clean.text);
    let references = Resolver::new(name, text, &clean, &layout, id.clone()).resolve(&mentions);
    Document {
        name: name.to_string(),
        id,
        layout,
        references,
    }
}

/// References in a piece of Conference text (no file): the quick way in.
pub fn extract(text: &str) -> Vec<Reference> {
    extract_document("text", text).references
}

/// Extracts many documents on a thread pool of `threads` workers (0 = one
/// per core), returning them in input order so output stays deterministic.
pub fn extract_all(sources: &[crate::load::Source], threads: usize) -> Vec<Document> {
    use rayon::prelude::*;
    let run = || {
        sources
            .par_iter()
            .map(|s| extract_document(&s.name, &s.text))
            .collect()
    };
    match rayon::ThreadPoolBuilder::new().num_threads(threads).build() {
        Ok(pool) => pool.install(run),
        Err(_) => sources
            .iter()
            .map(|s| extract_document(&s.name, &s.text))
            .collect(),
    }
}
