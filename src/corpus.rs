//! A corpus: documents extracted together, each with its text (kept so the
//! graph can quote the sentence around every reference).
//!
//! With no paths the bundled corpus (`data/corpus`, embedded in the binary) is
//! used, so the CLI works from any directory after `cargo install`.

use crate::document::{Document, extract_document, extract_source};
use crate::load::{LoadError, Loaded, Tally, load_all};

/// The bundled corpus: (name as printed in evidence, text).
pub const BUNDLED: [(&str, &str); 5] = [
    (
        "data/corpus/cosp10-secretariat-report-2023.txt",
        include_str!("../data/corpus/cosp10-secretariat-report-2023.txt"),
    ),
    (
        "data/corpus/cosp7-annotated-agenda.txt",
        include_str!("../data/corpus/cosp7-annotated-agenda.txt"),
    ),
    (
        "data/corpus/cosp7-report.txt",
        include_str!("../data/corpus/cosp7-report.txt"),
    ),
    (
        "data/corpus/eg-ic-7-report-2018.txt",
        include_str!("../data/corpus/eg-ic-7-report-2018.txt"),
    ),
    (
        "data/corpus/wg-prevention-2020-background.txt",
        include_str!("../data/corpus/wg-prevention-2020-background.txt"),
    ),
];

/// One document and the text it was extracted from.
#[derive(Debug, Clone)]
pub struct Entry {
    pub document: Document,
    pub text: String,
}

#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub entries: Vec<Entry>,
    /// Notes for the user: skipped files, lossy decoding.
    pub warnings: Vec<String>,
    /// PDF or Word files that gave no text (encrypted, scanned, damaged),
    /// each naming its file: the others were read, and the run should end
    /// with the error status.
    pub errors: Vec<String>,
    /// What was read and skipped, by kind.
    pub tally: Tally,
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CorpusError {
    /// A path given by the user could not be read: fail rather than answer
    /// a query on a silently smaller corpus.
    #[error(transparent)]
    Load(#[from] crate::load::LoadError),
    /// Nothing to read: the paths, and why files were skipped (if any).
    #[error("no documents found in {0}")]
    Empty(String),
}

/// A hash of a text, to find copies without comparing every pair.
pub(crate) fn text_key(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    text.hash(&mut h);
    h.finish()
}

/// The note for a file whose text is another's.
pub(crate) fn copy_note(copy: &str, of: &str) -> String {
    format!(
        "{}: the same text as {}; read once",
        crate::load::shown(copy),
        crate::load::shown(of)
    )
}

impl Corpus {
    /// Extracts every (name, text) pair.
    pub fn from_texts<I, N, T>(texts: I) -> Corpus
    where
        I: IntoIterator<Item = (N, T)>,
        N: AsRef<str>,
        T: Into<String>,
    {
        let entries = texts
            .into_iter()
            .map(|(name, text)| {
                let text = text.into();
                Entry {
                    document: extract_document(name.as_ref(), &text),
                    text,
                }
            })
            .collect();
        Corpus {
            entries,
            ..Corpus::default()
        }
    }

    /// The corpus embedded in the binary.
    pub fn bundled() -> Corpus {
        Corpus::from_texts(BUNDLED)
    }

    /// Files and directories as given; the bundled corpus when `paths` is empty.
    pub fn load(paths: &[String]) -> Result<Corpus, CorpusError> {
        if paths.is_empty() {
            return Ok(Corpus::bundled());
        }
        let mut corpus = Corpus::default();
        // The same text under two names (a copy, a download kept twice) is
        // one document: read once, so it is not counted twice.
        let mut texts: std::collections::HashMap<u64, Vec<usize>> = Default::default();
        for l in load_all(paths) {
            corpus.tally.count(&l);
            match l {
                Loaded::Text(mut src) => {
                    let key = text_key(&src.text);
                    let same = texts
                        .get(&key)
                        .into_iter()
                        .flatten()
                        .find(|&&k| corpus.entries[k].text == src.text);
                    if let Some(&k) = same {
                        corpus
                            .warnings
                            .push(copy_note(&src.name, &corpus.entries[k].document.name));
                        continue;
                    }
                    texts.entry(key).or_default().push(corpus.entries.len());
                    let document = extract_source(&src);
                    corpus.warnings.append(&mut src.warnings);
                    corpus.warnings.extend(document.language_note());
                    corpus.entries.push(Entry {
                        document,
                        text: src.text,
                    });
                }
                Loaded::Skipped { reason, .. } if reason.is_quiet() => {}
                Loaded::Skipped { path, reason } => {
                    corpus.warnings.push(format!("{path}: {reason}"))
                }
                Loaded::Failed(e @ LoadError::Document { .. }) => corpus.errors.push(e.to_string()),
                Loaded::Failed(e) => return Err(e.into()),
            }
        }
        if corpus.entries.is_empty() {
            let mut warnings = corpus.warnings;
            warnings.append(&mut corpus.errors);
            if warnings.is_empty() && corpus.tally.worth_saying() {
                warnings.push(corpus.tally.summary());
            }
            // Say why (a binary file, one over --max-filesize).
            let mut what = paths.join(", ");
            if !warnings.is_empty() {
                what = format!("{what} ({})", warnings.join("; "));
            }
            return Err(CorpusError::Empty(what));
        }
        Ok(corpus)
    }

    pub fn documents(&self) -> impl Iterator<Item = &Document> {
        self.entries.iter().map(|e| &e.document)
    }

    /// The text of the document named `file` (the `file` of a reference).
    pub fn text_of(&self, file: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|e| e.document.name == file)
            .map(|e| e.text.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_has_five_documents_with_references() {
        let c = Corpus::bundled();
        assert_eq!(c.entries.len(), 5);
        assert!(c.documents().all(|d| !d.references.is_empty()));
        assert!(c.text_of("data/corpus/cosp7-report.txt").is_some());
    }

    #[test]
    fn missing_path_is_an_error() {
        let e = Corpus::load(&["/nonexistent/uncite-x".to_string()]).unwrap_err();
        assert!(e.to_string().contains("uncite-x"), "{e}");
    }
}
