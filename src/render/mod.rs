//! Output formats. Nothing here decides anything; it only writes.

pub mod diagrams;
pub mod dot;
pub mod query;
pub mod refs;
pub mod svg;
