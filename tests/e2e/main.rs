//! End-to-end tests: the real `ccpub` binary on fixture sites.
mod harness;
mod check_cli;
mod rules;

