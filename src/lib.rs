//! uncite: citation and cross-reference graph analyzer for United Nations
//! documents (the UNCAC Conference of the States Parties and its bodies).
//!
//! One way through: load -> normalise -> segment -> recognise -> resolve ->
//! graph -> query/render. Each stage is a module.
//!
//! Extract the references of a piece of text:
//!
//! ```
//! let refs = uncite::extract("Recalling its resolution 6/2 of 6 November 2015 and article 46, paragraph 3, of the Convention,");
//! let targets: Vec<String> = refs.iter().map(|r| r.target.to_string()).collect();
//! assert_eq!(targets, ["res:cosp:6/2", "art:uncac:46(3)"]);
//! assert!(refs.iter().all(|r| r.relation == uncite::Relation::Recalls));
//! ```
//!
//! Build the citation graph of some documents and ask what cites article 46
//! (its paragraphs roll up into it):
//!
//! ```
//! use uncite::{CitationGraph, Corpus, Id, query};
//! let text = "Conference of the States Parties to the United Nations Convention against Corruption\n\n\
//!             Resolution 8/1\n\nMutual legal assistance\n\n\
//!             Urges States parties to cooperate in accordance with article 46, paragraph 9, of the Convention;\n";
//! let corpus = Corpus::from_texts([("cosp8.txt", text)]);
//! let graph = CitationGraph::build(&corpus);
//! let article_46: Id = "art:uncac:46".parse().unwrap();
//! let groups = query::cites(&graph, &article_46, &[], &[], false);
//! assert_eq!(groups[0].source.to_string(), "res:cosp:8/1");
//! assert_eq!(groups[0].citations[0].relation, uncite::Relation::ActsUnder);
//! ```

pub mod corpus;
pub mod document;
pub mod graph;
pub mod id;
pub mod index;
pub mod load;
pub mod model;
pub mod names;
pub mod normalise;
pub mod par;
pub mod pattern;
pub mod query;
pub mod recognise;
pub mod render;
pub mod resolve;
pub mod segment;
pub mod text;

pub use corpus::Corpus;
pub use document::{Document, extract, extract_document};
pub use graph::CitationGraph;
pub use id::{Id, IdError, Kind};
pub use model::{Reference, Relation};
pub use names::{Body, Instrument};
