//! One document through the pipeline: normalise, segment, recognise, resolve.

use crate::id::Id;
use crate::model::Reference;
use crate::normalise::Clean;
use crate::recognise::recognise_across;
use crate::resolve::Resolver;
use crate::segment::{Layout, segment};
use crate::text::Blocks;
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
    let mut layout = segment(text, &clean);
    layout.header.lang = crate::names::lang::detect(&clean.text);
    let id = match &layout.header.symbol {
        Some(s) => Id::Document { symbol: s.clone() },
        None => Id::File {
            stem: file_stem(name),
        },
    };
    // Titles repeated in running headers.
    let titles: Vec<&str> = layout
        .header
        .title
        .as_deref()
        .into_iter()
        .chain(layout.units.iter().filter_map(|u| u.title.as_deref()))
        .collect();
    let blocks = Blocks::with_titles(
        &clean.text,
        &layout.footnotes,
        layout.header.symbol.as_deref(),
        &titles,
    );
    let mentions = recognise_across(&clean.text, blocks.gaps());
    let references =
        Resolver::new(name, text, &clean, &layout, &blocks, id.clone()).resolve(&mentions);
    Document {
        name: name.to_string(),
        id,
        layout,
        references,
    }
}

impl Document {
    /// A warning when the text is in a language uncite does not read yet:
    /// its references are missed, and the user is told so, naming it.
    pub fn language_note(&self) -> Option<String> {
        let lang = self.layout.header.lang.filter(|l| !l.supported())?;
        Some(format!(
            "{}: the text is in {}, which uncite does not read yet (English only): its references are missed",
            crate::load::shown(&self.name),
            lang.name()
        ))
    }
}

/// Runs the extraction on a loaded file: [`extract_document`] on its text,
/// and each reference from a PDF told its page.
pub fn extract_source(src: &crate::load::Source) -> Document {
    let mut d = extract_document(&src.name, &src.text);
    if !src.pages.is_empty() {
        for r in &mut d.references {
            r.page = src.page_at(r.start);
        }
    }
    d
}

/// References in a piece of Conference text (no file): the quick way in.
pub fn extract(text: &str) -> Vec<Reference> {
    extract_document("text", text).references
}

/// What one input path gave, in [`extract_paths`].
pub enum Outcome<R> {
    /// A document, mapped on the worker; `bytes` is the decoded text length.
    Done {
        name: String,
        kind: crate::load::Kind,
        warnings: Vec<String>,
        bytes: usize,
        references: usize,
        /// The language the text is in, when it could be told.
        lang: Option<crate::names::Lang>,
        value: R,
    },
    /// Not a text (binary), a directory seen twice, a kind not read.
    Skipped {
        path: String,
        reason: crate::load::Skip,
    },
    Failed(crate::load::LoadError),
}

/// Expands `paths`, then reads and extracts every file on `threads` workers
/// (0 = one per core), maps each document with `map` on its worker (render
/// it, count it), and hands the outcomes to `sink` in input order. Only a
/// window of documents is in memory at once, so a corpus of any size streams.
pub fn extract_paths<R: Send, E>(
    paths: &[String],
    threads: usize,
    map: impl Fn(&Document) -> R + Sync,
    sink: impl FnMut(Outcome<R>) -> Result<(), E>,
) -> Result<(), E> {
    use crate::load::{Loaded, expand, load_path};
    // Each item is taken by exactly one worker (a load error is not Clone).
    let items: Vec<std::sync::Mutex<Option<Result<std::path::PathBuf, Loaded>>>> = expand(paths)
        .into_iter()
        .map(|r| std::sync::Mutex::new(Some(r)))
        .collect();
    let window = 16 * crate::par::workers(threads);
    crate::par::ordered_map(
        &items,
        threads,
        window,
        |_, item| {
            let item = item
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .take()
                .expect("each item is taken once");
            let loaded = match item {
                Ok(p) => load_path(&p),
                Err(other) => other,
            };
            match loaded {
                Loaded::Text(src) => {
                    let doc = extract_source(&src);
                    let mut warnings = src.warnings;
                    warnings.extend(doc.language_note());
                    Outcome::Done {
                        value: map(&doc),
                        kind: src.kind,
                        references: doc.references.len(),
                        lang: doc.layout.header.lang,
                        name: src.name,
                        warnings,
                        bytes: src.text.len(),
                    }
                }
                Loaded::Skipped { path, reason } => Outcome::Skipped { path, reason },
                Loaded::Failed(e) => Outcome::Failed(e),
            }
        },
        sink,
    )
}
