//! Queries over the citation graph: pure functions, no printing.

mod cites;
mod lineage;
mod report;

pub use cites::{
    Citation, CiteCounts, CiteGroup, CiteRow, CitesAnswer, CitesQuery, citation_count, cites,
    cites_limited, cites_selection,
};
pub use lineage::{Lineage, LineageDirection, LineageQuery, LineageStep, lineage, lineage_with};
pub use report::{Report, report, report_ordered};

use crate::graph::CitationGraph;
use crate::id::{Id, IdError};

/// In what order a list of resolutions (report) or the children of a
/// lineage step are shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Order {
    /// Natural ID order: 6/2 before 6/10.
    #[default]
    Id,
    /// Adoption date (ISO), undated last, then natural ID order: the
    /// timeline of a mandate, 3/1 (2009) -> 4/1 (2011) -> 5/1 -> 6/1.
    Date,
}

impl Order {
    pub const ALL: [Order; 2] = [Order::Id, Order::Date];

    pub fn as_str(self) -> &'static str {
        match self {
            Order::Id => "id",
            Order::Date => "date",
        }
    }

    /// Compares two nodes (ID and date as the graph has them).
    pub fn cmp(
        self,
        (a, a_date): (&Id, Option<&str>),
        (b, b_date): (&Id, Option<&str>),
    ) -> std::cmp::Ordering {
        let by_id = || a.cmp(b);
        match self {
            Order::Id => by_id(),
            Order::Date => match (iso(a_date), iso(b_date)) {
                (Some(x), Some(y)) => x.cmp(y).then_with(by_id),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => by_id(),
            },
        }
    }
}

impl std::str::FromStr for Order {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Order::ALL
            .into_iter()
            .find(|o| o.as_str() == s)
            .ok_or_else(|| format!("unknown order `{s}`: id or date"))
    }
}

/// A node's date when it is ISO 8601 (a masthead's date that did not read
/// as one is kept as written, and does not sort).
fn iso(date: Option<&str>) -> Option<&str> {
    date.filter(|d| d.len() == 10 && d.as_bytes()[4] == b'-' && d.as_bytes()[7] == b'-')
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum QueryError {
    #[error(transparent)]
    BadId(#[from] IdError),
    #[error("{id} is not in the corpus{}", nearest_list(.nearest))]
    Unknown { id: Id, nearest: Vec<Id> },
}

fn nearest_list(n: &[Id]) -> String {
    if n.is_empty() {
        String::new()
    } else {
        let s: Vec<String> = n.iter().map(Id::to_string).collect();
        format!("; nearest known IDs: {}", s.join(", "))
    }
}

/// What a person typed -> an ID of the graph: canonical or short forms
/// (`6/2`, `article 46`, `session 7`), a file stem or file name of the corpus.
pub fn resolve_id(g: &CitationGraph, input: &str) -> Result<Id, QueryError> {
    let input = input.trim();
    let by_file = g.nodes().into_iter().find(|n| {
        n.file.as_deref().is_some_and(|f| f == input)
            || matches!(&n.id, Id::File { stem } if stem == input)
            || n.symbols.iter().any(|s| s == input)
    });
    let id = match Id::parse_query(input) {
        Ok(id) => id,
        // "70/174": of the bodies whose numbering has it, the one the
        // corpus knows.
        Err(IdError::Ambiguous { input, candidates }) => {
            let known: Vec<Id> = candidates
                .iter()
                .filter_map(|c| c.parse::<Id>().ok())
                .filter(|c| g.contains(c))
                .collect();
            match known.as_slice() {
                [one] => one.clone(),
                _ => {
                    let titled = candidates
                        .iter()
                        .map(|c| {
                            let title = c
                                .parse::<Id>()
                                .ok()
                                .and_then(|id| g.node(&id))
                                .and_then(|n| n.title.clone());
                            match title {
                                Some(t) => format!("{c} ({t})"),
                                None => c.clone(),
                            }
                        })
                        .collect();
                    return Err(QueryError::BadId(IdError::Ambiguous {
                        input,
                        candidates: titled,
                    }));
                }
            }
        }
        Err(e) => return by_file.map(|n| n.id.clone()).ok_or(QueryError::BadId(e)),
    };
    if g.contains(&id) {
        return Ok(id);
    }
    // A symbol the annex list gives a corpus document.
    if let Id::Document { symbol } = &id
        && let Some(n) = g.nodes().into_iter().find(|n| n.symbols.contains(symbol))
    {
        return Ok(n.id.clone());
    }
    Err(QueryError::Unknown {
        nearest: nearest(g, &id, 5),
        id,
    })
}

/// Known IDs of the same kind closest in spelling.
pub fn nearest(g: &CitationGraph, id: &Id, n: usize) -> Vec<Id> {
    let want = id.to_string();
    let mut scored: Vec<(usize, Id)> = g
        .nodes()
        .into_iter()
        .filter(|c| c.id.kind() == id.kind())
        .map(|c| (edit_distance(&want, &c.id.to_string()), c.id.clone()))
        .collect();
    scored.sort();
    scored.into_iter().take(n).map(|(_, id)| id).collect()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, &cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests;
