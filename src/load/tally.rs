//! What a run read and what it did not, by kind: the summary line a user
//! reads to know that no part of a folder was ignored unsaid.

use super::{Kind, LoadError, Loaded, Skip};
use std::collections::BTreeMap;

/// Files read by kind, skipped and failed by reason.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    pub read: BTreeMap<Kind, usize>,
    pub skipped: BTreeMap<String, usize>,
    pub failed: BTreeMap<String, usize>,
    /// Files skipped quietly (unsupported kinds), with the reason: named
    /// only with `-v`.
    pub quiet: Vec<(String, String)>,
}

impl Tally {
    pub fn read(&mut self, kind: Kind) {
        *self.read.entry(kind).or_default() += 1;
    }

    pub fn skip(&mut self, path: &str, why: &Skip) {
        *self.skipped.entry(why.class()).or_default() += 1;
        if why.is_quiet() {
            self.quiet.push((path.to_string(), why.to_string()));
        }
    }

    /// Counts a PDF or Word file that gave no text; other errors (a
    /// missing path) say enough by their own message.
    pub fn fail(&mut self, e: &LoadError) {
        if let LoadError::Document { error, .. } = e {
            *self.failed.entry(error.class().to_string()).or_default() += 1;
        }
    }

    /// Counts what loading one path gave.
    pub fn count(&mut self, l: &Loaded) {
        match l {
            Loaded::Text(s) => self.read(s.kind),
            Loaded::Skipped { path, reason } => self.skip(path, reason),
            Loaded::Failed(e) => self.fail(e),
        }
    }

    /// Whether the summary says something the run's messages do not: a
    /// file skipped quietly, or among several files some not read (one
    /// file's own message says all). With `-v` it is printed anyway.
    pub fn worth_saying(&self) -> bool {
        let count = |m: &BTreeMap<String, usize>| m.values().sum::<usize>();
        let not_read = count(&self.skipped) + count(&self.failed);
        let all = not_read + self.read.values().sum::<usize>();
        !self.quiet.is_empty() || (not_read > 0 && all > 1)
    }

    /// "read 5 files (3 PDF, 2 text); skipped 2 (1 unsupported .json, 1
    /// binary); failed 1 (1 encrypted PDF)".
    pub fn summary(&self) -> String {
        fn part<K: AsRef<str>>(verb: &str, m: &BTreeMap<K, usize>, noun: bool) -> String {
            let n: usize = m.values().sum();
            let what: Vec<String> = m
                .iter()
                .map(|(k, v)| format!("{v} {}", k.as_ref()))
                .collect();
            let files = if noun {
                if n == 1 { " file" } else { " files" }
            } else {
                ""
            };
            format!("{verb} {n}{files} ({})", what.join(", "))
        }
        let read: BTreeMap<&str, usize> = self.read.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        let mut parts = vec![if read.is_empty() {
            "read 0 files".to_string()
        } else {
            part("read", &read, true)
        }];
        parts.extend(self.not_read());
        parts.join("; ")
    }

    /// The skipped and failed parts of [`Tally::summary`], if any.
    pub fn not_read(&self) -> Option<String> {
        fn part(verb: &str, m: &BTreeMap<String, usize>) -> Option<String> {
            let n: usize = m.values().sum();
            let what: Vec<String> = m.iter().map(|(k, v)| format!("{v} {k}")).collect();
            (n > 0).then(|| format!("{verb} {n} ({})", what.join(", ")))
        }
        let parts: Vec<String> = [part("skipped", &self.skipped), part("failed", &self.failed)]
            .into_iter()
            .flatten()
            .collect();
        (!parts.is_empty()).then(|| parts.join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_names_every_kind_and_reason() {
        let mut t = Tally::default();
        t.skip("lone.bin", &Skip::Binary(None));
        assert!(!t.worth_saying(), "a lone file's message says it");
        let mut t = Tally::default();
        t.read(Kind::Pdf);
        t.read(Kind::Text);
        t.read(Kind::Pdf);
        assert_eq!(t.summary(), "read 3 files (2 PDF, 1 text)");
        t.skip("a.bin", &Skip::Binary(None));
        assert!(t.worth_saying(), "one of several not read");
        t.skip("a.xlsx", &Skip::Unsupported(".xlsx".into()));
        t.fail(&LoadError::Document {
            path: "x.pdf".into(),
            error: super::super::DocError::Encrypted,
        });
        assert!(t.worth_saying());
        assert_eq!(
            t.summary(),
            "read 3 files (2 PDF, 1 text); skipped 2 (1 binary, 1 unsupported .xlsx); failed 1 (1 encrypted PDF)"
        );
        assert_eq!(t.quiet[0].1, "unsupported: .xlsx; skipped");
    }
}
