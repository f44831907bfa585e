//! Writing a build: everything goes to a staging folder beside the target, which then
//! replaces the target whole. A failure leaves the previous output exactly as it was.
use anyhow::{Context, bail};
use std::collections::HashSet;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

/// Where an output file's bytes come from.
pub enum Data {
    Bytes(Vec<u8>),
    Static(&'static [u8]),
    Copy(PathBuf),
}

impl Data {
    /// The size in bytes.
    pub fn size(&self) -> u64 {
        match self {
            Data::Bytes(b) => b.len() as u64,
            Data::Static(b) => b.len() as u64,
            Data::Copy(p) => std::fs::metadata(p).map_or(0, |m| m.len()),
        }
    }

    /// The bytes themselves (reading a copied file).
    pub fn bytes(self) -> std::io::Result<Vec<u8>> {
        match self {
            Data::Bytes(b) => Ok(b),
            Data::Static(b) => Ok(b.to_vec()),
            Data::Copy(p) => std::fs::read(p),
        }
    }
}

/// A build being written: a staging folder beside the target. `commit` swaps it in;
/// dropping it uncommitted removes it.
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    old: PathBuf,
    made: Mutex<HashSet<PathBuf>>,
    done: bool,
}

impl Staging {
    /// A fresh, empty staging folder beside `out`.
    pub fn create(out: &Path) -> anyhow::Result<Staging> {
        let parent = out
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::create_dir_all(parent)
            .with_context(|| format!("failed to create `{}`", parent.display()))?;
        let name = out.file_name().and_then(|n| n.to_str()).unwrap_or("public");
        let dir = parent.join(format!(".{name}.staging-{}", std::process::id()));
        let old = parent.join(format!(".{name}.old-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir(&dir)
            .with_context(|| format!("failed to create `{}`", dir.display()))?;
        Ok(Staging {
            out: out.to_path_buf(),
            dir,
            old,
            made: Mutex::new(HashSet::new()),
            done: false,
        })
    }

    /// Writes one file (from any thread); `rel` may only name plain components. A file
    /// whose bytes are those of the previous output is hard-linked from it instead:
    /// creating (and later deleting) inodes is most of the cost of a rebuild on disk.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> anyhow::Result<()> {
        let path = self.prepare(rel)?;
        if self.reuse(rel, bytes, &path) {
            return Ok(());
        }
        std::fs::write(&path, bytes)
            .with_context(|| format!("failed to write `{}`", path.display()))
    }

    /// Links the previous output's file at `rel` to `path` if it holds exactly `bytes`.
    fn reuse(&self, rel: &str, bytes: &[u8], path: &Path) -> bool {
        let old = self.out.join(rel);
        let same_size = std::fs::symlink_metadata(&old)
            .is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64);
        same_size
            && std::fs::read(&old).is_ok_and(|b| b == bytes)
            && std::fs::hard_link(&old, path).is_ok()
    }

    /// Writes files in parallel.
    pub fn write_all(&self, files: Vec<(String, Data)>) -> anyhow::Result<()> {
        use rayon::prelude::*;
        files
            .into_par_iter()
            .try_for_each(|(rel, data)| match data {
                Data::Bytes(b) => self.write(&rel, &b),
                Data::Static(b) => self.write(&rel, b),
                Data::Copy(from) => {
                    let path = self.prepare(&rel)?;
                    std::fs::copy(&from, &path).map(|_| ()).with_context(|| {
                        format!(
                            "failed to copy `{}` to `{}`",
                            from.display(),
                            path.display()
                        )
                    })
                }
            })
    }

    /// Replaces the target with the staging folder, then removes the previous output.
    pub fn commit(mut self) -> anyhow::Result<()> {
        self.done = true;
        swap(&self.out, &self.dir, &self.old)
    }

    /// Removes the staging folder; the target is untouched.
    pub fn discard(mut self) {
        self.done = true;
        let _ = remove_tree(&self.dir);
    }

    /// The file's path in the staging folder, its folder created.
    fn prepare(&self, rel: &str) -> anyhow::Result<PathBuf> {
        let path = safe_join(&self.dir, rel)?;
        if let Some(parent) = path.parent() {
            let known = self
                .made
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .contains(parent);
            if !known {
                std::fs::create_dir_all(parent)
                    .with_context(|| format!("failed to create `{}`", parent.display()))?;
                self.made
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(parent.to_path_buf());
            }
        }
        Ok(path)
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.done {
            let _ = remove_tree(&self.dir);
        }
    }
}

/// Refuses an output folder that would replace the site itself or its sources.
pub fn check_target(site: &Path, out: &Path) -> anyhow::Result<()> {
    let abs = |p: &Path| -> PathBuf {
        let p = if p.is_absolute() {
            p.to_path_buf()
        } else {
            std::env::current_dir().unwrap_or_default().join(p)
        };
        normalize(&p)
    };
    let (site, target) = (abs(site), abs(out));
    let sources = [site.join("content"), site.join("themes")];
    if site.starts_with(&target) || sources.iter().any(|s| target.starts_with(s)) {
        bail!(
            "refusing to write the site into {}: it holds the site's own files",
            out.display()
        );
    }
    Ok(())
}

fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            c => out.push(c),
        }
    }
    out
}

/// `root/rel`, where `rel` may only name plain components (no `..`, no root).
fn safe_join(root: &Path, rel: &str) -> anyhow::Result<PathBuf> {
    let rel_path = Path::new(rel);
    let plain = !rel.is_empty()
        && rel_path
            .components()
            .all(|c| matches!(c, Component::Normal(_)));
    if !plain {
        bail!("refusing to write outside the output folder: {rel}");
    }
    Ok(root.join(rel_path))
}

fn swap(out: &Path, staging: &Path, old: &Path) -> anyhow::Result<()> {
    let had_old = out.exists();
    if had_old {
        let _ = std::fs::remove_dir_all(old);
        std::fs::rename(out, old).with_context(|| {
            format!(
                "failed to move the previous output `{}` aside",
                out.display()
            )
        })?;
    }
    if let Err(e) = std::fs::rename(staging, out) {
        if had_old {
            let _ = std::fs::rename(old, out);
        }
        let _ = std::fs::remove_dir_all(staging);
        return Err(e)
            .with_context(|| format!("failed to move the new output into `{}`", out.display()));
    }
    if had_old {
        remove_tree(old)
            .with_context(|| format!("failed to remove the previous output `{}`", old.display()))?;
    }
    Ok(())
}

/// Removes a folder tree, its files in parallel (deleting is most of a rebuild's I/O).
fn remove_tree(root: &Path) -> std::io::Result<()> {
    use rayon::prelude::*;
    let (mut files, mut dirs) = (Vec::new(), vec![root.to_path_buf()]);
    let mut i = 0;
    while i < dirs.len() {
        for entry in std::fs::read_dir(&dirs[i])? {
            let entry = entry?;
            if entry.file_type()?.is_dir() {
                dirs.push(entry.path());
            } else {
                files.push(entry.path());
            }
        }
        i += 1;
    }
    files.par_iter().try_for_each(std::fs::remove_file)?;
    for dir in dirs.iter().rev() {
        std::fs::remove_dir(dir)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_paths_cannot_leave_the_folder() {
        let root = Path::new("/tmp/out");
        assert!(safe_join(root, "members/index.html").is_ok());
        for bad in ["../x", "/etc/passwd", "a/../../b", ""] {
            assert!(safe_join(root, bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn refuses_to_replace_the_site_or_its_sources() {
        let site = Path::new("/srv/site");
        assert!(check_target(site, Path::new("/srv/site/public")).is_ok());
        assert!(check_target(site, Path::new("/srv/site")).is_err());
        assert!(check_target(site, Path::new("/srv")).is_err());
        assert!(check_target(site, Path::new("/srv/site/content/x")).is_err());
        assert!(check_target(site, Path::new("/srv/site/public/../content")).is_err());
    }
}
