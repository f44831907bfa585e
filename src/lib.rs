//! ccpub: a static site generator for ccNSO publications.
pub mod date;
pub mod diag;
pub mod load;
pub(crate) mod markdown;
pub mod model;
pub(crate) mod tables;
pub(crate) mod yaml;
