//! ccpub: a static site generator for ccNSO publications.
pub mod check;
pub mod cli;
pub mod date;
pub mod diag;
pub mod load;
pub(crate) mod markdown;
pub mod model;
pub(crate) mod tables;
pub mod validate;
pub(crate) mod yaml;
