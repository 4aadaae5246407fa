//! uncite: citation and cross-reference graph analyzer for United Nations
//! documents (the UNCAC Conference of the States Parties and its bodies).
//!
//! One way through: load -> normalise -> segment -> recognise -> resolve ->
//! graph -> query/render. Each stage is a module.
//!
//! ```
//! let refs = uncite::extract("Recalling its resolution 6/2 of 6 November 2015 and article 46, paragraph 3, of the Convention,");
//! let targets: Vec<String> = refs.iter().map(|r| r.target.to_string()).collect();
//! assert_eq!(targets, ["res:cosp:6/2", "art:uncac:46(3)"]);
//! assert!(refs.iter().all(|r| r.relation == uncite::Relation::Recalls));
//! ```

pub mod corpus;
pub mod document;
pub mod graph;
pub mod id;
pub mod index;
pub mod load;
pub mod normalise;
pub mod query;
pub mod recognise;
pub mod registry;
pub mod render;
pub mod resolve;
pub mod segment;

pub use corpus::Corpus;
pub use document::{Document, extract, extract_document};
pub use graph::CitationGraph;
pub use id::{Id, IdError, Kind};
pub use registry::{Body, Instrument};
pub use resolve::{Reference, Relation};
