//! When each content file last changed, from git: the date of the newest commit that
//! touched it (the sitemap's `lastmod`, as Hugo's `enableGitInfo` gives it). Outside a
//! git work tree, or for a file git does not track, nothing is known.
use crate::date::Date;
use std::collections::HashMap;
use std::path::Path;

/// The date of the newest commit of each file under `content/`, by its path relative
/// to the site (`content/members/nl.yaml`).
#[derive(Debug, Default)]
pub struct LastChanged {
    files: HashMap<String, Date>,
    /// The newest of them: when anything of the records last changed.
    newest: Option<Date>,
}

impl LastChanged {
    /// One walk of the history of `content/` (`git log --name-only`); `None` outside
    /// git or when git cannot run.
    pub fn read(site: &Path) -> Option<LastChanged> {
        let out = std::process::Command::new("git")
            .arg("-C")
            .arg(site)
            .args([
                "log",
                "--format=%x00%ct",
                "--name-only",
                "--relative",
                "--no-renames",
                "--",
                "content",
            ])
            .stderr(std::process::Stdio::null())
            .output()
            .ok()
            .filter(|o| o.status.success())?;
        Some(LastChanged::parse(&String::from_utf8_lossy(&out.stdout)))
    }

    /// Reads `git log --format=%x00%ct --name-only`: newest commit first, so a file's
    /// first appearance is its last change.
    fn parse(log: &str) -> LastChanged {
        let mut files = HashMap::new();
        let mut newest = None;
        let mut date = None;
        for line in log.lines() {
            if let Some(seconds) = line.strip_prefix('\0') {
                date = seconds
                    .trim()
                    .parse::<i64>()
                    .ok()
                    .map(|s| Date::from_days(s.div_euclid(86_400)));
                newest = newest.or(date);
            } else if !line.is_empty()
                && let Some(d) = date
            {
                files.entry(line.to_string()).or_insert(d);
            }
        }
        LastChanged { files, newest }
    }

    /// When the file last changed in git.
    pub fn of(&self, path: &str) -> Option<Date> {
        self.files.get(path).copied()
    }

    /// When any record last changed.
    pub fn newest(&self) -> Option<Date> {
        self.newest
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_files_last_change_is_its_newest_commit() {
        let log = "\0 1700000000\n\ncontent/members/nl.yaml\n\0 1600000000\n\ncontent/members/nl.yaml\ncontent/pages/about.md\n";
        let known = LastChanged::parse(log);
        assert_eq!(
            known
                .of("content/members/nl.yaml")
                .map(|d| d.to_string())
                .as_deref(),
            Some("2023-11-14")
        );
        assert_eq!(
            known
                .of("content/pages/about.md")
                .map(|d| d.to_string())
                .as_deref(),
            Some("2020-09-13")
        );
        assert_eq!(known.of("content/news/x.md"), None);
        assert_eq!(
            known.newest().map(|d| d.to_string()).as_deref(),
            Some("2023-11-14")
        );
    }
}
