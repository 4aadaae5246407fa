//! Queries over the citation graph.
