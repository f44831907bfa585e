//! ccpub: a static site generator for ccNSO publications.
//!
//! The modules in the order the data flows (see the README's "How it works"); only
//! the command line (and the dates the benchmark uses) are public.
pub(crate) mod diag;
pub(crate) mod fsx;
pub(crate) mod html;
pub(crate) mod keep;
pub(crate) mod key;
pub(crate) mod yaml;

pub(crate) mod blt;
pub(crate) mod count;
pub mod date;
pub(crate) mod gitinfo;
pub(crate) mod lang;
pub(crate) mod model;
pub(crate) mod tables;
pub(crate) mod tally;
pub(crate) mod urls;

pub(crate) mod load;
pub(crate) mod markdown;
pub(crate) mod validate;

pub(crate) mod plan;
pub(crate) mod redline;
pub(crate) mod views;

pub(crate) mod links;
pub(crate) mod render;
pub(crate) mod timing;

pub(crate) mod feeds;
pub(crate) mod opendata;
pub(crate) mod pipeline;

pub(crate) mod interrupt;
pub(crate) mod output;
pub(crate) mod publish;

pub(crate) mod changes;
pub(crate) mod diff;
pub(crate) mod init;
pub(crate) mod scaffold;
pub(crate) mod serve;
pub(crate) mod translate;

pub mod cli;
