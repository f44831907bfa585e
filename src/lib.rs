//! ccpub: a static site generator for ccNSO publications.
pub mod date;
pub mod diag;
pub(crate) mod yaml;
