//! Output formats. Nothing here decides anything; it only writes.

pub mod diagrams;
pub mod dot;
pub mod export;
pub mod html;
pub mod links;
pub mod output;
pub mod query;
pub mod refs;
pub mod site;
pub mod svg;
