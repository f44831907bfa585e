//! End-to-end tests: the real `ccpub` binary on fixture sites.
mod check_cli;
mod decisions;
mod docs;
mod documented;
mod elections;
mod harness;
mod languages;
mod rules;

mod bad_input;
mod build;
mod bundled;
mod changes;
mod layers;
mod pages;
mod quadratic;
mod redline;
mod safety;
mod scaffold;
mod serve;

/// The snapshots taken outside `pages` (`module::name`), so that `pages` can tell an
/// unused snapshot file.
pub const SNAPSHOTS: &[&str] = &[
    "build::superseded_version",
    "build::guideline_after_adoption",
    "build::overridden_template",
    "build::news_page_1",
    "build::news_page_2",
    "build::sitemap_with_base_url",
    "build::atom_with_base_url",
    "build::markdown_page",
    "redline::identical_versions",
    "serve::overlay",
    "decisions::meetings",
    "decisions::meeting_quorate",
    "decisions::meeting_online",
    "decisions::meeting_inquorate",
    "decisions::resolutions",
    "decisions::applications",
    "elections::elections",
    "elections::election_majority",
    "elections::election_stv",
    "elections::votes",
    "elections::vote",
];
