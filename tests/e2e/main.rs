//! End-to-end tests: the real `ccpub` binary on fixture sites.
mod check_cli;
mod harness;
mod rules;

mod bad_input;
mod build;
mod bundled;
mod changes;
mod quadratic;
mod redline;
mod safety;
mod scaffold;
mod serve;
