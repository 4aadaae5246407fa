//! Output formats. Nothing here decides anything; it only writes.

pub mod html;
pub mod refs;
